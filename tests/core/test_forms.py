from followup_desktop.core.forms import (
    ApplicationForm,
    ContactForm,
    InterviewForm,
    application_form,
    save_application,
    save_interview,
)


def test_save_application_adds_updates_and_removes_people(store):
    app = save_application(store, ApplicationForm("Acme", contacts=[ContactForm("Dana"), ContactForm("Sam")]))
    dana, sam = store.contacts.all(app.id)
    form = application_form(app, [dana, sam])
    form.contacts = [ContactForm("Dana Lee", "CTO", id=dana.id), ContactForm("Kim")]
    save_application(store, form, app.id)
    people = store.contacts.all(app.id)
    assert [(p.name, p.title) for p in people] == [("Dana Lee", "CTO"), ("Kim", "")]
    assert people[0].id == dana.id


def test_save_interview_creates_new_people_as_contacts(store):
    app = save_application(store, ApplicationForm("Acme", contacts=[ContactForm("Dana")]))
    dana = store.contacts.all(app.id)[0]
    form = InterviewForm("Round 1", interviewers=[ContactForm("New Person", "VP"), ContactForm("Dana", id=dana.id)])
    interview = save_interview(store, app.id, form)
    assert [c.name for c in store.interviews.interviewers(interview.id)] == ["New Person", "Dana"]
    form.interviewers = form.interviewers[1:]
    save_interview(store, app.id, form, interview.id)
    assert [c.name for c in store.interviews.interviewers(interview.id)] == ["Dana"]
    assert len(store.contacts.all(app.id)) == 2
