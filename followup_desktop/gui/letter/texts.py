"""What the Letter tab says to the user, in one place (ready for translation)."""

MENU = "&Letter"
EXPLANATION = (
    "After the interview, compose a genuine follow-up letter here: <b>Letter ▸ New letter…</b> builds a draft "
    "from the challenges you highlighted and your matching experience. It is checked for leftovers, wrong names "
    "and clichés as you type, and exports to Word, print or PDF."
)
TITLE = "Letter"
NEW_BUTTON = "New letter…"
NOBODY_YET = "Nobody yet"
LISTED = "{kind} — {who} ({status})"
LISTED_NOBODY = "nobody yet"
LISTED_SENT = "sent {day:%d %b}"
LISTED_DRAFT = "draft"
SENT_STATE = "Sent {day:%d %b %Y} by {channel}"
CHANGED_SINCE_SENT = " · edited since"
CHANGED_SINCE_SENT_TIP = "The letter was edited after it was marked as sent; the text that went out is in Versions."
DRAFT_STATE = "Draft"
SAVED = "Saved {time:%H:%M}"
NOT_SAVED_TITLE = "The letter could not be saved"
FOUND_ELSEWHERE = "The letter is open; the words found are in its formatting or subject."
KIND_REFUSED = "The kind of letter was not changed"
RECIPIENT_REFUSED = "The recipient was not changed"
UNSAVED = "Letter: {subject}"
NO_SUBJECT = "no subject"

# the commands
NEW = "&New letter…"
NEW_TIP = "Draft a letter from this interview's notes and challenges"
PULL = "&Pull challenges…"
PULL_TIP = "Insert or refresh the paragraphs for chosen challenges at the cursor"
SENT = "&Mark as sent…"
SENT_TIP = "Record when and how the letter was sent (keeps a version)"
COPY = "&Copy as plain text"
COPY_TIP = "Copy the letter as plain text"
MAIL = "Open in &mail client"
MAIL_TIP = "Start an email with this letter in your mail program"
VERSIONS = "&Versions…"
VERSIONS_TIP = "View and restore earlier versions of this letter"
KEEP = "&Keep a version now"
KEEP_TIP = "Save the current text as a version you can go back to"
DELETE = "&Delete letter…"
DELETE_TIP = "Delete this letter and its versions"

COMMAND_REFUSED = "{what}: {reason}. Your letter is kept on screen as it was; {advice} and try again."
NOT_DRAFTED = "No letter was drafted"
DRAFTED = "Drafted {count} letter(s) from your notes"
NOT_PULLED = "The challenges were not pulled into the letter"
PULL_TITLE = "Pull challenges"
NOTHING_TO_PULL = "Highlight challenges in your notes first; each one then becomes a paragraph here."
PULLED = "Pulled {count} challenge(s) into the letter"
NOT_SENT = "The letter was not marked as sent"
MARKED_SENT = "Marked as sent by {channel}"
COPIED = "Copied the letter as plain text"
NO_MAIL_TITLE = "No mail program"
NO_MAIL = "No mail program is set up to open the letter. Use Copy as plain text and paste it into your email instead."
NOT_KEPT = "No version was kept"
KEPT = "Kept a version of the letter"
NOT_RESTORED = "The earlier version was not restored"
RESTORED = "Restored an earlier version (the text it replaced was kept as a version)"
VERSION_LABELS = {"export": "exported", "sent": "sent", "manual": "kept"}
DELETE_TITLE = "Delete letter"
DELETE_QUESTION = "Delete this letter and all its versions? This cannot be undone."
NOT_DELETED = "The letter was not deleted"
WORD_NOT_ADDED = "“{word}” was not added to your dictionary"
WORD_ADDED = "Added “{word}” to your dictionary"

# stored values in words (the store keeps the keys)
KINDS = {
    "thank-you": "Thank-you after the interview",
    "rejection": "After a rejection",
    "check-in": "Check-in (no news yet)",
    "offer": "After an offer",
}
KINDS_SHORT = {  # in the list of an interview's letters
    "thank-you": "Thank-you after the interview",
    "rejection": "After a rejection",
    "check-in": "Check-in",
    "offer": "After an offer",
}
CHANNELS = {"email": "email", "letter": "letter", "phone": "phone", "in person": "in person", "other": "other"}

# the composer
LETTERS_NAME = "Letters of this interview"
KIND_NAME = "Kind of letter"
RECIPIENT_NAME = "Recipient"
SUBJECT_NAME = "Subject"
SUBJECT_HINT = "Subject of the email"
BOLD = "&Bold"
ITALIC = "&Italic"
BULLETS = "• List"
NUMBERS = "1. List"
LINK = "Link…"
# Alt+L opens the Letter menu and Alt+T the Letter tab: the fields take letters no menu or tab uses.
LETTER_FIELD = "Lette&r:"
KIND_FIELD = "&Kind:"
TO_FIELD = "T&o:"
SUBJECT_FIELD = "S&ubject:"
SOURCES_TITLE = "<b>Where each paragraph came from</b>"
SOURCES_NAME = "Where each paragraph came from"
EDITOR_NAME = "Letter text"
NO_SUGGESTIONS = "No suggestions"
ADD_WORD = "Add “{word}” to dictionary"

