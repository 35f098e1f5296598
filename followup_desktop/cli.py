"""Headless subcommands: a thin layer over core, like sqlite-utils' CLI over its Database."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followup_desktop import __version__


def build_parser() -> argparse.ArgumentParser:
    """The whole command line (``followup-desktop --help``)."""
    parser = argparse.ArgumentParser(
        prog="followup-desktop",
        description="Plan job interviews, take timestamped notes and write genuine follow-up letters. "
        "Without a command, opens the application window.",
        epilog="Data lives in the platform's user data folder unless --data-dir or the "
        "FOLLOWUP_DATA_DIR environment variable names another.",
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
        description="Write a letter as a Word file (on the letterhead chosen in the "
        "settings) and/or a PDF, exactly as the window's Letter menu does. "
        "Each export keeps a version of the letter.",
    )
    out.add_argument("letter_id", metavar="LETTER_ID", help="an id from 'letter list'")
    out.add_argument("--docx", metavar="PATH", help="write a Word document here")
    out.add_argument("--pdf", metavar="PATH", help="write a PDF here (rendered headless)")
    return parser


def fail(message: str, code: int = 1) -> int:
    """Print a plain error to stderr and return the exit status."""
    print(f"followup-desktop: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    """Run one headless command; never shows a traceback for expected failures."""
    import logging

    # what the program logs is for its log file; on the command line only the messages below are shown
    logging.getLogger("followup_desktop").addHandler(logging.NullHandler())
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
        return run_safety(args, data)
    if args.command == "letter":
        from followup_desktop.cli_letters import run_letter

        return run_letter(args, data, writable)
    return run_bundle(args, data, writable)


def open_store(data, writable: bool, read_only_ok: bool):
    """The data folder's store; read-only where nothing can be written and the command only reads."""
    from followup_desktop.core.store import NotADatabaseError, Store
    from followup_desktop.core.store.errors import CannotWriteError

    emptied = data.emptied()
    if emptied:  # opening would make it a new, empty database that hides the loss
        raise NotADatabaseError(f"{emptied} Restore a backup with: followup-desktop restore FILE")
    if writable:
        try:
            return Store.open(data.database)
        except CannotWriteError:
            if not read_only_ok:
                raise
    return Store.open(data.database, read_only=True)


def damaged(data, exc: Exception) -> str:
    """What to say when SQLite finds damage (or cannot read) in the middle of a command."""
    import sqlite3

    if isinstance(exc, sqlite3.OperationalError):  # not damage: a disk error, an interrupted read
        return f"The database {data.database} could not be read ({exc}); the command did not finish."
    return (
        f"The database {data.database} is damaged (SQLite says: {exc}); the command did not finish. "
        "See what is wrong with: followup-desktop check; then restore a backup with: "
        "followup-desktop restore FILE"
    )


def run_bundle(args: argparse.Namespace, data, writable: bool) -> int:
    """export and import."""
    import sqlite3

    from followup_desktop.core import bundle
    from followup_desktop.core.bundle import BundleError
    from followup_desktop.core.files import WriteFailed
    from followup_desktop.core.store import StoreError
    from followup_desktop.core.store.errors import WriteError

    try:
        store = open_store(data, writable, read_only_ok=args.command == "export")
    except StoreError as exc:
        return fail(str(exc))
    try:
        if args.command == "export":
            target = Path(args.path)
            if target.is_dir():
                return fail(f"{target} is a folder; give a file name such as {target / 'followup.json'}.")
            from followup_desktop.core.backup.check import integrity_problems

            problems = integrity_problems(data.database, quick=True, links=False)
            bundle.write_bundle(store, target)
            if problems:
                return fail(
                    f"Exported to {target}, but the database is damaged ({problems[0]}): what SQLite "
                    "could not read is missing from the export. See: followup-desktop check"
                )
            print(f"Exported to {target}.")
        elif args.command == "import":
            report = bundle.import_file(store, args.path)
            print(report.summary())
        return 0
    except WriteError as exc:
        return fail(exc.plain(f"Nothing was {args.command}ed"))
    except (BundleError, StoreError, WriteFailed) as exc:
        return fail(str(exc))
    except sqlite3.DatabaseError as exc:
        return fail(damaged(data, exc))
    except OSError as exc:
        return fail(f"{getattr(exc, 'filename', '') or args.path}: {exc.strerror or exc}")
    finally:
        store.close()


def run_safety(args: argparse.Namespace, data) -> int:
    """backup, restore and check: they work on the database file itself."""
    from followup_desktop.core import backup
    from followup_desktop.core.backup import BackupError, UnhealthyDatabaseError
    from followup_desktop.core.clock import Clock
    from followup_desktop.core.store import dbfile

    now = Clock().now()
    if args.command == "check":
        return _check(data)
    if args.command == "backup" and not dbfile.exists(data.database):
        return fail(f"There is no database in {data.root} to back up.")
    try:
        if args.command == "backup":
            made = backup.back_up(data.database, data.backups, now, *backup.retention_of_file(data.database))
            print(
                f"Backed up to {made.path} ({backup.human_size(made.size)}); the copy passed SQLite's integrity check."
            )
            return 0
        lock = _lock_or_none(data)
        if lock is None:
            return fail(f"FollowUp Desktop is open on {data.root}; close it before restoring.", 3)
        try:
            previous = backup.restore(Path(args.file), data.database, now)
        finally:
            lock.unlock()
        print(f"Restored {args.file}." + (f" The previous database was kept as {previous}." if previous else ""))
        return 0
    except UnhealthyDatabaseError as exc:
        fail(str(exc))
        good = backup.latest_healthy_backup(data.backups)
        print(
            f"The newest healthy backup is {good.path}; put it in place with: followup-desktop restore {good.path}"
            if good
            else "There is no healthy backup to restore.",
            file=sys.stderr,
        )
        return 1
    except BackupError as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{getattr(exc, 'filename', '') or args.command}: {exc.strerror or exc}")


def _check(data) -> int:
    from followup_desktop.core import backup
    from followup_desktop.core.store import dbfile

    if not dbfile.exists(data.database):
        print(f"There is no database in {data.root} yet: nothing to check.")
        return 0
    problems = backup.integrity_problems(data.database)
    if not problems:
        print(f"The database {data.database} is healthy.")
        return 0
    print(f"The database {data.database} has problems:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    print("Restore a backup with: followup-desktop restore FILE", file=sys.stderr)
    return 1


def _lock_or_none(data):
    """The data folder's lock (the same one the window holds), or None if it is taken."""
    from followup_desktop.app import acquire_lock

    lock = acquire_lock(data)
    return lock if lock.isLocked() else None
