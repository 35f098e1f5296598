"""`letter export` takes a letter by the start of its id, as git takes a commit; an ambiguous start
lists the letters it could mean, an unknown one says so; both exit with status 4."""

import docx

from followup_desktop.core.models.letters import Letter
from followup_desktop.core.store import Store

from ..core.letter_fixtures import fill_interview
from .test_command_line import _prepared, run

IDS = ("3f2a-first", "3f2a-second", "3f2a\x1b[31m-red\u202e", "9bd0-alone")


def _data(tmp_path):
    data = _prepared(tmp_path / "data")
    store = Store.open(data / "followup.sqlite3")
    interview, dana, *_ = fill_interview(store, with_challenges=False)
    for letter_id in IDS:
        body = f"Dear Dana,\n\nLetter {letter_id[5:9]}."
        store.rows.upsert(Letter(id=letter_id, interview_id=interview.id, recipient_id=dana.id, body=body))
    store.close()
    return data


def test_a_unique_start_of_an_id_is_enough(tmp_path):
    data = _data(tmp_path)
    result = run("letter", "export", "9bd", "--docx", str(tmp_path / "one.docx"), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Letter alon." in [p.text for p in docx.Document(str(tmp_path / "one.docx")).paragraphs]
    assert run("letter", "export", "9BD0", "--docx", str(tmp_path / "two.docx"), data_dir=data).returncode == 0


def test_an_ambiguous_start_lists_the_candidates(tmp_path):
    data = _data(tmp_path)
    result = run("letter", "export", "3f2a", "--docx", str(tmp_path / "x.docx"), data_dir=data)
    assert result.returncode == 4 and "Traceback" not in result.stderr
    first, *candidates = result.stderr.splitlines()
    assert "3f2a" in first and "3 letters" in first
    assert [line.split("\t")[0].strip() for line in candidates] == [
        "3f2a-first",
        "3f2a-second",
        "3f2a\\x1b[31m-red\\u202e",
    ]
    assert all("Acme Robotics" in line for line in candidates)
    assert "\x1b" not in result.stderr and "\u202e" not in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_a_longer_start_chooses_one(tmp_path):
    data = _data(tmp_path)
    result = run("letter", "export", "3f2a-s", "--docx", str(tmp_path / "s.docx"), data_dir=data)
    assert result.returncode == 0, result.stderr
    assert "Letter seco." in [p.text for p in docx.Document(str(tmp_path / "s.docx")).paragraphs]


def test_an_unknown_id_says_so(tmp_path):
    data = _data(tmp_path)
    for wanted in ("ffff", "", "\x1b[2Jgone"):
        result = run("letter", "export", wanted, "--docx", str(tmp_path / "x.docx"), data_dir=data)
        assert result.returncode == 4 and "There is no letter" in result.stderr, result.stderr
        assert "\x1b" not in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "x.docx").exists()


def test_help_lists_the_exit_statuses():
    for args in (("--help",), ("letter", "export", "--help")):
        out = run(*args).stdout
        assert "exit status:" in out and "4  LETTER_ID" in out and "3  the data folder is open" in out
