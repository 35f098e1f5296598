"""File ▸ Export everything / Import bundle in the real window: progress, cancel, errors."""

import json

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QProgressDialog

from followup_desktop.app import build_main_window
from followup_desktop.core import bundle

from ..conftest import sample_application


def _trigger(window, name):
    window.findChild(QAction, name).trigger()


def _fill(window, companies=("Acme Robotics", "Globex")):
    from followup_desktop.core import forms

    for company in companies:
        app = forms.save_application(window.store, sample_application(company))
        interview = window.store.interviews.add(app.id, "Round 1")
        window.store.notes.add(interview.id, "They need a calmer release train 🚂 — مرحبا")
    window.refresh()


def _other_window(qtbot, tmp_path, clock):
    other = build_main_window(tmp_path / "other", clock)
    qtbot.addWidget(other)
    other.after_first_paint()
    return other


def _cancel_when_shown():
    """Press Cancel on the progress dialog as soon as the work lets events through."""

    def cancel():
        from PySide6.QtWidgets import QApplication

        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog)]
        dialogs += [d for w in QApplication.topLevelWidgets() for d in w.findChildren(QProgressDialog)]
        for dialog in dialogs:
            dialog.cancel()

    QTimer.singleShot(0, cancel)


def test_export_then_import_into_another_folder(qtbot, window, answers, tmp_path, clock):
    _fill(window)
    answers.save_path = str(tmp_path / "everything.json")
    _trigger(window, "actionExportBundle")
    assert "Exported everything" in window.statusBar().currentMessage()
    doc = json.loads((tmp_path / "everything.json").read_text(encoding="utf-8"))
    assert sorted(a["company"] for a in doc["applications"]) == ["Acme Robotics", "Globex"]

    other = _other_window(qtbot, tmp_path, clock)
    answers.open_path = str(tmp_path / "everything.json")
    _trigger(other, "actionImportBundle")
    assert other.statusBar().currentMessage().startswith("Imported 2 applications")
    assert sorted(a.company for a in other.store.applications.all()) == ["Acme Robotics", "Globex"]
    assert other.store.search.find("calmer")  # the search index knows the imported notes
    assert answers.errors == []
    other.store.close()


def test_a_broken_file_is_explained_and_changes_nothing(window, answers, tmp_path):
    _fill(window, ("Acme Robotics",))
    broken = tmp_path / "cut.json"
    broken.write_text('{"format": "followup-desktop-bundle", "version": 1, "applications": [{"id": ', "utf-8")
    answers.open_path = str(broken)
    _trigger(window, "actionImportBundle")
    assert len(answers.errors) == 1
    assert "not valid JSON" in answers.errors[0] and "Nothing was changed" in answers.errors[0]
    assert [a.company for a in window.store.applications.all()] == ["Acme Robotics"]


def test_an_invalid_application_late_in_the_file_rolls_everything_back(window, answers, tmp_path):
    _fill(window, ("Acme Robotics", "Globex"))
    doc = bundle.export_bundle(window.store)
    for app in doc["applications"]:
        app["id"] += "-copy"
        app["contacts"] = []
        for interview in app["interviews"]:
            interview["id"] += "-copy"
            interview["interviewer_ids"] = []
            interview["notes"] = [n | {"id": n["id"] + "-copy", "speaker_id": None} for n in interview["notes"]]
    doc["applications"][-1]["created_at"] = "yesterday"
    path = tmp_path / "late.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    answers.open_path = str(path)
    _trigger(window, "actionImportBundle")
    assert "applications[1].created_at" in answers.errors[0]
    assert len(window.store.applications.all()) == 2  # the first, valid application was rolled back too


def test_cancelling_an_import_changes_nothing(qtbot, window, answers, tmp_path, clock):
    _fill(window)
    path = bundle.write_bundle(window.store, tmp_path / "b.json")
    other = _other_window(qtbot, tmp_path, clock)
    answers.open_path = str(path)
    _cancel_when_shown()
    _trigger(other, "actionImportBundle")
    assert other.statusBar().currentMessage() == "Import cancelled; nothing was changed."
    assert other.store.applications.all() == []
    assert answers.errors == []
    other.store.close()


def test_cancelling_an_export_writes_no_file(window, answers, tmp_path):
    _fill(window)
    target = tmp_path / "out.json"
    answers.save_path = str(target)
    _cancel_when_shown()
    _trigger(window, "actionExportBundle")
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."
    assert list(tmp_path.glob("*.json")) == [] and list(tmp_path.glob(".bundle-*")) == []


def test_an_export_into_a_folder_that_cannot_be_written_is_explained(window, answers, tmp_path):
    _fill(window, ("Acme Robotics",))
    answers.save_path = str(tmp_path / "no-such-folder" / "out.json")
    _trigger(window, "actionExportBundle")
    assert len(answers.errors) == 1 and "no-such-folder" in answers.errors[0]


def test_the_window_takes_no_input_while_an_import_runs(qtbot, window, answers, tmp_path, clock):
    from PySide6.QtWidgets import QApplication

    _fill(window)
    path = bundle.write_bundle(window.store, tmp_path / "b.json")
    other = _other_window(qtbot, tmp_path, clock)
    answers.open_path = str(path)
    modal = []
    QTimer.singleShot(0, lambda: modal.append(QApplication.activeModalWidget()))
    _trigger(other, "actionImportBundle")
    assert len(modal) == 1 and isinstance(modal[0], QProgressDialog)
    other.store.close()


def test_what_is_written_during_an_export_survives_its_cancel(window, answers, tmp_path, monkeypatch):
    """An export only reads: a write meanwhile (an autosave timer, say) is not undone by Cancel."""
    _fill(window)
    interview = window.store.interviews.all(window.store.applications.all()[0].id)[0]
    real = bundle.write_bundle

    def write_then_cancel(store, path, step):
        def step_and_write(done, total):
            store.notes.add(interview.id, "written while exporting")
            raise bundle.Cancelled()

        return real(store, path, step_and_write)

    monkeypatch.setattr(bundle, "write_bundle", write_then_cancel)
    answers.save_path = str(tmp_path / "out.json")
    _trigger(window, "actionExportBundle")
    assert window.statusBar().currentMessage() == "Export cancelled; no file was written."
    assert "written while exporting" in [n.text for n in window.store.notes.all(interview.id)]
