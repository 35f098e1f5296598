"""Bundle files read one application at a time: the same result as a whole read, bounded memory."""

import json
import tracemalloc

import pytest

from followup_desktop.core import bundle
from followup_desktop.core.bundle import BundleError
from followup_desktop.core.store import Store

from .test_bundle import _fill, _same


def _write(path, doc, **kw):
    path.write_text(json.dumps(doc, ensure_ascii=False, **kw), encoding="utf-8")
    return path


def _notes(store, n=3, text="They need a calmer release train 🚂 — مرحبا"):
    for app in store.applications.all():
        for interview in store.interviews.all(app.id):
            for k in range(n):
                store.notes.add(interview.id, f"{text} {k}")


def test_a_file_round_trips_exactly(store, clock, tmp_path):
    _fill(store)
    _fill(store, company="Globex")
    _notes(store)
    path = bundle.write_bundle(store, tmp_path / "b.json")
    fresh = Store.open(tmp_path / "fresh.sqlite3", clock)
    report = bundle.import_file(fresh, path)
    assert report.written["applications"] == 2 and report.written["notes"] == 12
    assert _same(bundle.export_bundle(fresh), bundle.export_bundle(store))
    fresh.close()


def test_the_file_is_what_a_whole_json_dump_would_write(store, tmp_path):
    _fill(store)
    _fill(store, company="Globex")
    path = bundle.write_bundle(store, tmp_path / "b.json")
    expected = json.dumps(bundle.export_bundle(store), ensure_ascii=False, indent=1)
    assert path.read_text(encoding="utf-8") == expected
    empty = bundle.write_bundle(Store.memory(), tmp_path / "empty.json")
    assert json.loads(empty.read_text(encoding="utf-8"))["applications"] == []


def test_any_key_order_and_layout_is_read(store, clock, tmp_path):
    _fill(store)
    _notes(store, 1)
    doc = bundle.export_bundle(store)
    shuffled = {"applications": doc["applications"]} | {k: v for k, v in reversed(doc.items()) if k != "applications"}
    path = _write(tmp_path / "b.json", shuffled)  # applications first, on one line
    fresh = Store.memory(clock)
    bundle.import_file(fresh, path)
    assert _same(bundle.export_bundle(fresh), doc)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "ends too soon"),
        (b"{not json", "not valid JSON"),
        (b'{"format": "followup-desktop-bundle", "version": 1, "applications": [', "cut short"),
        (b'{"format": "followup-desktop-bundle"} trailing', "trailing garbage"),
        (b'{"format": "followup-desktop-bundle", "version": NaN}', "invalid char"),
        (b"\xff\xfe\x00garbage", "not"),
        (b"[1, 2, 3]", "not a FollowUp Desktop bundle"),
        (b'"just text"', "not a FollowUp Desktop bundle"),
        (b"[" * 100_000 + b"]" * 100_000, "not a FollowUp Desktop bundle"),
        (b'{"applications": [' + b"[" * 100_000 + b"]" * 100_000 + b"]}", "nested too deeply"),
        (b'{"profile": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001, "nested too deeply"),
        (b'{"format": "followup-desktop-bundle", "version": 7}', "version 7, from a newer"),
        (b'{"applications": [], "applications": []}', "appears twice"),
        (
            b'{"format": "followup-desktop-bundle", "version": 1, "exported_at": "2026-03-02T09:00:00Z", '
            b'"profile": {}, "stories": [], "question_bank": [], "applications": {"a": 1}}',
            "applications",
        ),
    ],
)
def test_unreadable_files_are_refused_before_anything_is_written(store, tmp_path, content, message):
    _fill(store)
    before = bundle.export_bundle(store)
    path = tmp_path / "b.json"
    path.write_bytes(content)
    with pytest.raises(BundleError, match=message):
        bundle.import_file(store, path)
    assert _same(bundle.export_bundle(store), before)


def test_missing_files_and_folders_are_explained(store, tmp_path):
    with pytest.raises(BundleError, match="no file"):
        bundle.import_file(store, tmp_path / "nope.json")
    with pytest.raises(BundleError, match="folder|cannot be read"):
        bundle.import_file(store, tmp_path)


def test_progress_counts_applications_and_cancel_rolls_back(store, clock, tmp_path):
    for company in ("A", "B", "C"):
        _fill(store, company=company)
    path = bundle.write_bundle(store, tmp_path / "b.json")
    seen = []
    fresh = Store.memory(clock)
    bundle.import_file(fresh, path, lambda done, total: seen.append((done, total)))
    assert seen == [(0, 3), (1, 3), (2, 3), (3, 3)]

    def cancel_at_two(done, total):
        if done == 2:
            raise bundle.Cancelled()

    other = Store.memory(clock)
    with pytest.raises(bundle.Cancelled):
        bundle.import_file(other, path, cancel_at_two)
    assert other.applications.all() == []
    exported = []
    with pytest.raises(bundle.Cancelled):
        bundle.write_bundle(store, tmp_path / "cancelled.json", lambda d, t: exported.append(d) or cancel_at_two(d, t))
    assert exported == [1, 2] and not (tmp_path / "cancelled.json").exists()


