"""The only place that opens modal dialogs. Tests replace these functions with one-line fakes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from followup_desktop.core.forms import ApplicationForm, InterviewForm
from followup_desktop.core.models import Contact, TrashEntry
from followup_desktop.gui.common import texts

UNSAVED_ITEM_CHARS = 100  # of each unsaved text's name listed on closing


def edit_application(parent: QWidget | None, initial: ApplicationForm | None = None) -> ApplicationForm | None:
    """Ask for an application's details; None if cancelled."""
    from followup_desktop.gui.window.edit_dialogs import ApplicationDialog

    dialog = ApplicationDialog(parent, initial)
    return dialog.value() if dialog.exec() else None


def edit_interview(
    parent: QWidget | None, contacts: list[Contact], initial: InterviewForm | None = None
) -> InterviewForm | None:
    """Ask for an interview's details and interviewers; None if cancelled."""
    from followup_desktop.gui.window.edit_dialogs import InterviewDialog

    dialog = InterviewDialog(parent, contacts, initial)
    return dialog.value() if dialog.exec() else None


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str = texts.OK) -> bool:
    """A yes/no question; True when the user agrees."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    _plain(box)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def show_error(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """Tell the user something went wrong, in plain words."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    _plain(box)
    if details:
        box.setDetailedText(details)
    box.exec()


