# The desktop app's own words: its menu bar, and what it says when it cannot open its window.
# English is the source and the fallback of every other language.
#
# In menu items "&" marks the letter that Alt selects: each language picks letters of its own
# words, different within one menu and among the menus of the bar. "Fresh Legs" is the app's
# name, never translated.

# Printed in the terminal; `make serve` is a command, never translated.
desktop-no-display = Fresh Legs found no display to open its window on: run it in a desktop session, or run `make serve` and use the web app in a browser.
# The About window's line about the app.
desktop-about-text = Plans sports massage and self-massage around a runner's races. Offline and private.

## File

desktop-file = &File
desktop-import = &Import…
desktop-export = &Export…
desktop-close-window = &Close window
desktop-quit = &Quit

## Edit

desktop-edit = &Edit
desktop-undo = &Undo
desktop-redo = &Redo
desktop-cut = Cu&t
desktop-copy = &Copy
desktop-paste = &Paste
desktop-select-all = Select &all

## View

desktop-view = &View
desktop-zoom-in = Zoom &in
desktop-zoom-out = Zoom &out
desktop-actual-size = &Actual size

## Help

desktop-help = &Help
desktop-data-folder = Show &data folder
desktop-about = &About Fresh Legs