def _schema_objects(store):
    return store.conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()


def test_a_large_import_rebuilds_the_search_index_once(store, clock, tmp_path, monkeypatch):
    _fill(store)
    _notes(store, 2, text="quixotic roadmap")
    path = bundle.write_bundle(store, tmp_path / "b.json")
    monkeypatch.setattr(bundle, "BULK_BYTES", 0)  # take the large-file path with a small file
    fresh = Store.open(tmp_path / "fresh.sqlite3", clock)
    triggers, schema = fresh.search.triggers(), _schema_objects(fresh)
    bundle.import_file(fresh, path)
    assert fresh.search.triggers() == triggers and _schema_objects(fresh) == schema  # indexes too
    plan = fresh.conn.execute("EXPLAIN QUERY PLAN SELECT * FROM notes WHERE interview_id = ?", ["x"]).fetchall()
    assert "notes_interview_time" in str(plan)
    assert len([h for h in fresh.search.find("quixotic") if h.kind == "note"]) == 4
    interview = fresh.interviews.all(fresh.applications.all()[0].id)[0]
    fresh.notes.add(interview.id, "serendipitous afterthought")  # the triggers work again
    assert [h.kind for h in fresh.search.find("serendipitous")] == ["note"]
    fresh.close()


def test_a_large_import_that_fails_late_leaves_the_index_as_it_was(store, clock, tmp_path, monkeypatch):
    _fill(store)
    _fill(store, company="Globex")
    doc = bundle.export_bundle(store)
    doc["applications"][1]["company"] = ""
    path = _write(tmp_path / "b.json", doc)
    monkeypatch.setattr(bundle, "BULK_BYTES", 0)
    target = Store.open(tmp_path / "target.sqlite3", clock)
    _fill(target, company="Existing")
    triggers, schema = target.search.triggers(), _schema_objects(target)
    with pytest.raises(BundleError, match=r"applications\[1\].company"):
        bundle.import_file(target, path)
    assert _schema_objects(target) == schema
    assert target.search.triggers() == triggers and [a.company for a in target.applications.all()] == ["Existing"]
    app = target.applications.add("Zanzibar Labs")
    assert [h.ref_id for h in target.search.find("Zanzibar")] == [app.id]
    target.close()


