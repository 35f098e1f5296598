"""Every released schema version's fixture opens in this version without losing a row or a character."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from followup_desktop.core import bundle
from followup_desktop.core.store import Store, migrations

FIXTURES = sorted((Path(__file__).resolve().parents[2] / "fixtures" / "schema").glob("*.sqlite3"))


def _contained(old, new, where="bundle"):
    """Everything in the old bundle is in the new one, equal (a newer schema may add fields)."""
    if isinstance(old, dict):
        assert isinstance(new, dict), where
        for key, value in old.items():
            if key != "exported_at":
                assert key in new, f"{where}.{key} was lost"
                _contained(value, new[key], f"{where}.{key}")
    elif isinstance(old, list):
        assert isinstance(new, list) and len(new) == len(old), f"{where}: rows lost or added"
        for n, (a, b) in enumerate(zip(old, new)):
            _contained(a, b, f"{where}[{n}]")
    else:
        assert new == old, f"{where} changed"


def _row_counts(path):
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [
            r[0]
            for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE '%fts%' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_there_is_a_fixture_of_this_version():
    from followup_desktop import __version__

    assert __version__ in [p.stem for p in FIXTURES]


@pytest.mark.parametrize("fixture", FIXTURES, ids=[p.stem for p in FIXTURES])
def test_upgrading_keeps_every_row_and_character(fixture, tmp_path, clock):
    copy = tmp_path / fixture.name
    shutil.copyfile(fixture, copy)
    before = json.loads(fixture.with_suffix(".bundle.json").read_text(encoding="utf-8"))
    counts = _row_counts(fixture)
    store = Store.open(copy, clock)
    try:
        assert migrations.migrations.applied(store.conn) == migrations.migrations.names()
        _contained(before, bundle.export_bundle(store))
        fresh = Store.memory(clock)
        assert store.search.triggers() == fresh.search.triggers() and store.search.triggers()
        fresh.close()
        assert store.search.find("DROP TABLE")  # the index still answers after the upgrade
    finally:
        store.close()
    after = _row_counts(copy)
    assert {t: after.get(t) for t in counts if t != "_sqlite_migrations"} == {
        t: n for t, n in counts.items() if t != "_sqlite_migrations"
    }
