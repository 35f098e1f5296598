"""`followup-desktop letter list|export`: letters on the command line, for scripts and batch use."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from followup_desktop.cli.data import open_store
from followup_desktop.cli.messages import damaged, fail
from followup_desktop.core.files import WriteFailed
from followup_desktop.paths import DataPaths

if TYPE_CHECKING:
    from followup_desktop.core.letters.layout import LetterLayout
    from followup_desktop.core.store import Store


def run_letter(args: argparse.Namespace, data: DataPaths, writable: bool = True) -> int:
    """List letters or export one; errors go to stderr with exit status 1, never a traceback."""
    import sqlite3

    from followup_desktop.core.store import StoreError
    from followup_desktop.core.store.errors import WriteError

    if args.letter_command == "export" and not (args.docx or args.pdf):
        return fail("letter export needs --docx PATH and/or --pdf PATH.")
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


def _one_line(text: str) -> str:
    return " ".join((text or "").split()) or "-"


def _list(store: Store) -> int:
    from followup_desktop.core.clock import to_local
    from followup_desktop.core.letters.export import letter_rows

    rows = letter_rows(store)
    if not rows:
        print("No letters yet.")
        return 0
    print("\t".join(("ID", "COMPANY", "ROLE", "KIND", "RECIPIENT", "STATUS", "UPDATED")))
    for row in rows:
        letter = row.letter
        updated = f"{to_local(letter.updated_at):%Y-%m-%d %H:%M}" if letter.updated_at else "-"
        print(
            "\t".join(
                (
                    letter.id,
                    *map(_one_line, (row.company, row.role, letter.kind, row.recipient, letter.status)),
                    updated,
                )
            )
        )
    return 0


def _export(store: Store, args: argparse.Namespace) -> int:
    from followup_desktop.core.letters import export as letter_export
    from followup_desktop.core.store.errors import NotFoundError

    try:
        letter = store.letters.get(args.letter_id)
    except NotFoundError:
        return fail(f"There is no letter with the id {args.letter_id!r}. See: followup-desktop letter list")
    layout = letter_export.layout_for(store, letter)
    targets = [Path(p) for p in (args.docx, args.pdf) if p]
    for target in targets:
        if target.is_dir():
            return fail(f"{target} is a folder; give a file name.")
        if not target.parent.is_dir():
            return fail(f"The folder {target.parent} does not exist.")
    if args.docx:
        from followup_desktop.export.docx import ExportError, write_docx

        try:
            write_docx(layout, args.docx, letter_export.letterhead(store))
        except ExportError as exc:
            return fail(str(exc))
        print(f"Wrote {args.docx}.")
        _record(store, letter.id, args.docx)
    if args.pdf:
        try:
            _write_pdf(layout, Path(args.pdf))
        except OSError as exc:
            return fail(str(exc) if isinstance(exc, WriteFailed) else f"{args.pdf}: {exc.strerror or exc}")
        print(f"Wrote {args.pdf}.")
        _record(store, letter.id, args.pdf)
    return 0


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
