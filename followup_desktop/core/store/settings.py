"""Settings kept in the database: plain values by key, the sender's profile, the letter preferences.

Settings that travel with the data (the profile, how letters look, backup retention) live here;
window geometry and the like stay in the settings file beside the database.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, fields
from typing import TYPE_CHECKING, Any, TypeVar

from followup_desktop.core.store.rows import Rows, check_lengths, clean_text

if TYPE_CHECKING:  # the letters' models are made on first use: plain settings (the theme) are read before them
    from followup_desktop.core.models.letters import LetterPrefs, Profile

    S = TypeVar("S", Profile, LetterPrefs)

log = logging.getLogger(__name__)

PROFILE_KEY, PREFS_KEY = "profile", "letter_prefs"


class Settings:
    """The settings table (store.settings): JSON values by key."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def get(self, key: str, default: Any = None) -> Any:
        """A setting's value (JSON-decoded), or default when unset or unreadable."""
        text = self._value(key)
        if text is None:
            return default
        import json  # here, not at module level: json is not needed before the window's first paint

        try:
            return json.loads(text)
        except ValueError:
            return default

    def set(self, key: str, value: Any) -> None:
        """Store a setting (any JSON-serialisable value)."""
        import json

        row = {"key": key, "value": json.dumps(value, ensure_ascii=False), "updated_at": self._rows.now()}
        self._rows.upsert_row("settings", row, "key")

    def get_text(self, key: str, default: str = "") -> str:
        """A plain setting's stored value, or default."""
        text = self._value(key)
        return default if text is None else text

    def _value(self, key: str) -> str | None:
        rows = self._rows.select("SELECT value FROM settings WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    # ----------------------------------------------------------------- profile and letter preferences
    def profile(self) -> Profile:
        """The sender's profile (defaults when never saved)."""
        from followup_desktop.core.models.letters import Profile

        profile = _from_json(Profile, self._value(PROFILE_KEY))
        profile.address_lines = [str(x) for x in profile.address_lines or [] if isinstance(x, str)]
        return profile

    def save_profile(self, profile: Profile) -> Profile:
        """Store the sender's profile as the user changed it."""
        from followup_desktop.core.models.letters import Profile

        values: dict[str, Any] = {k: clean_text(v) if isinstance(v, str) else v for k, v in asdict(profile).items()}
        cleaned = Profile(**values)
        cleaned.address_lines = [clean_text(line) for line in cleaned.address_lines if line.strip()]
        check_lengths("profile", asdict(cleaned))
        cleaned.updated_at = self._rows.now()
        return self._put(PROFILE_KEY, cleaned)

    def letter_prefs(self) -> LetterPrefs:
        """Letter preferences (defaults when never saved)."""
        from followup_desktop.core.models.letters import LetterPrefs

        return _from_json(LetterPrefs, self._value(PREFS_KEY))

    def save_letter_prefs(self, prefs: LetterPrefs) -> LetterPrefs:
        """Store the letter preferences as the user changed them."""
        from followup_desktop.core.models.letters import LetterPrefs

        prefs = LetterPrefs(**asdict(prefs))
        check_lengths("letter_prefs", asdict(prefs))
        prefs.updated_at = self._rows.now()
        return self._put(PREFS_KEY, prefs)

    def put_profile(self, profile: Profile) -> Profile:
        """Store a profile keeping its own updated_at (bundle import)."""
        return self._put(PROFILE_KEY, profile)

    def put_letter_prefs(self, prefs: LetterPrefs) -> LetterPrefs:
        """Store preferences keeping their own updated_at (bundle import)."""
        return self._put(PREFS_KEY, prefs)

    def _put(self, key: str, obj: S) -> S:
        import json

        row = asdict(obj)
        row["updated_at"] = row.get("updated_at") or self._rows.now()
        text = clean_text(json.dumps(row, ensure_ascii=False))  # an imported lone surrogate becomes U+FFFD
        self._rows.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [key, text, row["updated_at"]],
        )
        return type(obj)(**json.loads(text))


def _from_json(cls: type[S], text: str | None) -> S:
    """A dataclass from stored JSON, ignoring unknown keys and bad values."""
    import json  # here, not at module level: json is not needed before the window's first paint

    try:
        data = json.loads(text) if text else {}
    except ValueError:
        log.warning("stored %s settings are not JSON; using defaults", cls.__name__)
        data = {}
    names = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in data.items() if k in names}) if isinstance(data, dict) else cls()
