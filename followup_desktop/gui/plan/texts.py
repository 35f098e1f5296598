"""What the Plan tab says to the user, in one place (ready for translation)."""

MENU = "&Plan"

COPY = "&Copy plan from…"
COPY_TIP = "Bring objectives, questions and points over from another interview"
BANK = "Save question to &bank"
BANK_TIP = "Keep the selected question in your question bank for other plans"
PRINT = "&Print plan…"
PRINT_TIP = "Print the plan as a sheet to take into the interview"
PDF = "Export plan as P&DF…"
PDF_TIP = "Save the printable plan sheet as a PDF file"

LEARN = "What I need to learn"
LEARN_ADD = "Add something you need to learn, e.g. what the first 90 days look like"
QUESTIONS = "Questions to ask"
QUESTIONS_ADD = "Add a question (type to search your question bank), then Enter"
QUESTIONS_HINT = "Alt+↑/↓ or drag to reorder · Del deletes · Ctrl+Z brings it back"
POINTS = "Points I want to make"
POINTS_ADD = "Add a point you want to make"
POINT_PROMPTS = (
    "My experience: a result I achieved that this role needs…",
    "I am ready to take on more responsibility: where and how…",
    "Why I fit the way this team works…",
)
SAVE_TO_BANK = "Save to question &bank"
SAVE_TO_BANK_NAME = "Save the selected question to the question bank"
RESEARCH = "Company research"
RESEARCH_HINT = "What the company does, recent news, the team, the product, what the job ad stresses…"

FIELD_NAMES = {
    "research": "company research",
    "followup_channel": "follow-up channel",
    "followup_whom": "whom to follow up with",
    "followup_due_at": "follow-up deadline",
}
UNSAVED_FIELD = "Plan: {field}"
UNSAVED_CARES = "Plan: what an interviewer cares about"

SAVED = "Saved {clock}"
SAVED_AFTER = "{what} {clock}"  # what was done, then the time it was saved
ITEMS_SAVED = "{message} · saved"
NOT_SAVED = "Not saved: {error}"
CHECKLIST_REFUSED = "The checklist tick was not saved"
INTERVIEWERS_REFUSED = "The interviewers were not saved"
HOURS_REFUSED = "The default deadline was not saved"

SELECT_QUESTION = "Select a question to save to the question bank."
BANK_REFUSED = "The question was not saved to the question bank"
BANKED = "Saved to the question bank."

INTERVIEW = "Interview"
COPY_TITLE = "Copy plan from"
NOTHING_TO_COPY = "No other interview has a plan to copy yet."
COPY_PICK = "Copy plan from…"
COPY_FAILED = "The plan could not be copied"
COPY_REFUSED_AS_WAS = "The plan was not copied; this plan is as it was"
COPY_REFUSED = "The plan was not copied"
COPIED = "Copied {count} item(s), {carried} question(s) carried over ·"

SHEET_TITLE = "Interview plan"
PDF_TITLE = "Export plan as PDF"
PDF_FAILED = "The PDF was not saved"
PDF_SAVED = "Saved the plan as {path}"
PDF_FILTER = "PDF (*.pdf)"
PDF_FILE = "{company} - {title} - plan"
AN_INTERVIEW = "interview"  # in the PDF's file name, for an interview without a title

# the lists of objectives, questions and points: whole sentences per kind of item
ADD_TO = "Add to {list}"  # the add field's accessible name: "Add to questions to ask"
PROMPT = "Prompt: {prompt}"
MARKS = {"answered": "  ✓ answered", "carried": "  ↻ carried over"}
NUMBERED = "{number}. {text}"
ADDED = {"objective": "Added objective.", "question": "Added question.", "point": "Added point."}
CHANGED = {"objective": "Changed objective.", "question": "Changed question.", "point": "Changed point."}
MOVED = {"objective": "Moved objective.", "question": "Moved question.", "point": "Moved point."}
DELETED = {
    "objective": "Deleted objective. Press Ctrl+Z to bring it back.",
    "question": "Deleted question. Press Ctrl+Z to bring it back.",
    "point": "Deleted point. Press Ctrl+Z to bring it back.",
}
RESTORED = {"objective": "Restored objective.", "question": "Restored question.", "point": "Restored point."}
NEW_REFUSED = {
    "objective": "The new objective was not saved",
    "question": "The new question was not saved",
    "point": "The new point was not saved",
}
CHANGE_REFUSED = {
    "objective": "The change to the objective was not saved",
    "question": "The change to the question was not saved",
    "point": "The change to the point was not saved",
}
MOVE_REFUSED = {
    "objective": "The objective was not moved",
    "question": "The question was not moved",
    "point": "The point was not moved",
}
ORDER_REFUSED = {
    "objective": "The new order of the objectives was not saved",
    "question": "The new order of the questions was not saved",
    "point": "The new order of the points was not saved",
}
DELETE_REFUSED = {
    "objective": "The objective was not deleted",
    "question": "The question was not deleted",
    "point": "The point was not deleted",
}
UNDELETE_REFUSED = {
    "objective": "The deleted objective was not brought back",
    "question": "The deleted question was not brought back",
    "point": "The deleted point was not brought back",
}

# interviewers, follow-up, checklist
INTERVIEWERS_TITLE = "Interviewers"
NO_PEOPLE = "No people at this company yet. Add them with Edit ▸ Edit… (F2) on the application."
PERSON = "{name}"
PERSON_DETAILS = "{name} — {details}"
DETAILS_SEPARATOR = ", "
IS_INTERVIEWER = "{name} is an interviewer"
CARES_NAME = "What {name} cares about"
CARES_HINT = "What they care about"
FOLLOW_UP_TITLE = "Follow-up plan"
CHANNELS = (("email", "Email"), ("letter", "Printed letter"), ("both", "Both email and printed letter"))
CHANNEL_NAME = "Follow-up channel"
WHOM_NAME = "Whom to thank"
WHOM_HINT = "Everyone who interviewed you, by name"
OWN_DEADLINE = "Own deadline:"
OWN_DEADLINE_NAME = "Use my own deadline"
DUE_NAME = "Send by"
DUE_FORMAT = "ddd d MMM yyyy, HH:mm"  # the deadline's date edit: "Sun 29 Nov 2026, 14:00"
HOURS_NAME = "Default deadline in hours after the interview"
HOURS_SUFFIX = " hours after the interview ends"
DEADLINE_NAME = "Send-by deadline"
CHANNEL = "&Channel:"
WHOM = "&Whom to thank:"
DEFAULT_DEADLINE = "Default deadline:"
NO_DEADLINE = "Send by: schedule the interview to get a deadline."
SEND_BY_OWN = "<b>Send by: {when:%A %d %B, %H:%M}</b> (your own deadline)."
SEND_BY_HOURS = "<b>Send by: {when:%A %d %B, %H:%M}</b> ({hours} hours after the interview)."
CHECKLIST_TITLE = "Follow-up checklist"

# the interview picker
FILTER_NAME = "Filter interviews"
FILTER_HINT = "Type to filter by company, role or round"
INTERVIEWS_NAME = "Interviews"
COPY_OK = "Copy plan"
COPY_EXPLAINED = (
    "Objectives, questions and points are added to this plan; questions not "
    "answered in that interview are marked “carried over”."
)
