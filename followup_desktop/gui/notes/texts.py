"""What the Notes tab says to the user, in one place (ready for translation)."""

NOT_STARTED_CLOCK = "Not started"
NO_CLOCK = "--:--"
NOT_STARTED = "Not started: notes are marked “before”. Press F5 when it begins."
ENDED = "Ended {clock}: new notes are marked “after”."
RUNNING = "Running since {clock}"
RESUME = "&Resume interview"
START = "&Start interview"
STARTED = "Interview started {clock}"
ENDED_STATUS = "Interview ended {clock}"
START_REFUSED = "The start of the interview was not recorded"
END_REFUSED = "The end of the interview was not recorded"

CLOCK_NAME = "Elapsed interview time"
KIND_NAME = "Kind of the next note"
SIDE_CHALLENGES = "Challenges"
SIDE_STORIES = "Story bank"

STAMP_WHEN_TYPING = "Stamp: when you start typing (Ctrl+T: now)"
STAMP = "Stamp: {elapsed} · {clock}"
PENDING_RESTORED = "Restored the note you were typing"
NOTE_NOT_SAVED = "The note was not saved: {error}"
SAVED = "Saved {clock}"

NO_QUESTIONS = "No questions planned: notes are not linked to a question."
NO_QUESTION = "No question linked (Alt+↓ / Alt+↑ to pick one) · {unanswered} of {count} still unanswered"
NOT_AN_ANSWER = (
    "Not linked to a question: this note is not an answer (question {number}/{count} stays current for the next one)"
)
QUESTION = "Question {number}/{count} ({mark}): {text}   · {unanswered} unanswered · Alt+↑/↓ to change"
ANSWERED = "✓ answered"
NOT_ANSWERED = "not answered yet"
WHO = "Who: <b>{name}</b>"
NOBODY = "—"
NO_INTERVIEWERS = "Add interviewers to the interview to pick who said what"
NO_SUCH_INTERVIEWER = "There is no interviewer {number}"

# the notes list
HIGHLIGHTS_LOST = (
    "{count} highlight(s) lost: the words {quotes} are no longer in the note. They stay on the board with your "
    "experience; Ctrl+Z in the list undoes nothing here, so edit the note back or highlight the new words."
)
NOT_A_TIME = "“{typed}” is not a time: type 14:03, 14:03:20, or +12:30 (minutes since the start)."
EDIT_REFUSED = "The change to the note was not saved"
WORDS_BACK = " Your words are back in the note's editor: press Enter to save them."
TIME_REFUSED = "The note's time was not changed"
CHANGE_REFUSED = "The note was not changed"
MARKED_AS = "Marked as {kind}"
DELETE_REFUSED = "The {count} note(s) were not deleted"
DELETED = "Deleted {count} note(s) — Ctrl+Z in the list brings them back"
NOTHING_TO_UNDO = "Nothing to undo in the notes"
UNDO_REFUSED = "Could not undo the {label}"
UNDONE = "Undid the {label}"
SELECT_TO_HIGHLIGHT = "Select a note (or words inside it while editing) to highlight a challenge."
HIGHLIGHT_REFUSED = "The highlight was not made"
HIGHLIGHTED = "Highlighted as {kind}: add your experience on the board"
HIGHLIGHT_REMOVED = "Highlight removed — Ctrl+Z in the notes list brings it back"
STORY_DELETED = "Story deleted — Ctrl+Z in the notes list brings it back"

# the close guard
UNSAVED_NOTE = "The note being typed"
UNSAVED_EDIT = "A note's changed text"
