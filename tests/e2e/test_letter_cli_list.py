"""`letter list` in a real process: user text with escape sequences, bidi controls, NUL and newlines
cannot steer the terminal or break the table."""

import unicodedata

from followup_desktop.core.store import Store

from ..hostile import HOSTILE
from .test_command_line import _prepared, run

ATTACK = "\x1b[2J\x1b[1;31mEvil\x1b]0;owned\x07 \x9b0m\r\x00Corp\u202etxt.exe\u2066\u2028\nnext\tcol"


def _data(tmp_path, company=ATTACK, role=ATTACK, recipient=ATTACK, subject=ATTACK):
    data = _prepared(tmp_path / "data")
    store = Store.open(data / "followup.sqlite3")
    app = store.applications.add(company, role)
    contact = store.contacts.add(app.id, recipient)
    interview = store.interviews.add(app.id, "Round 1")
    letter = store.letters.add(interview.id, "thank-you", contact.id, subject, "Dear Dana,\n\nThanks.")
    store.close()
    return data, letter


def _steering(text):
    return [
        c for c in text if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp") and c not in "\t\n\u200c\u200d"
    ]


def test_escapes_reach_the_terminal_written_out(tmp_path):
    data, letter = _data(tmp_path)
    result = run("letter", "list", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert _steering(result.stdout) == []
    header, row = result.stdout.splitlines()
    fields = row.split("\t")
    assert header.split("\t")[-1] == "SUBJECT" and len(fields) == 8 and fields[0] == letter.id
    shown = "\\x1b[2J\\x1b[1;31mEvil\\x1b]0;owned\\x07 \\x9b0m \\x00Corp\\u202etxt.exe\\u2066 next col"
    assert fields[1] == fields[2] == fields[4] == fields[7] == shown


def test_every_hostile_string_stays_in_its_column(tmp_path):
    texts = [t for t in HOSTILE.values() if len(t) <= 500 and t.strip()]
    data = _prepared(tmp_path / "data")
    store = Store.open(data / "followup.sqlite3")
    for text in texts:
        app = store.applications.add(text, text)
        interview = store.interviews.add(app.id, "Round 1")
        store.letters.add(interview.id, "check-in", store.contacts.add(app.id, text).id, text, "Body")
    store.close()
    result = run("letter", "list", data_dir=data)
    assert result.returncode == 0, result.stderr
    assert _steering(result.stdout) == []
    rows = result.stdout.splitlines()[1:]
    assert len(rows) == len(texts) and all(len(row.split("\t")) == 8 for row in rows)


def test_a_terminal_that_cannot_show_every_character(tmp_path):
    data, _ = _data(tmp_path, company="面试 Zoë", subject="\u202eevil")
    result = run("letter", "list", data_dir=data, env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    assert "\\u9762\\u8bd5 Zo\\xeb" in result.stdout and "\\u202eevil" in result.stdout
