"""The story bank: reusable experiences (title, situation, action, result, tags) across interviews."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.store import StoreError
from followup_desktop.core.store.errors import WriteError
from followup_desktop.core.store.stories import STORY_FIELDS
from followup_desktop.gui.common.autosaver import Autosaver
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.notes import texts
from followup_desktop.gui.notes.model import one_line
from followup_desktop.gui.notes.view import plain_text

ID_ROLE = Qt.ItemDataRole.UserRole + 1


class StoryBank(QWidget):
    """storyBank: pick a story on the left, edit it on the right; saved as you type."""

    changed = Signal()
    deleted = Signal(object, list)  # Story, challenge ids that linked it: for undo
    status = Signal(str)

    def __init__(self, store, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("storyBank")
        self.store = store
        self._current: str | None = None
        self.loaded = False  # read from the store at least once (stories belong to no interview)
        self.list = QListWidget()
        self.list.setObjectName("storyList")
        self.list.setAccessibleName(texts.STORIES_NAME)
        self.list.currentItemChanged.connect(self._show)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        form = QFormLayout()
        for name in STORY_FIELDS:
            edit = QLineEdit() if name in ("title", "tags") else QPlainTextEdit()
            edit.setObjectName("story" + name.capitalize())
            edit.setAccessibleName(texts.STORY_FIELD_NAMES.get(name, name))
            if isinstance(edit, QPlainTextEdit):
                edit.setTabChangesFocus(True)
            edit.textChanged.connect(self._typed)
            self.fields[name] = edit
            form.addRow(texts.STORY_FIELDS.get(name, name), edit)
        self.fields["tags"].setPlaceholderText(texts.TAGS_HINT)
        new, delete = QPushButton(texts.NEW_STORY), QPushButton(texts.DELETE_STORY)
        new.setObjectName("newStory")
        delete.setObjectName("deleteStory")
        new.clicked.connect(self.new_story)
        delete.clicked.connect(self.delete_current)
        self.autosaver = Autosaver(self, self._write, self._typed_values, describe=_describe)
        self.autosaver.refused.connect(self._not_saved)
        buttons = QHBoxLayout()
        buttons.addWidget(new)
        buttons.addWidget(delete)
        left = QVBoxLayout()
        left.addWidget(self.list)
        left.addLayout(buttons)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(left, 2)
        layout.addLayout(form, 3)
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for edit in self.fields.values():
            edit.setEnabled(on)

    def load(self, select: str | None = None) -> None:
        """Re-read the bank from the store."""
        self.flush()
        select = select or self._current
        self.list.blockSignals(True)
        self.list.clear()
        for story in self.store.stories.all():
            item = QListWidgetItem(one_line(story.title, 80))
            item.setData(ID_ROLE, story.id)
            self.list.addItem(item)
            if story.id == select:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self.loaded = True
        self._show()

    def _show(self, *_):
        item = self.list.currentItem()
        story = self.store.stories.get(item.data(ID_ROLE)) if item else None
        self._current = None
        typed = self.autosaver.show(story.id if story else None) or {}  # the shown story's edits are written first
        for name, edit in self.fields.items():
            value = typed.get(name, getattr(story, name)) if story else ""
            edit.setText(value) if isinstance(edit, QLineEdit) else edit.setPlainText(value)
        self._set_enabled(story is not None)
        self._current = story.id if story else None

    def _typed(self, *_):
        if self._current:
            self.autosaver.changed()

    def flush(self) -> None:
        """Save pending edits of the shown story."""
        self.autosaver.flush()

    def _typed_values(self, _story_id: str) -> dict:
        """The shown story's fields as typed."""
        values = {n: e.text() if isinstance(e, QLineEdit) else plain_text(e) for n, e in self.fields.items()}
        if not values["title"].strip():
            values.pop("title")  # keep the old title rather than refuse everything else
        return values

    def _write(self, story_id: str, values: dict) -> None:
        story = self.store.stories.update(story_id, **values)
        for row in range(self.list.count()):  # the story's own row: another may be selected by now
            if self.list.item(row).data(ID_ROLE) == story.id:
                self.list.item(row).setText(one_line(story.title, 80))
        self.changed.emit()

    def _not_saved(self, _story_id: str, exc: StoreError) -> None:
        """The words stay on screen, and come back when the story is shown again."""
        self.status.emit(str(exc) if isinstance(exc, WriteError) else texts.STORY_NOT_SAVED.format(error=exc))

    def _refused(self, what: str, exc: StoreError) -> None:
        log_failure(what, exc)
        self.status.emit(failure_text(what, exc))

    def new_story(self) -> None:
        """Add an untitled story and start editing its title."""
        try:
            story = self.store.stories.add(texts.NEW_STORY)
        except StoreError as exc:
            self._refused(texts.STORY_NOT_ADDED, exc)
            return
        self.load(select=story.id)
        self.fields["title"].setFocus()
        self.fields["title"].selectAll()
        self.changed.emit()

    def delete_current(self) -> None:
        """Delete the shown story (undoable from the notes list with Ctrl+Z)."""
        if not self._current:
            return
        self.flush()  # typed words are stored (or kept on screen) before the story goes
        try:
            story, linked = self.store.stories.delete(self._current)
        except StoreError as exc:
            self._refused(texts.STORY_NOT_DELETED, exc)
            return
        self._current = None  # words the store refused stay kept: undoing the deletion shows them again
        self.load()
        self.deleted.emit(story, linked)
        self.changed.emit()


def _describe(_story_id: str, values: dict) -> list[tuple[str, str]]:
    """A story's unsaved fields for the close guard."""
    title = texts.UNSAVED_STORY.format(title=values.get("title") or texts.UNTITLED)
    return [(title, "\n\n".join(str(x) for x in values.values() if x))]
