"""Selecting what a search found inside a text editor (the letter editor, the plan's research)."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QTextEdit


def select_text(editor: QTextEdit | QPlainTextEdit, text: str) -> bool:
    """Select the first occurrence of text (any case) and scroll to it; else its first word; False if neither."""
    document = editor.document()
    words = text.split()
    for needle in (" ".join(words), words[0] if words else ""):
        if not needle:
            continue
        cursor = document.find(needle, 0)
        if not cursor.isNull():
            editor.setTextCursor(cursor)
            editor.ensureCursorVisible()
            return True
    return False
