"""Lay a LetterLayout out in a python-docx Document (imported by export.docx on first use)."""

from __future__ import annotations

import logging
from typing import Any

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

from followup_desktop.core.letters.layout import LetterLayout, field_text
from followup_desktop.core.text.markdown import Block, Run, parse_body
from followup_desktop.core.text.safe import is_rtl, xml_safe
from followup_desktop.export.docx_pages import (
    CONTINUATION_STYLE,
    add_continuation_header,
    set_page,
    text_width_twips,
)
from followup_desktop.export.docx_styles import Styles, continuation_spec, letter_styles, set_language

log = logging.getLogger(__name__)

_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_INDENT_TWIPS = 360  # 0.25 inch per list level
_BULLETS = ("•", "◦", "▪")
_AFTER_BIDI = (
    "w:adjustRightInd",
    "w:snapToGrid",
    "w:spacing",
    "w:ind",
    "w:contextualSpacing",
    "w:mirrorIndents",
    "w:suppressOverlap",
    "w:jc",
    "w:textDirection",
    "w:textAlignment",
    "w:textboxTightWrap",
    "w:outlineLvl",
    "w:divId",
    "w:cnfStyle",
    "w:rPr",
    "w:sectPr",
    "w:pPrChange",
)
_AFTER_CONTEXTUAL = _AFTER_BIDI[_AFTER_BIDI.index("w:contextualSpacing") + 1 :]
_AFTER_SZCS = (
    "w:highlight",
    "w:u",
    "w:effect",
    "w:bdr",
    "w:shd",
    "w:fitText",
    "w:vertAlign",
    "w:rtl",
    "w:cs",
    "w:em",
    "w:lang",
    "w:eastAsianLayout",
    "w:specVanish",
    "w:oMath",
)


def _block_style(block: Block) -> str:
    if block.kind == "bullet":
        return "List Bullet"
    if block.kind == "numbered":
        return "List Number"
    if block.kind == "heading":
        return f"Heading {min(max(block.heading, 1), 6)}"
    return "Body Text"


def render(document: Any, layout: LetterLayout, on_letterhead: bool) -> None:
    """Fill `document` with the letter; a letterhead keeps its page setup, header, footer and styles."""
    body = document.element.body
    had_section = body.sectPr is not None
    body.get_or_add_sectPr()  # a letterhead without one still gets a page setup
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # keep the final sectPr: headers, footers, page setup
            body.remove(child)
    if not on_letterhead or not had_section:
        set_page(document.sections[0], layout.page_size)
    _set_fonts(document, layout, keep_family=on_letterhead)
    set_language(document, layout.language)
    specs = letter_styles(layout.font_size_pt)
    # based on Normal, not on a letterhead's Header: that one's tab stops would add to ours
    specs[CONTINUATION_STYLE] = continuation_spec(text_width_twips(document.sections[0]), "Normal")
    styles = Styles(document, specs, layout.language)
    add_continuation_header(document, styles, layout, on_letterhead)
    _LetterWriter(document, layout, styles, on_letterhead).write()


def _set_fonts(document: Any, layout: LetterLayout, keep_family: bool) -> None:
    """Set the Normal style's fonts, including the East Asian slot that style.font skips."""
    normal = document.styles["Normal"]
    if not keep_family:
        normal.font.name = xml_safe(layout.font_family) or "Calibri"
        normal.font.size = Pt(layout.font_size_pt)
        fmt = normal.paragraph_format
        fmt.space_before, fmt.space_after = Pt(0), Pt(layout.font_size_pt)
        fmt.line_spacing = 1.0
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.get_or_add_rFonts()
    for theme_attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if not keep_family or theme_attr == "w:eastAsiaTheme":
            fonts.attrib.pop(qn(theme_attr), None)  # a theme font would override ours
    if not keep_family or fonts.get(qn("w:eastAsia")) is None:
        fonts.set(qn("w:eastAsia"), xml_safe(layout.east_asian_font) or "Noto Sans CJK SC")
    if not keep_family:
        fonts.set(qn("w:cs"), normal.font.name)  # Arabic and Hebrew take the complex-script slot
        if rpr.find(qn("w:szCs")) is None:
            size_cs = OxmlElement("w:szCs")
            rpr.insert_element_before(size_cs, *_AFTER_SZCS)
        rpr.find(qn("w:szCs")).set(qn("w:val"), str(round(layout.font_size_pt * 2)))


