# The runner's data: why it could not be read or saved, why an imported file was refused, and
# the notice about records set aside. Why each record was set aside is saved with it, in English
# (it is not here).
# English is the source and the fallback of every other language.
#
# $location: where the data is kept (a folder, or this browser's storage); $detail: what the
# system said went wrong.

## Reading and saving

store-read = Could not read your data at { $location }: { $detail }. Check that the folder exists and is readable.
store-write = Could not save your data to { $location }: { $detail }. Your last saved copy is untouched; free some space or check permissions, then try again.
store-full = There is no room left in { $location }, so your last change is not saved (your last saved copy is untouched). The notice at the top offers ways to make room.
store-set-aside = Could not move the unreadable data at { $location } aside: { $detail }. Nothing was changed.
# $found, $supported: versions of the data's format, as plain digits.
store-newer = Your data was written by a newer version of Fresh Legs (format { $found }, this app knows up to { $supported }). It is open read-only so nothing gets lost; update the app to make changes.
store-changed-unreadable = Another copy of Fresh Legs saved data at { $location } that this one cannot read, so nothing was saved over it. Reload the app to see what happened to it.
# FRESH_LEGS_DATA_DIR is the name of a setting of the computer: never translated.
store-no-data-dir = No folder to keep your data in was found. Set FRESH_LEGS_DATA_DIR to a folder you can write to.

## Amounts of storage, the number written the language's way: "7.3 MB", "12 kB"
## (a no-break space between).

store-kilobytes = { $amount } kB
store-megabytes = { $amount } MB

## Why an imported file was refused: every message ends by saying nothing was changed

store-import-empty = The file is empty. Nothing was changed.
# $megabytes: the file's size, with one decimal.
store-import-too-large = The file is { $megabytes } MB, larger than the 10 MB an export could ever be, so it is not a Fresh Legs export. Nothing was changed.
store-import-not-text = The file is not text: some of its bytes are not UTF-8, so it is not a Fresh Legs export. Nothing was changed.
store-import-truncated = The file ends too early: it looks cut off, perhaps by an unfinished download or copy. Nothing was changed.
# $detail: what is wrong with it, as a phrase.
store-import-malformed = This is not a Fresh Legs export ({ $detail }). Nothing was changed.
store-import-newer = The file comes from a newer version of Fresh Legs (format { $found }); update the app to import it. Nothing was changed.
# $missing: the parts it lacks, store-section-… joined by store-list-or.
store-import-partial = The file is incomplete, as if it was cut short or edited by hand: it has no { $missing }. Export it again from Fresh Legs. Nothing was changed.
# The last two of the parts a file lacks: "log, notes on oils or record of deletions".
store-list-or = { $rest } or { $last }
# $name: the file's name; $problem: what the system said.
store-file-unreadable = { $name } could not be read: { $problem }

## The parts of an export, as store-import-partial names them

store-section-profile = settings
store-section-races = races
store-section-blocks = training blocks
store-section-log = log
store-section-checklists = race checklists
store-section-oil-marks = notes on oils
store-section-routines = routines of your own
store-section-activities = imported training
store-section-tombstones = record of deletions

## The notice about records set aside on loading or importing

store-set-aside-document = A copy of saved data that could not be opened is kept here until you dismiss this notice; download it to keep it.
# $records: each record named with why it was set aside, joined by semicolons.
store-set-aside-records = { $count ->
        [one] 1 record could not be used and was set aside, unchanged
       *[other] { $digits } records could not be used and were set aside, unchanged
    }: { $records }. Everything else loaded.
# A record as the runner knows it. $name: what the runner called it; $date, $start, $end: dates
# as the app writes them.
store-record-race-named-dated = the race “{ $name }” of { $date }
store-record-race-named = the race “{ $name }”
store-record-race-dated = the race of { $date }
# $kind: the kind of log entry, or entry when it is not known.
store-record-log-dated = the { $kind ->
        [massage] massage
        [soreness] soreness check-in
        [injury] injury
        [self-massage] self-massage
        [red-flag] red-flag answer
       *[entry] entry
    } of { $date } in your log
store-record-log-kind = { $kind ->
        [massage] a massage
        [soreness] a soreness check-in
        [injury] an injury
        [self-massage] a self-massage
       *[red-flag] a red-flag answer
    } in your log
store-record-block-dated = the training block of { $start } to { $end }
store-record-routine = the routine “{ $name }”
store-record-activity = the imported activity “{ $name }”
# What any record of a part of the data is called, where it holds too little to tell more.
store-record-in = { $section ->
        [races] a race
        [blocks] a training block
        [log] a log entry
        [checklists] a race checklist
        [oil_marks] an oil mark
        [routines] a routine
        [activities] an imported activity
        [tombstones] a deletion record
        [profile] a setting
       *[other] a record
    }

## The web app's storage, as the messages above name it
store-browser-storage = this browser's storage for this site
# Where unreadable data was kept: the storage, then the key it is under.
store-browser-kept-under = { $place }, under the key "{ $key }"
store-browser-not-allowed = the browser does not allow this site to store data (private mode?)
store-browser-refused-read = the browser refused to read it
store-browser-refused-store = the browser refused to store it
store-browser-refused-change = the browser refused to change it
store-browser-full = the browser's storage is full
