"""Letters, their sources and versions, the sender's profile and settings."""

from __future__ import annotations

import logging
from dataclasses import asdict, fields
from typing import Any, Iterable

from followup_desktop.core.clock import YEARS_TEXT, text_in_years
from followup_desktop.core.letter_models import (
    LETTER_KINDS,
    SENT_CHANNELS,
    VERSION_REASONS,
    Letter,
    LetterPrefs,
    LetterSource,
    LetterVersion,
    Profile,
)
from followup_desktop.core.store_base import ValidationError, check_choice, check_lengths, clean_text, new_id

log = logging.getLogger(__name__)

PROFILE_KEY, PREFS_KEY = "profile", "letter_prefs"
MAX_WORD_LEN = 100


def _from_json(cls: type, text: str | None) -> Any:
    """A dataclass from stored JSON, ignoring unknown keys and bad values."""
    import json  # here, not at module level: json is not needed before the window's first paint

    try:
        data = json.loads(text) if text else {}
    except ValueError:
        log.warning("stored %s settings are not JSON; using defaults", cls.__name__)
        data = {}
    names = {f.name for f in fields(cls)}
    obj = cls(**{k: v for k, v in data.items() if k in names}) if isinstance(data, dict) else cls()
    return obj


class LetterStore:
    """Store mixin; relies on BaseStore's helpers (_rows, _get, _list, _insert, _update, atomic)."""

    # ----------------------------------------------------------------- letters
    def add_letter(self, interview_id: str, kind: str = "thank-you", recipient_id: str | None = None,
                   subject: str = "", body: str = "",
                   sources: Iterable[tuple[str, str]] = ()) -> Letter:
        """Create a letter with the (challenge id, paragraph text) pairs it was built from."""
        check_choice(kind, LETTER_KINDS, "letter kind")
        self.get_interview(interview_id)
        with self.atomic():
            letter = self._insert(Letter(id=new_id(), interview_id=interview_id, kind=kind,
                                         recipient_id=recipient_id or None, subject=clean_text(subject),
                                         body=clean_text(body)))
            self.set_letter_sources(letter.id, sources)
        return letter

    def get_letter(self, letter_id: str) -> Letter:
        return self._get(Letter, letter_id)

    def list_letters(self, interview_id: str) -> list[Letter]:
        """An interview's letters, oldest first."""
        return self._list(Letter, "interview_id = ?", [interview_id])

    def update_letter(self, letter_id: str, **changes: Any) -> Letter:
        """Change kind, recipient or subject (the body goes through save_letter_body)."""
        if "kind" in changes:
            check_choice(changes["kind"], LETTER_KINDS, "letter kind")
        if "body" in changes:
            return self.save_letter_body(letter_id, changes.pop("body"), **changes)
        return self._update(Letter, letter_id, changes)

    def save_letter_body(self, letter_id: str, body: str, **changes: Any) -> Letter:
        """Store a new body and move each source's anchor to the paragraph it now matches."""
        body = clean_text(body)
        with self.atomic():
            letter = self._update(Letter, letter_id, {**changes, "body": body})
            sources = self.list_letter_sources(letter_id)
            if sources:
                from followup_desktop.core.provenance import match_sources, paragraphs_of

                paragraphs = paragraphs_of(body)
                found = match_sources(((s.id, s.anchor) for s in sources), paragraphs)
                for source in sources:
                    index = found.get(source.id)
                    if index is not None and paragraphs[index] != source.anchor:
                        self._update(LetterSource, source.id, {"anchor": paragraphs[index]})
        return letter

    def delete_letter(self, letter_id: str) -> None:
        """Delete a letter with its sources and versions."""
        self.get_letter(letter_id)
        self.db.execute("DELETE FROM letters WHERE id = ?", [letter_id])

    def mark_letter_sent(self, letter_id: str, sent_at: str, channel: str) -> Letter:
        """Record that the letter went out (when, how) and keep a version of what was sent."""
        check_choice(channel, SENT_CHANNELS, "channel")
        if not text_in_years(sent_at):
            raise ValidationError(f"The sending date must be a date {YEARS_TEXT}.")
        with self.atomic():
            letter = self._update(Letter, letter_id, {"status": "sent", "sent_at": sent_at, "sent_channel": channel})
            self.add_letter_version(letter_id, "sent")
        return letter

    # ----------------------------------------------------------------- sources
    def list_letter_sources(self, letter_id: str) -> list[LetterSource]:
        return self._list(LetterSource, "letter_id = ?", [letter_id])

    def set_letter_sources(self, letter_id: str, sources: Iterable[tuple[str, str]]) -> None:
        """Link challenges to paragraphs (text); a challenge already linked moves to its new paragraph."""
        with self.atomic():
            current = {s.challenge_id: s for s in self.list_letter_sources(letter_id)}
            for challenge_id, anchor in sources:
                if challenge_id in current:
                    self._update(LetterSource, current[challenge_id].id, {"anchor": anchor})
                else:
                    self._insert(LetterSource(id=new_id(), letter_id=letter_id, challenge_id=challenge_id,
                                              anchor=clean_text(anchor)))

    def letter_source_id(self, letter_id: str, challenge_id: str) -> str | None:
        """The id of the source linking this letter and challenge, if any."""
        rows = self._rows("SELECT id FROM letter_sources WHERE letter_id = ? AND challenge_id = ?",
                          [letter_id, challenge_id])
        return rows[0]["id"] if rows else None

    def remove_letter_source(self, source_id: str) -> None:
        self.db.execute("DELETE FROM letter_sources WHERE id = ?", [source_id])

    # ----------------------------------------------------------------- versions
    def add_letter_version(self, letter_id: str, reason: str = "manual") -> LetterVersion:
        """Snapshot the letter's current subject and body."""
        check_choice(reason, VERSION_REASONS, "version reason")
        letter = self.get_letter(letter_id)
        return self._insert(LetterVersion(id=new_id(), letter_id=letter_id, reason=reason,
                                          subject=letter.subject, body=letter.body))

    def list_letter_versions(self, letter_id: str) -> list[LetterVersion]:
        """A letter's versions, newest first."""
        return self._list(LetterVersion, "letter_id = ?", [letter_id], order="created_at DESC, rowid DESC")

    def restore_letter_version(self, version_id: str) -> Letter:
        """Put a version's text back, first keeping the current text as a version."""
        version = self._get(LetterVersion, version_id)
        with self.atomic():
            current = self.get_letter(version.letter_id)
            if (current.body, current.subject) != (version.body, version.subject):
                self.add_letter_version(current.id, "manual")
            return self.save_letter_body(current.id, version.body, subject=version.subject)

    # ----------------------------------------------------------------- personal dictionary
    def list_personal_words(self) -> list[str]:
        return [r["word"] for r in self._rows("SELECT word FROM personal_words ORDER BY word")]

    def add_personal_word(self, word: str) -> None:
        """Accept this word in spell checking from now on."""
        word = clean_text(word).strip()
        if not word or len(word) > MAX_WORD_LEN or any(ch.isspace() for ch in word):
            raise ValidationError("A dictionary word must be one word.")
        self.db.execute("INSERT OR IGNORE INTO personal_words (word, created_at) VALUES (?, ?)", [word, self.now()])

    def remove_personal_word(self, word: str) -> None:
        self.db.execute("DELETE FROM personal_words WHERE word = ?", [word])

    # ----------------------------------------------------------------- profile and preferences
    def _setting(self, key: str) -> str | None:
        rows = self._rows("SELECT value FROM settings WHERE key = ?", [key])
        return rows[0]["value"] if rows else None

    def _put_setting(self, key: str, obj: Any) -> Any:
        import json

        row = asdict(obj)
        row["updated_at"] = row.get("updated_at") or self.now()
        text = clean_text(json.dumps(row, ensure_ascii=False))  # an imported lone surrogate becomes U+FFFD
        self.db.execute(
            "INSERT INTO settings (key, value, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
            [key, text, row["updated_at"]])
        return type(obj)(**json.loads(text))

    def get_profile(self) -> Profile:
        """The sender's profile (defaults when never saved)."""
        profile = _from_json(Profile, self._setting(PROFILE_KEY))
        profile.address_lines = [str(x) for x in profile.address_lines or [] if isinstance(x, str)]
        return profile

    def save_profile(self, profile: Profile) -> Profile:
        cleaned = Profile(**{k: clean_text(v) if isinstance(v, str) else v for k, v in asdict(profile).items()})
        cleaned.address_lines = [clean_text(line) for line in cleaned.address_lines if line.strip()]
        check_lengths("profile", asdict(cleaned))
        cleaned.updated_at = self.now()
        return self._put_setting(PROFILE_KEY, cleaned)

    def get_letter_prefs(self) -> LetterPrefs:
        """Letter preferences (defaults when never saved)."""
        return _from_json(LetterPrefs, self._setting(PREFS_KEY))

    def save_letter_prefs(self, prefs: LetterPrefs) -> LetterPrefs:
        prefs = LetterPrefs(**asdict(prefs))
        check_lengths("letter_prefs", asdict(prefs))
        prefs.updated_at = self.now()
        return self._put_setting(PREFS_KEY, prefs)

    def put_profile_as_is(self, profile: Profile) -> Profile:
        """Store a profile keeping its own updated_at (bundle import)."""
        return self._put_setting(PROFILE_KEY, profile)

    def put_letter_prefs_as_is(self, prefs: LetterPrefs) -> LetterPrefs:
        """Store preferences keeping their own updated_at (bundle import)."""
        return self._put_setting(PREFS_KEY, prefs)
