"""The menu of a dashboard row about a letter: open it, export it, print it or send it.

Every entry first opens the letter where the user can see it (the Letter tab of its interview),
then runs the Letter pane's own command, so the dashboard adds a route, not a second copy of
the exports or of the mail command.
"""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from followup_desktop.gui.window import texts


def letter_row_menu(parent, store, pane, open_item, interview_id: str, letter_id: str) -> QMenu:
    """The menu for a row about this interview's letter (letter_id "" for its latest or a new one).

    `pane` is the Letter pane whose commands the entries run; `open_item(kind, id, tab, letter id)`
    opens the letter first.
    """
    menu = QMenu(parent)
    menu.setObjectName("dashboardLetterMenu")
    has_letter = bool(letter_id) or bool(store.letters.all(interview_id))

    def add(text: str, command: QAction | None) -> None:
        def run() -> None:
            open_item("interview", interview_id, "letter", letter_id)
            if command is not None and command.isEnabled():
                command.trigger()

        action = menu.addAction(text, run)
        name = command.objectName() if command is not None else "actionOpenLetter"
        action.setObjectName("row" + name[:1].upper() + name[1:])  # rowActionExportDocx, rowActionOpenLetter…

    add(texts.OPEN_LETTER, None)
    menu.addSeparator()
    if has_letter:
        exporter, commands = pane.exporter, pane.commands
        for command in (
            exporter.action_docx,
            exporter.action_pdf,
            exporter.action_preview,
            None,
            commands.action_mail,
            commands.action_copy,
            commands.action_sent,
        ):
            if command is None:
                menu.addSeparator()
            else:
                add(command.text(), command)
    else:
        add(pane.commands.action_new.text(), pane.commands.action_new)
    return menu
