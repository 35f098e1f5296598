"""Backups with SQLite's online backup API, their rotation, integrity checks and restoring.

Nothing here deletes a user's database: a damaged or replaced file is moved aside with a
timestamp. Rotation removes only old backups beyond the retention, and logs what it removed.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from followup_desktop.core.backup.check import NEWER as NEWER  # part of this module's interface
from followup_desktop.core.backup.check import backup_problems as backup_problems
from followup_desktop.core.backup.check import integrity_problems as integrity_problems
from followup_desktop.core.backup.check import restorable_problems as restorable_problems

if TYPE_CHECKING:
    from followup_desktop.core.store import Store

log = logging.getLogger(__name__)

NAME_RE = re.compile(r"^followup-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
# a copy being written: followup-<stamp>.sqlite3.<pid>.partial (and SQLite's -journal of it);
# before 0.2 the pid was missing: followup-<stamp>.partial
PARTIAL_RE = re.compile(r"^followup-\d{8}-\d{6}(?:-\d+)?(?:\.sqlite3\.(\d+))?\.partial(?:-journal)?$")
STAMP = "%Y%m%d-%H%M%S"
DEFAULT_DAILY = 10
DEFAULT_WEEKLY = 4
DAILY_KEY, WEEKLY_KEY = "backup.daily", "backup.weekly"  # retention settings (store.settings.get)
DAMAGE_WORDS = ("malformed", "not a database", "corrupt")  # SQLite's words for a damaged source file
MAX_KEPT = 520  # more than ten years of weekly backups makes no sense as a setting


class BackupError(Exception):
    """A backup or restore could not be made; the message says why in plain words."""


class UnhealthyDatabaseError(BackupError):
    """The copy of the database failed verification: it was not kept, and no backup was rotated away."""

    def __init__(self, message: str, problems: list[str]) -> None:
        super().__init__(message)
        self.problems = problems


@dataclass(frozen=True)
class BackupFile:
    path: Path
    taken_at: datetime  # UTC
    size: int

    @property
    def label(self) -> str:
        local = self.taken_at.astimezone()
        return f"{local:%Y-%m-%d %H:%M}  ({human_size(self.size)})"


def _unused(name_for: Callable[[str], Path]) -> Path:
    """name_for(""), then name_for("-1"), name_for("-2")…: the first path that does not exist yet."""
    counter = 0
    while (candidate := name_for(f"-{counter}" if counter else "")).exists():
        counter += 1
    return candidate


def human_size(size: int) -> str:
    """1536 -> '1.5 KB'."""
    value = float(size)
    for unit in ("bytes", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "bytes" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} bytes"  # pragma: no cover


def list_backups(folder: Path) -> list[BackupFile]:
    """Backups in the folder, newest first."""
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        match = NAME_RE.match(entry.name)
        if match and entry.is_file():
            taken = datetime.strptime(match.group(1), STAMP).replace(tzinfo=UTC)
            found.append(BackupFile(entry, taken, entry.stat().st_size))
    return sorted(found, key=_order, reverse=True)


def _order(b: BackupFile) -> tuple[datetime, int]:
    """Taken at, then the counter of backups made in the same second: "-2" is newer than "-1" and none."""
    match = NAME_RE.match(b.path.name)
    return b.taken_at, int(match.group(2) or 0) if match else 0


def needs_backup(folder: Path, now: datetime, every: timedelta = timedelta(days=1)) -> bool:
    """True when there is no backup younger than `every`."""
    backups = list_backups(folder)
    return not backups or now - backups[0].taken_at >= every


def clean_partials(folder: Path) -> list[Path]:
    """Remove copies left by backups that were killed (their process is gone); they hold private data."""
    removed: list[Path] = []
    if not folder.is_dir():
        return removed
    for entry in folder.iterdir():
        match = PARTIAL_RE.match(entry.name)
        if match and not _alive(match.group(1)):
            try:
                entry.unlink()
            except OSError as exc:
                log.warning("an unfinished backup copy could not be removed: %s", exc.strerror or exc)
                continue
            removed.append(entry)
            log.info("unfinished backup copy removed: %s", entry.name)
    return removed


def _alive(pid: str | None) -> bool:
    """Whether the process that writes a partial copy still runs (copies without a pid are old: not)."""
    if not pid or int(pid) <= 0:
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def make_backup(database: Path, folder: Path, now: datetime, pages_per_step: int = 256) -> BackupFile:
    """Copy the live database (even while it is in use) into folder, owner-only, atomically, verified.

    The copy counts only if SQLite's integrity check passes on it and it holds this program's data;
    otherwise it is removed and UnhealthyDatabaseError says why (the source is damaged).
    """
    from followup_desktop.core.store import dbfile

    problem = dbfile.not_regular(database) or dbfile.wal_mismatch(database)
    if problem:
        raise UnhealthyDatabaseError(
            f"No backup was made: {problem.rstrip('.')}. No older backup was removed.", [problem]
        )
    if dbfile.size(database) == 0:
        raise UnhealthyDatabaseError(
            "No backup was made: the database file is empty (0 bytes), so a copy "
            "of it would hold none of your data. No older backup was removed.",
            ["the file is empty (0 bytes)"],
        )
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    clean_partials(folder)
    stamp = f"{now.astimezone(UTC):{STAMP}}"
    target = _unused(lambda n: folder / f"followup-{stamp}{n}.sqlite3")
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        source = sqlite3.connect(dbfile.read_only_uri(database), uri=True, timeout=10)
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest, pages=pages_per_step)
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
            source.close()
        problems = backup_problems(partial)
        if problems:
            raise UnhealthyDatabaseError(
                f"No backup was made, because the database is damaged: {problems[0]}. Its copy would not be "
                "a good backup, so it was not kept; no older backup was removed.",
                problems,
            )
        os.replace(partial, target)
    except (sqlite3.Error, OSError) as exc:
        partial.unlink(missing_ok=True)
        if isinstance(exc, sqlite3.DatabaseError) and any(w in str(exc) for w in DAMAGE_WORDS):
            problem = f"the file is damaged (SQLite says: {exc})"
            raise UnhealthyDatabaseError(
                f"No backup was made, because the database is damaged: {problem}. No older backup was removed.",
                [problem],
            ) from exc
        raise BackupError(f"The backup could not be written to {folder}: {exc}.") from exc
    except BackupError:
        partial.unlink(missing_ok=True)
        log.warning("backup refused: the copy failed verification")
        raise
    log.info("backup written and verified: %s", target.name)
    return BackupFile(target, now.astimezone(UTC).replace(microsecond=0), target.stat().st_size)


def back_up(
    database: Path, folder: Path, now: datetime, daily: int = DEFAULT_DAILY, weekly: int = DEFAULT_WEEKLY
) -> BackupFile:
    """Make a verified backup, then rotate: old backups go only once a healthy new one is in place."""
    made = make_backup(database, folder, now)
    rotate(folder, daily, weekly, healthy=made.path)
    return made


def _count(value: object, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= MAX_KEPT else default


def retention(store: Store) -> tuple[int, int]:
    """How many daily and weekly backups to keep: the user's settings, else 10 and 4."""
    return (
        _count(store.settings.get(DAILY_KEY, DEFAULT_DAILY), DEFAULT_DAILY),
        _count(store.settings.get(WEEKLY_KEY, DEFAULT_WEEKLY), DEFAULT_WEEKLY),
    )


