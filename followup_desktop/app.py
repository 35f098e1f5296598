"""Composition root: arguments, paths, logging, excepthook, single-instance lock, the window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import cast

from followup_desktop import cli
from followup_desktop.lock import acquire_lock
from followup_desktop.paths import DataDirError, DataPaths, prepare_data_dir, resolve_data_dir

log = logging.getLogger("followup_desktop")

EXIT_ERROR = 1
EXIT_ALREADY_RUNNING = 3


def setup_logging(data: DataPaths) -> None:
    """A rotating log in the data folder (owner-only). Never log note or letter text."""
    import logging.handlers

    data.logs.mkdir(mode=0o700, exist_ok=True)
    logfile = data.logs / "followup.log"
    if not logfile.exists():
        os.close(os.open(logfile, os.O_CREAT | os.O_WRONLY, 0o600))
    handler = logging.handlers.RotatingFileHandler(logfile, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [h for h in root.handlers if not isinstance(h, logging.handlers.RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(logging.INFO)


def install_excepthook(window) -> None:
    """Log unexpected errors and show them in a dialog instead of vanishing."""

    def hook(exc_type, exc, tb):
        from followup_desktop.gui.common import dialogs  # not before the first paint: only an error needs it

        log.error("unexpected error\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
        dialogs.show_error(
            window,
            "Something went wrong",
            "FollowUp Desktop hit an unexpected error. Your saved data is safe; the details "
            "are in the log file in your data folder.",
            "".join(traceback.format_exception_only(exc_type, exc)),
        )

    sys.excepthook = hook


def build_main_window(data_dir: str | os.PathLike | DataPaths, clock=None, read_only: bool = False):
    """The fully wired main window on this data folder (not yet shown); a DataPaths is prepared already."""
    from followup_desktop.core.store import Store
    from followup_desktop.gui.common import folders
    from followup_desktop.gui.window.main_window import MainWindow

    data = data_dir if isinstance(data_dir, DataPaths) else prepare_data_dir(Path(data_dir))
    store = Store.open(data.database, clock, read_only=read_only)
    folders.use(store)  # the file dialogs open in the folder last used for each kind of file
    try:
        return MainWindow(store, data)
    except BaseException:  # damage found while the window reads: the file must be closed to be moved aside
        store.close()
        raise


def _startup_error(title: str, message: str) -> int:
    """Say why the window cannot open: on stderr, and in a dialog when there is a screen."""
    cli.fail(message)
    if _interactive():
        from followup_desktop.gui.common import dialogs

        dialogs.show_error(None, title, message)
    return EXIT_ERROR


def run_gui(data_dir: Path) -> int:
    """Open the window on data_dir and run until it closes."""
    # Start-up makes some 32,000 objects for the cycle collector (modules, classes, functions, wrappers of
    # widgets) that all live on; it ran about 50 times over them before the first paint (~7 ms). It waits
    # until the window has started, then leaves them out of its work (gc.freeze).
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _run_gui(data_dir, collecting)
    finally:
        if collecting:
            gc.enable()


def _run_gui(data_dir: Path, collecting: bool) -> int:
    from followup_desktop.gui.common.feature_scan import skip_feature_scan  # imported before PySide6: not read

    try:
        data = prepare_data_dir(data_dir)
    except DataDirError as exc:
        return cli.fail(str(exc))
    from PySide6.QtCore import QLockFile
    from PySide6.QtWidgets import QApplication

    skip_feature_scan()  # before the window's ~90 modules are imported
    from followup_desktop.gui.common import theme

    app = cast(QApplication, QApplication.instance() or theme.new_application(sys.argv[:1]))
    app.setApplicationName("FollowUp Desktop")
    app.setApplicationDisplayName("FollowUp Desktop")
    app.setDesktopFileName("io.github.followupdesktop.FollowUpDesktop")  # packaging/linux/*.desktop
    lock = acquire_lock(data)
    if not lock.isLocked():
        return (
            _already_running(data)
            if lock.error() == QLockFile.LockError.LockFailedError
            else _startup_error("Cannot start", f"The lock file {data.lock} cannot be created.")
        )
    try:
        window = _open_window(data)
        if window is None:
            return EXIT_ERROR
        install_excepthook(window)
        window.started.connect(lambda: _log_start(data))  # off the path to the first paint
        window.started.connect(lambda: _close_on_termination(window))
        if collecting:
            window.started.connect(_collect_from_now_on)
        window.show()
        code = app.exec()
        _back_up_on_quit(window)
        return code
    finally:
        lock.unlock()


def _close_on_termination(window) -> None:
    """Logging out or `kill` close the window as the user would (pending text written, lock released)."""
    from followup_desktop.gui.window.termination import CloseOnTermination

    window.termination = CloseOnTermination(window)


def _collect_from_now_on() -> None:
    """The objects of start-up live on: kept out of every later collection, which then stays short."""
    gc.freeze()
    gc.enable()


def _log_start(data: DataPaths) -> None:
    from followup_desktop import __version__

    setup_logging(data)
    log.info("started, version %s", __version__)


def _interactive() -> bool:
    from PySide6.QtGui import QGuiApplication

    return QGuiApplication.platformName() not in ("offscreen", "minimal")


def _open_window(data: DataPaths):
    """Build the window; if the database is unusable, offer a backup or a fresh start."""
    import sqlite3

    from followup_desktop.core.store import NewerSchemaError, NotADatabaseError, StoreError
    from followup_desktop.core.store.errors import CannotWriteError, WalMismatchError

    notice = ""
    try:
        emptied = data.emptied()
        if emptied:
            raise NotADatabaseError(emptied)
        try:
            window = build_main_window(data)
        except WalMismatchError:
            notice = _set_aside_wal(data)
            window = build_main_window(data)
        except CannotWriteError:  # a read-only file that must change to open normally: open it for reading
            window = build_main_window(data, read_only=True)
    except (StoreError, OSError, sqlite3.OperationalError) as exc:  # locked, unreadable: nothing to recover
        if isinstance(exc, (NotADatabaseError, NewerSchemaError)):
            return _recover(data, exc)
        return _cannot_open(data, exc)
    except sqlite3.DatabaseError as exc:  # damage met while the window read its first rows
        return _recover(data, exc)
    if notice:
        window.status_line.show(notice, 30_000)
    if window.store.read_only:
        announce_read_only(window)
    return window


def _cannot_open(data: DataPaths, exc: Exception) -> None:
    import sqlite3

    setup_logging(data)
    log.error("the database cannot be opened: %s", type(exc).__name__)
    text = (
        str(exc)
        if not isinstance(exc, (OSError, sqlite3.Error))
        else f"{data.database} cannot be read ({getattr(exc, 'strerror', None) or exc})."
    )
    _startup_error("Cannot open your data", text)
    return None


def _set_aside_wal(data: DataPaths) -> str:
    """Keep another database's -wal under a new name, so that SQLite does not apply it to ours."""
    from followup_desktop.core import backup
    from followup_desktop.core.clock import Clock

    setup_logging(data)
    kept = backup.set_aside_wal(data.database, Clock().now())
    return (
        f"{data.database.name}-wal belonged to another database; it was kept as {kept.name} and your data "
        "opened without it."
    )


