"""Full-text search (SQLite FTS5, bm25) across everything the user wrote."""

from __future__ import annotations

import sqlite3
from typing import Any

from followup_desktop.core.search import Hit, SearchFilter, first_match, fts_query, make_snippet
from followup_desktop.core.store.errors import SearchInterrupted
from followup_desktop.core.store.rows import Rows

TOKENIZE = "unicode61 remove_diacritics 2"
BROAD = 2000  # matches in one table beyond which results come newest first instead of best first
# Searchable tables: (kind, table, columns). Each gets an FTS5 index kept current by triggers.
INDEXED = (
    ("application", "applications", ("company", "role", "job_ad", "notes")),
    ("contact", "contacts", ("name", "title", "email", "notes")),
    ("plan", "plan_items", ("text",)),
    ("plan", "plans", ("research",)),
    ("note", "notes", ("text",)),
    ("challenge", "challenges", ("quote", "summary", "experience")),  # summary: step 0009
)
INDEXED_LATER = (("letter", "letters", ("subject", "body")),)
STORY_COLUMNS = ("title", "situation", "action", "result", "tags")  # indexed by the stories' own step
SEARCHED_COLUMNS = {table: columns for _k, table, columns in INDEXED + INDEXED_LATER} | {"stories": STORY_COLUMNS}
_APP_CONTEXT = "a.company || CASE WHEN a.role = '' THEN '' ELSE ' — ' || a.role END"
_INTERVIEW_CONTEXT = _APP_CONTEXT + " || ' · ' || CASE WHEN i.title = '' THEN 'Interview' ELSE i.title END"
_IN_INTERVIEW = "JOIN interviews i ON i.id = t.interview_id JOIN applications a ON a.id = i.application_id"
# kind, FTS table, table (alias t), further joins, id, application id, interview id, context, when
_QUERIES = (
    (
        "application",
        "applications_fts",
        "applications",
        "JOIN applications a ON a.id = t.id",
        "t.id",
        "t.id",
        "''",
        _APP_CONTEXT,
        "t.updated_at",
    ),
    (
        "contact",
        "contacts_fts",
        "contacts",
        "JOIN applications a ON a.id = t.application_id",
        "t.id",
        "t.application_id",
        "''",
        "t.name || ' · ' || " + _APP_CONTEXT,
        "t.updated_at",
    ),
    ("plan", "plan_items_fts", "plan_items", _IN_INTERVIEW, "t.id", "a.id", "i.id", _INTERVIEW_CONTEXT, "t.updated_at"),
    ("plan", "plans_fts", "plans", _IN_INTERVIEW, "t.interview_id", "a.id", "i.id", _INTERVIEW_CONTEXT, "t.updated_at"),
    ("note", "notes_fts", "notes", _IN_INTERVIEW, "t.id", "a.id", "i.id", _INTERVIEW_CONTEXT, "t.stamped_at"),
    (
        "challenge",
        "challenges_fts",
        "challenges",
        _IN_INTERVIEW,
        "t.id",
        "a.id",
        "i.id",
        _INTERVIEW_CONTEXT,
        "t.updated_at",
    ),
    ("letter", "letters_fts", "letters", _IN_INTERVIEW, "t.id", "a.id", "i.id", _INTERVIEW_CONTEXT, "t.updated_at"),
    # The story bank's index is the one its suggestions use (stories.py, porter stemming).
    ("story", "stories_fts", "stories", "", "t.id", "''", "''", "'Story: ' || t.title", "t.updated_at"),
)


class Search:
    """Search everywhere (store.search): every searchable table has an FTS5 index kept by triggers."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def find(self, text: str, where: SearchFilter = SearchFilter(), limit: int = 20) -> list[Hit]:
        """Up to `limit` best hits per kind for what the user typed; any input is safe.

        Raises SearchInterrupted when another thread interrupted the connection meanwhile.
        """
        try:
            return self._find(text, where, limit)
        except sqlite3.OperationalError as exc:
            if "interrupt" in str(exc):
                raise SearchInterrupted(str(exc)) from exc
            raise

    def _find(self, text: str, where: SearchFilter, limit: int) -> list[Hit]:
        query, text_query = fts_query(text), text
        if not query:
            return []
        hits: list[Hit] = []
        for kind, fts, table, joins, ref, app, interview, context, when in _QUERIES:
            if kind not in where.kinds:
                continue
            text = " || ' · ' || ".join(f"t.{c}" for c in SEARCHED_COLUMNS[table])
            sql = (
                f"SELECT {ref} AS ref, {app} AS app, {interview} AS interview, {context} AS context, "
                f"{when} AS stamp, {text} AS body, bm25({fts}) AS rank "
                f"FROM {fts} JOIN {table} t ON t.rowid = {fts}.rowid {joins} WHERE {fts} MATCH ?"
            )
            params: list[Any] = [query]
            if where.application_id:
                sql += f" AND {app} = ?"
                params.append(where.application_id)
            if where.since:
                sql += f" AND {when} >= ?"
                params.append(where.since)
            if where.until:
                sql += f" AND {when} < ?"
                params.append(where.until)
            # Ranking every match of a word found in most notes takes seconds (bm25 scores them all):
            # past BROAD matches, the newest come first instead, which FTS5 returns without sorting.
            broad = (
                self._rows.select(
                    f"SELECT count(*) AS n FROM (SELECT 1 FROM {fts} WHERE {fts} MATCH ? LIMIT ?)", [query, BROAD]
                )[0]["n"]
                >= BROAD
            )
            sql += f" ORDER BY {fts}.rowid DESC LIMIT ?" if broad else " ORDER BY rank LIMIT ?"
            params.append(limit)
            for r in self._rows.select(sql, params):
                snip = make_snippet(r["body"], text_query)
                hits.append(
                    Hit(
                        kind,
                        r["ref"],
                        r["app"],
                        r["interview"],
                        r["context"],
                        snip,
                        r["stamp"],
                        0.0 if broad else r["rank"],
                        first_match(snip),
                    )
                )
        return hits

    def triggers(self) -> set[str]:
        """Names of the triggers that keep the search indexes current (tests assert they exist)."""
        rows = self._rows.select("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%_a_'")
        return {r["name"] for r in rows}
