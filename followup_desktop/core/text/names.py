"""How names read in lists and titles: whole up to a limit, cut after (no model needed to use them)."""

from __future__ import annotations


def shown(name: str, limit: int = 500) -> str:
    """A name as a list or title shows it: whole up to `limit` characters (core/limits.NAME), cut after."""
    return name if len(name) <= limit else name[:limit] + "…"


def application_label(company: str, role: str) -> str:
    """Company and role as lists and titles show them (a longer name than the store now takes, left by
    an older version, is shown cut: laying out megabytes of title would stall the window)."""
    company, role = shown(company), shown(role)
    return f"{company} — {role}" if role else company
