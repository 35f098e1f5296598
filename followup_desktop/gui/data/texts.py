"""What backups, restore, export and import say to the user, in one place (ready for translation)."""

# backups: (text, tip)
BACK_UP_NOW = ("&Back up now", "Copy your data into the backups folder now")
RESTORE = ("&Restore from backup…", "Replace your data with a backup (the current data is kept aside)")

DAMAGED = (
    "Your database is damaged: {problem}. No backup is made while it is damaged, and your backups are kept as they are."
)
BACKUP_FAILED = {  # by what started the backup
    "manual": "The manual backup failed: {error}",
    "automatic": "The automatic backup failed: {error}",
}
BACKED_UP = "Backed up ({size})."
HEALTHY_BACKUP = (
    "The newest healthy backup is from {label}: File ▸ Restore from backup… puts it "
    "in place (your current data is kept aside)."
)
NO_HEALTHY_BACKUP = "There is no healthy backup to restore."
DAMAGED_STATUS = "Your data is damaged: no backup was made."
DAMAGED_TITLE = "Your data is damaged"
DAMAGED_TEXT = "{error}\n\n{where}"

RESTORE_TITLE = "Restore from backup"
NO_BACKUPS = "There are no backups yet in {folder}. Use File ▸ Back up now."
RESTORE_QUESTION = (
    "Replace all your data with the backup of {label}?\n\nYour current data "
    "is first copied beside the database, so nothing is lost."
)
RESTORE_OK = "Restore"
RESTORE_FAILED = "Restore failed"
RESTORE_UNFINISHED_TITLE = "Restore not finished"
RESTORE_UNFINISHED = (
    "The backup of {label} is in place, but it could not be brought up to "
    "date for this version: {error} Your previous data is in {aside}. "
    "Please restart FollowUp Desktop; it will try again."
)
RESTORED = "Restored the backup of {label}. Your previous data is in {aside}."

# export everything, import a bundle
EXPORT_TITLE = "Export everything"
IMPORT_TITLE = "Import bundle"
BUNDLE_FILE = "followup-bundle.json"
BUNDLE_FILTER = "JSON bundle (*.json)"
EXPORTING = "Writing every application to the bundle…"
EXPORT_SAVING = "Saving the file…"
EXPORT_CANCELLED = "Export cancelled; no file was written."
EXPORT_FAILED = "The export failed"
FILE_ERROR = "{path}: {reason}"
EXPORTED = "Exported everything to {path}."
IMPORTING = "Reading and merging the applications…"
IMPORT_SAVING = "Updating the search index and saving…"
IMPORT_CANCELLED = "Import cancelled; nothing was changed."
IMPORT_FAILED = "The bundle was not imported"
IMPORT_FAILED_TEXT = "{error}\n\nNothing was changed."
