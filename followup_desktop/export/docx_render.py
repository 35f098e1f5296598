"""Lay a LetterLayout out in a python-docx Document (imported by export.docx on first use)."""

from __future__ import annotations

import logging
from typing import Any

from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Inches, Mm, Pt, RGBColor

from followup_desktop.core.letters.layout import LetterLayout, field_text
from followup_desktop.core.text.markdown import Block, Run, parse_body
from followup_desktop.core.text.safe import is_rtl, xml_safe

log = logging.getLogger(__name__)

_PAGES = {  # width, height, margin, header/footer distance
    "A4": (Mm(210), Mm(297), Cm(2.5), Cm(1.25)),
    "LETTER": (Inches(8.5), Inches(11), Inches(1), Inches(0.5)),
}
_LINK_SCHEMES = ("http://", "https://", "mailto:", "tel:")
_LINK_COLOUR = RGBColor(0x05, 0x63, 0xC1)
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


def render(document: Any, layout: LetterLayout, on_letterhead: bool) -> None:
    """Fill `document` with the letter; a letterhead keeps its page setup and header/footer."""
    body = document.element.body
    had_section = body.sectPr is not None
    body.get_or_add_sectPr()  # a letterhead without one still gets a page setup
    for child in list(body):
        if child.tag != qn("w:sectPr"):  # keep the final sectPr: headers, footers, page setup
            body.remove(child)
    if not on_letterhead or not had_section:
        _set_page(document.sections[0], layout.page_size)
    if not on_letterhead:
        _add_page_numbers(document.sections[0])
    elif document.sections[0].different_first_page_header_footer:
        _add_letterhead_page_numbers(document.sections[0])
    _set_fonts(document, layout, keep_family=on_letterhead)
    _set_properties(document, layout)
    _LetterWriter(document, layout).write()


def _set_page(section: Any, page_size: str) -> None:
    """Set paper size and business margins explicitly (python-docx defaults to Letter)."""
    width, height, margin, distance = _PAGES.get(page_size.upper(), _PAGES["A4"])
    section.page_width, section.page_height = width, height
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    section.header_distance = section.footer_distance = distance


def _add_page_numbers(section: Any) -> None:
    """Number pages from page 2: an empty first-page footer, a PAGE field on the others."""
    section.different_first_page_header_footer = True
    section.first_page_footer.is_linked_to_previous = False
    footer = section.footer
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    _page_field(paragraph)


def _add_letterhead_page_numbers(section: Any) -> None:
    """A PAGE field under the letterhead's own footer of pages 2+; its first page stays as designed.

    Only called when the letterhead already has a distinct first-page header/footer, so the
    number never shows on (or changes) the first page; the existing footer text is kept.
    """
    footer = section.footer
    if footer.is_linked_to_previous:
        footer.is_linked_to_previous = False  # a fresh, empty footer definition for pages 2+
    if "PAGE" in footer._element.xml:
        return  # the letterhead numbers its pages itself
    paragraph = (
        footer.add_paragraph()
        if footer.paragraphs and footer.paragraphs[-1].text.strip()
        else (footer.paragraphs[-1] if footer.paragraphs else footer.add_paragraph())
    )
    _page_field(paragraph)


def _page_field(paragraph: Any) -> None:
    """Centre the paragraph and append a PAGE field to it."""
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for kind, text in (("begin", None), ("instr", " PAGE "), ("separate", None), ("result", "2"), ("end", None)):
        run = paragraph.add_run()
        if kind == "instr":
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        elif kind == "result":
            run.text = text
        else:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)


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


def _set_properties(document: Any, layout: LetterLayout) -> None:
    """Set title and author; clear what python-docx or the letterhead left behind."""
    props = document.core_properties
    # Word limits document properties to 255 characters; a pasted page as a subject must not fail.
    props.title = field_text(layout.title)[:255]
    props.author = props.last_modified_by = field_text(layout.author)[:255]
    props.subject = props.keywords = props.comments = props.category = ""
    props.revision = 1