def retention_of_file(database: Path) -> tuple[int, int]:
    """retention() read from a database file without opening it for writing (the command line)."""
    import json

    from followup_desktop.core.store import dbfile

    found = {}
    if dbfile.not_regular(database):  # a pipe would block the read
        return DEFAULT_DAILY, DEFAULT_WEEKLY
    try:
        conn = sqlite3.connect(dbfile.read_only_uri(database), uri=True, timeout=2.0)
        try:
            rows = conn.execute("SELECT key, value FROM settings WHERE key IN (?, ?)", (DAILY_KEY, WEEKLY_KEY))
            found = {key: json.loads(value) for key, value in rows}
        finally:
            conn.close()
    except (sqlite3.Error, ValueError):
        log.warning("backup retention settings unreadable; using the defaults")
    return (_count(found.get(DAILY_KEY), DEFAULT_DAILY), _count(found.get(WEEKLY_KEY), DEFAULT_WEEKLY))


def rotate(
    folder: Path, daily: int = DEFAULT_DAILY, weekly: int = DEFAULT_WEEKLY, healthy: Path | None = None
) -> list[Path]:
    """Keep the newest backup of each of the last `daily` days and `weekly` ISO weeks; remove the rest.

    The newest healthy backup is always kept (`healthy` names it when the caller just verified it):
    a damaged newer copy must never push the last good one out.
    """
    backups = list_backups(folder)
    keep: set[Path] = set()
    newest_good = healthy or next((b.path for b in backups if not backup_problems(b.path)), None)
    if newest_good is not None:
        keep.add(newest_good)
    days: list[date] = []
    weeks: list[tuple[int, int]] = []
    for b in backups:  # newest first
        day = b.taken_at.date()
        week = day.isocalendar()[:2]
        if day not in days and len(days) < daily:
            days.append(day)
            keep.add(b.path)
        if week not in weeks and len(weeks) < weekly:
            weeks.append(week)
            keep.add(b.path)
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
        log.info("old backup removed by rotation: %s", path.name)
    return removed


