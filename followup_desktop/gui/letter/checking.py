"""The Letter pane's checks, provenance markers and spell-check underlines, kept off the switching path.

Showing a letter only sets its text. What the checks compare it with (the interview's names,
quotes, notes, plan; the names the speller accepts) is read afterwards, by a short single-shot
timer that every switch restarts and that only does its work while the pane is on screen: flicking
through interviews never computes the checks of a letter no longer shown, and a hidden pane
computes nothing until it is shown. The moment a letter is shown, the previous letter's findings
and markers are cleared, so stale results never appear. Typing re-runs the checks 300 ms after
the last key; ``run_now()`` does everything at once for commands that need fresh results.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QObject, QTimer

from followup_desktop.core.letters import context as letter_context
from followup_desktop.core.letters.checks import run_checks
from followup_desktop.core.letters.checks.base import ERROR
from followup_desktop.gui.common import dialogs
from followup_desktop.gui.letter import texts
from followup_desktop.gui.letter.sources import map_paragraphs
from followup_desktop.gui.letter.spell import DictionaryLoader, SpellHighlighter, speller_for

log = logging.getLogger(__name__)

CHECKS_MS = 300  # after the last keystroke
SHOWN_MS = 100  # after a letter is shown on screen: long enough to skip letters flicked past


class LetterChecking(QObject):
    """Owns the check context, the debounced and deferred check timers, the speller and its loader.

    `pane` is the widget whose showing starts deferred checks; `session` says which letter is shown;
    `composer` holds the editor, the checks panel, the margin and the sources list.
    """

    def __init__(self, pane, session, composer) -> None:
        super().__init__(pane)
        self.pane, self.session, self.composer = pane, session, composer
        self.ctx = None  # the CheckContext of the shown letter; None until read
        self.sources: list = []  # (Challenge, anchor) of the shown letter
        self.speakers: dict[str, str] = {}
        self.pending = False  # a shown letter still waits for its checks
        self.timer = QTimer(self, singleShot=True, interval=CHECKS_MS, timeout=self.run_now)
        self.deferred = QTimer(self, singleShot=True, interval=SHOWN_MS, timeout=self._deferred_due)
        self.loader = DictionaryLoader(self)
        self.loader.loaded.connect(self._dictionary_loaded)
        editor = composer.editor
        self.spell = SpellHighlighter(editor.document(), speller_for(session.prefs.spelling_language, [], []))
        editor.spell = self.spell
        pane.installEventFilter(self)

    # ------------------------------------------------------------------ switching
    def forget(self) -> None:
        """A letter (or none) is about to be shown: drop what was computed for the previous one."""
        self.timer.stop()
        self.deferred.stop()
        self.pending = False
        self.ctx, self.sources, self.speakers = None, [], {}
        self.spell.enabled = False  # no underlining while the new text is set; back on with the checks
        self.composer.checks.show_pending()
        self.composer.margin.set_infos([], {})
        self.composer.sources.show_infos([], {})

    def schedule(self) -> None:
        """The shown letter wants its checks: soon, and only once the pane is on screen."""
        self.pending = self.session.letter is not None
        if self.pending and self.pane.isVisible():
            self.deferred.start()

    def load_dictionary(self, language: str) -> None:
        """Start loading the spelling language on a worker thread (once)."""
        self.loader.load(language)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt API
        if obj is self.pane and event.type() == QEvent.Type.Show and self.pending:
            self.deferred.start()  # the tab (or the window) came on screen with a letter waiting
        return False

    def _deferred_due(self) -> None:
        if self.pending and self.pane.isVisible():  # hidden: the next Show event starts the timer again
            self.run_now()

    # ------------------------------------------------------------------ the work
    def load_context(self) -> None:
        """Re-read what the checks, speller and provenance compare the letter with."""
        session, store = self.session, self.session.store
        letter = session.letter
        self.ctx = letter_context.check_context(store, letter, session.prefs)
        challenges = {c.id: c for c in store.challenges.all(letter.interview_id)}
        self.sources = [
            (challenges[s.challenge_id], s.anchor)
            for s in store.letters.sources(letter.id)
            if s.challenge_id in challenges
        ]
        self.speakers = session.contact_names()
        # the user's own words (notes, plan, experience, profile) are never spelling mistakes
        speller = speller_for(
            session.prefs.spelling_language, store.dictionary.words(), letter_context.speller_words(store, self.ctx)
        )
        self.spell.enabled = True
        self.spell.set_speller(speller)  # underlines the letter again once the dictionary is ready

    def ensure_context(self) -> None:
        """Read the context now if the shown letter has none yet (commands that need it)."""
        if self.session.letter is not None and self.ctx is None:
            self.load_context()

    def run_now(self) -> None:
        """Run the checks and re-match the provenance markers for the shown letter, now."""
        self.timer.stop()
        self.deferred.stop()
        self.pending = False
        composer = self.composer
        if self.session.letter is None:
            return
        self.ensure_context()
        composer.checks.show_findings(run_checks(composer.editor.toPlainText(), self.ctx))
        infos = map_paragraphs(composer.editor, self.sources)
        composer.margin.set_infos(infos, self.speakers)
        composer.sources.show_infos(infos, self.speakers)

    def ready_to_send(self, go_on: str) -> bool:
        """True when the shown letter has no error left, or the user chose to go on (`go_on`) anyway.

        An export, a print or "Mark as sent" with «your name» or another error still in it is asked
        about first: a letter goes out as it is.
        """
        if self.session.letter is None:
            return True
        self.ensure_context()
        text = self.composer.editor.toPlainText()
        errors = [f for f in run_checks(text, self.ctx) if f.severity == ERROR]
        if not errors:
            return True
        listed = "\n".join(_item(f, text) for f in errors[:3])
        more = texts.NOT_READY_MORE.format(count=len(errors) - 3) if len(errors) > 3 else ""
        question = (texts.NOT_READY_ONE if len(errors) == 1 else texts.NOT_READY).format(
            count=len(errors), listed=listed + more
        )
        return dialogs.confirm(self.pane, texts.NOT_READY_TITLE, question, go_on)

    def _dictionary_loaded(self, language: str) -> None:
        if language == self.spell.speller.language and not self.spell.ready:
            self.spell.set_ready()


def _item(finding, text: str) -> str:
    """One error as listed in the question, with the words it is about when the message lacks them."""
    words = " ".join(text[finding.start : finding.end].split()) if 0 <= finding.start < finding.end else ""
    if not words or words in finding.message:
        return texts.NOT_READY_ITEM.format(message=finding.message)
    return texts.NOT_READY_ITEM_AT.format(message=finding.message, words=words[:80])