class _LetterWriter:
    """Appends the letter's paragraphs in reading order."""

    def __init__(self, document: Any, layout: LetterLayout) -> None:
        self.doc, self.layout = document, layout
        self.styles = {s.name for s in document.styles}
        self.style_ids: dict[str, str] = {}
        self.list_nums: dict[int, int] = {}
        self.abstract_ids: dict[str, int] = {}
        self.next_num_id: int | None = None
        self.gap = Pt(layout.font_size_pt)
        body = document.element.body
        self.body, self.sect_pr = body, body.find(qn("w:sectPr"))

    def _paragraph(self) -> Any:
        """A new last paragraph of the body, before its section properties.

        Not document.add_paragraph(): that looks for the body's w:sectPr among all its children
        for every paragraph, which makes a letter of many short paragraphs quadratic to write.
        """
        from docx.text.paragraph import Paragraph

        p = OxmlElement("w:p")
        if self.sect_pr is not None:
            self.sect_pr.addprevious(p)
        else:
            self.body.append(p)
        return Paragraph(p, self.doc._body)

    def write(self) -> None:
        """Write sender, date, recipient, subject, salutation, body, closing and name."""
        lay = self.layout
        self._lines([lay.sender_name, *lay.sender_lines], bold_first=True)
        self._lines([lay.date_text])
        self._lines(list(lay.recipient_lines))
        self._lines([lay.subject], bold_first=True)
        self._lines([lay.salutation])
        blocks = parse_body(lay.body_markdown)
        for i, block in enumerate(blocks):
            following = blocks[i + 1] if i + 1 < len(blocks) else None
            self._block(block, following)
        closing = self._lines([lay.closing])
        if closing is not None:
            closing.paragraph_format.keep_with_next = True
            closing.paragraph_format.space_after = Pt(lay.font_size_pt * 4)  # room to sign
        self._lines([lay.signature_name])

    def _lines(self, texts: list[str], bold_first: bool = False) -> Any:
        """One paragraph holding the non-empty lines, separated by line breaks."""
        lines = [t for t in map(field_text, texts) if t]
        if not lines:
            return None
        paragraph = self._paragraph()
        paragraph.paragraph_format.keep_together = True
        paragraph.paragraph_format.space_after = self.gap
        for i, line in enumerate(lines):
            run = paragraph.add_run(("\n" if i else "") + line)
            if bold_first and i == 0:
                run.bold = True
        self._direction(paragraph, "\n".join(lines))
        return paragraph

    def _block(self, block: Block, following: Block | None) -> None:
        """One body block: a paragraph, a bold heading or a list item."""
        if block.kind in ("bullet", "numbered"):
            wanted = "List Bullet" if block.kind == "bullet" else "List Number"
            style = next((s for s in (wanted, "List Paragraph") if s in self.styles), None)
            paragraph = self._paragraph()
            if style is not None:
                paragraph._p.get_or_add_pPr().style = self._style_id(style)
            self._number(paragraph, block)
            same_list = (
                following is not None
                and following.kind in ("bullet", "numbered")
                and (following.list_id == block.list_id or following.level != block.level)
            )
            paragraph.paragraph_format.space_after = Pt(0) if same_list else self.gap
        else:
            paragraph = self._paragraph()
            paragraph.paragraph_format.space_after = self.gap
            if block.level:
                paragraph.paragraph_format.left_indent = Pt(block.level * _INDENT_TWIPS / 20)
            if block.kind == "heading":
                paragraph.paragraph_format.keep_with_next = True
        for run in block.runs:
            self._run(paragraph, run)
        self._direction(paragraph, block.text)

    def _run(self, paragraph: Any, run: Run) -> None:
        """Append a formatted run, inside a real hyperlink when it has a safe target."""
        out = paragraph.add_run(run.text)
        if run.bold:  # bCs/iCs: Word formats Arabic and Hebrew with the complex-script flags
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
        out._r.get_or_add_rPr().style = self._style_id(self._link_style().name)

    def _style_id(self, name: str) -> str:
        """A style's id, looked up once per export (python-docx's style= setter costs ~4 ms a call)."""
        if name not in self.style_ids:
            self.style_ids[name] = self.doc.styles[name].style_id
        return self.style_ids[name]

    def _link_style(self) -> Any:
        """The Hyperlink character style, added when the template has none."""
        if "Hyperlink" not in self.styles:
            style = self.doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER)
            style.font.color.rgb = _LINK_COLOUR
            style.font.underline = True
            self.styles.add("Hyperlink")
        return self.doc.styles["Hyperlink"]

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
