"""An ordered, editable list of plan items (objectives, questions or points) with its add field.

Edit in place (F2, double-click), add with Enter in the field below, reorder with Alt+Up/Down
or drag, delete with Del and bring back with Ctrl+Z. Answered and carried-over questions are
marked in words, not by colour alone. Points show gentle prompts the user writes over.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QEvent, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.models import PlanItem
from followup_desktop.core.store import StoreError
from followup_desktop.gui.common.theme import tone
from followup_desktop.gui.common.widgets import tip_text
from followup_desktop.gui.common.write_failures import failure_text, log_failure
from followup_desktop.gui.plan import texts

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
STATE_ROLE = Qt.ItemDataRole.UserRole + 1  # "answered", "carried" or ""
PROMPT_ROLE = Qt.ItemDataRole.UserRole + 2  # the prompt of a not-yet-written point
TEXT_ROLE = Qt.ItemDataRole.UserRole + 3  # the full text (what is shown is derived from it)
SHOWN_CHARS = 400  # longer items are shortened on screen only; the editor holds every character


def _shown(text: str, number: int = 0) -> str:
    """The row's words on screen: one line, shortened, numbered when asked."""
    line = " ".join(text[: SHOWN_CHARS + 200].split())
    if len(line) > SHOWN_CHARS:
        line = line[:SHOWN_CHARS] + "…"
    return texts.NUMBERED.format(number=number, text=line) if number else line


class ItemDelegate(QStyledItemDelegate):
    """Edits the full text (the row shows a numbered, shortened, marked copy); opens prompts empty.

    Painting stays in C++: a Python initStyleOption runs for every row on every paint.
    """

    def __init__(self, owner: "PlanList") -> None:
        super().__init__(owner.view)
        self.owner = owner

    def setEditorData(self, editor: QLineEdit, index: QModelIndex) -> None:  # noqa: N802 - Qt API
        editor.setMaxLength(2**31 - 1)
        prompt = index.data(PROMPT_ROLE)
        editor.setText("" if prompt else str(index.data(TEXT_ROLE) or ""))
        editor.setPlaceholderText(prompt or "")

    def setModelData(self, editor: QLineEdit, model, index: QModelIndex) -> None:  # noqa: N802 - Qt API
        self.owner.commit_edit(index.row(), editor.text())


