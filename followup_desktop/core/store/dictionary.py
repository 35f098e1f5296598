"""The personal dictionary: words the spell checker accepts because the user said so."""

from __future__ import annotations

from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.rows import Rows, clean_text

MAX_WORD_LEN = 100


class Dictionary:
    """The personal_words table (store.dictionary)."""

    def __init__(self, rows: Rows) -> None:
        self._rows = rows

    def words(self) -> list[str]:
        """Every accepted word, in alphabetical order."""
        return [r["word"] for r in self._rows.select("SELECT word FROM personal_words ORDER BY word")]

    def add(self, word: str) -> None:
        """Accept this word in spell checking from now on."""
        word = clean_text(word).strip()
        if not word or len(word) > MAX_WORD_LEN or any(ch.isspace() for ch in word):
            raise ValidationError("A dictionary word must be one word.")
        self._rows.execute(
            "INSERT OR IGNORE INTO personal_words (word, created_at) VALUES (?, ?)", [word, self._rows.now()]
        )

    def remove(self, word: str) -> None:
        """No longer accept this word."""
        self._rows.execute("DELETE FROM personal_words WHERE word = ?", [word])
