"""Letters, the challenges each paragraph came from (sources) and the kept versions of each letter."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from followup_desktop.core.clock import YEARS_TEXT, text_in_years
from followup_desktop.core.models.letters import (
    LETTER_KINDS,
    SENT_CHANNELS,
    VERSION_REASONS,
    BodyChange,
    Letter,
    LetterSource,
    LetterVersion,
)
from followup_desktop.core.store.errors import ValidationError
from followup_desktop.core.store.interviews import Interviews
from followup_desktop.core.store.rows import Rows, check_choice, clean_text, new_id
from followup_desktop.core.store.tracker import Tracker


class Letters:
    """The letters, letter_sources and letter_versions tables (store.letters)."""

    def __init__(self, rows: Rows, interviews: Interviews, tracker: Tracker) -> None:
        self._rows = rows
        self._interviews = interviews
        self._tracker = tracker

    def add(
        self,
        interview_id: str,
        kind: str = "thank-you",
        recipient_id: str | None = None,
        subject: str = "",
        body: str = "",
        sources: Iterable[tuple[str, str]] = (),
    ) -> Letter:
        """Create a letter with the (challenge id, paragraph text) pairs it was built from."""
        check_choice(kind, LETTER_KINDS, "letter kind")
        self._interviews.get(interview_id)
        with self._rows.atomic():
            letter = self._rows.insert(
                Letter(
                    id=new_id(),
                    interview_id=interview_id,
                    kind=kind,
                    recipient_id=recipient_id or None,
                    subject=clean_text(subject),
                    body=clean_text(body),
                )
            )
            self.set_sources(letter.id, sources)
        return letter

    def get(self, letter_id: str) -> Letter:
        """One letter; NotFoundError when there is none with this id."""
        return self._rows.get(Letter, letter_id)

    def ids_starting(self, prefix: str) -> list[str]:
        """The id equal to `prefix` if there is one, else every id that starts with it, oldest first.

        As git takes a commit by the start of its id: ASCII case is ignored only when no id starts
        with `prefix` exactly as typed (ids are lower-case UUIDs; an imported one may be any text).
        """
        if not prefix:
            return []
        for where in ("id = ?", "substr(id, 1, ?) = ?", "lower(substr(id, 1, ?)) = lower(?)"):
            params = [prefix] if where == "id = ?" else [len(prefix), prefix]
            rows = self._rows.select(f"SELECT id FROM letters WHERE {where} ORDER BY created_at, rowid", params)
            if rows:
                return [row["id"] for row in rows]
        return []

    def all(self, interview_id: str) -> list[Letter]:
        """An interview's letters, oldest first."""
        return self._rows.fetch(Letter, "interview_id = ?", [interview_id])

    def update(self, letter_id: str, **changes: Any) -> Letter:
        """Change kind, recipient or subject (the body goes through save_body)."""
        if "kind" in changes:
            check_choice(changes["kind"], LETTER_KINDS, "letter kind")
        if "body" in changes:
            return self.save_body(letter_id, changes.pop("body"), **changes)
        return self._rows.update(Letter, letter_id, changes)

    def save_body(self, letter_id: str, body: str, **changes: Any) -> Letter:
        """Store a new body and move each source's anchor to the paragraph it now matches."""
        body = clean_text(body)
        with self._rows.atomic():
            letter = self._rows.update(Letter, letter_id, {**changes, "body": body})
            sources = self.sources(letter_id)
            if sources:
                from followup_desktop.core.text.provenance import match_sources, paragraphs_of

                paragraphs = paragraphs_of(body)
                found = match_sources(((s.id, s.anchor) for s in sources), paragraphs)
                for source in sources:
                    index = found.get(source.id)
                    if index is not None and paragraphs[index] != source.anchor:
                        self._rows.update(LetterSource, source.id, {"anchor": paragraphs[index]})
        return letter

    def delete(self, letter_id: str) -> None:
        """Delete a letter with its sources and versions."""
        self.get(letter_id)
        self._rows.execute("DELETE FROM letters WHERE id = ?", [letter_id])

    def mark_sent(self, letter_id: str, sent_at: str, channel: str) -> Letter:
        """Record that the letter went out (when, how), keep a version of what was sent and log the
        contact with its company, in one transaction."""
        check_choice(channel, SENT_CHANNELS, "channel")
        if not text_in_years(sent_at):
            raise ValidationError(f"The sending date must be a date {YEARS_TEXT}.")
        with self._rows.atomic():
            letter = self._rows.update(
                Letter, letter_id, {"status": "sent", "sent_at": sent_at, "sent_channel": channel}
            )
            self.add_version(letter_id, "sent")
            self._tracker.log_sent_letter(letter)
        return letter

    def unsent(self) -> list[Letter]:
        """Every letter not sent yet, of every interview, oldest first."""
        return self._rows.fetch(Letter, "status = 'draft'")

    def rewrite_unsent(self, rewrite: Callable[[Letter], str], only: Iterable[str] | None = None) -> list[BodyChange]:
        """Give each unsent letter (of `only`, if given) the body rewrite(letter) returns, all in one transaction.

        Returns the letters whose body changed, with both bodies, for undo_rewrite.
        """
        wanted = None if only is None else set(only)
        changes = []
        with self._rows.atomic():
            for letter in self.unsent():
                if wanted is not None and letter.id not in wanted:
                    continue
                body = rewrite(letter)
                if body != letter.body:
                    stored = self.save_body(letter.id, body)
                    changes.append(BodyChange(letter.id, letter.body, stored.body))
        return changes

    def undo_rewrite(self, changes: Iterable[BodyChange]) -> list[BodyChange]:
        """Put back the bodies before a rewrite, in one transaction; returns the changes it could not undo
        because the letter was edited, sent or deleted since (those stay as they are now)."""
        kept = []
        with self._rows.atomic():
            for change in changes:
                rows = self._rows.select("SELECT body, status FROM letters WHERE id = ?", [change.letter_id])
                if not rows or rows[0]["status"] != "draft" or rows[0]["body"] != change.after:
                    kept.append(change)
                    continue
                self.save_body(change.letter_id, change.before)
        return kept

    # ----------------------------------------------------------------- sources
    def sources(self, letter_id: str) -> list[LetterSource]:
        """The challenges the letter's paragraphs were built from."""
        return self._rows.fetch(LetterSource, "letter_id = ?", [letter_id])

    def set_sources(self, letter_id: str, sources: Iterable[tuple[str, str]]) -> None:
        """Link challenges to paragraphs (text); a challenge already linked moves to its new paragraph."""
        with self._rows.atomic():
            current = {s.challenge_id: s for s in self.sources(letter_id)}
            for challenge_id, anchor in sources:
                if challenge_id in current:
                    self._rows.update(LetterSource, current[challenge_id].id, {"anchor": anchor})
                else:
                    self._rows.insert(
                        LetterSource(
                            id=new_id(), letter_id=letter_id, challenge_id=challenge_id, anchor=clean_text(anchor)
                        )
                    )

    def source_id(self, letter_id: str, challenge_id: str) -> str | None:
        """The id of the source linking this letter and challenge, if any."""
        rows = self._rows.select(
            "SELECT id FROM letter_sources WHERE letter_id = ? AND challenge_id = ?", [letter_id, challenge_id]
        )
        return rows[0]["id"] if rows else None

    def remove_source(self, source_id: str) -> None:
        """Unlink a challenge from the letter."""
        self._rows.execute("DELETE FROM letter_sources WHERE id = ?", [source_id])

    # ----------------------------------------------------------------- versions
    def add_version(self, letter_id: str, reason: str = "manual") -> LetterVersion:
        """Snapshot the letter's current subject and body."""
        check_choice(reason, VERSION_REASONS, "version reason")
        letter = self.get(letter_id)
        return self._rows.insert(
            LetterVersion(id=new_id(), letter_id=letter_id, reason=reason, subject=letter.subject, body=letter.body)
        )

    def versions(self, letter_id: str) -> list[LetterVersion]:
        """A letter's versions, newest first."""
        return self._rows.fetch(LetterVersion, "letter_id = ?", [letter_id], order="created_at DESC, rowid DESC")

    def restore_version(self, version_id: str) -> Letter:
        """Put a version's text back, first keeping the current text as a version."""
        version = self._rows.get(LetterVersion, version_id)
        with self._rows.atomic():
            current = self.get(version.letter_id)
            if (current.body, current.subject) != (version.body, version.subject):
                self.add_version(current.id, "manual")
            return self.save_body(current.id, version.body, subject=version.subject)