def move_aside(path: Path, reason: str, now: datetime) -> Path:
    """Rename path (and its -wal/-shm companions) to a timestamped name beside it; never delete."""
    stamp = f"{now.astimezone(UTC):{STAMP}}"
    target = _unused(lambda n: path.with_name(f"{path.name}.{reason}-{stamp}{n}"))
    os.replace(path, target)
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    log.warning("moved %s aside as %s (%s)", path.name, target.name, reason)
    return target


def set_aside_wal(database: Path, now: datetime) -> Path:
    """Rename a -wal that belongs to another database (and its -shm), so SQLite cannot apply it; never delete."""
    stamp = f"{now.astimezone(UTC):{STAMP}}"
    wal = database.with_name(database.name + "-wal")
    target = _unused(lambda n: wal.with_name(f"{wal.name}.not-this-database-{stamp}{n}"))
    os.replace(wal, target)
    shm = database.with_name(database.name + "-shm")
    if shm.exists():
        os.replace(shm, target.with_name(target.name.replace("-wal.", "-shm.", 1)))
    log.warning("a -wal of another database was set aside as %s", target.name)
    return target


def _refuse_unrestorable(backup: Path) -> None:
    problems = restorable_problems(backup)
    if problems and NEWER in problems[0]:
        raise BackupError(f"{backup.name} cannot be restored: {problems[0]}. Nothing was changed.")
    if problems:
        raise BackupError(f"{backup.name} is not a healthy backup ({problems[0]}); nothing was changed.")


def restore(backup: Path, database: Path, now: datetime) -> Path | None:
    """Put a healthy backup in place of the database; the current file is moved aside first.

    The database must be closed. Returns where the previous database went (None if there was none).
    """
    _refuse_unrestorable(backup)
    partial = database.with_name(database.name + ".restoring")
    try:
        shutil.copyfile(backup, partial)
        os.chmod(partial, 0o600)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be copied: {exc.strerror or exc}; nothing was changed.") from exc
    previous = move_aside(database, "before-restore", now) if database.exists() else None
    os.replace(partial, database)
    log.info("restored %s", backup.name)
    return previous


def latest_healthy_backup(folder: Path) -> BackupFile | None:
    """The newest backup that passes SQLite's integrity check and this version can open."""
    for candidate in list_backups(folder):
        if not restorable_problems(candidate.path):
            return candidate
    return None


def recover(database: Path, folder: Path, choice: str, now: datetime) -> str:
    """Deal with an unusable database: choice "restore" (latest healthy backup) or "fresh".

    The unusable file is moved aside, never deleted. Returns a sentence saying what happened.
    """
    if choice == "restore":
        good = latest_healthy_backup(folder)
        if good is None:
            raise BackupError("There is no healthy backup to restore; nothing was changed.")
        moved = move_aside(database, "unusable", now) if database.exists() else None
        restore(good.path, database, now)
        return (
            f"Restored the backup of {good.label.strip()}. The unusable file was kept as "
            f"{moved.name if moved else '(none)'}."
        )
    if choice == "fresh":
        moved = move_aside(database, "unusable", now) if database.exists() else None
        return f"Started a new, empty database. The unusable file was kept as {moved.name if moved else '(none)'}."
    raise ValueError(f"unknown recovery choice {choice!r}")


def restore_into_store(backup: Path, store: Store) -> Path:
    """Restore a backup into the store the window has open; returns where the previous content went.

    The store is then at the backup's schema version: call ``store.migrate()`` next.
    """
    if store.path is None:
        raise BackupError("This database is in memory: there is nothing to restore into.")
    return restore_into_open(backup, store.conn, store.path, store.clock.now())


def restore_into_open(backup: Path, conn: sqlite3.Connection, database: Path, now: datetime) -> Path:
    """Restore a backup into a database that is open (the running app), after copying it aside.

    The current content is first saved beside the database as ``<name>.before-restore-<time>``;
    then SQLite's backup API replaces the content under its own lock. Returns the copy's path.
    """
    _refuse_unrestorable(backup)
    stamp = f"{now.astimezone(UTC):{STAMP}}"
    aside = _unused(lambda n: database.with_name(f"{database.name}.before-restore-{stamp}{n}"))
    try:
        os.close(os.open(aside, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600))
        keep = sqlite3.connect(aside)
        try:
            conn.backup(keep)
            keep.execute("PRAGMA journal_mode = DELETE")
        finally:
            keep.close()
        source = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
        try:
            source.backup(conn)
        finally:
            source.close()
    except (sqlite3.Error, OSError) as exc:
        raise BackupError(
            f"The backup could not be restored: {exc}. Your data is unchanged (a copy is in {aside.name})."
        ) from exc
    log.info("restored %s into the open database; previous content kept as %s", backup.name, aside.name)
    return aside
