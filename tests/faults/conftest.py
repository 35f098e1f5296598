"""Fault injection: real damage done to real files, the real program run on them.

Each kind of damage is a function of the data folder, collected in DAMAGE (a parametrize table).
CI runs as root, which ignores file permissions: `unprivileged` runs a command without that power.
"""

import hashlib
import os
import shutil
import struct
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from followup_desktop.core import backup
from followup_desktop.core.clock import UTC
from followup_desktop.core.store import Store
from followup_desktop.paths import DataPaths

from ..gui.conftest import answers, data_dir, make_window, window  # noqa: F401 - fixtures

ROOT = Path(__file__).resolve().parents[2]
PAGE = 4096
APPLICATIONS = 60


def run(*args, folder=None, timeout=30, prefix=()):
    """The program as a user starts it, in its own process (a hang fails the test, it does not block it)."""
    cmd = [*prefix, sys.executable, "-m", "followup_desktop"]
    if folder is not None:
        cmd += ["--data-dir", str(folder)]
    env = os.environ | {"QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        cmd + [str(a) for a in args], capture_output=True, text=True, timeout=timeout, env=env, cwd=ROOT
    )


def digest(*paths) -> dict:
    """Each non-empty file's SHA-256, to prove nothing was written."""
    return {
        Path(p).name: hashlib.sha256(Path(p).read_bytes()).hexdigest()
        for p in paths
        if Path(p).is_file() and Path(p).stat().st_size
    }  # an empty -wal holds nothing


@pytest.fixture(scope="session")
def template(tmp_path_factory) -> Path:
    """A database of ~200 pages (applications, notes, a letter), the kind of file users have."""
    path = tmp_path_factory.mktemp("template") / "followup.sqlite3"
    store = Store.open(path)
    with store.atomic():
        for i in range(APPLICATIONS):
            app = store.applications.add(f"Company {i}", "Role " + "x" * 200)
            interview = store.interviews.add(app.id, "Round 1")
            for j in range(10):
                store.notes.add(interview.id, f"note {i} {j} " + "words " * 40)
        store.letters.add(interview.id, "thank-you", None, "Thanks", "Dear Dana,\n\nThank you.")
        store.settings.set(backup.DAILY_KEY, 1)  # the harshest rotation: one backup a day, one a week
        store.settings.set(backup.WEEKLY_KEY, 1)
    store.close()
    assert path.stat().st_size // PAGE >= 150
    return path


@pytest.fixture
def data(tmp_path, template) -> DataPaths:
    """A data folder holding a copy of the template."""
    root = tmp_path / "data"
    root.mkdir(mode=0o700)
    shutil.copyfile(template, root / "followup.sqlite3")
    os.chmod(root / "followup.sqlite3", 0o600)
    return DataPaths(root)


@pytest.fixture
def healthy_backup(data) -> backup.BackupFile:
    """A good backup taken a second ago: a backup accepted now would rotate it away (same day, keep 1)."""
    return backup.make_backup(data.database, data.backups, datetime.now(UTC) - timedelta(seconds=1))


# ----------------------------------------------------------------------------------- kinds of damage
def _overwrite(path: Path, first_page: int, count: int, byte: bytes | None = None) -> None:
    with open(path, "r+b") as fh:
        fh.seek(first_page * PAGE)
        fh.write(byte * (count * PAGE) if byte is not None else os.urandom(count * PAGE))


def random_pages(data):  # dd if=/dev/urandom of=followup.sqlite3 bs=4096 seek=48 count=3 conv=notrunc
    _overwrite(data.database, 48, 3)


