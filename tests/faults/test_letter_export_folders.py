"""`letter export ID --docx FOLDER` (or without a path: the current folder) where no file can be made."""

from followup_desktop.core.letters.export import letter_rows
from followup_desktop.core.store import Store


def _letter_id(data):
    store = Store.open(data.database)
    try:
        (row,) = letter_rows(store)  # the template's one letter
        return row.letter.id
    finally:
        store.close()


def test_a_folder_that_cannot_be_written(data, tmp_path, unprivileged):
    letter_id = _letter_id(data)
    out = tmp_path / "out"
    out.mkdir()
    unprivileged.give(data.root, out)
    out.chmod(0o555)
    try:
        result = unprivileged.run("letter", "export", letter_id[:6], "--docx", out, "--pdf", out, folder=data.root)
    finally:
        out.chmod(0o755)
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert f"No file can be made in the folder {out}" in result.stderr and "--docx PATH" in result.stderr
    assert list(out.iterdir()) == []
