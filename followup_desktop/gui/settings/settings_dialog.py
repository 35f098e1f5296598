"""Settings: the sender's profile and letter preferences (paper, font, date, spelling, rules)."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from followup_desktop.core.letters.checks import RULE_LABELS, RULES
from followup_desktop.core.models.letters import DATE_FORMATS, LetterPrefs, Profile
from followup_desktop.gui.common.widgets import named
from followup_desktop.gui.settings import texts


def locale_paper_size() -> str:
    """US Letter where the locale measures in inches (US), A4 elsewhere."""
    from PySide6.QtCore import QLocale

    return "Letter" if QLocale().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem else "A4"


def _salutation_combo(style: str) -> QComboBox:
    """How drafts greet a person who has no greeting of their own: "Dear Ms Raman", "Dear Priya"..."""
    from followup_desktop.core.letters.greeting import DEFAULT_STYLE, STYLE_LABELS

    combo = named(QComboBox(), "prefsSalutation", texts.GREETING_NAME)
    combo.setAccessibleDescription(texts.GREETING_DESCRIPTION)
    for key, label in STYLE_LABELS.items():
        combo.addItem(label, key)
    combo.setCurrentIndex(max(0, combo.findData(style if style in STYLE_LABELS else DEFAULT_STYLE)))
    combo.setToolTip(combo.accessibleDescription())
    return combo


def _line(name: str, text: str, accessible: str) -> QLineEdit:
    return named(QLineEdit(text), name, accessible)


class SettingsDialog(QDialog):
    """Edit the profile and the letter preferences; value() returns both."""

    def __init__(
        self,
        parent: QWidget | None,
        profile: Profile,
        prefs: LetterPrefs,
        ui_theme: str = "system",
        retention: tuple[int, int] = (10, 4),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(texts.TITLE)
        self._profile, self._prefs = profile, prefs
        tabs = QTabWidget()
        tabs.addTab(self._profile_page(profile), texts.PROFILE_PAGE)
        tabs.addTab(self._letter_page(prefs), texts.LETTERS_PAGE)
        tabs.addTab(self._rules_page(prefs), texts.CHECKS_PAGE)
        tabs.addTab(self._look_page(ui_theme), texts.LOOK_PAGE)
        tabs.addTab(self._backups_page(*retention), texts.BACKUPS_PAGE)
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        box.accepted.connect(self.accept)
        box.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(box)
        self.resize(520, 460)

    def _profile_page(self, p: Profile) -> QWidget:
        page = QWidget()
        self.name = _line("profileName", p.name, texts.NAME_NAME)
        self.address = QPlainTextEdit("\n".join(p.address_lines))
        self.address.setObjectName("profileAddress")
        self.address.setAccessibleName(texts.ADDRESS_NAME)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(80)
        self.email = _line("profileEmail", p.email, texts.EMAIL_NAME)
        self.phone = _line("profilePhone", p.phone, texts.PHONE_NAME)
        self.closing = _line("profileClosing", p.closing, texts.CLOSING_NAME)
        self.closing.setPlaceholderText(texts.CLOSING)
        self.signature = _line("profileSignature", p.signature_name, texts.SIGNATURE_NAME)
        self.signature.setPlaceholderText(texts.SIGNATURE_HINT)
        form = QFormLayout(page)
        for label, widget in (
            (texts.NAME, self.name),
            (texts.ADDRESS, self.address),
            (texts.EMAIL, self.email),
            (texts.PHONE, self.phone),
            (texts.CLOSING_FIELD, self.closing),
            (texts.SIGNATURE, self.signature),
        ):
            form.addRow(label, widget)
        return page

    def _letter_page(self, p: LetterPrefs) -> QWidget:
        page = QWidget()
        self.paper = QComboBox()
        self.paper.setObjectName("prefsPaper")
        self.paper.setAccessibleName(texts.PAPER_NAME)
        for words, paper in texts.PAPERS:
            self.paper.addItem(words, paper)
        self.paper.setCurrentIndex(1 if (p.paper_size or locale_paper_size()) == "Letter" else 0)
        self.font = QFontComboBox()
        self.font.setObjectName("prefsFont")
        self.font.setAccessibleName(texts.FONT_NAME)
        self.font.setCurrentFont(QFont(p.font_family or "Calibri"))
        self._font_family = p.font_family or "Calibri"
        self.font.currentFontChanged.connect(lambda f: setattr(self, "_font_family", f.family()))
        self.size = QDoubleSpinBox()
        self.size.setObjectName("prefsFontSize")
        self.size.setAccessibleName(texts.FONT_SIZE_NAME)
        self.size.setRange(6, 36)
        self.size.setSingleStep(0.5)
        self.size.setSuffix(texts.POINTS)
        self.size.setValue(float(p.font_size or 11))
        self.date = QComboBox()
        self.date.setObjectName("prefsDateFormat")
        self.date.setAccessibleName(texts.DATE_FORMAT_NAME)
        for key, example in DATE_FORMATS.items():
            self.date.addItem(texts.DATE_FORMATS.get(key, example), key)
        self.date.setCurrentIndex(max(0, self.date.findData(p.date_format)))
        self.language = QComboBox()
        self.language.setObjectName("prefsSpelling")
        self.language.setAccessibleName(texts.SPELLING_NAME)
        for key, label in texts.LANGUAGES.items():
            self.language.addItem(label, key)
        self.language.setCurrentIndex(max(0, self.language.findData(p.spelling_language)))
        self.salutation = _salutation_combo(p.salutation)
        form = QFormLayout(page)
        for label, widget in (
            ("&Paper:", self.paper),
            ("&Font:", self.font),
            ("&Size:", self.size),
            ("&Date format:", self.date),
            ("S&pelling:", self.language),
            ("&Greeting:", self.salutation),
            ("Letter&head (.docx/.dotx):", self._letterhead_row(p)),
        ):
            form.addRow(label, widget)
        form.addRow("", self.letterhead_sender)
        return page

    def _letterhead_row(self, p: LetterPrefs) -> QWidget:
        """A read-only path with Choose… and None buttons; a file that is not Word is refused at once."""
        row = QWidget()
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.letterhead = _line("prefsLetterhead", p.letterhead, texts.LETTERHEAD_NAME)
        self.letterhead.setReadOnly(True)
        self.letterhead.setPlaceholderText(texts.LETTERHEAD_HINT)
        choose = QPushButton(texts.CHOOSE)
        choose.setObjectName("prefsLetterheadChoose")
        choose.clicked.connect(self._choose_letterhead)
        clear = QPushButton(texts.NO_LETTERHEAD)
        clear.setObjectName("prefsLetterheadClear")
        clear.clicked.connect(self.letterhead.clear)
        for widget in (self.letterhead, choose, clear):
            box.addWidget(widget)
        # On such a letterhead the letter leaves out its own sender block (Word, PDF and print).
        self.letterhead_sender = QCheckBox(texts.LETTERHEAD_SHOWS_SENDER)
        self.letterhead_sender.setObjectName("prefsLetterheadSender")
        self.letterhead_sender.setChecked(p.letterhead_shows_sender)
        self.letterhead.textChanged.connect(lambda text: self.letterhead_sender.setEnabled(bool(text.strip())))
        self.letterhead_sender.setEnabled(bool(p.letterhead.strip()))
        return row

    def _choose_letterhead(self) -> None:
        from followup_desktop.core.letters.layout import letterhead_shows
        from followup_desktop.export.docx import LetterheadError, check_letterhead, letterhead_header_text
        from followup_desktop.gui.common import dialogs

        path = dialogs.ask_open_path(self, texts.CHOOSE_TITLE, texts.LETTERHEAD_FILTER, kind="letterhead")
        if not path:
            return
        try:
            check_letterhead(path)
            header = letterhead_header_text(path)
        except LetterheadError as exc:
            dialogs.show_error(self, texts.NOT_A_LETTERHEAD, str(exc))
            return
        self.letterhead.setText(path)
        # ticked when the letterhead's header names the sender; the user can still change it
        self.letterhead_sender.setChecked(letterhead_shows(header, self.name.text()))

    def _rules_page(self, p: LetterPrefs) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.rules: dict[str, QCheckBox] = {}
        for rule in RULES:
            box = QCheckBox(RULE_LABELS.get(rule, rule))
            box.setObjectName(f"rule-{rule}")
            box.setChecked(rule not in p.disabled_rules)
            layout.addWidget(box)
            self.rules[rule] = box
        layout.addStretch(1)
        return page

    def _look_page(self, ui_theme: str) -> QWidget:
        from followup_desktop.gui.common.theme import THEMES

        page = QWidget()
        self.theme = QComboBox()
        self.theme.setObjectName("prefsTheme")
        self.theme.setAccessibleName(texts.THEME_NAME)
        self.theme.setAccessibleDescription(texts.THEME_DESCRIPTION)
        for key, label in THEMES.items():
            self.theme.addItem(label, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(ui_theme)))
        form = QFormLayout(page)
        form.addRow(texts.THEME, self.theme)
        return page

    def chosen_theme(self) -> str:
        """The theme picked on the Look page ("system", "light" or "dark")."""
        return self.theme.currentData()

    def _backups_page(self, daily: int, weekly: int) -> QWidget:
        page = QWidget()
        group = QGroupBox(texts.BACKUPS_TITLE)
        form = QFormLayout(group)
        self.backup_daily, self.backup_weekly = QSpinBox(), QSpinBox()
        for spin, name, value, label in (
            (self.backup_daily, "backupDaily", daily, texts.DAILY),
            (self.backup_weekly, "backupWeekly", weekly, texts.WEEKLY),
        ):
            spin.setObjectName(name)
            spin.setAccessibleName(label)
            spin.setRange(1, 520)
            spin.setValue(value)
            form.addRow(texts.FIELD.format(label=label), spin)
        form.addRow(QLabel(texts.OLDER_REMOVED))
        layout = QVBoxLayout(page)
        layout.addWidget(group)
        layout.addStretch(1)
        return page

    def retention(self) -> tuple[int, int]:
        """The daily and weekly backups to keep, as chosen on the Backups page."""
        return self.backup_daily.value(), self.backup_weekly.value()

    def value(self) -> tuple[Profile, LetterPrefs]:
        profile = Profile(
            name=self.name.text().strip(),
            address_lines=[line.strip() for line in self.address.toPlainText().splitlines() if line.strip()],
            email=self.email.text().strip(),
            phone=self.phone.text().strip(),
            closing=self.closing.text().strip() or texts.CLOSING,
            signature_name=self.signature.text().strip(),
            updated_at=self._profile.updated_at,
        )
        prefs = LetterPrefs(
            paper_size=self.paper.currentData(),
            font_family=self._font_family,
            font_size=self.size.value(),
            date_format=self.date.currentData(),
            spelling_language=self.language.currentData(),
            disabled_rules=[rule for rule, box in self.rules.items() if not box.isChecked()],
            letterhead=self.letterhead.text().strip(),
            letterhead_shows_sender=self.letterhead_sender.isChecked(),
            updated_at=self._prefs.updated_at,
            salutation=self.salutation.currentData(),
        )
        return profile, prefs
