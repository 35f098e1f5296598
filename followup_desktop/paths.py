"""Where files live: the data folder (overridable), the database, logs, resources."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from importlib.abc import Traversable

APP_NAME = "FollowUp Desktop"
ENV_DATA_DIR = "FOLLOWUP_DATA_DIR"


class DataDirError(Exception):
    """The data folder cannot be created or written."""


class DataPaths(NamedTuple):  # not a frozen dataclass: it is defined on every start (~3.5 M instructions)
    """Every file the program keeps for one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "followup.sqlite3"

    @property
    def lock(self) -> Path:
        return self.root / "followup.lock"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def window_settings(self) -> Path:
        return self.root / "window.ini"

    def emptied(self) -> str | None:
        """Why an empty (0-byte) database file must not be taken for a new one: there are backups of data."""
        try:
            if not self.database.is_file() or self.database.stat().st_size:
                return None
        except OSError:
            return None
        if not any(self.backups.glob("followup-*.sqlite3")):
            return None  # a first start that stopped before its first write
        return (
            f"The database file {self.database} is empty (0 bytes), although there are backups of your data "
            f"in {self.backups}: the file has lost its content. It was left as it is."
        )


def default_data_dir() -> Path:
    """The platform's user data folder for the program."""
    import platformdirs

    return Path(platformdirs.user_data_dir("followup-desktop", appauthor=False, roaming=False))


def resolve_data_dir(cli_value: str | os.PathLike | None = None) -> Path:
    """--data-dir wins, then $FOLLOWUP_DATA_DIR, then the platform default."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser().resolve()
    return default_data_dir()


def prepare_data_dir(root: Path) -> DataPaths:
    """Create the folder (owner-only) and prove it is writable; raise DataDirError if not."""
    try:
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise DataDirError(f"The data folder {root} cannot be created: {exc.strerror or exc}.") from exc
    if not root.is_dir():
        raise DataDirError(f"The data folder {root} is not a folder.")
    probe = root / ".write-test"
    try:
        try:
            # A full disk refuses the write itself; an fsync would make every start wait for the disk.
            with open(probe, "w", encoding="utf-8") as fh:
                fh.write("ok")
        finally:
            if os.path.lexists(probe):
                probe.unlink()
    except OSError as exc:
        import errno

        fix = "free some space on the disk" if exc.errno == errno.ENOSPC else "fix its permissions"
        raise DataDirError(
            f"The data folder {root} cannot be written ({exc.strerror or exc}). "
            f"Choose another folder with --data-dir or {fix}. Reading still works: "
            "followup-desktop check, export FILE.json and letter list."
        ) from exc
    return DataPaths(root)


def readable_data_dir(root: Path) -> tuple[DataPaths, bool]:
    """(paths, writable): prepare_data_dir() when the folder can be written, else the folder as it is.

    Commands that only read (check, export, letter list) must work from read-only media.
    """
    try:
        return prepare_data_dir(root), True
    except DataDirError:
        if not root.is_dir():
            raise
    return DataPaths(root), False


def resource(name: str) -> "Traversable":
    """A file shipped in resources/, found through the package (also from a source checkout)."""
    import importlib.resources

    try:
        root = importlib.resources.files("followup_desktop.resources")
    except ModuleNotFoundError:  # a source checkout that was never installed
        root = Path(__file__).resolve().parent.parent / "resources"
    return root / name
