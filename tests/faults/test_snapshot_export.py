"""An export taken while the user is writing is one consistent moment of the data, so it imports.

Before, with notes and highlights added while `export` ran, 25 of 25 bundles were refused on
re-import ("challenge … quotes note …, which is not a note of interview …").
"""

from __future__ import annotations

import json
import threading

import pytest

from followup_desktop.core import bundle
from followup_desktop.core.store import Store


def _world(store, applications=30, notes=20):
    """Applications with one interview each, every interview with notes and highlights."""
    interviews = []
    with store.atomic():
        for a in range(applications):
            app = store.applications.add(f"Company {a}", "Engineer")
            interview = store.interviews.add(app.id, "Round 1")
            interviews.append(interview.id)
            for n in range(notes):
                note = store.notes.add(interview.id, f"note {n}: the platform team struggles with on-call load")
                if n % 3 == 0:
                    store.challenges.add(note.id, 4, 20)
    return interviews


def _write(store, interview_id, turn, stories=True):
    """What the user does while the export runs: a note, a highlight of it, a story linked from it."""
    note = store.notes.add(interview_id, f"added while exporting {turn}: the release train is slow")
    challenge = store.challenges.add(note.id, 0, 5)
    if stories:
        story = store.stories.add(f"Story {turn}")
        store.challenges.update(challenge.id, story_id=story.id)


def _imports(path, clock):
    fresh = Store.memory(clock)
    try:
        return bundle.import_file(fresh, path)
    finally:
        fresh.close()


def test_writes_between_two_applications_are_not_half_in_the_bundle(tmp_path, clock):
    """Deterministic: each time an application is written out, the user adds to the next one."""
    store = Store.open(tmp_path / "data.sqlite3", clock)
    interviews = _world(store, applications=5, notes=3)
    writer = Store.open(tmp_path / "data.sqlite3", clock)
    path = tmp_path / "bundle.json"
    bundle.write_bundle(store, path, lambda done, total: _write(writer, interviews[done % total], done))
    report = _imports(path, clock)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["stories"] == []  # the moment the export began: no story yet
    assert report.written["notes"] == 15 and report.written["challenges"] == 5
    assert store.stories.all()  # the user's writes themselves all happened
    writer.close()
    store.close()


@pytest.mark.parametrize("stories", [False, True], ids=["notes and highlights", "with stories"])
@pytest.mark.parametrize("round_", range(3))
def test_a_concurrent_writer_thread(tmp_path, clock, round_, stories):
    """Realistic: another connection commits notes and highlights as fast as it can during the exports."""
    store = Store.open(tmp_path / "data.sqlite3", clock)
    interviews = _world(store)
    stop = threading.Event()
    errors: list[BaseException] = []

    def user_typing():
        writer = Store.open(tmp_path / "data.sqlite3", clock)
        try:
            turn = 0
            while not stop.is_set():
                _write(writer, interviews[turn % len(interviews)], turn, stories)
                turn += 1
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
        finally:
            writer.close()

    thread = threading.Thread(target=user_typing)
    thread.start()
    try:
        for run in range(3):
            path = tmp_path / f"bundle{run}.json"
            bundle.write_bundle(store, path)
            report = _imports(path, clock)  # BundleError here was the bug
            assert report.written["applications"] == 30
    finally:
        stop.set()
        thread.join()
        store.close()
    assert errors == []