def _recover(data: DataPaths, exc: Exception):
    """The database cannot be used: offer the latest healthy backup or a fresh start (the file is kept)."""
    import sqlite3

    from followup_desktop.core import backup  # the recovery path only: off the way to the first paint
    from followup_desktop.core.backup import BackupError
    from followup_desktop.core.clock import Clock
    from followup_desktop.core.store import StoreError
    from followup_desktop.gui.common import dialogs

    setup_logging(data)
    log.error("the database cannot be used: %s", type(exc).__name__)
    problem = (
        str(exc) if not isinstance(exc, sqlite3.DatabaseError) else f"{data.database} is damaged (SQLite says: {exc})."
    )
    if not _interactive():
        _startup_error("Cannot open your data", problem)
        return None
    can_restore = backup.latest_healthy_backup(data.backups) is not None
    choice = dialogs.ask_recovery(None, problem, can_restore)
    if choice == "quit":
        return None
    try:
        message = backup.recover(data.database, data.backups, choice, Clock().now())
        window = build_main_window(data)
    except (BackupError, StoreError, OSError, sqlite3.DatabaseError) as err:
        _startup_error("Recovery failed", str(err))
        return None
    window.status_line.show(message, 20_000)
    return window


def announce_read_only(window) -> None:
    """A read-only database opens for reading: a lasting line in the status bar, and a message once shown."""
    from PySide6.QtWidgets import QLabel

    from followup_desktop.core.store.errors import WRITE_ADVICE, read_only_reason
    from followup_desktop.gui.common import dialogs

    reason = read_only_reason(window.store.path)
    text = (
        f"Read only: {reason}. You can read, search, print and export, but no change is saved. "
        f"To change anything, {WRITE_ADVICE.get(reason, 'make the data folder writable')}, then restart."
    )
    banner = QLabel(f"Read only: {reason}; changes are not saved")
    banner.setObjectName("readOnlyBanner")
    banner.setToolTip(text)
    window.statusBar().addWidget(banner)
    if _interactive():  # a message box would wait for a click no one can give (offscreen, tests)
        window.started.connect(lambda: dialogs.show_info(window, "Read only", text))


