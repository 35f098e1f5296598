"""What the settings say to the user, in one place (ready for translation)."""

TITLE = "Settings"
NOT_SAVED = "The settings were not saved"
SAVED = "Settings saved."

# the pages
PROFILE_PAGE = "&Profile"
LETTERS_PAGE = "&Letters"
CHECKS_PAGE = "&Checks"
LOOK_PAGE = "Loo&k"
BACKUPS_PAGE = "&Backups"

# the profile
NAME_NAME = "Your name"
ADDRESS_NAME = "Address lines"
EMAIL_NAME = "Email"
PHONE_NAME = "Phone"
CLOSING_NAME = "Default closing"
CLOSING = "Kind regards"  # the closing when none is typed
SIGNATURE_NAME = "Signature name"
SIGNATURE_HINT = "Same as your name"
NAME = "&Name:"
ADDRESS = "&Address:"
EMAIL = "&Email:"
PHONE = "P&hone:"
CLOSING_FIELD = "&Closing:"
SIGNATURE = "&Signature:"

# letters
PAPER_NAME = "Paper size"
PAPERS = (("A4", "A4"), ("US Letter", "Letter"))  # (words, stored value)
FONT_NAME = "Font"
FONT_SIZE_NAME = "Font size"
POINTS = " pt"  # after the font size
DATE_FORMAT_NAME = "Date format"
DATE_FORMATS = {  # stored format: how a date looks in it
    "day month year": "2 March 2026",
    "month day, year": "March 2, 2026",
    "iso": "2026-03-02",
    "dd/mm/yyyy": "02/03/2026",
    "mm/dd/yyyy": "03/02/2026",
}
SPELLING_NAME = "Spelling language"
LANGUAGES = {"en_US": "English (US)", "en_GB": "English (UK)"}
PAPER = "&Paper:"
FONT = "&Font:"
SIZE = "&Size:"
DATE_FORMAT = "&Date format:"
SPELLING = "S&pelling:"
LETTERHEAD = "Letter&head (.docx/.dotx):"
LETTERHEAD_NAME = "Letterhead (.docx/.dotx)"
LETTERHEAD_HINT = "None: plain paper"
CHOOSE = "Choose…"
NO_LETTERHEAD = "None"
CHOOSE_TITLE = "Choose a letterhead"
LETTERHEAD_FILTER = "Word document or template (*.docx *.dotx)"
NOT_A_LETTERHEAD = "Not a letterhead"

# the look
THEME_NAME = "Theme"
THEME_DESCRIPTION = "Light, dark, or follow the desktop; applies at once"
THEME = "&Theme:"

# backups
BACKUPS_TITLE = "Backups"
DAILY = "Daily backups to keep"
WEEKLY = "Weekly backups to keep"
FIELD = "{label}:"
OLDER_REMOVED = "Older backups beyond these are removed after each new backup."

# «your name» and «your address» filled in unsent drafts after the profile is saved
NOT_FILLED = "The drafts were not filled in"
FILLED = "Filled in your {what} in {count} unsent draft{s}. Edit ▸ Undo filling in drafts puts them back."
NOT_UNDONE = "The drafts were not put back"
UNDONE = "Put back the placeholders in {count} draft{s}."
EDITED_SINCE = (" 1 draft you edited since stays as it is.", " {count} drafts you edited since stay as they are.")
UNDO_FILL = ("Undo &filling in drafts", "Put «your name» and «your address» back in the drafts just filled in")
GREETING_NAME = "How drafts greet people"
GREETING_DESCRIPTION = (
    "Used for people without a greeting of their own; without a form of address, Ms Raman becomes Priya Raman"
)
LETTERHEAD_SHOWS_SENDER = "My letterhead already shows my &name and address"