def _big_bundle(store, tmp_path, apps=40, note_kib=100):
    text = ("Word " * (note_kib * 1024 // 5))[: note_kib * 1024]
    for n in range(apps):
        app = store.applications.add(f"Company {n}")
        interview = store.interviews.add(app.id, "Round 1")
        store.notes.add(interview.id, text)
    return bundle.write_bundle(store, tmp_path / "big.json")


def test_memory_stays_bounded_by_one_application(clock, tmp_path):
    source = Store.open(tmp_path / "source.sqlite3", clock)
    tracemalloc.start()
    try:
        path = _big_bundle(source, tmp_path)
        size = path.stat().st_size
        tracemalloc.reset_peak()
        bundle.write_bundle(source, tmp_path / "again.json")
        export_peak = tracemalloc.get_traced_memory()[1]
        fresh = Store.open(tmp_path / "fresh.sqlite3", clock)
        tracemalloc.reset_peak()
        bundle.import_file(fresh, path)
        import_peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert size > 4_000_000
    assert export_peak < size / 4 and import_peak < size / 4, (size, export_peak, import_peak)
    assert len(fresh.applications.all()) == 40
    fresh.close()
    source.close()


def test_the_import_summary_reads_as_words():
    report = bundle.ImportReport()
    report.written.update({"plan items": 30000, "applications": 2000})
    report.kept["notes"] = 1500
    assert report.summary() == "Imported 2,000 applications, 30,000 plan items; kept 1,500 newer local row(s)."
    assert bundle.ImportReport().summary() == "Imported nothing new."


def test_a_file_starting_with_a_byte_order_mark_is_read(store, clock, tmp_path):
    _fill(store)
    path = tmp_path / "notepad.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(bundle.export_bundle(store)).encode("utf-8"))
    fresh = Store.memory(clock)
    assert bundle.import_file(fresh, path).written["applications"] == 1
    assert bundle.read_bundle(path)["format"] == "followup-desktop-bundle"


@pytest.mark.parametrize(
    "where, value, words",
    [
        ("created_at", "2026-13-45T25:61:61Z", "is not a real date"),
        ("updated_at", "9999-12-31T23:59:59-01:00", "is outside the years 1900–2200"),  # past the calendar's end
        ("updated_at", "2200-12-31T23:59:59-05:00", "is outside the years 1900–2200"),  # 2201 in UTC
    ],
)
def test_impossible_dates_are_refused(store, clock, tmp_path, where, value, words):
    _fill(store)
    doc = bundle.export_bundle(store)
    doc["applications"][0]["interviews"][0][where] = value
    path = _write(tmp_path / "b.json", doc)
    with pytest.raises(BundleError, match=rf"applications\[0\].interviews\[0\].{where}: .* {words}"):
        bundle.import_file(Store.memory(clock), path)
    doc["applications"][0]["interviews"][0][where] = "2026-03-02T09:00:00Z"
    doc["exported_at"] = "2026-02-30T09:00:00Z"
    with pytest.raises(BundleError, match="exported_at: .* not a real date"):
        bundle.validate_bundle(doc)


def test_a_file_that_changes_between_the_two_readings_changes_nothing(store, clock, tmp_path):
    for company in ("A", "B", "C"):
        _fill(store, company=company)
    doc = bundle.export_bundle(store)
    path = _write(tmp_path / "b.json", doc)
    shorter = doc | {"applications": doc["applications"][:1]}

    def rewrite(done, total):  # another program saves the file again after the first reading
        if done == 0:
            _write(path, shorter)

    target = Store.memory(clock)
    with pytest.raises(BundleError, match="changed while it was being read"):
        bundle.import_file(target, path, rewrite)
    assert target.applications.all() == []


def test_an_absurdly_large_file_is_refused_before_it_is_parsed(store, tmp_path, monkeypatch):
    from followup_desktop.core.bundle import file as bundle_file

    _fill(store)
    path = bundle.write_bundle(store, tmp_path / "b.json")
    monkeypatch.setattr(bundle_file, "MAX_BUNDLE_BYTES", 100)
    for read in (bundle.read_bundle, lambda p: bundle.import_file(Store.memory(), p)):
        with pytest.raises(BundleError, match="too large to be a bundle"):
            read(path)


def _marked_bundle(store, tmp_path):
    """A bundle with "§" in every text field, written with ASCII escapes ("\\u00a7")."""
    from ...e2e.test_hostile_chain import _fill as fill_everything

    fill_everything(store, "a§b")
    store.dictionary.add("§word")
    doc = bundle.export_bundle(store)
    return doc, json.dumps(doc, ensure_ascii=True)


@pytest.mark.parametrize("escape", ["\\ud800", "\\udc00", "\\udbff\\udbff"])
def test_lone_surrogate_escapes_become_replacement_characters_everywhere(store, clock, tmp_path, escape):
    """The C parser made "\\ud800" a "?" and refused "\\udc00" as not UTF-8; the store's rule is U+FFFD."""
    doc, text = _marked_bundle(store, tmp_path)
    path = tmp_path / "lone.json"
    path.write_text(text.replace("\\u00a7", escape), encoding="ascii")  # a plain-ASCII file
    fresh = Store.memory(clock)
    bundle.import_file(fresh, path)
    want = json.loads(json.dumps(doc).replace("\\u00a7", "\\ufffd" * escape.count("\\u")))
    assert _same(bundle.export_bundle(fresh), want)
    json.dumps(bundle.export_bundle(fresh)).encode("utf-8")  # nothing unencodable was stored


def test_surrogate_pairs_still_join(store, clock, tmp_path):
    doc, text = _marked_bundle(store, tmp_path)
    path = tmp_path / "pair.json"
    path.write_text(text.replace("\\u00a7", "\\ud83d\\ude00"), encoding="ascii")
    fresh = Store.memory(clock)
    bundle.import_file(fresh, path)
    assert _same(bundle.export_bundle(fresh), json.loads(json.dumps(doc).replace("\\u00a7", "\\ud83d\\ude00")))


def test_a_latin1_file_is_named_as_not_utf8_without_quoting_it(store, tmp_path):
    store.applications.add("Café Müller", notes="Secret: the salary I asked for")
    doc = bundle.export_bundle(store)
    path = tmp_path / "latin1.json"
    path.write_bytes(json.dumps(doc, ensure_ascii=False).encode("latin-1"))
    with pytest.raises(BundleError) as refused:
        bundle.import_file(Store.memory(), path)
    assert str(refused.value) == "latin1.json is not a bundle: it is not UTF-8 text."


@pytest.mark.parametrize(
    "content",
    [
        b'{"format": "followup-desktop-bundle", "secret": tru}',
        b'{"format": "followup-desktop-bundle", "secret": "x" "y"}',
    ],
)
def test_parser_errors_do_not_quote_the_file(tmp_path, content):
    path = tmp_path / "b.json"
    path.write_bytes(content)
    with pytest.raises(BundleError) as refused:
        bundle.import_file(Store.memory(), path)
    message = str(refused.value)
    assert "not valid JSON" in message and "secret" not in message and "b'" not in message
