"""Every word the window shows lives in its room's texts.py, so translating it is mechanical.

An AST scan of gui/: a string literal (or an f-string, a concatenation, a "...".format) handed
to a call that puts words on screen (setText, setToolTip, QLabel(...), make_action(...),
dialogs.show_error(...), a status message's emit ...) is a finding, unless it is no words at all:
an empty string, an objectName, an icon name, a key like "Ctrl+P", markup, punctuation.
A module-level constant handed to such a call is read through its name.
"""

import ast
import re
from pathlib import Path

import pytest

GUI = Path(__file__).resolve().parents[2] / "followup_desktop" / "gui"

# methods that put their string arguments on screen (or into a screen reader)
METHODS = {
    "setText", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText", "setWindowTitle",
    "setAccessibleName", "setAccessibleDescription", "setTitle", "addTab", "insertTab", "setTabText",
    "setTabToolTip", "addAction", "addMenu", "showMessage", "setLabelText", "setCancelButtonText",
    "setInformativeText", "setDetailedText", "addButton", "addItem", "addItems", "insertItem", "setItemText",
    "setHeaderLabel", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setPrefix",
    "setSuffix", "setSpecialValueText", "addRow", "insertRow", "setHtml", "setMarkdown", "setPlainText",
    "setButtonText", "setItemToolTip", "setSectionTitle", "getText", "getItem", "getInt", "getMultiLineText",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "question", "information", "warning",
    "critical", "emit", "failure_text",
    # the rooms' own ways of saying what happened or was refused
    "_refused", "report_failure", "_guard", "_write", "_write_interview", "_saved", "_tell", "_warn", "show",
    "show_saved",
}  # fmt: skip
# constructors and the project's own builders whose string arguments are shown
CALLABLES = {
    "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QMenu", "QAction",
    "QCommandLinkButton", "QProgressDialog", "QMessageBox", "QTreeWidgetItem", "QListWidgetItem",
    "QStandardItem", "QTableWidgetItem", "make_action", "named", "ExplainedPane", "progress_steps",
    "failure_text", "guarded", "ask_and_save",
}  # fmt: skip
LOGGERS = {"log", "logger", "logging"}  # the log is read by developers, in English
# keyword arguments that are never shown
QUIET_KEYWORDS = {"name", "object_name", "shortcut", "icon", "kind", "key", "prop", "role", "styleSheet"}
# names that are no words: camelCase object names, snake_case keys, icon-names, dotted.keys
IDENTIFIER = re.compile(r"^[a-z][a-z0-9]*([A-Z_.:/-][A-Za-z0-9]*)+$")
KEYWORD = re.compile(r"^[a-z][a-z0-9_-]*$")  # a signal's argument in one lowercase word is a key ("dashboard")
KEY = re.compile(r"^((Ctrl|Alt|Shift|Meta)\+)*(F\d{1,2}|[A-Z0-9]|Del|Esc|Home|End|Return|Enter|Tab|Menu|[+=,.-])$")
TAG = re.compile(r"<[^>]*>")  # markup around the words (the words inside still count)


def is_words(text: str, signal: bool = False) -> bool:
    """True when a literal would show words a translator must see."""
    text = TAG.sub("", text).strip()
    if not any(ch.isalpha() for ch in text):
        return False
    return not (IDENTIFIER.match(text) or KEY.match(text) or (signal and KEYWORD.match(text)))


def literals(node: ast.AST, constants: dict[str, str]):
    """The string pieces an expression is built from (through if/else, +, %, f-strings, .format, tuples)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for part in node.values:
            yield from literals(part, constants)
    elif isinstance(node, ast.FormattedValue):
        pass
    elif isinstance(node, ast.IfExp):
        yield from literals(node.body, constants)
        yield from literals(node.orelse, constants)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from literals(value, constants)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        yield from literals(node.left, constants)
        yield from literals(node.right, constants)
    elif isinstance(node, (ast.Tuple, ast.List)):
        for element in node.elts:
            yield from literals(element, constants)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        yield from literals(node.func.value, constants)
    elif isinstance(node, ast.Name) and node.id in constants:
        yield constants[node.id]


def module_constants(tree: ast.Module) -> dict[str, str]:
    """Top-level NAME = "..." assignments, so a call handed a constant is read through it."""
    found = {}
    for statement in tree.body:
        if isinstance(statement, ast.Assign) and isinstance(statement.value, ast.Constant):
            if isinstance(statement.value.value, str):
                for target in statement.targets:
                    if isinstance(target, ast.Name):
                        found[target.id] = statement.value.value
    return found


def shows_words(call: ast.Call) -> bool:
    """True for calls whose string arguments end up on screen."""
    func = call.func
    if isinstance(func, ast.Attribute):
        if isinstance(func.value, ast.Name) and func.value.id in LOGGERS:
            return False
        if func.attr in METHODS or func.attr in CALLABLES:
            return True
        return isinstance(func.value, ast.Name) and func.value.id == "dialogs"
    return isinstance(func, ast.Name) and func.id in CALLABLES


def findings(path: Path, root: Path) -> list[str]:
    """'file:line: "words"' for each shown literal in one module."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    constants = module_constants(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and shows_words(node)):
            continue
        arguments = list(node.args) + [kw.value for kw in node.keywords if kw.arg not in QUIET_KEYWORDS]
        signal = isinstance(node.func, ast.Attribute) and node.func.attr == "emit"
        for argument in arguments:
            for text in literals(argument, constants):
                if is_words(text, signal):
                    found.append(f"{path.relative_to(root)}:{node.lineno}: {text!r}")
    return found


