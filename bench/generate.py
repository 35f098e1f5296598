"""Deterministic synthetic databases for the benchmarks: realistic text at two sizes.

    python -m bench.generate [small|large] [--seed N]   -> prints the cached database's path

Rows are written with ``executemany`` in one transaction on the store's own connection (one
store call per row would take minutes at 200,000 notes), but they are exactly the rows the
store writes: the dataclasses' columns, uuid4-shaped ids, UTC ISO timestamps ending in Z.
The FTS5 tables are rebuilt once at the end (faster than firing the triggers per row; see
``FTS_BY_TRIGGERS``). Databases are cached under bench/.data keyed by size, seed and schema.
"""

from __future__ import annotations

import hashlib
import random
import shutil
import sys
import time
import uuid
from dataclasses import dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench import vocabulary  # noqa: E402
from followup_desktop.core.clock import FrozenClock, to_iso  # noqa: E402
from followup_desktop.core.models import Application, Challenge, Contact, Interview, Note, Plan, PlanItem, Story  # noqa: E402
from followup_desktop.core.models.letters import Letter  # noqa: E402
from followup_desktop.core.store import Store, migrations  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".data"
NOW = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
FTS_BY_TRIGGERS = False  # large size, measured: per-row triggers 34 s, one FTS rebuild at the end 12 s


@dataclass(frozen=True)
class Size:
    """How many of each thing a generated database holds."""

    name: str
    applications: int
    interviews: int
    notes: int
    challenges: int
    letters: int
    stories: int
    busy_notes: int  # notes in the one "busy" interview the benchmarks open


SIZES = {
    "small": Size("small", 20, 60, 2_000, 200, 60, 5, 200),
    "large": Size("large", 2_000, 6_000, 200_000, 20_000, 6_000, 500, 2_000),
}

GENERATOR_VERSION = 3  # bump when the rows or texts change, so cached databases are regenerated


class _Ids:
    def __init__(self, rnd: random.Random) -> None:
        self.rnd = rnd

    def __call__(self) -> str:
        return str(uuid.UUID(int=self.rnd.getrandbits(128), version=4))


def _insert(conn, cls, rows: list[tuple]) -> None:
    names = [f.name for f in fields(cls)]
    cols = ", ".join(f'"{n}"' for n in names)
    conn.executemany(f"INSERT INTO {cls.__table__} ({cols}) VALUES ({', '.join('?' * len(names))})", rows)


