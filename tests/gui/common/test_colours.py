"""Every colour the program draws text in is legible in both themes: WCAG contrast of 4.5:1 or more.

The "Generic — not from your notes" rows of the letter's source panel were near-black on the dark
theme (#0F0F11 on #1C1D20): the item had been given a colour when it was filled. Colours chosen in
code are tones of the palette, looked up when painted, or fixed pairs whose contrast is measured here.
"""

import re
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QStyleOptionViewItem

from followup_desktop.gui.common import theme
from followup_desktop.gui.notes.model import KINDS
from followup_desktop.gui.notes.view import HIGHLIGHT

from ..letter.helpers import open_new_letter

GUI = Path(theme.__file__).parent
Role = QPalette.ColorRole
TEXT_ON = [
    (Role.Text, Role.Base),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.Link, Role.Base),
    (Role.PlaceholderText, Role.Base),
    (Role.Text, Role.AlternateBase),
]
# Every colour written out in gui/ outside theme.py, with what it is drawn on (None: not text).
FIXED = {
    "#fff3cd": None,
    "#5c4400": "#fff3cd",  # the notes banner: its own background and text
    "black": "highlight",
    "white": "kinds",  # a highlight's text; the letter on a note kind's chip
    "0x05, 0x63, 0xC1": "#ffffff",  # links on paper (printing)
    "255, 214, 102": None,  # the highlight's marker yellow (black text on it, below)
    **{colour: None for _, _, colour in KINDS.values()},  # chips, with a white letter (below)
}


def _contrast(a, b):
    return theme.contrast(QColor(a), QColor(b))


@pytest.mark.parametrize("kind", ["light", "dark"])
def test_the_palettes_text_roles_read_on_their_backgrounds(qapp, kind):
    pal = theme.palette(kind)
    for text, background in TEXT_ON:
        assert theme.contrast(pal.color(text), pal.color(background)) >= 4.5, (kind, text, background)


@pytest.mark.parametrize("kind", ["light", "dark"])
@pytest.mark.parametrize("name", ["muted", *theme.TONES])
def test_every_tone_reads_on_base_and_window(qapp, kind, name):
    pal = theme.palette(kind)
    for background in (Role.Base, Role.Window, Role.AlternateBase):
        assert theme.contrast(theme.tone(name, pal), pal.color(background)) >= 4.5, (kind, name, background)


def test_a_platform_palette_with_a_faint_placeholder_still_gives_a_legible_muted_tone(qapp):
    pal = theme.palette("dark")
    pal.setColor(Role.PlaceholderText, QColor(0, 0, 0, 128))  # Qt's default: black at half strength
    assert theme.contrast(theme.tone("muted", pal), pal.color(Role.Base)) >= 4.5


def test_fixed_colours_are_legible_on_what_they_are_drawn_on(qapp):
    assert _contrast("#5c4400", "#fff3cd") >= 4.5
    assert theme.contrast(QColor("black"), HIGHLIGHT) >= 4.5
    assert _contrast("#0563c1", "#ffffff") >= 4.5
    for label, _, colour in KINDS.values():
        assert _contrast("white", colour) >= 4.5, label


def test_no_colour_is_written_out_in_gui_code_without_being_checked_here():
    found = set()
    for path in GUI.glob("*.py"):
        if path.name == "theme.py":
            continue
        text = path.read_text(encoding="utf-8")
        found |= {m.lower() for m in re.findall(r"#[0-9a-fA-F]{6}\b", text)}
        found |= set(re.findall(r"QColor\(\"(black|white)\"\)", text))
        found |= set(re.findall(r"QColor\((\d+, \d+, \d+|0x\w+, 0x\w+, 0x\w+)\)", text))
    assert found <= set(FIXED), f"check these colours in both themes, then list them in FIXED: {found - set(FIXED)}"


def _letter_in(window, monkeypatch):
    interview, dana = open_new_letter(window, monkeypatch)
    return window.letter_pane.composer.sources


def _painted_text(view, row):
    """The text colour the view's delegate paints a row with, and the view's base colour."""
    option = QStyleOptionViewItem()
    option.palette = view.palette()
    view.itemDelegate().initStyleOption(option, view.model().index(row, 0))
    return option.palette.color(Role.Text), view.palette().color(Role.Base)


def _ink(view, row):
    """The contrast of the strongest pixel of a row's text with the row's background, as painted."""
    image = view.viewport().grab(view.visualItemRect(view.item(row))).toImage()
    background = image.pixelColor(1, 1)
    return max(
        theme.contrast(image.pixelColor(x, y), background) for x in range(image.width()) for y in range(image.height())
    )


@pytest.fixture
def dark_window(make_window):
    first = make_window()
    first.store.settings.set(theme.SETTING_KEY, "dark")
    first.close()
    yield make_window()  # starts in dark
    theme.apply_theme("light")  # the theme is the whole application's


def test_generic_rows_of_the_source_panel_read_on_dark_at_start_and_after_switching(dark_window, qtbot, monkeypatch):
    from ..conftest import show

    sources = _letter_in(dark_window, monkeypatch)
    show(qtbot, dark_window)
    generic = [i for i in range(sources.count()) if "Generic" in sources.item(i).text()]
    assert generic
    for kind in ("dark", "light", "dark"):  # switched in the settings or by the desktop: nothing refilled
        theme.apply_theme(kind)
        qtbot.wait(1)  # the palette reaches the widgets through the event loop
        text, base = _painted_text(sources, generic[0])
        assert theme.contrast(text, base) >= 4.5, kind
        assert _ink(sources, generic[0]) >= 4.5, kind


def test_dashboard_rows_and_plan_prompts_follow_the_theme(dark_window, qtbot, monkeypatch):
    store = dark_window.store
    app = store.applications.add("Acme", "Engineer")
    store.interviews.add(app.id, "Round 1", scheduled_start="2026-02-20T14:00:00.000Z")  # its letter is overdue
    dark_window.refresh()
    tree = dark_window.dashboard.tree
    assert tree.topLevelItemCount()
    for kind in ("dark", "light"):
        theme.apply_theme(kind)
        qtbot.wait(1)
        option = QStyleOptionViewItem()
        option.palette = tree.palette()
        tree.itemDelegate().initStyleOption(option, tree.model().index(0, 0))
        assert theme.contrast(option.palette.color(Role.Text), tree.palette().color(Role.Base)) >= 4.5, kind
    dark_window.sidebar.select("interview", store.interviews.all()[0].id)
    points = dark_window.plan_pane.points.view
    prompts = [points.item(i) for i in range(points.count()) if points.item(i).data(256 + 2)]
    for kind in ("dark", "light"):
        theme.apply_theme(kind)
        qtbot.wait(1)
        for prompt in prompts:
            assert theme.contrast(prompt.foreground().color(), points.palette().color(Role.Base)) >= 4.5, kind
