"""Spell-check underlines for the letter editor (detachable, so printing never shows them)."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument

from followup_desktop.core.letters import spelling
from followup_desktop.core.text.spans import str_index, utf16_offset
from followup_desktop.gui.common.theme import tone

log = logging.getLogger(__name__)


class SpellHighlighter(QSyntaxHighlighter):
    """Red wavy underlines under misspelled words; quiet until the dictionary has loaded."""

    def __init__(self, document: QTextDocument, speller: spelling.Speller) -> None:
        super().__init__(document)
        self._document = document
        self.speller = speller
        self.ready = False
        self.enabled = True
        self.busy = False  # True while re-underlining: the document signals a change that is no edit
        self.format = QTextCharFormat()
        self.format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)

    def set_speller(self, speller: spelling.Speller) -> None:
        """Check with another language or word list from now on."""
        self.speller = speller
        if self.ready:
            self.rehighlight()

    def set_ready(self) -> None:
        """The dictionary has loaded: underline the whole letter."""
        self.ready = True
        if self.document() is not None:
            self.rehighlight()

    def rehighlight(self) -> None:
        """Underline the whole document again."""
        self.busy = True
        try:
            super().rehighlight()
        finally:
            self.busy = False

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt API
        if not (self.ready and self.enabled) or not text:
            return
        self.format.setUnderlineColor(tone("error"))  # the theme's red, legible on its background
        for start, end, _ in self.speller.misspelled(text):
            s, e = utf16_offset(text, start), utf16_offset(text, end)
            self.setFormat(s, e - s, self.format)

    def word_at(self, cursor: QTextCursor) -> tuple[int, int, str] | None:
        """(start, end, word) in document positions of the misspelled word under the cursor."""
        if not self.ready or self.document() is None:
            return None
        block = cursor.block()
        text = block.text()
        column = str_index(text, cursor.position() - block.position())
        for start, end, word in self.speller.misspelled(text):
            if start <= column <= end:
                return (block.position() + utf16_offset(text, start), block.position() + utf16_offset(text, end), word)
        return None

    def detach(self) -> None:
        """Remove every underline (for printing or export)."""
        self.setDocument(None)

    def attach(self) -> None:
        """Underline again after detach()."""
        self.setDocument(self._document)
        self.rehighlight()

    @contextmanager
    def detached(self) -> Iterator[None]:
        """No underlines inside the block (print, PDF, grab)."""
        self.detach()
        try:
            yield
        finally:
            self.attach()


class DictionaryLoader(QObject):
    """Loads a spelling language on a worker thread and says when it is ready."""

    loaded = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._threads: dict[str, threading.Thread] = {}
        self._done: set[str] = set()
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._check)

    def load(self, language: str) -> None:
        """Start loading (once per language); emits loaded(language) on the GUI thread."""
        if language in self._done:
            self.loaded.emit(language)
            return
        if language not in self._threads:
            thread = threading.Thread(target=self._run, args=(language,), name=f"spelling-{language}", daemon=True)
            self._threads[language] = thread
            thread.start()
        self._poll.start()

    @staticmethod
    def _run(language: str) -> None:
        try:
            spelling.preload(language)
        except Exception:  # the letter works without spell checking
            log.exception("loading the %s dictionary failed", language)

    def _check(self) -> None:
        for language, thread in list(self._threads.items()):
            if not thread.is_alive():
                del self._threads[language]
                self._done.add(language)
                self.loaded.emit(language)
        if not self._threads:
            self._poll.stop()


def speller_for(language: str, personal: Iterable[str], ignore: Iterable[str]) -> spelling.Speller:
    """A speller for the settings' language, falling back to US English.

    Switching interviews asks for one each time; with thousands of names in the data, building
    the word sets is the slow part, so the last speller is reused while its inputs are the same.
    """
    if language not in spelling.LANGUAGES:
        language = "en_US"
    key = (language, tuple(personal), tuple(ignore))
    if _last_speller and _last_speller[0] == key:
        return _last_speller[1]
    speller = spelling.Speller(language, personal_words=key[1], ignore_words=key[2])
    _last_speller[:] = [key, speller]
    return speller


_last_speller: list = []