def _back_up_on_quit(window) -> None:
    """A last, verified backup after the window closed, then close the database."""
    from followup_desktop.core import backup
    from followup_desktop.gui.common.background import wait_for_background

    wait_for_background()
    store = window.store
    try:
        if store.path is not None and window.backups.problems:
            log.warning("no backup on quit: the database is damaged")
        elif store.path is not None:
            daily, weekly = backup.retention(store)
            backup.back_up(store.path, window.data.backups, store.clock.now(), daily, weekly)
    except backup.UnhealthyDatabaseError as exc:
        log.error("backup on quit refused: the copy failed verification")
        if _interactive():
            from followup_desktop.gui.common import dialogs

            dialogs.show_error(
                None,
                "Your data is damaged",
                f"{exc}\n\nRun followup-desktop check to see what "
                "is wrong, and use File ▸ Restore from backup… at the next start.",
            )
    except Exception:  # a failed backup must never stop the program from closing
        log.exception("backup on quit failed")
    finally:
        store.close()


def _already_running(data: DataPaths) -> int:
    _startup_error(
        "Already open",
        f"FollowUp Desktop is already open on the data folder {data.root}. "
        "Switch to that window, or use --data-dir to open another folder.",
    )
    return EXIT_ALREADY_RUNNING


def _window_only(argv: list[str]) -> tuple[bool, str | None]:
    """(True, data dir or None) when argv only opens the window; (False, None) when argparse must look.

    Building the full parser (subcommands, help texts, gettext) costs ~6 ms of start-up.
    """
    if not argv:
        return True, None
    if len(argv) == 2 and argv[0] == "--data-dir" and not argv[1].startswith("-"):
        return True, argv[1]
    if len(argv) == 1 and argv[0].startswith("--data-dir="):
        return True, argv[0].partition("=")[2]
    return False, None


def main(argv: list[str] | None = None) -> int:
    """Entry point of ``followup-desktop`` and ``python -m followup_desktop``."""
    argv = sys.argv[1:] if argv is None else list(argv)
    window_only, data_dir = _window_only(argv)
    if window_only:
        return run_gui(resolve_data_dir(data_dir))
    args = cli.build_parser().parse_args(argv)
    if args.selftest:
        from followup_desktop import selftest

        return selftest.run()
    if args.command:
        return cli.run(args)
    return run_gui(resolve_data_dir(args.data_dir))
