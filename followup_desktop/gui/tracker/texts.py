"""What follow-up tracking says to the user, in one place (ready for translation)."""

# stored values as words in a sentence or a list (the store keeps the keys)
OUTCOMES = {
    "pending": "Pending",
    "next-round": "Next round",
    "offer": "Offer",
    "rejected": "Rejected",
    "withdrawn": "Withdrawn",
    "hired": "Hired",
}
OUTCOME_WORDS = {
    "pending": "pending",
    "next-round": "next round",
    "offer": "offer",
    "rejected": "rejected",
    "withdrawn": "withdrawn",
    "hired": "hired",
}
STATUS_WORDS = {
    "active": "active",
    "offer": "offer received",  # "Mark … as offer received too?": a bare "as offer" is not English
    "hired": "hired",
    "rejected": "rejected",
    "withdrawn": "withdrawn",
    "closed": "closed",
}
CHANNELS = {
    "email": "email",
    "letter": "letter",
    "phone": "phone",
    "in person": "in person",
    "video": "video",
    "message": "message",
    "other": "other",
}

# the outcome bar
OUTCOME_NAME = "Outcome of this interview"
OUTCOME_LABEL = "Outco&me:"  # Alt+C is the plan's Channel

# what follows from an outcome
OUTCOME_REFUSED = "The outcome was not saved"
OUTCOME_RECORDED = "Outcome recorded: {outcome}."
LINKEDIN_TITLE = "Connecting on LinkedIn"
LINKEDIN_OFFER = (
    "Congratulations! Now that you have an offer, connecting with your interviewers on LinkedIn "
    "is appropriate — the letter checks no longer warn about it."
)
LINKEDIN_HIRED = (
    "Congratulations! Now that you have been hired, connecting with your interviewers on LinkedIn "
    "is appropriate — the letter checks no longer warn about it."
)
STATUS_TITLE = "Application status"
STATUS_QUESTION = "Mark the application “{label}” as {status} too? It is {current} now."
STATUS_OK = "Mark as {status}"
STATUS_REFUSED = "The application status was not saved"
STATUS_MARKED = "The application is now marked as {status}."
REJECTION_TITLE = "Thank them anyway"
REJECTION_QUESTION = (
    "A short, gracious letter after a rejection keeps the door open and is often "
    "remembered. Draft the after-rejection letter now?"
)
REJECTION_OK = "Draft the letter"
REJECTION_REFUSED = "The after-rejection letter was not created"
NEXT_ROUND_TITLE = "Next round"
NEXT_ROUND_QUESTION = (
    "Create the next interview now, with this plan copied and the questions you did not get to ask carried over?"
)
NEXT_ROUND_OK = "Create next interview"
NEXT_ROUND_REFUSED = "The next interview was not created"
NEXT_ROUND_CREATED = "Created the next interview with the plan copied; set its date with Edit (F2)."
FIRST_ROUND = "Round 1"  # the title a next round counts on from, when the interview has none
NEXT_ROUND = "Next round"  # the next round's title when the last one has no number

# the calendar
CALENDAR_TITLE = "Export calendar"
CALENDAR_FILE = "followups.ics"
CALENDAR_FILTER = "Calendar (*.ics)"
CALENDAR_FAILED = "The calendar was not exported"
CALENDAR_EXPORTED_ONE = "Exported 1 event to {path}; importing it again updates it."
CALENDAR_EXPORTED = "Exported {count} events to {path}; importing it again updates them."
CALENDAR_EMPTY = (
    "Exported to {path}, but nothing has a deadline yet: no thank-you is waiting to be sent and "
    "no next contact is planned, so the calendar holds no events."
)

# an application's summary
EDIT_APPLICATION = "Edit application…"
NEW_INTERVIEW = "New interview…"
SUMMARY = (
    "<h2>{company}</h2><p><b>{role}</b> · status: {status}</p><h3>People</h3><ul>{people}</ul>"
    "<h3>Interviews</h3><ul>{rounds}</ul>"
)
ROLE_NOT_NAMED = "<i>Role not named</i>"
PERSON = "<li>{name}</li>"
PERSON_WITH_TITLE = "<li>{name} — {title}</li>"
NO_PEOPLE = "<li><i>No one yet — add the people you meet with “Edit application…”.</i></li>"
NO_INTERVIEWS = "<li><i>No interview yet — add one with “New interview…” (Ctrl+Shift+N).</i></li>"

# the dashboard
ATTENTION_TITLE = "<h2>What needs your attention</h2>"
WELCOME_TITLE = "<h2>Welcome to FollowUp Desktop</h2>"
HOW_TO_START = (
    "<p><b>1. Plan</b> — before the interview, note your objectives, the questions to ask and who you "
    "will meet.<br><b>2. Take notes</b> — during it, timestamped notes; highlight the challenges they "
    "mention and pair each with your own experience.<br><b>3. Follow up</b> — afterwards, a genuine letter "
    "that answers those challenges, exported to Word or PDF, and reminders until you hear back.</p>"
    "<p>Start with <b>File ▸ New application…</b> (Ctrl+N) for the company and role, then "
    "<b>New interview…</b> (Ctrl+Shift+N) — or look around a complete example first.</p>"
)
ATTENTION_NAME = "What needs your attention"
DASHBOARD_COLUMNS = ("When", "What", "Details")
NOTHING_DUE = "Nothing is due. Well done — select an interview on the left to work on it."
TRY_EXAMPLE = "&Try an example"
TRY_EXAMPLE_TIP = "Add a sample application with a plan, notes, challenges and a draft letter"
REMOVE_EXAMPLE = "&Remove the example"
REMOVE_EXAMPLE_TIP = "Delete the sample application and its story; nothing else is touched"

# staying in touch
KEEP_IN_TOUCH_TITLE = "Staying in touch"
KEEP_IN_TOUCH = "&Keep in touch with this company"
NEXT_CONTACT = "Next &contact on:"
NEXT_CONTACT_NAME = "Next contact date"
CONTACT_LOG_NAME = "Contact log"
CONTACT_LOG_COLUMNS = ("Date", "Channel", "With", "Summary")
LOGGED_ON = "{day:%d %b %Y}"
ADD_CONTACT = "Add contact…"
KEEP_IN_TOUCH_REFUSED = "Staying in touch was not saved"
CONTACT_REFUSED = "The contact was not logged"
NOT_SAVED = "It was not saved"
OPENS_AGAIN = "{failure} The form opens again with everything you typed."

# the dialog that logs a contact
LOG_CONTACT_TITLE = "Log a contact"
NOBODY = "—"
SUMMARY_NAME = "Summary"
SUMMARY_HINT = "What you talked about, what is new since"
CONTACT_DATE = "&Date:"
CONTACT_CHANNEL = "&Channel:"
CONTACT_WITH = "&With:"
CONTACT_SUMMARY = "&Summary:"
