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
