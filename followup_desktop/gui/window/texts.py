"""What the main window says to the user, in one place (ready for translation)."""

APP = "FollowUp Desktop"
TITLE = "{what} — FollowUp Desktop"
TITLE_INTERVIEW = "{company}: {title} — FollowUp Desktop"
TITLE_SEARCH = "Search — FollowUp Desktop"
INTERVIEW = "Interview"

# menus and actions: (text, tip)
FILE, EDIT, VIEW, HELP = "&File", "&Edit", "&View", "&Help"
NEW_APPLICATION = ("New &application…", "Add a company and role you are applying for")
NEW_INTERVIEW_ACTION = ("New &interview…", "Add an interview to the selected application")
EDIT_ITEM = ("&Edit…", "Edit the selected application or interview")
DELETE_ITEM = ("&Delete…", "Delete the selected application or interview (undoable)")
UNDO_DELETE = ("&Undo delete", "Bring back what you deleted last")
TRASH = ("&Trash…", "Restore deleted items or empty the trash")
EXPORT = ("&Export everything…", "Save all your data as one JSON bundle")
IMPORT = ("&Import bundle…", "Merge a JSON bundle into your data")
CALENDAR = ("Export &calendar (.ics)…", "Save follow-up deadlines and next-contact dates for your calendar")
QUIT = ("&Quit", "")
FILTER = ("&Filter applications", "")
SEARCH = ("&Search everything…", "Search applications, people, plans, notes, letters and stories")
SETTINGS = ("&Settings…", "Your profile and letter preferences")
DASHBOARD = ("&Dashboard", "What needs your attention, most urgent first")
BACK = ("&Back", "Go back to where you were")
FORWARD = ("&Forward", "Go forward again")
SHOW_TAB = "Show {name}"
TAB_TITLES = ("Plan", "Notes", "Letter")

# the status bar
DUE_TIP = "Open the dashboard (Alt+Home)"
DUE = "{count} follow-up{s} due"
NOTHING_DUE = "Nothing due"

# the search box
SEARCH_NAME = "Search everything"
SEARCH_PLACEHOLDER = "Search everything (Ctrl+F)"
STORIES_NEED_AN_INTERVIEW = "Stories live in the Notes tab's story bank: open any interview to see it."
GONE = "That item no longer exists."

# the item commands
APPLICATION_NOT_SAVED = "The application could not be saved"
INTERVIEW_NOT_SAVED = "The interview could not be saved"
ADDED = "Added {what}."
ADDED_INTERVIEW = "Added the interview."
NEW_INTERVIEW = "New interview"
SELECT_APPLICATION_FIRST = "Select or create an application first."
REMOVE_PEOPLE = "Remove people"
REMOVE_COUNT = "Remove {count} person(s)"
DELETE = "Delete"
DELETE_APPLICATION = "Delete application"
DELETE_INTERVIEW = "Delete interview"
DELETE_APPLICATION_WITH = "“{label}” with its {count} interview(s) and everything in them"
DELETE_INTERVIEW_WITH = "“{title}” with its plan, notes and letters"
DELETE_QUESTION = "Delete {what}?\n\nYou can undo this with Ctrl+Z or restore it from Edit ▸ Trash."
APPLICATION_NOT_DELETED = "The application could not be deleted"
INTERVIEW_NOT_DELETED = "The interview could not be deleted"
DELETED = "Deleted {label}. Press Ctrl+Z to undo."
EMPTY_TRASH = "Empty trash"
EMPTY_TRASH_QUESTION = "Delete everything in the trash for good? This cannot be undone."
TRASH_NOT_EMPTIED = "The trash was not emptied"
TRASH_EMPTIED = "Emptied the trash ({count} item(s))."
NOT_RESTORED = "That item could not be restored"
RESTORED = "Restored {label}."

# closing with unsaved text
SAVE_UNSAVED_TITLE = "Save the unsaved text"
UNSAVED_FILE = "followup-unsaved.txt"
TEXT_FILES = "Text files (*.txt)"
UNSAVED_HEADING = "FollowUp Desktop: text that could not be saved ({when:%d %b %Y %H:%M})"
NOT_WRITTEN = "The file was not written"