# the checks panel
CHECKS_NAME = "Letter checks"
CHECKS_TITLE = "<b>Checks</b>"
CHECKS_COUNTED = "<b>Checks</b> — {counts}"
COUNTS = "{errors}, {warnings}, {notes}"
ERRORS = ("{count} error", "{count} errors")  # (one, many)
WARNINGS = ("{count} warning", "{count} warnings")
NOTES = ("{count} note", "{count} notes")
FINDINGS_NAME = "Findings"
NO_PROBLEMS = "No problems found."
CHECKING = "Checking…"
SEVERITIES = {"error": "Error", "warning": "Warning", "info": "Note"}
FINDING = "{severity}: {message}"
FINDING_SUGGESTION = "{severity}: {message}\n→ {suggestion}"
RULE_TIP = "{rule}. This rule can be switched off in Settings."
RULE_TIP_SELECT = "{rule}. Click to select the text. This rule can be switched off in Settings."

# where each paragraph came from
NO_QUOTE = "(no quote)"
SOURCE_QUOTE = "“{quote}”"
SOURCE_QUOTE_WHO = "“{quote}” — {who}"
SOURCE_EXPERIENCE = "{source}\nMy experience: {experience}"
GENERIC_TIP = "Generic: this paragraph is not built from any of your notes."
SOURCED = "¶{number}  From your notes: “{quote}”"
SOURCED_MORE = "¶{number}  From your notes: “{quote}” (+{more})"
A_CHALLENGE = "challenge"  # a challenge without a quote
OPEN_NOTE_TIP = "{sources}\n\nDouble-click to open the note."
GENERIC = "¶{number}  Generic — not from your notes"
INFORMATION_TIP = "Information: this paragraph does not answer a challenge from the interview."

# export and print: (text, tip)
EXPORT_WORD = ("Export to &Word…", "Save the letter as a Word document, on your letterhead if you chose one")
EXPORT_PDF = ("Export &PDF…", "Save the letter as a PDF file")
PRINT = ("P&rint…", "Print the letter")
PREVIEW = ("Print pre&view…", "See the printed pages before printing")
REPLACE_TITLE = "Replace file?"
REPLACE_QUESTION = "“{name}” already exists in “{folder}”. Replace it?"
REPLACE_OK = "Replace"
SAVED_TO = {"docx": "Word file saved to {path}", "pdf": "PDF saved to {path}"}
SAVED_NOT_KEPT = {
    "docx": "Word file saved to {path}, but no version of it was kept: {reason}.",
    "pdf": "PDF saved to {path}, but no version of it was kept: {reason}.",
}
BAD_LETTERHEAD_TITLE = "The letterhead cannot be used"
BAD_LETTERHEAD = "{error}\n\nChoose another letterhead in Settings, or none. Nothing was saved."
WORD_TITLE = "Export to Word"
WORD_FILTER = "Word document (*.docx)"
WORD_FAILED = "The Word file was not saved"
PDF_TITLE = "Export PDF"
PDF_FILTER = "PDF (*.pdf)"
PDF_FAILED = "The PDF was not saved"
PDF_NOT_SAVED = "“{name}” could not be saved in “{folder}”: {reason}."
NOT_A_FOLDER = "it is a file, not a folder"
NO_PRINTER_TITLE = "No printer"
NO_PRINTER = (
    "No printer is installed on this computer. Save the letter as a PDF instead? You can print the PDF elsewhere."
)
SAVE_AS_PDF = "Save as PDF…"
PRINTED = "Sent the letter to the printer"

# the small dialogs
OK = "OK"
NEW_TITLE = "New letter"
NEW_RECIPIENT = "{name}"
NEW_RECIPIENT_TITLED = "{name} ({title})"
NOBODY_PLACEHOLDER = "Nobody yet (a placeholder)"
EACH = "One letter per interviewer ({count} letters, each to personalise)"
NEWS_NAME = "What is new since the interview"
NEWS_HINT = "Optional: what is new since you spoke (else your later notes)"
NEW_KIND = "&Kind:"
NEW_TO = "&To:"
NEW_NEWS = "What is &new:"
DRAFT_FROM = "The draft is built from your notes, highlighted challenges and plan."
CREATE_DRAFT = "Create draft"
PULL_DIALOG_TITLE = "Pull challenges into the letter"
CHALLENGES_NAME = "Challenges"
NO_EXPERIENCE = "(no experience yet)"
PULL_ITEM = "“{quote}”\n    {experience}"
PULL_EXPLAINED = "Paragraphs already in the letter are refreshed in place; new ones go at the cursor."
INSERT = "Insert"
SENT_TITLE = "Mark as sent"
SENT_DATE_NAME = "Date sent"
SENT_BY_NAME = "Sent by"
SENT_DATE = "&Date:"
SENT_BY = "&Sent by:"
SENT_OK = "Mark as sent"
VERSIONS_TITLE = "Letter versions"
VERSIONS_NAME = "Versions"
VERSION = "{when:%d %b %Y %H:%M} — {reason}"
RESTORE_VERSION = "&Restore this version"
CLOSE = "Close"
DELETE_OK = "Delete"

# asked before a letter with an error in it goes out (export, print, mark as sent)
NOT_READY_TITLE = "The letter still has errors"
NOT_READY_ONE = "The checks found an error in this letter:\n\n{listed}\n\nIt would go out as it is. Fix it first?"
NOT_READY = "The checks found {count} errors in this letter:\n\n{listed}\n\nIt would go out as it is. Fix them first?"
NOT_READY_ITEM = "• {message}"
NOT_READY_ITEM_AT = "• {message} ({words})"
NOT_READY_MORE = "\n• …and {count} more (see Checks)"
EXPORT_ANYWAY = "&Export anyway"
PRINT_ANYWAY = "&Print anyway"
MARK_SENT_ANYWAY = "&Mark as sent anyway"
