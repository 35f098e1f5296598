"""A small database with one interview in each dashboard situation (clock: 2026-03-02 09:00 UTC)."""


def tracker_world(store):
    """Applications and interviews covering every dashboard row; returns their ids by name."""
    ids = {}
    acme = store.applications.add("Acme", "Platform lead")
    dana = store.contacts.add(acme.id, "Dana Lee")

    def interview(name, start, **extra):
        i = store.interviews.add(acme.id, name, scheduled_start=start, duration_minutes=60, **extra)
        ids[name] = i.id
        return i

    interview("due", "2026-03-01T15:00:00.000Z")  # ended yesterday 16:00: due today 16:00
    interview("overdue", "2026-02-25T10:00:00.000Z")
    sent = interview("sent", "2026-02-26T10:00:00.000Z", outcome="pending")
    letter = store.letters.add(sent.id, "thank-you", dana.id, "Thanks", "Dear Dana,")
    store.letters.mark_sent(letter.id, "2026-02-26T18:00:00.000Z", "email")
    interview("rejected", "2026-02-20T10:00:00.000Z", outcome="rejected")
    drafted = interview("drafted", "2026-02-27T10:00:00.000Z", outcome="offer")
    ids["draft letter"] = store.letters.add(drafted.id, "offer", dana.id, "Re: offer", "Dear Dana,").id
    upcoming = interview("upcoming", "2026-03-03T10:00:00.000Z")
    store.interviews.set_interviewers(upcoming.id, [dana.id])
    interview("later", "2026-03-20T10:00:00.000Z")
    globex = store.applications.add("Globex", "CTO")
    store.tracker.set_keep_in_touch(globex.id, True, "2026-03-01")
    future = store.applications.add("Initech")
    store.tracker.set_keep_in_touch(future.id, True, "2026-04-01")
    ids.update(acme=acme.id, dana=dana.id, globex=globex.id, initech=future.id, sent_letter=letter.id)
    return ids