def _fill(store: Store, size: Size, seed: int) -> dict[str, int]:
    """Write every row of a database of this size; returns counts per table."""
    rnd = random.Random(seed)
    new_id = _Ids(rnd)
    pool = vocabulary.sentences(rnd, 4_000)
    iso = to_iso
    apps, contacts, interviews, parts, plans, items = [], [], [], [], [], []
    app_contacts: dict[str, list[str]] = {}
    per_app = max(1, size.interviews // size.applications)
    for _ in range(size.applications):
        created = NOW - timedelta(days=rnd.randint(10, 5 * 365), minutes=rnd.randint(0, 1440))
        aid = new_id()
        company = f"{rnd.choice(vocabulary.COMPANY_A)} {rnd.choice(vocabulary.COMPANY_B)}"
        apps.append(
            (
                aid,
                company,
                rnd.choice(vocabulary.ROLES),
                rnd.choice(["active", "active", "closed"]),
                " ".join(rnd.sample(pool, 6)),
                "",
                iso(created),
                iso(created),
                0,
                "",
            )
        )
        ids = []
        for _ in range(3):
            cid = new_id()
            ids.append(cid)
            contacts.append(
                (
                    cid,
                    aid,
                    f"{rnd.choice(vocabulary.FIRST)} {rnd.choice(vocabulary.LAST)}",
                    rnd.choice(vocabulary.ROLES),
                    "",
                    "",
                    "",
                    iso(created),
                    iso(created),
                    "",  # form of address
                    "",  # salutation: the default
                )
            )
        app_contacts[aid] = ids
        for r in range(per_app):
            start = created + timedelta(days=7 * (r + 1), hours=rnd.randint(8, 16))
            iid = new_id()
            interviews.append(
                (
                    iid,
                    aid,
                    f"Round {r + 1}",
                    iso(start),
                    60,
                    "",
                    "video",
                    iso(start),
                    iso(start + timedelta(hours=1)),
                    rnd.choice(["pending", "rejected", "offer"]),
                    iso(created),
                    iso(created),
                )
            )
            for pos, cid in enumerate(ids[: rnd.randint(1, 2)]):
                parts.append((iid, cid, pos, ""))
            plans.append((iid, " ".join(rnd.sample(pool, 4)), "email", "", "", "[]", iso(created)))
            for pos, kind in enumerate(["objective", "question", "question", "question", "point"]):
                items.append((new_id(), iid, kind, pos, rnd.choice(pool), 0, iso(created), iso(created)))
    conn = store.conn
    _insert(conn, Application, apps)
    _insert(conn, Contact, contacts)
    _insert(conn, Interview, interviews)
    conn.executemany(
        "INSERT INTO interview_participants (interview_id, contact_id, position, cares_about) VALUES (?,?,?,?)", parts
    )
    _insert(conn, Plan, plans)
    _insert(conn, PlanItem, items)

    # Notes: the first interview is the busy one; the rest are spread at random.
    busy = interviews[0]
    owners = [busy] * size.busy_notes + [rnd.choice(interviews[1:]) for _ in range(size.notes - size.busy_notes)]
    notes, note_refs = [], []
    seconds: dict[str, int] = {}
    for iv in owners:
        iid, aid, start = iv[0], iv[1], iv[3]
        n = seconds.get(iid, 0)
        seconds[iid] = n + 1
        stamp = iso(datetime.fromisoformat(start.replace("Z", "+00:00")) + timedelta(seconds=n * 2))
        text = " ".join(rnd.choice(pool) for _ in range(rnd.choice((1, 1, 2, 2, 3, 5))))
        nid = new_id()
        notes.append(
            (nid, iid, stamp, text, rnd.choice(vocabulary.KINDS), rnd.choice(app_contacts[aid]), None, stamp, stamp)
        )
        note_refs.append((nid, iid, text, aid))
    _insert(conn, Note, notes)
    stories = []
    for s in range(size.stories):
        stamp = iso(NOW - timedelta(days=s))
        stories.append(
            (
                new_id(),
                f"Story {s}: {rnd.choice(vocabulary.OBJECTS)}",
                rnd.choice(pool),
                rnd.choice(pool),
                rnd.choice(pool),
                rnd.choice(["reliability", "people", "delivery", "cost"]),
                stamp,
                stamp,
            )
        )
    _insert(conn, Story, stories)
    challenges = []
    positions: dict[str, int] = {}
    for nid, iid, text, aid in rnd.sample(note_refs, size.challenges):
        end = min(len(text), rnd.randint(20, 120))
        pos = positions.get(iid, 0)
        positions[iid] = pos + 1
        story = rnd.choice(stories)[0] if stories and rnd.random() < 0.3 else None
        stamp = iso(NOW)
        challenges.append(
            (
                new_id(),
                iid,
                nid,
                0,
                end,
                text[:end],
                "challenge",
                rnd.choice(app_contacts[aid]),
                rnd.choice(pool),
                story,
                1,
                pos,
                stamp,
                stamp,
                "",  # summary: not written yet (no random draw, so the data stay as before)
                0,
            )
        )
    _insert(conn, Challenge, challenges)
    letters = []
    for iv in rnd.sample(interviews, size.letters):
        stamp = iv[8]
        body = "\n\n".join(" ".join(rnd.sample(pool, 4)) for _ in range(4))
        letters.append(
            (
                new_id(),
                iv[0],
                "thank-you",
                rnd.choice(app_contacts[iv[1]]),
                "Thank you",
                body,
                "draft",
                "",
                "",
                stamp,
                stamp,
            )
        )
    _insert(conn, Letter, letters)
    return {
        "applications": len(apps),
        "contacts": len(contacts),
        "interviews": len(interviews),
        "plan_items": len(items),
        "notes": len(notes),
        "challenges": len(challenges),
        "letters": len(letters),
        "stories": len(stories),
    }


def _fts_tables(conn) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND sql LIKE '%USING FTS5%'").fetchall()
    return [r[0] for r in rows]


def schema_key() -> str:
    """Changes whenever a schema step is added, so cached databases never outlive their schema."""
    return hashlib.sha1("|".join([str(GENERATOR_VERSION), *migrations.migrations.names()]).encode()).hexdigest()[:10]


def build(path: Path, size: Size, seed: int = 1) -> dict[str, int]:
    """Generate a new database of this size at path (which must not exist)."""
    store = Store.open(path, FrozenClock(NOW))
    conn = store.conn
    fts = _fts_tables(conn)
    triggers = []
    if not FTS_BY_TRIGGERS:  # drop the FTS triggers for the bulk load, restore them unchanged after
        triggers = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
        for name, _ in triggers:
            conn.execute(f'DROP TRIGGER "{name}"')
    with conn:
        counts = _fill(store, size, seed)
        for _name, sql in triggers:
            conn.execute(sql)
        for table in fts if not FTS_BY_TRIGGERS else ():
            conn.execute(f'INSERT INTO "{table}"("{table}") VALUES (\'rebuild\')')
    conn.execute("PRAGMA optimize")
    store.close()
    return counts


def database(size_name: str, seed: int = 1, verbose: bool = False) -> Path:
    """The cached database of this size and seed, generated on first use."""
    size = SIZES[size_name]
    folder = CACHE / f"{size.name}-seed{seed}-{schema_key()}"
    path = folder / "followup.sqlite3"
    if path.exists():
        return path
    tmp = folder.with_name(folder.name + ".partial")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    started = time.perf_counter()
    counts = build(tmp / "followup.sqlite3", size, seed)
    tmp.rename(folder)
    if verbose:
        print(f"generated {size.name} database in {time.perf_counter() - started:.1f} s: {counts}", file=sys.stderr)
    return path


def data_copy(size_name: str, target: Path, seed: int = 1) -> Path:
    """A fresh data folder at target holding a copy of the cached database (benchmarks write to it)."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(database(size_name, seed), target / "followup.sqlite3")
    return target


if __name__ == "__main__":
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("size", choices=sorted(SIZES), nargs="?", default="small")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    print(database(args.size, args.seed, verbose=True))
