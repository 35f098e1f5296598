"""A small database with one interview in each dashboard situation (clock: 2026-03-02 09:00 UTC)."""


def tracker_world(store):
    """Applications and interviews covering every dashboard row; returns their ids by name."""
    ids = {}
    acme = store.add_application("Acme", "Platform lead")
    dana = store.add_contact(acme.id, "Dana Lee")

    def interview(name, start, **extra):
        i = store.add_interview(acme.id, name, scheduled_start=start, duration_minutes=60, **extra)
        ids[name] = i.id
        return i

    interview("due", "2026-03-01T15:00:00.000Z")  # ended yesterday 16:00: due today 16:00
    interview("overdue", "2026-02-25T10:00:00.000Z")
    sent = interview("sent", "2026-02-26T10:00:00.000Z", outcome="pending")
    letter = store.add_letter(sent.id, "thank-you", dana.id, "Thanks", "Dear Dana,")
    store.mark_letter_sent(letter.id, "2026-02-26T18:00:00.000Z", "email")
    interview("rejected", "2026-02-20T10:00:00.000Z", outcome="rejected")
    drafted = interview("drafted", "2026-02-27T10:00:00.000Z", outcome="offer")
    ids["draft letter"] = store.add_letter(drafted.id, "offer", dana.id, "Re: offer", "Dear Dana,").id
    upcoming = interview("upcoming", "2026-03-03T10:00:00.000Z")
    store.set_interviewers(upcoming.id, [dana.id])
    interview("later", "2026-03-20T10:00:00.000Z")
    globex = store.add_application("Globex", "CTO")
    store.set_keep_in_touch(globex.id, True, "2026-03-01")
    future = store.add_application("Initech")
    store.set_keep_in_touch(future.id, True, "2026-04-01")
    ids.update(acme=acme.id, dana=dana.id, globex=globex.id, initech=future.id, sent_letter=letter.id)
    return ids
