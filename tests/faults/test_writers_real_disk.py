"""The command line on a real, nearly full file system (a small tmpfs): the good copy stays, one clear line.

Before: `letter export ID --pdf` with 4 KB free replaced a good PDF with 4,096 bytes and said
"Wrote …" (exit 0); `--docx` printed the message and then "Exception ignored in ZipFile.__del__".
"""

from __future__ import annotations

import pytest

from followup_desktop.core.store import Store
from followup_desktop.core.tracker import calendar as calendar_export

from ..core.letter_fixtures import fill_interview
from ..core.tracker_fixtures import tracker_world
from ..e2e.test_command_line import _prepared, run
from .disks import can_mount, fill, leftovers, small_tmpfs

pytestmark = pytest.mark.skipif(not can_mount(), reason="needs root and a kernel that lets it mount a tmpfs")

BODY = "Dear Dana,\n\n" + "Thank you for the conversation about the payment queue. " * 60


@pytest.fixture
def letter_data(tmp_path):
    data = _prepared(tmp_path / "data")
    store = Store.open(data / "followup.sqlite3")
    interview, dana, *_ = fill_interview(store)
    letter = store.letters.add(interview.id, "thank-you", dana.id, "Thanks", BODY)
    store.close()
    return data, letter.id


@pytest.fixture
def disk(tmp_path):
    with small_tmpfs(tmp_path / "disk", 512) as folder:
        yield folder


@pytest.mark.parametrize(
    "args, name",
    [
        (("letter", "export", "{id}", "--pdf", "{out}"), "letter.pdf"),
        (("letter", "export", "{id}", "--docx", "{out}"), "letter.docx"),
        (("export", "{out}"), "bundle.json"),
    ],
)
def test_a_nearly_full_disk_keeps_the_good_file(letter_data, disk, args, name):
    data, letter_id = letter_data
    out = disk / name
    argv = [a.format(id=letter_id, out=out) for a in args]
    assert run(*argv, data_dir=data).returncode == 0
    good = out.read_bytes()
    fill(disk, leave_kb=4)
    result = run(*argv, data_dir=data)
    assert result.returncode == 1
    assert result.stdout == ""  # no "Wrote …"
    assert result.stderr.splitlines() == [
        f"followup-desktop: The disk is full: “{name}” could not be saved in “{disk}”. Free some space. "
        f"The older “{name}” was left as it was."
    ]
    assert out.read_bytes() == good and leftovers(disk) == []


def test_a_first_export_to_a_full_disk_leaves_no_file(letter_data, disk):
    data, letter_id = letter_data
    fill(disk, leave_kb=4)
    result = run(
        "letter", "export", letter_id, "--pdf", str(disk / "new.pdf"), "--docx", str(disk / "new.docx"), data_dir=data
    )
    assert result.returncode == 1 and "The disk is full" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in disk.iterdir()) == ["filler"]


def test_the_calendar_on_a_full_disk(store, disk):
    tracker_world(store)
    out = disk / "followups.ics"
    calendar_export.write_calendar(store, out)
    good = out.read_bytes()
    fill(disk, leave_kb=0)
    with pytest.raises(OSError, match="The disk is full"):
        calendar_export.write_calendar(store, out)
    assert out.read_bytes() == good and leftovers(disk) == []
