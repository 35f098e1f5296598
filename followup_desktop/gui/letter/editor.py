"""The composer's rich text editor: Markdown in and out, sanitised paste, no remote resources.

A stored body is shown through the exports' parser and written back only when the document
changed (letter_markdown): loading and saving without an edit gives back the same bytes."""

from __future__ import annotations

import logging
import re

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import (
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextListFormat,
)
from PySide6.QtWidgets import QMenu, QTextEdit

from followup_desktop.core.text.spans import utf16_offset
from followup_desktop.gui.letter import texts
from followup_desktop.gui.letter.markdown import document_markdown, fill_document

log = logging.getLogger(__name__)

MARKDOWN_MIME = "text/markdown"
_IMG_TAG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
_STYLE_BLOCKS = re.compile(r"<(style|script)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def sanitised_markdown_from_html(html: str) -> str:
    """Markdown keeping structure (paragraphs, bold, italic, lists, links) of pasted HTML; no
    colours, fonts or images survive, and nothing is fetched."""
    html = _STYLE_BLOCKS.sub("", _IMG_TAG.sub("", html))
    doc = _OfflineDocument()
    doc.setHtml(html)
    return document_markdown(doc)


def _document_of(fragment: QTextDocumentFragment) -> QTextDocument:
    doc = QTextDocument()
    QTextCursor(doc).insertFragment(fragment)
    return doc


class _OfflineDocument(QTextDocument):
    """A document that never loads an image or style sheet from anywhere."""

    def loadResource(self, kind, url):  # noqa: N802 - Qt API
        return None


class LetterEditor(QTextEdit):
    """Rich text editing of a letter body stored as CommonMark."""

    add_word_requested = Signal(str)  # "Add to dictionary" on a misspelled word

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("letterEditor")
        self.setAccessibleName(texts.EDITOR_NAME)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.spell = None  # a gui.spell.SpellHighlighter, set by the pane
        self._source = ""  # the body as stored
        self._shown = ""  # the document as loaded (its HTML: a cheap, exact picture of text and formats)

    # ------------------------------------------------------------------ markdown
    def set_markdown(self, markdown: str) -> None:
        """Show a body; the undo history starts here."""
        fill_document(self.document(), markdown or "", self.palette().link())
        self._source, self._shown = markdown or "", self.document().toHtml()
        self.document().clearUndoRedoStacks()
        self.document().setModified(False)

    def markdown(self) -> str:
        """The body as CommonMark: the stored text itself, unless the document changed since it was shown."""
        if self.document().toHtml() == self._shown:
            return self._source
        return document_markdown(self.document())

    # ------------------------------------------------------------------ no network, ever
    def loadResource(self, kind, url):  # noqa: N802 - Qt API
        return None

    # ------------------------------------------------------------------ clipboard
    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802 - Qt API
        fragment = self.textCursor().selection()
        mime = QMimeData()
        mime.setText(fragment.toPlainText())
        mime.setHtml(fragment.toHtml())
        mime.setData(MARKDOWN_MIME, document_markdown(_document_of(fragment)).encode("utf-8"))
        return mime

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802 - Qt API
        return source.hasText() or source.hasHtml() or source.hasFormat(MARKDOWN_MIME)

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 - Qt API
        try:
            if source.hasFormat(MARKDOWN_MIME):
                markdown = bytes(source.data(MARKDOWN_MIME)).decode("utf-8", "replace")
                self.insert_markdown(markdown)  # a picture shows as its description
            elif source.hasHtml():
                self.insert_markdown(sanitised_markdown_from_html(source.html()))
            elif source.hasText():
                self.textCursor().insertText(source.text(), QTextCharFormat())
        except Exception:  # a strange clipboard must never lose the letter
            log.exception("paste failed; inserting plain text")
            self.textCursor().insertText(source.text() if source.hasText() else "")
        self.ensureCursorVisible()

    def insert_markdown(self, markdown: str) -> None:
        """Insert Markdown at the cursor as formatted text."""
        doc = QTextDocument()
        fill_document(doc, markdown, self.palette().link())
        self.textCursor().insertFragment(QTextDocumentFragment(doc))

    # ------------------------------------------------------------------ formatting
    def toggle_bold(self) -> None:
        fmt = QTextCharFormat()
        bold = self.fontWeight() <= 500
        fmt.setFontWeight(700 if bold else 400)
        self.mergeCurrentCharFormat(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        """Make the current paragraphs a list of this style, or plain paragraphs again."""
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current and current.format().style() == style:
            block = cursor.block()
            for i in reversed(range(current.count())):
                item = current.item(i)
                if cursor.hasSelection() or item == block:
                    current.remove(item)
                    fmt = QTextBlockFormat(item.blockFormat())
                    fmt.setIndent(0)
                    QTextCursor(item).setBlockFormat(fmt)
        else:
            fmt = QTextListFormat()
            fmt.setStyle(style)
            cursor.createList(fmt)
        cursor.endEditBlock()

    def insert_link(self, url: str) -> None:
        """Make the selection (or the URL itself) a link."""
        cursor = self.textCursor()
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(url)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.palette().link())
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(url, fmt)
            cursor.setCharFormat(QTextCharFormat())
            self.setTextCursor(cursor)

    # ------------------------------------------------------------------ spelling menu
    def contextMenuEvent(self, event) -> None:  # noqa: N802 - Qt API
        menu = self.createStandardContextMenu(event.pos())
        hit = self.spell.word_at(self.cursorForPosition(event.pos())) if self.spell else None
        if hit:
            self._add_spelling_actions(menu, *hit)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def spelling_actions(self, position: int) -> list:
        """(label, callable) for the misspelled word at a document position (for tests and menus)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        hit = self.spell.word_at(cursor) if self.spell else None
        if not hit:
            return []
        menu = QMenu(self)
        self._add_spelling_actions(menu, *hit)
        return [a for a in menu.actions() if not a.isSeparator()]

    def _add_spelling_actions(self, menu: QMenu, start: int, end: int, word: str) -> None:
        first = menu.actions()[0] if menu.actions() else None
        suggestions = self.spell.speller.suggestions(word) if self.spell else []
        for suggestion in suggestions:
            action = menu.addAction(suggestion)
            action.triggered.connect(lambda _=False, s=suggestion: self._replace(start, end, s))
            menu.insertAction(first, action)
        if not suggestions:
            none = menu.addAction(texts.NO_SUGGESTIONS)
            none.setEnabled(False)
            menu.insertAction(first, none)
        add = menu.addAction(texts.ADD_WORD.format(word=word))
        add.triggered.connect(lambda _=False: self.add_word_requested.emit(word))
        menu.insertAction(first, add)
        if first:
            menu.insertSeparator(first)

    def _replace(self, start: int, end: int, text: str) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(text)


def select_span(editor: QTextEdit, start: int, end: int) -> None:
    """Select document positions start..end (UTF-16) and show them."""
    cursor = QTextCursor(editor.document())
    last = max(0, editor.document().characterCount() - 1)
    cursor.setPosition(min(start, last))
    cursor.setPosition(min(max(end, start), last), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    editor.ensureCursorVisible()
    editor.setFocus(Qt.FocusReason.OtherFocusReason)


def replace_greeting(editor: QTextEdit, old: str, new: str) -> bool:
    """Keep the greeting ("Dear <old>,") in step with a new recipient; True if the text changed."""
    first = editor.document().firstBlock()
    if not (first.text().startswith("Dear ") and old in first.text()):
        return False
    cursor = QTextCursor(first)
    start = first.text().index(old)
    cursor.setPosition(first.position() + utf16_offset(first.text(), start))
    cursor.setPosition(first.position() + utf16_offset(first.text(), start + len(old)), QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText(new)
    return True
