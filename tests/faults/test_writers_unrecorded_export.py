"""`letter export` when the database cannot be written: the file is written, and the message says just that.

Before, the .docx was written and the command then failed (exit 1) saying "Your changes could not be
saved … They are kept on screen", though there is no screen and the file was there.
"""

from __future__ import annotations

import docx
import pytest

from followup_desktop import app
from followup_desktop.core.store import Store
from followup_desktop.core.store.connection import Connection

from ..core.letter_fixtures import fill_interview


@pytest.mark.parametrize(
    "fault, reason",
    [
        ("attempt to write a readonly database", "the database is read-only"),
        ("database or disk is full", "the disk is full"),
    ],
)
def test_the_file_is_written_and_the_missing_record_is_a_warning(tmp_path, monkeypatch, capsys, fault, reason):
    data = tmp_path / "data"
    data.mkdir(mode=0o700)
    store = Store.open(data / "followup.sqlite3")
    interview, dana, *_ = fill_interview(store)
    letter = store.letters.add(interview.id, "thank-you", dana.id, "Thanks", "Dear Dana,\n\nThank you.")
    store.close()
    out = tmp_path / "letter.docx"
    monkeypatch.setattr(Connection, "fault", fault)
    status = app.main(["--data-dir", str(data), "letter", "export", letter.id, "--docx", str(out)])
    printed = capsys.readouterr()
    assert status == 0  # what was asked for exists and is whole (README, "Command line")
    assert printed.out == f"Wrote {out}.\n"
    assert printed.err == (
        f"followup-desktop: warning: {out} was written, but the export was not recorded "
        f"in the letter's history: {reason}.\n"
    )
    assert "Thank you." in "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    monkeypatch.setattr(Connection, "fault", None)
    store = Store.open(data / "followup.sqlite3")
    assert store.letters.versions(letter.id) == []
    store.close()
