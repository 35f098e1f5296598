"""Headless subcommands: a thin layer over core, like sqlite-utils' CLI over its Database.

The parser and the dispatch live here; each command in a module of its own (bundle, safety,
letters). Nothing here imports the window: the command line works where no display is.
"""

from __future__ import annotations

import argparse

from followup_desktop import __version__
from followup_desktop.cli.messages import EXIT_STATUSES, fail

__all__ = ["build_parser", "fail", "run"]


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (``followup-desktop --help``)."""
    parser = argparse.ArgumentParser(
        prog="followup-desktop",
        description=_wrapped(
            "Plan job interviews, take timestamped notes and write genuine follow-up letters. "
            "Without a command, opens the application window."
        ),
        epilog=_wrapped(
            "Data lives in the platform's user data folder unless --data-dir or the "
            "FOLLOWUP_DATA_DIR environment variable names another."
        )
        + "\n\n"
        + EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="use this data folder instead of the default")
    parser.add_argument(
        "--selftest",
        action="store_true",
        help="check this installation in a temporary folder (database, Word and PDF export, "
        "spell checker) and exit: status 0 if all is well",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser(
        "export",
        help="write everything to a JSON bundle",
        description="Write every application, interview and note to a JSON bundle.",
    )
    export.add_argument("path", metavar="PATH.json")
    imp = commands.add_parser(
        "import",
        help="merge a JSON bundle into the data folder",
        description="Merge a JSON bundle by id; an invalid bundle changes nothing.",
    )
    imp.add_argument("path", metavar="PATH.json")
    commands.add_parser(
        "backup",
        help="back up the database now (into the data folder's backups/)",
        description="Copy the database into backups/ with SQLite's online backup, "
        "then drop old backups beyond the retention (10 daily, 4 weekly unless "
        "changed in Settings ▸ Backups).",
    )
    restore = commands.add_parser(
        "restore",
        help="replace the database with a backup",
        description="Put a backup in place of the database. The current database is first moved aside, never deleted.",
    )
    restore.add_argument("file", metavar="FILE", help="a backup file (see the data folder's backups/)")
    commands.add_parser(
        "check",
        help="check the database's integrity (exit status 0 = healthy)",
        description="Run SQLite's integrity check and report in plain words.",
    )
    letter = commands.add_parser(
        "letter",
        help="list follow-up letters or export one to Word/PDF",
        description="Work with follow-up letters without opening the window.",
    )
    letters = letter.add_subparsers(dest="letter_command", metavar="ACTION", required=True)
    letters.add_parser(
        "list",
        help="print every letter with its id",
        description="Print every letter: id, company, role, kind, recipient, status, last change.",
    )
    out = letters.add_parser(
        "export",
        help="write one letter as .docx and/or PDF",
        description=_wrapped(
            "Write a letter as a Word file (on the letterhead chosen in the settings) and/or a PDF, "
            "exactly as the window's Letter menu does. Each export keeps a version of the letter."
        )
        + "\n\n"
        + _wrapped(
            "Given a file, an older file of that name is replaced (and the message says so). Given "
            "a folder, or nothing (the current folder), a new file is named there "
            "'Company - Role - kind - date.docx', with ' (2)', ' (3)'... when that name is taken: "
            "no file is ever replaced that way."
        ),
        epilog=EXIT_STATUSES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    out.add_argument(
        "letter_id",
        metavar="LETTER_ID",
        help="an id from 'letter list', or its start when no other letter's id starts so (as git takes commits)",
    )
    out.add_argument(
        "--docx",
        metavar="PATH",
        nargs="?",
        const=".",
        help="write a Word document here (a file or a folder; alone: the current folder)",
    )
    out.add_argument(
        "--pdf",
        metavar="PATH",
        nargs="?",
        const=".",
        help="write a PDF here (a file or a folder; alone: the current folder)",
    )
    return parser


def _wrapped(text: str) -> str:
    """A paragraph for a raw help text (which keeps the exit statuses' lines as they are)."""
    import textwrap

    return textwrap.fill(text, 79)


def run(args: argparse.Namespace) -> int:
    """Run one headless command; never shows a traceback for expected failures."""
    import logging

    # what the program logs is for its log file; on the command line only the messages below are shown
    logging.getLogger("followup_desktop").addHandler(logging.NullHandler())
    from followup_desktop.cli.terminal import tolerant_output

    tolerant_output()
    from followup_desktop.paths import DataDirError, prepare_data_dir, readable_data_dir, resolve_data_dir

    root = resolve_data_dir(args.data_dir)
    reading = (
        args.command == "check"
        or args.command == "export"
        or (args.command == "letter" and args.letter_command == "list")
    )
    try:
        data, writable = readable_data_dir(root) if reading else (prepare_data_dir(root), True)
    except DataDirError as exc:
        return fail(str(exc))
    if args.command in ("backup", "restore", "check"):
        from followup_desktop.cli.safety import run_safety

        return run_safety(args, data)
    if args.command == "letter":
        from followup_desktop.cli.letters import run_letter

        return run_letter(args, data, writable)
    from followup_desktop.cli.bundle import run_bundle

    return run_bundle(args, data, writable)
