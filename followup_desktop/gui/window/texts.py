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
SHOW_TABS = ("Show Plan", "Show Notes", "Show Letter")  # the View menu's commands, Ctrl+1 to Ctrl+3
# Alt+P, Alt+N and Alt+L open the Plan, Notes and Letter menus; the tabs take other letters.
TABS = ("Pl&an", "Note&s", "Le&tter")
SEARCH_TOOLBAR = "Search"

# the status bar
DUE_TIP = "Open the dashboard (Alt+Home)"
DUE_ONE = "{count} follow-up due"
DUE_MANY = "{count} follow-ups due"
NOTHING_DUE = "Nothing due"

# the sidebar
FILTER_PLACEHOLDER = "Filter applications…"
FILTER_NAME = "Filter applications and interviews"
SIDEBAR_NAME = "Applications and interviews"
SIDEBAR_DASHBOARD = "Dashboard"
APPLICATION_TIP = "{label}\nStatus: {status}"

# the search box
SEARCH_NAME = "Search everything"
SEARCH_PLACEHOLDER = "Search everything (Ctrl+F)"
STORIES_NEED_AN_INTERVIEW = "Stories live in the Notes tab's story bank: open any interview to see it."
GONE = "That item no longer exists."

# a letter's row on the dashboard
OPEN_LETTER = "&Open the letter"

# the application and interview forms
STATUSES = {  # stored statuses, as the form lists them
    "active": "active",
    "offer": "offer",
    "hired": "hired",
    "rejected": "rejected",
    "withdrawn": "withdrawn",
    "closed": "closed",
}
FORMATS = {"in person": "in person", "video": "video", "phone": "phone"}  # stored interview formats
CONTACT_COLUMNS = ("Name", "Title", "Email", "Phone", "Form of address", "Greeting")
FORM_OF_ADDRESS_TIP = "How you address the person in a letter: Ms, Mr, Mx, Dr, Professor… (Dear Ms Raman)"
GREETING_DEFAULT = "As in Settings"
EDIT_APPLICATION = "Edit application"
NEW_APPLICATION_TITLE = "New application"
COMPANY_NAME = "Company"
COMPANY_HINT = "e.g. Acme Robotics"
ROLE_NAME = "Role"
ROLE_HINT = "e.g. Head of Platform Engineering"
STATUS_NAME = "Status"
JOB_AD_NAME = "Job advertisement"
JOB_AD_HINT = "Paste the job advertisement here"
NOTES_NAME = "Notes"
COMPANY = "&Company:"
ROLE = "&Role:"
STATUS = "&Status:"
JOB_AD = "&Job ad:"
NOTES = "&Notes:"
PEOPLE = "People at the company (interviewers, recruiters):"
COMPANY_REQUIRED = "A company name is required."
PEOPLE_NAME = "People at the company"
ADD_PERSON = "&Add person"
REMOVE_PERSON = "Re&move person"
EDIT_INTERVIEW = "Edit interview"
ROUND_NAME = "Round or title"
ROUND_HINT = "e.g. Round 1 — hiring manager"
SCHEDULED = "&Scheduled"
SCHEDULED_NAME = "Scheduled"
WHEN_NAME = "Date and time"
DURATION_NAME = "Planned duration in minutes"
MINUTES = " min"  # after the duration's number
FORMAT_NAME = "Format"
LOCATION_NAME = "Location or video link"
INTERVIEWERS_NAME = "Interviewers"
NEW_NAME_NAME = "New interviewer's name"
NEW_NAME_HINT = "Name"
NEW_TITLE_NAME = "New interviewer's title"
NEW_TITLE_HINT = "Title"
NEW_EMAIL_NAME = "New interviewer's email"
NEW_EMAIL_HINT = "Email"
ADD_INTERVIEWER = "Add &interviewer"
ROUND = "&Round / title:"
WHEN = "When:"
DURATION = "&Duration:"
FORMAT = "&Format:"
LOCATION = "&Location / link:"
INTERVIEWERS = "Interviewers (tick who will be in the room):"
PERSON = "{name}"
PERSON_WITH_TITLE = "{name} — {title}"
NEW_PERSON = "{person} (new)"
TRASH_TITLE = "Trash"
TRASH_NAME = "Deleted items"
TRASH_KINDS = {"application": "application", "interview": "interview"}
TRASH_ITEM = "{label}   ({kind}, deleted {when:%Y-%m-%d %H:%M})"
RESTORE = "&Restore"
EMPTY = "&Empty trash…"
CLOSE = "Close"
TRASH_EXPLAINED = "Deleted items stay here until you empty the trash."
TRASH_IS_EMPTY = "The trash is empty."

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
GREETING_TIP = "How letters greet the person; “As in Settings” follows the default"
