"""`followup-desktop export|import`: the whole data folder to and from a JSON bundle."""

from __future__ import annotations

import argparse
from pathlib import Path

from followup_desktop.cli.data import open_store
from followup_desktop.cli.messages import damaged, fail
from followup_desktop.paths import DataPaths


def run_bundle(args: argparse.Namespace, data: DataPaths, writable: bool) -> int:
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
        return fail(damaged(data.database, exc))
    except OSError as exc:
        return fail(f"{getattr(exc, 'filename', '') or args.path}: {exc.strerror or exc}")
    finally:
        store.close()
