"""Every input of the main window and its dialogs has a name a screen reader can say."""

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from followup_desktop.core import example
from followup_desktop.core.models.letters import LetterPrefs, Profile
from followup_desktop.gui.settings.settings_dialog import SettingsDialog
from followup_desktop.gui.window.edit_dialogs import ApplicationDialog, InterviewDialog

INPUTS = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QDateTimeEdit,
    QCheckBox,
    QListView,
    QTreeView,
    QTableView,
    QAbstractButton,
)


def _buddied(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _unnamed(root: QWidget) -> list[str]:
    """Inputs with neither an accessible name, nor their own visible text, nor a label buddy."""
    buddies = _buddied(root)
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INPUTS) or _internal(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName().strip() or text.replace("&", "").strip() or id(widget) in buddies:
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}")
    return missing


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside other widgets (a combo box's line edit and popup list, scroll arrows...)."""
    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QLineEdit)) or type(parent).__name__ in (
            "QTabBar",
            "QToolBarExtension",
            "QCalendarWidget",
            "QScrollBar",
            "QDialogButtonBox",
        ):
            return True
        parent = parent.parent()
    name = widget.objectName()
    return name.startswith("qt_") or type(widget).__name__ in ("QToolBarExtension", "QTabBar")


def test_main_window_with_an_open_interview(window):
    example.create_example(window.store)
    window.refresh()
    window.sidebar.select("interview", window.store.interviews.all()[0].id)
    for index in range(3):
        window.tabs.setCurrentIndex(index)
    assert _unnamed(window) == []


def test_dialogs(qtbot, window):
    app_id = example.create_example(window.store)
    contacts = window.store.contacts.all(app_id)
    dialogs = [
        SettingsDialog(None, Profile(), LetterPrefs()),
        ApplicationDialog(None, None),
        InterviewDialog(None, contacts, None),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
    assert [m for d in dialogs for m in _unnamed(d)] == []


def test_the_walk_sees_the_panes_inputs(window):
    example.create_example(window.store)
    window.refresh()
    window.sidebar.select("interview", window.store.interviews.all()[0].id)
    inputs = [w for w in window.findChildren(QWidget) if isinstance(w, INPUTS) and not _internal(w)]
    assert len(inputs) > 40
