"""What the Notes tab says to the user, in one place (ready for translation)."""

MENU = "&Notes"

# the kinds of notes: a word and a letter go with every colour (gui/notes/model.py), never colour alone
KIND_NAMES = {
    "answer": "Answer",
    "challenge": "Challenge",
    "need": "Need",
    "problem": "Problem",
    "goal": "Goal",
    "action": "Action item",
    "other": "Other",
}
KIND_WORDS = {  # in a sentence: "Highlighted as need"
    "answer": "answer",
    "challenge": "challenge",
    "need": "need",
    "problem": "problem",
    "goal": "goal",
    "action": "action item",
    "other": "other",
}
KIND_LETTERS = {"answer": "A", "challenge": "C", "need": "N", "problem": "P", "goal": "G", "action": "!", "other": "O"}

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
WORDS_BACK = "{failure} Your words are back in the note's editor: press Enter to save them."
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

# the actions: (text, tip)
START_ACTION = ("&Start interview", "Record that the interview started now and run the clock")
END_ACTION = ("&End interview", "Record that the interview ended now (the follow-up deadline starts)")
STAMP_NOW = ("Stamp &now", "Stamp the next note with this moment, before you type it")
HIGHLIGHT = ("&Highlight challenge", "Turn the selected words (or the whole note) into a challenge on the board")
FOCUS = ("&Focus layout", "Show only the clock, the question, the capture line and the latest notes")
KEEP_ON_TOP = ("Keep window on &top", "Keep the window above your video call while in the focus layout")
PREVIOUS_QUESTION = ("&Previous question", "Link new notes to the previous planned question")
NEXT_QUESTION = ("Ne&xt question", "Link new notes to the next planned question")
EDIT_NOTE = ("Edit note (Enter)", "Edit the selected note in place")
DELETE_NOTE = ("Delete note (Del)", "Delete the selected notes; Ctrl+Z in the list brings them back")
UNDO = (
    "Undo in notes (Ctrl+Z in the list)",
    "Bring back the last deleted note, removed highlight or story, or the last time change",
)
SET_TIME = ("Type the time…", "Type a time for the selected note (14:03 or +12:30 since the start)")
EARLIER_5S = "Earlier by 5 s"
LATER_5S = "Later by 5 s"
EARLIER_1M = "Earlier by 1 min"
LATER_1M = "Later by 1 min"
NUDGE_TIP = "Move the selected note's stamp"
SPEAKER_NOBODY = "Speaker: nobody in particular"
SPEAKER = "Speaker {number}"
KIND = "Kind: {kind}"
KIND_TIP = "Set the kind of the note being typed or selected"
TIP_WITH_KEYS = "{tip} ({keys})"

# the capture line and the list
NEW_NOTE_NAME = "New note"
NEW_NOTE_HINT = "Type a note — Enter saves it, Shift+Enter starts a new line"
NOTES_NAME = "Notes"
EDIT_NOTE_NAME = "Edit note"
COLUMNS = ("Elapsed", "Time", "Who", "Kind", "Question", "Note")
CUT = "{text} … (+{count:,} characters)"
TIME_TIP = "Double-click to type a time (14:03 or +12:30); Alt+←/→ nudges 5 s, Alt+Shift+←/→ 1 min"

# the challenge board
KIND_REFUSED = "The kind of the highlight was not changed"
STORY_REFUSED = "The story was not linked"
INCLUDE_REFUSED = "The “include in letter” tick was not saved"
QUOTE_REFUSED = "The “quote their words” tick was not saved"
CHOICE_REFUSED = "The highlight was not changed"
CHALLENGES_NAME = "Highlighted challenges"
NO_CHALLENGES = (
    "Select words in a note and press Ctrl+H to highlight a challenge, need, problem or goal the interviewer mentioned."
)
CHALLENGE_KIND_NAME = "Challenge kind"
EXPERIENCE_NAME = "My experience"
EXPERIENCE_HINT = "What I did about a similar problem, in my own words"
UNSAVED_EXPERIENCE = "Your experience for “{quote}”"  # the close question lists it (one line)
UNSAVED_SUMMARY = "Your words for “{quote}”"
A_CHALLENGE = "a challenge"  # its highlight is gone
STORY_NAME = "Linked story"
SUGGESTIONS_NAME = "Suggested stories, best match first"
INCLUDE = "Include in letter"
MOVE_UP = "Move up"
MOVE_UP_TIP = "Ctrl+Up in the list"
MOVE_DOWN = "Move down"
MOVE_DOWN_TIP = "Ctrl+Down in the list"
REMOVE = "Remove"
REMOVE_TIP = "Remove the highlight (Del in the list; Ctrl+Z in the notes list brings it back)"
REMOVE_NAME = "Remove highlight"
KIND_FIELD = "Kind"
EXPERIENCE_FIELD = "My experience"
STORY_FIELD = "Story"
SUGGESTED_FIELD = "Suggested"
CHALLENGE_ITEM = "“{quote}”\n{details}"
DETAILS_SEPARATOR = " · "
NOTE_DELETED = "note deleted"
HIGHLIGHT_LOST = "highlight lost: the words were edited away"
STORY_LINKED_MARK = "story linked"
NOT_IN_MY_WORDS_MARK = "not in your words yet"
IN_LETTER = "in letter"
NOT_IN_LETTER = "not in letter"
NO_STORY = "(no story)"
NOT_SAVED = "Not saved: {error}"
STORY_LINKED = "Story linked."
NOT_MOVED = "The challenge was not moved"
ORDER_REFUSED = "The new order of the challenges was not saved"
NOT_REMOVED = "The highlight was not removed"

# the story bank
STORIES_NAME = "Stories"
STORY_FIELDS = {"title": "Title", "situation": "Situation", "action": "Action", "result": "Result", "tags": "Tags"}
STORY_FIELD_NAMES = {
    "title": "Story title",
    "situation": "Story situation",
    "action": "Story action",
    "result": "Story result",
    "tags": "Story tags",
}
TAGS_HINT = "comma-separated, e.g. kubernetes, hiring"
NEW_STORY = "New story"
DELETE_STORY = "Delete story"
STORY_NOT_SAVED = "Story not saved: {error}"
STORY_NOT_ADDED = "The new story was not added"
STORY_NOT_DELETED = "The story was not deleted"
UNSAVED_STORY = "Story: {title}"
UNTITLED = "untitled"
QUOTE = "Quote their words"
QUOTE_TIP = "Letters tell back what was said in your words; tick to quote the interviewer instead"
QUOTE_NAME = "Quote their words in the letter"

# a challenge in the user's own words (the board's "In my words" row)
SUMMARY_LABEL = "In my words"
SUMMARY_SUGGESTED = "Suggested words"  # the row's label while the field shows a suggestion
SUMMARY_HINT = "What they said, in your own words"
SUMMARY_SUGGESTED_NOTE = "A suggestion from the highlight, not yet your words: edit it, or use it as it is."
SUMMARY_USE = "Use"
SUMMARY_USE_NAME = "Use the suggestion as it is"
SUMMARY_USE_TIP = "Use the suggestion as it is, as your words (Enter in the field does the same)"