class _LetterWriter:
    """Appends the letter's paragraphs in reading order, each in the style of its part of the letter."""

    def __init__(self, document: Any, layout: LetterLayout, styles: Styles, on_letterhead: bool) -> None:
        self.doc, self.layout, self.styles, self.on_letterhead = document, layout, styles, on_letterhead
        self.list_nums: dict[int, int] = {}
        self.abstract_ids: dict[str, int] = {}
        self.next_num_id: int | None = None
        body = document.element.body
        self.body, self.sect_pr = body, body.find(qn("w:sectPr"))

    def _paragraph(self, style: str) -> Any:
        """A new last paragraph of the body in the named style, before its section properties.

        Not document.add_paragraph(): that looks for the body's w:sectPr among all its children
        for every paragraph, which makes a letter of many short paragraphs quadratic to write.
        """
        from docx.text.paragraph import Paragraph

        p = OxmlElement("w:p")
        if self.sect_pr is not None:
            self.sect_pr.addprevious(p)
        else:
            self.body.append(p)
        p.get_or_add_pPr().style = self.styles.id(style)
        return Paragraph(p, self.doc._body)

    def write(self) -> None:
        """Write sender, date, recipient, subject, salutation, body, closing and name."""
        lay = self.layout
        if not (self.on_letterhead and lay.letterhead_shows_sender):
            self._lines("Sender", [lay.sender_name, *lay.sender_lines], first_style="Sender Name")
        self._lines("Date", [lay.date_text])
        self._lines("Recipient", list(lay.recipient_lines))
        self._lines("Subject", [lay.subject])
        self._lines("Salutation", [lay.salutation])
        blocks = parse_body(lay.body_markdown)
        for i, block in enumerate(blocks):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            self._block(block, following)
        self._lines("Closing", [lay.closing])  # its style leaves room to sign
        self._lines("Signature", [lay.signature_name])

    def _lines(self, style: str, texts: list[str], first_style: str = "") -> Any:
        """One paragraph holding the non-empty lines, separated by line breaks."""
        lines = [t for t in map(field_text, texts) if t]
        if not lines:
            return None
        paragraph = self._paragraph(style)
        for i, line in enumerate(lines):
            run = paragraph.add_run(("\n" if i else "") + line)
            if first_style and i == 0 and texts[0].strip():
                run._r.get_or_add_rPr().style = self.styles.id(first_style)
        self._direction(paragraph, "\n".join(lines))
        return paragraph

    def _block(self, block: Block, following: Block | None) -> None:
        """One body block: a paragraph, a heading or a list item."""
        style = _block_style(block)
        paragraph = self._paragraph(style)
        if block.kind in ("bullet", "numbered"):
            self._number(paragraph, block)
            # The list styles join the items of one list (contextual spacing); only where the
            # Markdown nests another kind of list, or starts a new list at once, is that overridden.
            same_list = (
                following is not None
                and following.kind in ("bullet", "numbered")
                and (following.list_id == block.list_id or following.level != block.level)
            )
            joined_by_style = following is not None and _block_style(following) == style
            if same_list and not joined_by_style:
                paragraph.paragraph_format.space_after = 0
            elif joined_by_style and not same_list:
                contextual = OxmlElement("w:contextualSpacing")
                contextual.set(qn("w:val"), "0")
                paragraph._p.get_or_add_pPr().insert_element_before(contextual, *_AFTER_CONTEXTUAL)
        elif block.level:
            paragraph.paragraph_format.left_indent = Pt(block.level * _INDENT_TWIPS / 20)
        for run in block.runs:
            self._run(paragraph, run, bold_by_style=block.kind == "heading")
        self._direction(paragraph, block.text)

    def _run(self, paragraph: Any, run: Run, bold_by_style: bool = False) -> None:
        """Append a formatted run, inside a real hyperlink when it has a safe target."""
        out = paragraph.add_run(run.text)
        if run.bold and not bold_by_style:  # bCs/iCs: Word formats Arabic and Hebrew with the complex-script flags
            out.bold = True
            out._r.rPr.get_or_add_bCs()
        if run.italic:
            out.italic = True
            out._r.rPr.get_or_add_iCs()
        href = xml_safe(run.href or "")
        if not href.lower().startswith(_LINK_SCHEMES):
            return
        rel_id = paragraph.part.relate_to(href, RT.HYPERLINK, is_external=True)
        link = OxmlElement("w:hyperlink")
        link.set(qn("r:id"), rel_id)
        link.set(qn("w:history"), "1")
        out._r.addprevious(link)
        link.append(out._r)
        out._r.get_or_add_rPr().style = self.styles.id("Hyperlink")

    @staticmethod
    def _direction(paragraph: Any, text: str) -> None:
        """Mark right-to-left paragraphs (Arabic, Hebrew) so they align and order correctly."""
        if is_rtl(text):
            ppr = paragraph._p.get_or_add_pPr()
            ppr.insert_element_before(OxmlElement("w:bidi"), *_AFTER_BIDI)

    def _number(self, paragraph: Any, block: Block) -> None:
        """Attach a numbering instance of its own to each list, so numbering restarts."""
        num_id = self.list_nums.get(block.list_id)
        if num_id is None:
            num_id = self._new_num(block)
            self.list_nums[block.list_id] = num_id
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = min(block.level, 8)
        num_pr.get_or_add_numId().val = num_id

    def _new_num(self, block: Block) -> int:
        """Add a w:num referencing our bullet or decimal abstractNum, starting at the item."""
        numbering = self.doc.part.numbering_part.element
        abstract_id = self._abstract_num(numbering, block.kind)
        if self.next_num_id is None:  # looked up once: a letter of many short lists stays linear
            self.next_num_id = max((int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))), default=0) + 1
        num_id, self.next_num_id = self.next_num_id, self.next_num_id + 1
        level = min(block.level, 8)
        numbering.append(
            parse_xml(
                f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>'
                f'<w:lvlOverride w:ilvl="{level}"><w:startOverride w:val="{max(block.number, 0)}"/>'
                f"</w:lvlOverride></w:num>"
            )
        )
        return num_id

    def _abstract_num(self, numbering: Any, kind: str) -> int:
        """Our own list definition (independent of the template's list styles)."""
        if kind in self.abstract_ids:
            return self.abstract_ids[kind]
        existing = numbering.findall(qn("w:abstractNum"))
        abstract_id = max((int(a.get(qn("w:abstractNumId"))) for a in existing), default=-1) + 1
        levels = []
        for ilvl in range(9):
            if kind == "bullet":
                fmt, text = "bullet", _BULLETS[ilvl % 3]
            else:
                fmt, text = "decimal", f"%{ilvl + 1}."
            left = _INDENT_TWIPS * (ilvl + 1)
            levels.append(
                f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="{_INDENT_TWIPS}"/></w:pPr></w:lvl>'
            )
        element = parse_xml(
            f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{"".join(levels)}</w:abstractNum>'
        )
        first_num = numbering.find(qn("w:num"))
        if first_num is not None:
            first_num.addprevious(element)  # the schema wants every abstractNum before any num
        else:
            numbering.append(element)
        self.abstract_ids[kind] = abstract_id
        return abstract_id
