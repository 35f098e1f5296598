"""create_new takes a free name in one step: an existing file, folder or link is never replaced or followed."""

import threading

import pytest

from followup_desktop.core.files import create_new, remove_if_empty, write_bytes

NAMES = ["a.docx", "a (2).docx", "a (3).docx"]


def test_the_first_free_name_is_taken(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"mine")
    (tmp_path / "a (2).docx").mkdir()
    made = create_new(tmp_path, NAMES)
    assert made == tmp_path / "a (3).docx" and made.read_bytes() == b""
    assert (tmp_path / "a.docx").read_bytes() == b"mine"


def test_a_link_is_taken_as_a_name_not_followed(tmp_path):
    (tmp_path / "a.docx").symlink_to(tmp_path / "elsewhere.docx")  # dangling: opening it would create the target
    assert create_new(tmp_path, NAMES) == tmp_path / "a (2).docx"
    assert not (tmp_path / "elsewhere.docx").exists()


def test_every_name_taken(tmp_path):
    for name in NAMES:
        (tmp_path / name).write_bytes(b"x")
    with pytest.raises(FileExistsError):
        create_new(tmp_path, NAMES)


def test_threads_at_once_get_different_names(tmp_path):
    names = [f"n ({i}).pdf" for i in range(1, 41)]
    got, start = [], threading.Barrier(8)

    def take():
        start.wait()
        got.extend(create_new(tmp_path, names) for _ in range(5))

    threads = [threading.Thread(target=take) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(got) == sorted(tmp_path / n for n in names)


def test_an_unused_name_is_given_back_but_a_written_file_stays(tmp_path):
    empty, written = create_new(tmp_path, ["e.pdf"]), create_new(tmp_path, ["w.pdf"])
    write_bytes(written, b"%PDF")
    remove_if_empty(empty)
    remove_if_empty(written)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.pdf"]
