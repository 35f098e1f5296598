"""What the shared dialogs and widgets say to the user, in one place (ready for translation)."""

# the dialogs seam
OK = "OK"
UNSAVED_TITLE = "Unsaved text"
UNSAVED = (
    "Some of what you typed could not be saved.\n\n{listed}\n\n"
    "Try saving again, keep it in a text file of your choice, or discard it."
)
UNSAVED_BECAUSE = (  # the reason is the status bar's sentence: "Your changes could not be saved: …"
    "{reason}\n\n{listed}\n\nTry saving again, keep it in a text file of your choice, or discard it."
)
UNSAVED_ITEM = "• {what}"
UNSAVED_MORE = "• …and {count} more"
TRY_AGAIN = "&Try again"
SAVE_TO_FILE = "&Save to a file…"
DISCARD = "&Discard and close"
CHOOSE_BACKUP_TITLE = "Restore from backup"
CHOOSE_BACKUP = "Backups (newest first):"
CANNOT_OPEN_TITLE = "Your data cannot be opened"
CANNOT_OPEN = "{problem}\n\nThe file will be kept (renamed with the date) whatever you choose."
RESTORE_LATEST = "Restore the latest backup"
START_FRESH = "Start a new, empty database"
QUIT = "Quit"
LINK_TITLE = "Insert link"
LINK_ADDRESS = "Address (https://… or mailto:…):"

# a refused write, in plain words
FAILURE = "{what}: {reason}. Nothing was lost; {advice}, then try again."
FAILURE_PLAIN = "{what}: {error}"
NOTHING_CHANGED = "Nothing was changed"
NOT_SAVED = "It was not saved"
OPENS_AGAIN = "{failure} The form opens again with everything you typed."
TYPED_TEXT = "Typed text"  # unsaved text whose editor did not say what it is

# how a date edit shows a day: "Sun 29 Nov 2026" (its default follows the locale: "29 11 2026" in C)
DATE_FORMAT = "ddd d MMM yyyy"

# items in lists
INTERVIEW = "Interview"  # an interview without a title
INTERVIEW_WHEN = "{title}  ·  {when:%d %b %Y %H:%M}"
INTERVIEW_AT = "{title}  ·  {when}"  # a stored start that is not a real moment, shown as stored

# the print preview
PREVIEW_TITLE = "Print preview — {title}"
NO_PRINTER = (
    "No printer is installed on this computer, so this can only be saved: use Save as PDF… and print the PDF elsewhere."
)
PRINT = "&Print…"
PRINT_TIP = "Print these pages"
PRINT_TIP_NO_PRINTER = "No printer is installed"
SAVE_PDF = "Save as P&DF…"
ZOOM_IN = "Zoom &in"
ZOOM_OUT = "Zoom &out"
FIT_WIDTH = "Fit &width"
WHOLE_PAGE = "&Whole page"

# long work on the whole database
FINISHING = "Finishing…"
CANCEL = "Cancel"

# the look
THEMES = {"system": "System (follow the desktop)", "light": "Light", "dark": "Dark"}

# after the profile is saved: fill «your name» / «your address» in unsent drafts?
FILL_TITLE = "Fill in your drafts?"
FILL_ONE = (
    "{count} unsent draft still shows a placeholder for your {what}. Fill in your {what} from the profile now?\n\n"
    "Edit ▸ Undo filling in drafts puts the placeholders back. If you leave it, you will not be asked about this "
    "draft again."
)
FILL_MANY = (
    "{count} unsent drafts still show a placeholder for your {what}. Fill in your {what} from the profile now?\n\n"
    "Edit ▸ Undo filling in drafts puts the placeholders back. If you leave them, you will not be asked about these "
    "drafts again."
)
FILL_IT, FILL_THEM = "&Fill it in", "&Fill them in"
LEAVE_IT, LEAVE_THEM = "&Leave as it is", "&Leave as they are"