class ItemView(QListWidget):
    """The list itself: keyboard reordering, delete and undo-delete."""

    def __init__(self, owner: "PlanList") -> None:
        super().__init__()
        self.owner = owner
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # another theme: the prompts' grey follows it
            for row in range(self.count()):
                if self.item(row).data(PROMPT_ROLE):
                    self.item(row).setForeground(tone("muted", self.palette()))

    def event(self, event) -> bool:
        # Ctrl+Z here undoes the last delete in this list, before the window's own Ctrl+Z; F2 edits
        # the item in place, before the window's F2 (Edit the interview).
        if event.type() == QEvent.Type.ShortcutOverride and (
            (event.matches(QKeySequence.StandardKey.Undo) and self.owner.undo_stack)
            or (
                event.key() == Qt.Key.Key_F2
                and not event.modifiers()
                and self.currentItem() is not None
                and self.state() != self.State.EditingState
            )
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.owner.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.state() != self.State.EditingState:
            self.owner.delete_current()
        elif event.matches(QKeySequence.StandardKey.Undo) or (
            event.key() == Qt.Key.Key_Z and event.modifiers() == Qt.KeyboardModifier.ControlModifier
        ):
            self.owner.undo_delete()
        else:
            super().keyPressEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().dropEvent(event)
        self.owner.save_order()


class PlanList(QWidget):
    """One kind of plan item for one interview, written straight to the store."""

    changed = Signal(str)  # what happened, for the status bar
    failed = Signal(str)  # a change the store refused, in plain words (the list shows what is stored)

    def __init__(
        self,
        store,
        kind: str,
        name: str,
        accessible: str,
        add_hint: str,
        numbered: bool = False,
        prompts: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.store, self.kind, self.numbered, self.prompts = store, kind, numbered, prompts
        self.interview_id: str | None = None
        self.undo_stack: list = []  # DeletedPlanItem, newest last
        self._added_unshown: tuple[str, PlanItem] | None = None  # written over a prompt, shown next
        self._typed: dict[str, str] = {}  # interview id -> words left in the add field when another was shown
        self.just_added: str | None = None  # text just added with Enter (the completer may repeat it)
        self.view = ItemView(self)
        self.view.setObjectName(name)
        self.view.setAccessibleName(accessible)
        self.view.setItemDelegate(ItemDelegate(self))
        self.add_edit = QLineEdit()
        self.add_edit.setMaxLength(2**31 - 1)
        self.add_edit.setObjectName(name + "Add")
        self.add_edit.setAccessibleName(texts.ADD_TO.format(list=accessible.lower()))
        self.add_edit.setPlaceholderText(add_hint)
        self.add_edit.returnPressed.connect(self._add_typed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addWidget(self.add_edit)

    # ----------------------------------------------------------------- showing
    def load(self, interview_id: str | None, answered: set[str] = frozenset(), keep_undo: bool = False) -> None:
        """Show this interview's items of our kind."""
        if interview_id != self.interview_id:
            if not keep_undo:
                self.undo_stack.clear()
            self._swap_typed(interview_id)
        self.interview_id = interview_id
        items = self.store.plans.items(interview_id, self.kind) if interview_id else []
        self.show_items(items, answered)

    def show_items(self, items: list[PlanItem], answered: set[str] = frozenset(), current: str | None = None) -> None:
        view = self.view
        view.setUpdatesEnabled(False)
        view.clear()
        for number, item in enumerate(items, 1):
            row = QListWidgetItem()
            state = "answered" if item.id in answered else ("carried" if item.carried_over else "")
            shown = _shown(item.text, number if self.numbered else 0) + texts.MARKS.get(state, "")
            row.setData(ID_ROLE, item.id)
            row.setData(TEXT_ROLE, item.text)
            row.setData(STATE_ROLE, state)
            row.setData(Qt.ItemDataRole.DisplayRole, shown)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, shown)
            if len(item.text) > SHOWN_CHARS:
                row.setToolTip(tip_text(item.text[: 4 * SHOWN_CHARS]))
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsEditable)
            view.addItem(row)
            if item.id == current:
                view.setCurrentItem(row)
        for prompt in self.prompts[len(items) :] if self.interview_id else ():
            row = QListWidgetItem(prompt)
            row.setData(PROMPT_ROLE, prompt)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, texts.PROMPT.format(prompt=prompt))
            font = row.font()
            font.setItalic(True)
            row.setFont(font)
            row.setForeground(tone("muted", view.palette()))  # again when the theme changes (ItemView)
            row.setFlags((row.flags() | Qt.ItemFlag.ItemIsEditable) & ~Qt.ItemFlag.ItemIsDragEnabled)
            view.addItem(row)
        view.setUpdatesEnabled(True)
        self.add_edit.setEnabled(bool(self.interview_id))

    def _swap_typed(self, interview_id: str | None) -> None:
        """Words typed in the add field belong to their interview: keep them there, never show them in another."""
        if self.interview_id and self.add_edit.text():
            self._typed[self.interview_id] = self.add_edit.text()
        self.add_edit.setText(self._typed.pop(interview_id, "") if interview_id else "")

    def commit_open_editor(self) -> None:
        """Save the words of an item being edited in place now (before leaving or re-reading the list)."""
        view = self.view
        editor = view.indexWidget(view.currentIndex()) if view.state() == view.State.EditingState else None
        if isinstance(editor, QLineEdit):
            delegate = view.itemDelegate()
            delegate.commitData.emit(editor)
            delegate.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)
            self._show_added()  # the editor is closed: the list may be shown anew now

    def _reload(self, current: str | None = None) -> None:
        answered = self.store.plans.answered_question_ids(self.interview_id) if self.kind == "question" else set()
        self.show_items(self.store.plans.items(self.interview_id, self.kind), answered, current)

    def item_ids(self) -> list[str]:
        return [i for i in (self.view.item(r).data(ID_ROLE) for r in range(self.view.count())) if i]

    def texts(self) -> list[str]:
        return [self.view.item(r).data(TEXT_ROLE) for r in range(self.view.count()) if self.view.item(r).data(ID_ROLE)]

    def current_id(self) -> str | None:
        item = self.view.currentItem()
        return item.data(ID_ROLE) if item else None

    # ----------------------------------------------------------------- editing
    def _guard(self, what: str, fn, *args):
        """Run a store write; on a refusal say so (failed), show the list as stored and return None."""
        try:
            return fn(*args)
        except StoreError as exc:
            log_failure(f"plan {self.kind} change refused", exc)
            self.failed.emit(failure_text(what, exc))
            if self.interview_id:
                self._reload(self.current_id())
            return None

    def add(self, text: str) -> PlanItem | None:
        """Add an item at the end."""
        if not self.interview_id or not text.strip():
            return None
        item = self._guard(texts.NEW_REFUSED[self.kind], self.store.plans.add_item, self.interview_id, self.kind, text)
        if item:
            self._reload(item.id)
            self.changed.emit(texts.ADDED[self.kind])
        return item

    def _add_typed(self) -> None:
        text = self.add_edit.text()
        if self.add(text):
            self.just_added = text
            QTimer.singleShot(0, self._forget_just_added)
            self.add_edit.clear()

    def _forget_just_added(self) -> None:
        self.just_added = None

    def commit_edit(self, row: int, text: str) -> None:
        """The in-place editor closed with text for this row."""
        item = self.view.item(row)
        if item is None or not self.interview_id:
            return
        item_id = item.data(ID_ROLE)
        if item_id is None:  # a prompt written over: a real point now, shown once the editor has closed
            if text.strip():
                self._add_written_prompt(item.data(PROMPT_ROLE), text)
            return
        if not text.strip() or text == item.data(TEXT_ROLE):
            return  # an emptied item keeps its words; Del removes it
        # The editor is still closing: change the row in place, never rebuild the list here.
        try:
            self.store.plans.update_item(item_id, text)
        except StoreError as exc:
            log_failure(f"plan {self.kind} edit refused", exc)
            self.failed.emit(failure_text(texts.CHANGE_REFUSED[self.kind], exc))  # editor reopens
            QTimer.singleShot(0, lambda: self._reopen(item_id, text))
            return
        shown = _shown(text, row + 1 if self.numbered else 0) + texts.MARKS.get(item.data(STATE_ROLE) or "", "")
        item.setData(TEXT_ROLE, text)
        item.setData(Qt.ItemDataRole.DisplayRole, shown)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, shown)
        self.changed.emit(texts.CHANGED[self.kind])

    def _add_written_prompt(self, prompt: str, text: str) -> None:
        # Written now, for this interview: the editor may be closing because another one is being shown.
        try:
            added = self.store.plans.add_item(self.interview_id, self.kind, text)
        except StoreError as exc:
            log_failure(f"plan {self.kind} add refused", exc)
            self.failed.emit(failure_text(texts.NEW_REFUSED[self.kind], exc))
            QTimer.singleShot(0, lambda: self._reopen(prompt, text))
            return
        self._added_unshown = (self.interview_id, added)
        QTimer.singleShot(0, self._show_added)

    def _show_added(self) -> None:
        """Show the point written over a prompt (once its editor has closed)."""
        if self._added_unshown is None:
            return
        interview_id, item = self._added_unshown
        self._added_unshown = None
        if interview_id == self.interview_id:
            self._reload(item.id)
            self.changed.emit(texts.ADDED[self.kind])

    def _reopen(self, key: str, text: str) -> None:
        """Open the editor again on the row (item id or prompt) with words the store refused."""
        for row in range(self.view.count()):
            item = self.view.item(row)
            if key in (item.data(ID_ROLE), item.data(PROMPT_ROLE)):
                index = self.view.indexFromItem(item)
                self.view.setCurrentItem(item)
                self.view.setFocus()
                self.view.edit(index)
                editor = self.view.indexWidget(index)
                if isinstance(editor, QLineEdit):
                    editor.setText(text)
                    return
        # The row is gone (another interview is shown): the words wait in the add field instead.
        current = self.add_edit.text()
        if text not in current:
            self.add_edit.setText(f"{current} {text}" if current.strip() else text)

    def move_current(self, step: int) -> None:
        item_id, row = self.current_id(), self.view.currentRow()
        if not item_id or not 0 <= row + step < len(self.item_ids()):
            return
        if self._guard(texts.MOVE_REFUSED[self.kind], self.store.plans.move_item, item_id, row + step):
            self._reload(item_id)
            self.changed.emit(texts.MOVED[self.kind])

    def save_order(self) -> None:
        """Store the order the user dragged the items into."""
        if self.interview_id:
            current = self.current_id()
            if self._guard(
                texts.ORDER_REFUSED[self.kind],
                self.store.plans.reorder_items,
                self.interview_id,
                self.kind,
                self.item_ids(),
            ):
                self._reload(current)
                self.changed.emit(texts.MOVED[self.kind])

    def delete_current(self) -> None:
        item_id, row = self.current_id(), self.view.currentRow()
        if not item_id:
            return
        deleted = self._guard(texts.DELETE_REFUSED[self.kind], self.store.plans.delete_item, item_id)
        if deleted:
            self.undo_stack.append(deleted)
            ids = self.item_ids()
            ids.remove(item_id)
            self._reload(ids[min(row, len(ids) - 1)] if ids else None)
            self.changed.emit(texts.DELETED[self.kind])

    def undo_delete(self) -> None:
        """Put the last deleted item back in its place."""
        if not self.undo_stack:
            return
        item = self._guard(texts.UNDELETE_REFUSED[self.kind], self.store.plans.restore_item, self.undo_stack[-1])
        if item:
            self.undo_stack.pop()
            self._reload(item.id)
            self.changed.emit(texts.RESTORED[self.kind])