def random_middle_pages(data):
    _overwrite(data.database, data.database.stat().st_size // PAGE // 2, 3)


def zeroed_pages(data):
    _overwrite(data.database, data.database.stat().st_size // PAGE // 2, 3, b"\0")


def last_page(data):
    _overwrite(data.database, data.database.stat().st_size // PAGE - 1, 1)


def cut_short(data):
    os.truncate(data.database, data.database.stat().st_size - 1000)


def zero_bytes(data):
    os.truncate(data.database, 0)


KILLED_WRITER = """
import os, sys
from followup_desktop.core.store import Store
store = Store.open(sys.argv[1])
{work}
os._exit(0)  # as if killed: the -wal is left with its pages, never checkpointed
"""


def _killed_writer(path: Path, work: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", KILLED_WRITER.format(work=work), str(path)],
        capture_output=True,
        text=True,
        env=os.environ | {"PYTHONPATH": str(ROOT)},
    )
    assert result.returncode == 0, result.stderr
    assert path.with_name(path.name + "-wal").stat().st_size > PAGE


def wal_of_another_followup_database(data):
    other = data.root.parent / "other" / "followup.sqlite3"
    other.parent.mkdir()
    _killed_writer(other, "store.applications.add('Someone else')")
    shutil.copyfile(other.with_name(other.name + "-wal"), data.database.with_name("followup.sqlite3-wal"))


def wal_of_another_programs_database(data):
    import sqlite3

    other = data.root.parent / "places.sqlite"
    script = (
        "import os, sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode=WAL'); "
        "c.execute('CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)'); "
        "c.executemany('INSERT INTO moz_places (url) VALUES (?)', [('https://example.test/%d' % i,) "
        "for i in range(2000)]); c.commit(); os._exit(0)"
    )
    subprocess.run([sys.executable, "-c", script, str(other)], check=True)
    assert sqlite3.sqlite_version and other.with_name(other.name + "-wal").stat().st_size > PAGE
    shutil.copyfile(other.with_name(other.name + "-wal"), data.database.with_name("followup.sqlite3-wal"))


def damage_hidden_by_the_wal(data):
    """Pages damaged in the file while the -wal holds newer copies of them (they look healthy)."""
    _killed_writer(
        data.database, "store.conn.execute(\"UPDATE notes SET text = text || ' edited'\")\nstore.conn.commit()"
    )
    wal = data.database.with_name("followup.sqlite3-wal").read_bytes()
    size = struct.unpack(">I", wal[8:12])[0]
    pages = sorted({struct.unpack(">I", wal[at : at + 4])[0] for at in range(32, len(wal) - 24, 24 + size)})
    for page in [p for p in pages if p > 100][:3]:
        _overwrite(data.database, page - 1, 1)


# kind -> (damage, seen): seen is False where SQLite reads a healthy database (the -wal covers the damage)
DAMAGE = {
    "random bytes over pages 49-51 (dd seek=48)": (random_pages, True),
    "random bytes over 3 middle pages": (random_middle_pages, True),
    "3 zeroed pages": (zeroed_pages, True),
    "a damaged last page": (last_page, True),
    "a file cut short by 1,000 bytes": (cut_short, True),
    "a zero-byte file": (zero_bytes, True),
    "a -wal of another FollowUp database": (wal_of_another_followup_database, True),
    "a -wal of another program's database": (wal_of_another_programs_database, True),
    "damaged pages hidden by newer copies in the -wal": (damage_hidden_by_the_wal, False),
}


@pytest.fixture(params=list(DAMAGE), ids=lambda kind: kind.replace(" ", "-"))
def damaged(request, data, healthy_backup):
    """(kind, seen) after the damage is done to the data folder, which has a healthy backup."""
    harm, seen = DAMAGE[request.param]
    harm(data)
    return request.param, seen


def database_files(data) -> list[Path]:
    return [data.database, data.database.with_name("followup.sqlite3-wal")]


def backups_and_leftovers(data) -> list[str]:
    return sorted(p.name for p in data.backups.iterdir()) if data.backups.is_dir() else []


# ----------------------------------------------------------------------------------- without root's power
def _prefixes():
    if os.geteuid() != 0:
        yield "this user", []
    # root keeps its uid but loses the power to ignore permissions: works wherever the checkout lives
    yield "root without CAP_DAC_OVERRIDE", ["setpriv", "--bounding-set", "-dac_override,-dac_read_search", "--"]
    yield "nobody", ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"]


class Unprivileged:
    """How to run a command without the power to ignore permissions, and give it the files it needs."""

    def __init__(self, prefix: list[str], uid: int | None) -> None:
        self.prefix, self.uid = prefix, uid

    def give(self, *paths: Path) -> None:
        """Make paths (recursively) the user's own, as a user's data folder is."""
        if self.uid is None:
            return
        for path in paths:
            for item in [path, *(path.rglob("*") if path.is_dir() else [])]:
                os.chown(item, self.uid, self.uid, follow_symlinks=False)

    def run(self, *args, folder=None, timeout=60):
        return run(*args, folder=folder, timeout=timeout, prefix=self.prefix)


@pytest.fixture
def unprivileged(tmp_path):
    """A command prefix under which a chmod 500 folder really cannot be written; skips only if none works."""
    probe = tmp_path / "probe"
    probe.mkdir()
    (probe / "readable").write_text("yes")
    probe.chmod(0o555)
    tried = []
    try:
        for name, prefix in _prefixes():  # it must read the test's files, and fail to write into the folder
            code = (
                "import sys, followup_desktop\nassert open(sys.argv[1] + '/readable').read() == 'yes'\n"
                "try:\n    open(sys.argv[1] + '/x', 'w')\nexcept PermissionError:\n    sys.exit(0)\nsys.exit(1)"
            )
            try:
                ok = (
                    subprocess.run(
                        [*prefix, sys.executable, "-c", code, str(probe)],
                        capture_output=True,
                        env=os.environ | {"PYTHONPATH": str(ROOT)},
                        timeout=30,
                    ).returncode
                    == 0
                )
            except OSError:
                ok = False
            if ok:
                return Unprivileged(prefix, 65534 if "--reuid=65534" in prefix else None)
            tried.append(name)
    finally:
        probe.chmod(0o755)
    pytest.skip(f"no way to run without the power to ignore permissions here (tried: {', '.join(tried)})")