def scan(root: Path = GUI) -> list[str]:
    """Every finding under gui/, texts.py files excepted."""
    return [hit for path in sorted(root.rglob("*.py")) if path.name != "texts.py" for hit in findings(path, root)]


def test_every_shown_word_lives_in_a_texts_module():
    hits = scan()
    assert hits == [], f"{len(hits)} string(s) shown from outside texts.py:\n" + "\n".join(hits)


@pytest.mark.parametrize(
    "source",
    [
        'label.setText("Saved")',
        'QLabel("and")',
        'QLabel(f"Print preview — {title}")',
        'button.setToolTip("Print " + what)',
        'dialogs.show_error(self, "Not saved", text)',
        'make_action(self, "newThing", "&New thing", shortcut="Ctrl+N")',
        'self.message.emit("Removed the example." if removed else "Nothing to remove.")',
        'box.setWindowTitle("Print {what}".format(what=what))',
        'WORDS = "Say this"\nQLabel(WORDS)',
    ],
)
def test_the_scan_finds_words_shown_from_code(tmp_path, source):
    (tmp_path / "pane.py").write_text(source, encoding="utf-8")
    assert scan(tmp_path)


@pytest.mark.parametrize(
    "source",
    [
        'label.setText("")',
        'make_action(self, "printPlan", texts.PRINT, shortcut="Ctrl+P")',
        'label.setText("<br>" + texts.MORE)',
        'self.navigate.emit("dashboard")',
        'self.edited.emit("followup_channel", value)',
        'label.setText(f"{count} · {when}")',
        'TITLE = "Say this"\nlabel.setText(texts.TITLE)',
        'QLabel("Say this")  # in texts.py',
    ],
)
def test_the_scan_leaves_what_is_no_words_alone(tmp_path, source):
    name = "texts.py" if "in texts.py" in source else "pane.py"
    (tmp_path / name).write_text(source, encoding="utf-8")
    assert scan(tmp_path) == []


def _maps():
    """(label map, the stored values it must put in words) for every value the window shows."""
    from followup_desktop.core.letters.checks.base import ERROR, INFO, WARNING
    from followup_desktop.core.models import (
        APPLICATION_STATUSES,
        INTERVIEW_FORMATS,
        NOTE_KINDS,
        OUTCOMES,
        PLAN_ITEM_KINDS,
    )
    from followup_desktop.core.models.letters import DATE_FORMATS, LETTER_KINDS, SENT_CHANNELS, VERSION_REASONS
    from followup_desktop.core.models.tracker import CONTACT_CHANNELS
    from followup_desktop.gui.letter import texts as letter
    from followup_desktop.gui.notes import texts as notes
    from followup_desktop.gui.plan import texts as plan
    from followup_desktop.gui.settings import texts as settings
    from followup_desktop.gui.tracker import texts as tracker
    from followup_desktop.gui.window import texts as window

    plan_maps = [plan.ADDED, plan.CHANGED, plan.MOVED, plan.DELETED, plan.RESTORED, plan.NEW_REFUSED]
    plan_maps += [
        plan.CHANGE_REFUSED,
        plan.MOVE_REFUSED,
        plan.ORDER_REFUSED,
        plan.DELETE_REFUSED,
        plan.UNDELETE_REFUSED,
    ]
    return [
        (tracker.OUTCOMES, OUTCOMES),
        (tracker.OUTCOME_WORDS, OUTCOMES),
        (tracker.STATUS_WORDS, APPLICATION_STATUSES),
        (tracker.CHANNELS, CONTACT_CHANNELS),
        (window.STATUSES, APPLICATION_STATUSES),
        (window.FORMATS, INTERVIEW_FORMATS),
        (letter.KINDS, LETTER_KINDS),
        (letter.KINDS_SHORT, LETTER_KINDS),
        (letter.CHANNELS, SENT_CHANNELS),
        (letter.VERSION_LABELS, VERSION_REASONS),
        (letter.SEVERITIES, (ERROR, WARNING, INFO)),
        (notes.KIND_NAMES, NOTE_KINDS),
        (notes.KIND_WORDS, NOTE_KINDS),
        (notes.KIND_LETTERS, NOTE_KINDS),
        (settings.DATE_FORMATS, DATE_FORMATS),
        *((words, PLAN_ITEM_KINDS) for words in plan_maps),
    ]


def test_every_stored_value_the_window_shows_has_its_words():
    for words, stored in _maps():
        assert set(words) == set(stored), f"{sorted(set(stored) ^ set(words))} in words: {words}"