def show_info(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something, in plain words."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Ok, parent)
    _plain(box)
    box.exec()


def _plain(box: QMessageBox) -> None:
    """Messages quote file names and the user's words: "<b>" or "&amp;" in them must not be read as HTML."""
    from PySide6.QtCore import Qt

    box.setTextFormat(Qt.TextFormat.PlainText)


def ask_save_path(
    parent: QWidget | None,
    title: str,
    suggested: str,
    file_filter: str,
    confirm_overwrite: bool = True,
    kind: str = "letters",
) -> str | None:
    """A file to write to, offered as `suggested` (a file name) in the folder last used for this kind of
    file (gui.folders); None if cancelled (confirm_overwrite=False: the caller asks)."""
    from followup_desktop.gui.common import folders

    options = QFileDialog.Option(0) if confirm_overwrite else QFileDialog.Option.DontConfirmOverwrite
    start = folders.start_folder(kind) / Path(suggested).name
    path, _ = QFileDialog.getSaveFileName(parent, title, str(start), file_filter, "", options)
    if path:
        folders.remember(kind, path)
    return path or None


def ask_open_path(parent: QWidget | None, title: str, file_filter: str, kind: str = "bundles") -> str | None:
    """An existing file to read, from the folder last used for this kind of file; None if cancelled."""
    from followup_desktop.gui.common import folders

    path, _ = QFileDialog.getOpenFileName(parent, title, str(folders.start_folder(kind)), file_filter)
    if path:
        folders.remember(kind, path)
    return path or None


def ask_unsaved_on_close(parent: QWidget | None, what: list[str], reason: str) -> str:
    """Closing with typed text the disk refused: "retry", "save" (to a file), "discard" or "cancel"."""
    lines = [texts.UNSAVED_ITEM.format(what=_cut(w)) for w in what[:8]]  # a pasted subject is in its name
    if len(what) > 8:
        lines.append(texts.UNSAVED_MORE.format(count=len(what) - 8))
    listed = "\n".join(lines)
    text = texts.UNSAVED_BECAUSE.format(reason=reason, listed=listed) if reason else texts.UNSAVED.format(listed=listed)
    box = QMessageBox(QMessageBox.Icon.Warning, texts.UNSAVED_TITLE, text, parent=parent)
    buttons = {
        box.addButton(texts.TRY_AGAIN, QMessageBox.ButtonRole.AcceptRole): "retry",
        box.addButton(texts.SAVE_TO_FILE, QMessageBox.ButtonRole.ActionRole): "save",
        box.addButton(texts.DISCARD, QMessageBox.ButtonRole.DestructiveRole): "discard",
        box.addButton(QMessageBox.StandardButton.Cancel): "cancel",
    }
    box.setDefaultButton(next(iter(buttons)))
    box.exec()
    return buttons.get(box.clickedButton(), "cancel")


def _cut(text: str, most: int = UNSAVED_ITEM_CHARS) -> str:
    """One line of at most `most` characters: a box taller than the screen hides its buttons."""
    line = " ".join(text.split())
    return line if len(line) <= most else line[: most - 1].rstrip() + "…"


def manage_trash(parent: QWidget | None, entries: list[TrashEntry]) -> tuple[str, str | None]:
    """Show the trash; returns ("restore", id), ("empty", None) or ("close", None)."""
    from followup_desktop.gui.window.edit_dialogs import TrashDialog

    dialog = TrashDialog(parent, entries)
    dialog.exec()
    return dialog.choice


def choose_backup(parent: QWidget | None, backups: list) -> object | None:
    """Pick one of the backups (newest first, with dates and sizes); None if cancelled."""
    from PySide6.QtWidgets import QInputDialog

    labels = [b.label for b in backups]
    label, ok = QInputDialog.getItem(parent, texts.CHOOSE_BACKUP_TITLE, texts.CHOOSE_BACKUP, labels, 0, False)
    return backups[labels.index(label)] if ok and label in labels else None


def ask_recovery(parent: QWidget | None, problem: str, can_restore: bool) -> str:
    """The database cannot be used: returns "restore", "fresh" or "quit"."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        texts.CANNOT_OPEN_TITLE,
        texts.CANNOT_OPEN.format(problem=problem),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    restore = box.addButton(texts.RESTORE_LATEST, QMessageBox.ButtonRole.AcceptRole) if can_restore else None
    fresh = box.addButton(texts.START_FRESH, QMessageBox.ButtonRole.DestructiveRole)
    quit_button = box.addButton(texts.QUIT, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or quit_button)
    box.exec()
    clicked = box.clickedButton()
    return "restore" if clicked is restore and restore else "fresh" if clicked is fresh else "quit"


def pick_interview(parent: QWidget | None, choices: list[tuple[str, str]], title: str) -> str | None:
    """Choose one interview (id, label) from a filterable list; None if cancelled."""
    from followup_desktop.gui.plan.plan_dialogs import InterviewPicker

    dialog = InterviewPicker(parent, choices, title)
    return dialog.value() if dialog.exec() else None


def popup(menu, at) -> None:
    """Show a context menu at a screen position until the user picks from it or leaves it."""
    menu.exec(at)
    menu.deleteLater()


def print_preview(parent: QWidget | None, document, title: str, save_pdf=None) -> None:
    """Show the pages of a QTextDocument or a pdf.Printable, also without a printer; the user prints
    from there, or saves a PDF through `save_pdf` (a callable returning True once saved)."""
    from followup_desktop.gui.common.print_preview import PrintPreview

    printable = _printable(document, title)
    dialog = PrintPreview(parent, printable, title, lambda: print_document(dialog, printable, title), save_pdf)
    dialog.exec()
    dialog.deleteLater()


def print_document(parent: QWidget | None, printable, title: str) -> bool:
    """The system print dialog, then print; True when printed."""
    from PySide6.QtPrintSupport import QPrintDialog

    printable = _printable(printable, title)
    printer = _printer(printable)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(title)
    if not dialog.exec():
        return False
    printable.paint(printer)
    return True


def _printable(document, title: str):
    """A pdf.Printable for a plain QTextDocument (the plan sheet's layout)."""
    from PySide6.QtGui import QTextDocument

    if isinstance(document, QTextDocument):
        from followup_desktop.export import pdf
        from followup_desktop.gui.plan import sheet

        return pdf.document_printable(document, title, sheet.page_layout())
    return document


def _printer(printable):
    from PySide6.QtPrintSupport import QPrinter

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPageLayout(printable.layout)
    printer.setDocName(printable.title)
    return printer


# --------------------------------------------------------------------- letters
def new_letter(parent: QWidget | None, interviewers: list[Contact]):
    """Ask the kind and recipient(s) of a new letter; a NewLetterRequest or None."""
    from followup_desktop.gui.letter.letter_dialogs import NewLetterDialog

    dialog = NewLetterDialog(parent, interviewers)
    return dialog.value() if dialog.exec() else None


def choose_challenges(parent: QWidget | None, challenges: list) -> list[str] | None:
    """Which challenges to pull into the letter (ids, in the list's order); None if cancelled."""
    from followup_desktop.gui.letter.letter_dialogs import ChallengesDialog

    dialog = ChallengesDialog(parent, challenges)
    return dialog.value() if dialog.exec() else None


def mark_sent(parent: QWidget | None, today):
    """When (QDate) and how (channel) the letter was sent; None if cancelled."""
    from followup_desktop.gui.letter.letter_dialogs import MarkSentDialog

    dialog = MarkSentDialog(parent, today)
    return dialog.value() if dialog.exec() else None


def letter_versions(parent: QWidget | None, versions: list, label) -> str | None:
    """Show a letter's versions; the id of the one to restore, or None."""
    from followup_desktop.gui.letter.letter_dialogs import VersionsDialog

    dialog = VersionsDialog(parent, versions, label)
    dialog.exec()
    return dialog.chosen


def ask_link(parent: QWidget | None, initial: str = "") -> str | None:
    """A link address to insert; None if cancelled."""
    from PySide6.QtWidgets import QInputDialog

    url, ok = QInputDialog.getText(parent, texts.LINK_TITLE, texts.LINK_ADDRESS, text=initial)
    return url.strip() if ok and url.strip() else None


def edit_settings(parent: QWidget | None, profile, prefs, ui_theme: str = "system", retention=(10, 4)):
    """The settings dialog; (Profile, LetterPrefs, theme name, (daily, weekly) backups kept) or None."""
    from followup_desktop.gui.settings.settings_dialog import SettingsDialog

    dialog = SettingsDialog(parent, profile, prefs, ui_theme, retention)
    if not dialog.exec():
        return None
    return (*dialog.value(), dialog.chosen_theme(), dialog.retention())


def open_url(url: str) -> bool:
    """Hand a URL (mailto:) to the desktop; the program itself opens no connection."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl(url))


def copy_text(text: str) -> None:
    """Put plain text on the clipboard."""
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


# --------------------------------------------------------------------- follow-up tracking
def add_contact_entry(parent: QWidget | None, contacts: list[Contact], today, initial=None):
    """A contact logged by hand: (QDate, channel, contact id or None, summary), or None if cancelled."""
    from followup_desktop.gui.tracker.tracker_dialogs import ContactEntryDialog

    dialog = ContactEntryDialog(parent, contacts, today, initial)
    return dialog.value() if dialog.exec() else None


# --------------------------------------------------------------------- help
def show_shortcuts(parent: QWidget | None, groups: list) -> None:
    """The keyboard shortcuts overview: [(menu title, [(command, keys)])]."""
    from followup_desktop.gui.help.help_dialogs import ShortcutsDialog

    ShortcutsDialog(parent, groups).exec()


def show_about(parent: QWidget | None, data_root) -> None:
    """The About dialog: version, data folder (with a button to open it), licence."""
    from followup_desktop import __version__
    from followup_desktop.gui.help.help_dialogs import AboutDialog

    AboutDialog(parent, __version__, data_root, open_folder).exec()


def open_folder(path) -> bool:
    """Show a local folder in the desktop's file manager (no network involved)."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_fill_drafts(parent: QWidget | None, count: int, what: str) -> bool:
    """Asked once after the profile is saved: fill «your name»/«your address» in unsent drafts? True for yes."""
    many = count != 1
    box = QMessageBox(
        QMessageBox.Icon.Question,
        texts.FILL_TITLE,
        (texts.FILL_MANY if many else texts.FILL_ONE).format(count=count, what=what),
        QMessageBox.StandardButton.NoButton,
        parent,
    )
    _plain(box)
    fill = box.addButton(texts.FILL_THEM if many else texts.FILL_IT, QMessageBox.ButtonRole.AcceptRole)
    leave = box.addButton(texts.LEAVE_THEM if many else texts.LEAVE_IT, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(fill)
    box.setEscapeButton(leave)
    box.exec()
    return box.clickedButton() is fill
