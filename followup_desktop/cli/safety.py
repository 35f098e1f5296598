"""`followup-desktop backup|restore|check`: they work on the database file itself."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from followup_desktop.cli.data import lock_or_none
from followup_desktop.cli.messages import fail
from followup_desktop.paths import DataPaths


def run_safety(args: argparse.Namespace, data: DataPaths) -> int:
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
        lock = lock_or_none(data)
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


def _check(data: DataPaths) -> int:
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
