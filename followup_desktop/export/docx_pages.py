"""Pages of the Word letter: paper and margins, and the continuation header of pages 2 onwards.

Business letters carry on their second and later pages a line naming the recipient, the date
and the page number, so a loose page is never lost; the first page has none. On a letterhead
its first-page design stays as it is: the line goes under the header of the other pages, and a
letterhead that repeats one header on every page keeps it on page 1 (it is copied to a
first-page header of its own) while pages 2 onwards get the line under it.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Cm, Inches, Mm

from followup_desktop.core.letters.layout import LetterLayout, field_text
from followup_desktop.export.docx_styles import Styles

_PAGES = {  # width, height, margin, header/footer distance
    "A4": (Mm(210), Mm(297), Cm(2.5), Cm(1.25)),
    "LETTER": (Inches(8.5), Inches(11), Inches(1), Inches(0.5)),
}
_EMU_PER_TWIP = 635
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_W14 = "http://schemas.microsoft.com/office/word/2010/wordml"
_DOC_PR = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}docPr"
CONTINUATION_STYLE = "Continuation Header"


def set_page(section: Any, page_size: str) -> None:
    """Set paper size and business margins explicitly (python-docx defaults to Letter)."""
    width, height, margin, distance = _PAGES.get(page_size.upper(), _PAGES["A4"])
    section.page_width, section.page_height = width, height
    section.left_margin = section.right_margin = margin
    section.top_margin = section.bottom_margin = margin
    section.header_distance = section.footer_distance = distance


def text_width_twips(section: Any) -> int:
    """The width between the side margins, in twentieths of a point."""
    width = (section.page_width or Mm(210)) - (section.left_margin or 0) - (section.right_margin or 0)
    return max(int(width) // _EMU_PER_TWIP, 1440)


def add_continuation_header(document: Any, styles: Styles, layout: LetterLayout, on_letterhead: bool) -> None:
    """Recipient, date and page number at the top of pages 2 onwards; page 1 keeps its own header."""
    section = document.sections[0]
    if on_letterhead and not section.different_first_page_header_footer:
        for kind in ("header", "footer"):
            _copy_to_first_page(getattr(section, kind), getattr(section, f"first_page_{kind}"))
    section.different_first_page_header_footer = True
    header = section.header
    fresh = header.is_linked_to_previous
    if fresh:
        header.is_linked_to_previous = False
        header.part._element = parse_xml(f'<w:hdr xmlns:w="{_W}" xmlns:r="{_R}"/>')
    numbered = any(
        "PAGE" in " ".join(_instructions(part.part._element))
        for part in (header, section.footer)
        if not part.is_linked_to_previous
    )
    last = header.paragraphs[-1] if header.paragraphs else None
    empty = last is not None and not last.text.strip() and not last._p.xpath(".//w:drawing|.//w:pict")
    paragraph = last if last is not None and empty else header.add_paragraph()  # a letterhead's empty last line
    paragraph._p.get_or_add_pPr().style = styles.id(CONTINUATION_STYLE)
    recipient = field_text(layout.recipient_lines[0]) if layout.recipient_lines else ""
    paragraph.add_run(f"{recipient}\t{field_text(layout.date_text)}")
    if not numbered:  # a letterhead that numbers its pages already is not numbered twice
        paragraph.add_run("\tPage ")
        _page_field(paragraph)


def _instructions(element: Any) -> list[str]:
    """Every field instruction in a header or footer: complex fields and simple ones."""
    complex_fields = [e.text or "" for e in element.iter(qn("w:instrText"))]
    return complex_fields + [e.get(qn("w:instr")) or "" for e in element.iter(qn("w:fldSimple"))]


def _page_field(paragraph: Any) -> None:
    """Append a PAGE field (its cached result says 2: Word and LibreOffice update it)."""
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


def _copy_to_first_page(source: Any, target: Any) -> None:
    """Give page 1 a copy of the header or footer every page had, with its pictures and links."""
    if source.is_linked_to_previous:
        return
    old_part = source.part
    target.is_linked_to_previous = False
    new_part = target.part
    root = new_part._element
    for child in list(root):
        root.remove(child)
    new_ids: dict[str, str] = {}
    for rel_id, rel in old_part.rels.items():
        target_ref = rel.target_ref if rel.is_external else rel.target_part
        new_ids[rel_id] = new_part.relate_to(target_ref, rel.reltype, is_external=rel.is_external)
    next_drawing = _max_drawing_id(source.part.package) + 1
    for child in old_part._element:
        copied = copy.deepcopy(child)
        for element in copied.iter():
            for name in list(element.attrib):
                if name.startswith(f"{{{_R}}}") and element.get(name) in new_ids:
                    element.set(name, new_ids[element.get(name)])
                elif name.startswith(f"{{{_W14}}}"):
                    del element.attrib[name]  # paragraph ids must stay unique; Word makes new ones
            if element.tag == _DOC_PR:  # a drawing's id is unique in the document
                element.set("id", str(next_drawing))
                next_drawing += 1
        root.append(copied)


def _max_drawing_id(package: Any) -> int:
    ids = [0]
    for part in package.iter_parts():
        if part.content_type.endswith("+xml") and b"docPr" in part.blob:
            ids += [int(n) for n in re.findall(rb'docPr id="(\d+)"', part.blob)]
    return max(ids)
