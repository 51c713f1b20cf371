# Settings: the runner's profile and preferences, and their data (export, import, delete), with
# the Open screen for a file the installed app was given.
# English is the source and the fallback of every other language.

settings-title = Settings
settings-saved-as-you-go = Each change is saved as you make it.
# $problem: why the store could not save (in English for now).
settings-not-saved = Not saved: { $problem }

## Profile

settings-profile = Profile
# Each language is named in its own words, in every catalogue, so a runner finds theirs
# whatever the app speaks.
settings-language = Language
settings-language-device = As on this device
settings-language-en = English
settings-language-de = Deutsch
settings-language-fr = Français
settings-language-es = Español
settings-display-name = Display name
settings-units = Units
settings-units-km = Kilometres
settings-units-mi = Miles
settings-theme = Theme
settings-theme-system = System
settings-theme-light = Light
settings-theme-dark = Dark
# A pure black background, for OLED screens at night.
settings-theme-black = Pure black
settings-motion = Reduce motion
# The choices answer "Reduce motion".
settings-motion-system = Same as this device
settings-motion-reduce = On: keep the screen still
settings-motion-full = Off: allow animations

## Massage: the budget and the pre-event preference

settings-massage = Massage
settings-budget = Professional massages per month
# Shown when the monthly budget is 0.
settings-tight-per = With less than one a month
settings-tight-none = No professional massage
settings-tight-block = Some per training block
settings-tight-year = Some per year
settings-tight-sessions = How many
settings-tight-hint = They go to your hardest training blocks and speed-work weeks.
settings-pre-event = Before a race I prefer
settings-pre-event-light-flush = Light flush (recommended)
settings-pre-event-compression = Compression over clothes
settings-pre-event-deep = Deeper work (I have tried it before)
settings-pre-event-no-touch = No massage before a race
settings-no-touch-days = No-touch days before a race

## Tools and sun

settings-tools = Tools you own
settings-tool-foam-roller = Foam roller
settings-tool-stick = Massage stick
settings-tool-ball = Massage ball
settings-sun = Sun
settings-outdoors = I train outdoors in daylight
settings-outdoors-hint = Some citrus oils make skin burn in sunlight; the aromatherapy calculator then keeps them to their sun-safe strength every day.

## Cut-offs and spacing

settings-cutoffs = Keep deep work clear of races
settings-cutoffs-hint = Deep (general) massage leaves you sore for a day or two, so it stops this many days before a race.
settings-cutoff-a = Days before an A race
settings-cutoff-b = Days before a B race
settings-cutoff-c = Days before a C race
settings-post-race-gap = Hours after a race before deep work
settings-general-spacing = Days between deep massages
settings-soreness-limit = Hours of soreness after deep work that are fine
settings-soreness-hint = Past this, with soreness of 3 out of 10 or more, or any bruising, the work was too deep and the next session goes lighter.

## Timer cues

settings-cues = Timer cues
settings-cues-hint = How the guided player tells you what comes next while the phone lies on the floor.
settings-cue-beep = Beep at each change
settings-cue-vibrate = Vibrate (on phones that can)
settings-cue-speak = Speak the next step
settings-get-ready = Get-ready countdown (seconds)

## Your data

settings-data = Your data
# The screen shows the place (a folder or "this browser's storage") in bold between these two.
settings-data-stays = Your data stays on this device, in
settings-data-nothing-sent = Nothing is sent anywhere.
settings-show-folder = Show data folder
settings-export = Export
settings-export-hint = One file with everything, to keep as a backup or to carry to another device.
settings-export-mine = Export my data
settings-import = Import
settings-import-file = Import from a file
settings-import-paste = Or paste an export here
settings-import-check = Check pasted data
settings-import-cancel = Cancel import
settings-merge-mine = Merge with my data
settings-replace-mine = Replace my data
settings-undo = Undo
settings-delete = Delete all data
settings-delete-question = This deletes every race, training block, log entry and setting on this device. It cannot be undone; export first if you may want them back.
settings-delete-yes = Yes, delete everything
settings-delete-no = Keep my data

## What a checked file holds
# $count chooses the plural; $digits is the same count as plain digits ("1234").

settings-file-races = { $count ->
    [one] { $digits } race
   *[other] { $digits } races
}
settings-file-blocks = { $count ->
    [one] { $digits } training block
   *[other] { $digits } training blocks
}
settings-file-log-entries = { $count ->
    [one] { $digits } log entry
   *[other] { $digits } log entries
}
settings-file-routines = { $count ->
    [one] { $digits } routine
   *[other] { $digits } routines
}
settings-file-activities = { $count ->
    [one] { $digits } imported activity
   *[other] { $digits } imported activities
}
# Each value is one of the counts above.
settings-file-summary = The file is an export with { $races }, { $blocks }, { $entries }, { $routines } and { $activities }.
# Follows the summary, after a space.
settings-file-set-aside = { $digits } { $count ->
    [one] record
   *[other] records
} in it could not be used; they come along set aside, unchanged, and can be downloaded from the notice.

## What an import, a replace, an undo or a delete did
# $problem: why the store could not save (in English for now).

settings-merged = Imported: the file is merged with your data.
settings-replaced = Imported: your data is now the file's.
settings-not-imported = Not imported: { $problem }
settings-nothing-to-undo = There is nothing to undo.
settings-undone = Undone: your data is back as it was before the import.
settings-not-undone = Not undone: { $problem }
settings-erased = All data deleted. Fresh Legs is as new on this device.
settings-not-deleted = Not deleted: { $problem }
settings-replace-question = Replace all your data on this device with the file's? Every race, training block, log entry and setting here gives way to what the file holds. You can undo it until your next change.
settings-replace-yes = Yes, replace my data
settings-replace-no = No, keep my data

## Whether an import fits the browser's storage
# $merged, $replaced, $room: amounts of storage, such as "64 kB".

settings-room-space = Space: merged, your data would need { $merged } of this browser's storage; replaced by the file, { $replaced } (each counted twice, as every save keeps a backup copy of the one before). The browser has { $room } for Fresh Legs.
settings-room-both-fit = Both fit.
settings-room-merge-fits = Merging fits; replacing does not.
# Followed by the ways to make room.
settings-room-replace-fits = Merging does not fit; replacing fits. To merge, first make room by removing some of what is stored now:
settings-room-neither-fits = Neither fits: the file alone needs more than this browser keeps for a site, so it cannot be imported here. Open it in the Fresh Legs desktop app, which keeps your data on disk.

## The Open screen: a file the installed app was opened with or was shared

settings-open-title = Open a file
settings-open-waiting = Waiting for a file. When you open or share a Fresh Legs export with this app, it shows here with what is in it before anything changes.
settings-open-import-instead = Import from Settings instead
# $name: the file's name; $problem: why it cannot be read (in English for now).
settings-open-refused = { $name } cannot be imported: { $problem }
settings-open-ways = Merge keeps your data and adds the file's, the newer copy of anything edited in both places winning. Replace makes your data exactly the file's.
settings-open-merge = Merge into my data
settings-open-not-now = Not now
settings-open-go-today = Go to Today
settings-open-your-data = Your data in Settings
