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
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    export = commands.add_parser("export", help="write everything to a JSON bundle",
                                 description="Write every application, interview and note to a JSON bundle.")
    export.add_argument("path", metavar="PATH.json")
    imp = commands.add_parser("import", help="merge a JSON bundle into the data folder",
                              description="Merge a JSON bundle by id; an invalid bundle changes nothing.")
    imp.add_argument("path", metavar="PATH.json")
    return parser


def fail(message: str, code: int = 1) -> int:
    """Print a plain error to stderr and return the exit status."""
    print(f"followup-desktop: {message}", file=sys.stderr)
    return code


def run(args: argparse.Namespace) -> int:
    """Run one headless command; never shows a traceback for expected failures."""
    from followup_desktop.core import bundle
    from followup_desktop.core.bundle import BundleError
    from followup_desktop.core.store import Store, StoreError
    from followup_desktop.paths import DataDirError, prepare_data_dir, resolve_data_dir

    try:
        data = prepare_data_dir(resolve_data_dir(args.data_dir))
        store = Store.open(data.database)
    except (DataDirError, StoreError) as exc:
        return fail(str(exc))
    try:
        if args.command == "export":
            target = Path(args.path)
            if target.is_dir():
                return fail(f"{target} is a folder; give a file name such as {target / 'followup.json'}.")
            bundle.write_bundle(store, target)
            print(f"Exported to {target}.")
        elif args.command == "import":
            report = bundle.import_bundle(store, bundle.read_bundle(args.path))
            print(report.summary())
        return 0
    except (BundleError, StoreError) as exc:
        return fail(str(exc))
    except OSError as exc:
        return fail(f"{getattr(exc, 'filename', '') or args.path}: {exc.strerror or exc}")
    finally:
        store.close()
