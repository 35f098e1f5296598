"""What the Help menu and its dialogs say to the user, in one place (ready for translation)."""

# the menu: (text, tip)
SHORTCUTS = ("&Keyboard shortcuts…", "Every keyboard shortcut, by menu")
ABOUT = ("&About FollowUp Desktop", "Version, where your data lives, licence")
TRY_EXAMPLE = ("&Try an example", "Add a sample application to explore (removable in one click)")
REMOVE_EXAMPLE = ("&Remove the example", "Delete the sample application and its story; nothing else is touched")

# the example application
NOT_ADDED = "The example could not be added"
NOT_REMOVED = "The example could not be removed"
NOTHING_CHANGED = "Nothing was changed"
ADDED = "Added the example application. Remove it any time from Help ▸ Remove the example."
REMOVED = "Removed the example."
NOTHING_TO_REMOVE = "There was no example to remove."

# the shortcuts overview
SHORTCUTS_TITLE = "Keyboard shortcuts"
SHORTCUTS_NAME = "Keyboard shortcuts by menu"
SHORTCUTS_COLUMNS = ("Command", "Shortcut")
OTHER = "Other"  # the group of shortcuts that are in no menu

# About
ABOUT_TITLE = "About FollowUp Desktop"
VERSION = "<h2>FollowUp Desktop {version}</h2><p>Plan the interview, take notes, answer what they care about.</p>"
DATA_FOLDER = "Your data lives in:<br><b>{folder}</b>"
OPEN_FOLDER = "&Open data folder"
LICENCE = "Licence: {licence} (GNU General Public License, version 3 or later)."
OFFLINE = "FollowUp Desktop never connects to the network: your notes stay on this computer."
