"""Every file the program writes (PDF, .docx, bundle, calendar) on a disk that fails: the good copy stays.

Each writer runs over an older, good file; the disk then fails in one of three ways (full, lying
about what it wrote, garbling bytes). The older file must be untouched, no temporary file left,
and the error a plain sentence, never a traceback or noise on the terminal.
"""

from __future__ import annotations

import pytest

from followup_desktop.core import bundle, file_checks
from followup_desktop.core.files import WriteFailed
from followup_desktop.core.tracker import calendar as calendar_export
from followup_desktop.export.docx import ExportWriteError, write_docx

from ..core.letter_fixtures import fill_interview
from ..core.tracker_fixtures import tracker_world
from ..export.docx_helpers import sample_layout
from .disks import FullDisk, GarblingDisk, LyingDisk, leftovers, use_disk


def _pdf(store, path):
    from followup_desktop.export import pdf

    return pdf.write_pdf(pdf.letter_printable(sample_layout()), path)


def _docx(store, path):
    return write_docx(sample_layout(), path)


def _bundle(store, path):
    return bundle.write_bundle(store, path)


def _ics(store, path):
    return calendar_export.write_calendar(store, path)


WRITERS = {
    "pdf": (_pdf, file_checks.check_pdf),
    "docx": (_docx, file_checks.check_docx),
    "json": (_bundle, file_checks.check_json),
    "ics": (_ics, file_checks.check_ics),
}


@pytest.fixture
def world(store):
    fill_interview(store)
    tracker_world(store)
    return store


def _older_good_file(world, tmp_path, kind):
    write, check = WRITERS[kind]
    target = tmp_path / f"out.{kind}"
    write(world, target)
    check(target)
    return target, target.read_bytes()


def _refused(world, target, kind, capfd, words):
    """Write over target on the failing disk: the error names the fault, nothing else is printed."""
    capfd.readouterr()
    with pytest.raises((WriteFailed, ExportWriteError)) as failure:
        WRITERS[kind][0](world, target)
    message = str(failure.value)
    assert words in message and "left as it was" in message, message
    assert "Errno" not in message and "Traceback" not in message
    assert capfd.readouterr() == ("", "")  # no "Exception ignored in ZipFile.__del__" after the message
    return message


@pytest.mark.parametrize("kind", WRITERS)
@pytest.mark.parametrize("room", ["none", "one byte", "half the file", "all but its last byte"])
def test_a_full_disk_keeps_the_older_file(qapp, world, tmp_path, monkeypatch, capfd, kind, room):
    target, before = _older_good_file(world, tmp_path, kind)
    size = len(before)
    use_disk(
        monkeypatch,
        FullDisk,
        room={"none": 0, "one byte": 1, "half the file": size // 2, "all but its last byte": size - 1}[room],
    )
    _refused(world, target, kind, capfd, "The disk is full")
    assert target.read_bytes() == before and leftovers(tmp_path) == []


@pytest.mark.parametrize("kind", WRITERS)
def test_a_disk_that_loses_bytes_is_caught_by_the_size_check(qapp, world, tmp_path, monkeypatch, capfd, kind):
    target, before = _older_good_file(world, tmp_path, kind)
    use_disk(monkeypatch, LyingDisk, room=1024)
    assert "reached the disk" in _refused(world, target, kind, capfd, "does not read back whole")
    assert target.read_bytes() == before and leftovers(tmp_path) == []


@pytest.mark.parametrize("kind", WRITERS)
@pytest.mark.parametrize("where", ["start", "middle", "end"])
def test_garbled_bytes_are_caught_by_the_structural_check(qapp, world, tmp_path, monkeypatch, capfd, kind, where):
    if kind == "ics" and where == "middle":
        pytest.skip("a calendar's middle is free text: zeros there still parse (its size and end are checked)")
    target, before = _older_good_file(world, tmp_path, kind)
    start = {"start": 0, "middle": len(before) // 2, "end": len(before) - 40}[where]
    use_disk(monkeypatch, GarblingDisk, start=start, length=32 if where == "end" else 512)
    _refused(world, target, kind, capfd, "does not read back whole")
    assert target.read_bytes() == before and leftovers(tmp_path) == []


def test_a_first_export_on_a_full_disk_leaves_nothing(qapp, world, tmp_path, monkeypatch):
    use_disk(monkeypatch, FullDisk, room=100)
    with pytest.raises(WriteFailed, match="The disk is full") as failure:
        _pdf(world, tmp_path / "new.pdf")
    assert "left as it was" not in str(failure.value)
    assert list(tmp_path.iterdir()) == []
