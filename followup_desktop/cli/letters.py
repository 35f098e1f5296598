"""`followup-desktop letter list|export`: letters on the command line, for scripts and batch use."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from followup_desktop.cli.data import open_store
from followup_desktop.cli.messages import NO_SUCH_LETTER, damaged, fail
from followup_desktop.cli.terminal import one_line, shown
from followup_desktop.core.files import WriteFailed
from followup_desktop.paths import DataPaths

if TYPE_CHECKING:
    from followup_desktop.core.letters.layout import LetterLayout
    from followup_desktop.core.models.letters import Letter
    from followup_desktop.core.store import Store

CANDIDATES_SHOWN = 10  # an ambiguous id lists this many of the letters it could mean


def run_letter(args: argparse.Namespace, data: DataPaths, writable: bool = True) -> int:
    """List letters or export one; errors go to stderr with exit status 1 (4: no such letter), never a traceback."""
    import sqlite3

    from followup_desktop.core.store import StoreError
    from followup_desktop.core.store.errors import WriteError

    if args.letter_command == "export" and args.docx is None and args.pdf is None:
        return fail(
            "letter export needs --docx and/or --pdf, each followed by a file or a folder, "
            "or alone for a well-named file in the current folder."
        )
    try:
        store = open_store(data, writable, read_only_ok=args.letter_command == "list")
    except StoreError as exc:
        return fail(str(exc))
    try:
        if args.letter_command == "list":
            return _list(store)
        return _export(store, args)
    except WriteError as exc:  # only recording the export writes to the database, once the file is written
        return fail(
            exc.plain("The letter was written to the file, but the export could not be recorded in its history")
        )
    except StoreError as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return fail(damaged(data.database, exc))
    finally:
        store.close()


def _list(store: Store) -> int:
    from followup_desktop.core.clock import to_local
    from followup_desktop.core.letters.export import letter_rows

    rows = letter_rows(store)
    if not rows:
        print("No letters yet.")
        return 0
    print("\t".join(("ID", "COMPANY", "ROLE", "KIND", "RECIPIENT", "STATUS", "UPDATED", "SUBJECT")))
    for row in rows:
        letter = row.letter
        updated = f"{to_local(letter.updated_at):%Y-%m-%d %H:%M}" if letter.updated_at else "-"
        fields = (letter.id, row.company, row.role, letter.kind, row.recipient, letter.status, updated, letter.subject)
        print("\t".join(map(one_line, fields)))
    return 0


def _find(store: Store, wanted: str) -> Letter | int:
    """The letter whose id is `wanted` or starts with it (as git takes a commit); else the exit status."""
    from followup_desktop.core.letters.export import letter_row

    ids = store.letters.ids_starting(wanted.strip())
    if len(ids) == 1:
        return store.letters.get(ids[0])
    if not ids:
        return fail(
            f"There is no letter whose id is or starts with “{wanted}”. See: followup-desktop letter list",
            NO_SUCH_LETTER,
        )
    fail(f"“{wanted}” is the start of {len(ids)} letters' ids; give more of the id:", NO_SUCH_LETTER)
    for letter_id in ids[:CANDIDATES_SHOWN]:
        row = letter_row(store, store.letters.get(letter_id))
        fields = (row.letter.id, row.company, row.letter.kind, row.recipient, row.letter.subject)
        print("  " + "\t".join(map(one_line, fields)), file=sys.stderr)
    if len(ids) > CANDIDATES_SHOWN:
        print(f"  … and {len(ids) - CANDIDATES_SHOWN} more (see: followup-desktop letter list)", file=sys.stderr)
    return NO_SUCH_LETTER


def _export(store: Store, args: argparse.Namespace) -> int:
    from followup_desktop.core.letters import export as letter_export

    found = _find(store, args.letter_id)
    if isinstance(found, int):
        return found
    letter = found
    layout = letter_export.layout_for(store, letter)
    for given in (args.docx, args.pdf):
        if given is not None and (problem := _unusable(given)):
            return fail(problem)
    if args.docx is not None:
        from followup_desktop.export.docx import ExportError, write_docx

        def docx(path: Path) -> None:
            try:
                write_docx(layout, path, letter_export.letterhead(store))
            except ExportError as exc:
                raise _Refused(str(exc)) from exc

        status = _write(store, letter, args.docx, "docx", docx)
        if status:
            return status
    if args.pdf is not None:
        status = _write(store, letter, args.pdf, "pdf", lambda path: _write_pdf(layout, path))
        if status:
            return status
    return 0


class _Refused(Exception):
    """A writer refused (its message is fit to show); nothing was written."""


def _unusable(given: str) -> str:
    """Why a --docx/--pdf argument cannot be written to, or "" when it can (before any work is done)."""
    target = Path(given)
    if target.is_dir():
        return ""
    if given.endswith(("/", os.sep)):
        return f"The folder {given} does not exist."
    if not target.parent.is_dir():
        return f"The folder {target.parent} does not exist."
    return ""


def _write(store: Store, letter: Letter, given: str, ext: str, write: Callable[[Path], object]) -> int:
    """Write one file where `given` says: a file (an older one is replaced), or a folder (a new
    well-named file that never replaces one); print what was written and record the export."""
    from followup_desktop.core.files import create_new
    from followup_desktop.core.letters.export import proposed_names

    target, claimed, replaced, proposed = Path(given), False, False, ""
    if target.is_dir():
        folder, names = target, list(proposed_names(store, letter, ext))
        proposed = names[0]
        try:
            target = create_new(folder, names)
        except FileExistsError:
            return fail(
                f"{proposed} and {len(names) - 1} numbered copies of it are already in "
                f"{folder.resolve()}; give a file name: --{ext} PATH."
            )
        except OSError as exc:
            return fail(
                f"No file can be made in the folder {folder.resolve()}: "
                f"{exc.strerror or exc}. Give another folder or a file name: --{ext} PATH."
            )
        claimed = True
    else:
        replaced = target.is_file()
    try:
        write(target)
    except _Refused as exc:
        return _failed(target, claimed, str(exc))
    except OSError as exc:
        return _failed(target, claimed, str(exc) if isinstance(exc, WriteFailed) else f"{given}: {exc.strerror or exc}")
    shown_path = shown(str(target.resolve() if claimed else target))
    if claimed and target.name != proposed:
        print(f"Wrote {shown_path} (a file named {shown(proposed)} was already there and was left as it was).")
    else:
        print(f"Wrote {shown_path}" + (", replacing the older file." if replaced else "."))
    _record(store, letter.id, shown_path)
    return 0


def _failed(target: Path, claimed: bool, message: str) -> int:
    if claimed:  # the name taken for it goes back: no empty file is left behind
        from followup_desktop.core.files import remove_if_empty

        remove_if_empty(target)
    return fail(message)


def _record(store: Store, letter_id: str, path: str) -> None:
    """Keep a version of the letter as exported; a database that cannot be written only warns.

    The file the user asked for is written and whole, so the command still succeeds (exit 0).
    """
    from followup_desktop.core.store.errors import StoreError, WriteError

    try:
        store.letters.add_version(letter_id, "export")
    except StoreError as exc:
        reason = exc.reason if isinstance(exc, WriteError) else str(exc).rstrip(".")
        print(
            f"followup-desktop: warning: {path} was written, but the export was not recorded in the "
            f"letter's history: {reason}.",
            file=sys.stderr,
        )


def _write_pdf(layout: LetterLayout, path: Path) -> None:
    """Render the PDF through Qt's offscreen platform: no window, no display needed."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "followup-desktop"])
    from followup_desktop.export import pdf

    pdf.write_pdf(pdf.letter_printable(layout), path)
    del app
