"""The letter's paragraph styles: each part of the letter has a named style carrying its spacing.

A Word user restyles the whole letter in one place (Modify Style), and the paragraphs carry
direct formatting only where the letter's Markdown asks for it (bold, italic, a list's nesting).
Word's built-in names (Date, Salutation, Body Text, Closing, Signature, List Bullet ...) are used
where Word has one, so Word shows them in its own language; the others are the letter's own.
On a letterhead, a style the letterhead already defines is the designer's and is used as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import quoteattr

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

# Styles whose name Word knows as built-in: their ids are Word's own ("Body Text" -> "BodyText").
_BUILT_IN = {"Date", "Salutation", "Body Text", "Closing", "Signature", "List Bullet", "List Number", "Hyperlink"}


@dataclass(frozen=True)
class StyleSpec:
    """One style the letter may use: its kind, what it is based on, its paragraph and run properties."""

    kind: str  # "paragraph" or "character"
    based_on: str = "Normal"
    ppr: str = ""  # w:pPr children, in schema order
    rpr: str = ""  # w:rPr children, in schema order
    next_name: str = ""


def _after(twips: int) -> str:
    return f'<w:spacing w:after="{twips}"/>'


def letter_styles(font_size_pt: float) -> dict[str, StyleSpec]:
    """The styles of the letter's parts, spaced for the letter's font size."""
    gap = round(font_size_pt * 20)  # one empty line of the body's size between blocks
    block = "<w:keepLines/>" + _after(gap)
    return {
        "Sender": StyleSpec("paragraph", ppr=block, next_name="Date"),
        "Sender Name": StyleSpec("character", based_on="", rpr="<w:b/><w:bCs/>"),
        "Date": StyleSpec("paragraph", ppr=block, next_name="Recipient"),
        "Recipient": StyleSpec("paragraph", ppr=block, next_name="Subject"),
        "Subject": StyleSpec("paragraph", ppr="<w:keepNext/>" + block, rpr="<w:b/><w:bCs/>", next_name="Salutation"),
        "Salutation": StyleSpec("paragraph", ppr="<w:keepNext/>" + _after(gap), next_name="Body Text"),
        "Body Text": StyleSpec("paragraph", ppr=_after(gap)),
        # Items of one list sit together (contextual spacing); the list ends with the body's gap.
        "List Bullet": StyleSpec("paragraph", based_on="Body Text", ppr="<w:contextualSpacing/>"),
        "List Number": StyleSpec("paragraph", based_on="Body Text", ppr="<w:contextualSpacing/>"),
        **{
            f"Heading {n}": StyleSpec(
                "paragraph",
                based_on="Body Text",
                ppr=f'<w:keepNext/><w:keepLines/><w:outlineLvl w:val="{n - 1}"/>',
                rpr="<w:b/><w:bCs/>",
                next_name="Body Text",
            )
            for n in range(1, 7)
        },
        "Closing": StyleSpec("paragraph", ppr="<w:keepNext/><w:keepLines/>" + _after(gap * 4), next_name="Signature"),
        "Signature": StyleSpec("paragraph", ppr="<w:keepLines/>" + _after(0)),
        "Hyperlink": StyleSpec("character", based_on="", rpr='<w:color w:val="0563C1"/><w:u w:val="single"/>'),
    }


def continuation_spec(text_width_twips: int, based_on: str) -> StyleSpec:
    """The header of pages 2 onwards: recipient at the left, date centred, page number at the right."""
    tabs = (
        f'<w:tabs><w:tab w:val="center" w:pos="{text_width_twips // 2}"/>'
        f'<w:tab w:val="right" w:pos="{text_width_twips}"/></w:tabs>'
    )
    return StyleSpec("paragraph", based_on=based_on, ppr=tabs + _after(240))


def style_id(name: str) -> str:
    """The id Word gives a style of this name (spaces and punctuation left out)."""
    return "".join(ch for ch in name if ch.isalnum()) or "Style"


class Styles:
    """The document's styles: finds a style by name, adds the letter's own on first use."""

    def __init__(self, document: Any, specs: dict[str, StyleSpec], language: str) -> None:
        self.element = document.styles.element
        self.specs, self.language = specs, language
        self.ids: dict[str, str] = {}
        for style in self.element.findall(qn("w:style")):
            name = style.find(qn("w:name"))
            if name is not None:  # a letterhead may call "Body Text" "body text": Word matches either
                self.ids.setdefault(name.get(qn("w:val")).casefold(), style.get(qn("w:styleId")))

    def has(self, name: str) -> bool:
        """True when the document defines a style of this name."""
        return name.casefold() in self.ids

    def id(self, name: str) -> str:
        """The id of the named style, added from the letter's specs when the document lacks it."""
        found = self.ids.get(name.casefold())
        if found is not None:
            return found
        spec = self.specs[name]
        based_on = self.id(spec.based_on) if spec.based_on and spec.based_on in self.specs else None
        if spec.based_on and based_on is None and self.has(spec.based_on):
            based_on = self.ids[spec.based_on.casefold()]
        new_id = self._free_id(style_id(name))
        self.ids[name.casefold()] = new_id
        self._append(name, new_id, spec, based_on)
        if spec.next_name and spec.next_name in self.specs:
            self.id(spec.next_name)  # Word's "style for following paragraph" must exist
        return new_id

    def _free_id(self, wanted: str) -> str:
        taken = {s.get(qn("w:styleId")) for s in self.element.findall(qn("w:style"))}
        candidate, n = wanted, 1
        while candidate in taken:
            n += 1
            candidate = f"{wanted}{n}"
        return candidate

    def _append(self, name: str, new_id: str, spec: StyleSpec, based_on: str | None) -> None:
        custom = "" if name in _BUILT_IN or name.startswith("Heading ") else ' w:customStyle="1"'
        parts = [f"<w:name w:val={quoteattr(name)}/>"]
        if based_on:
            parts.append(f'<w:basedOn w:val="{based_on}"/>')
        if spec.next_name and spec.next_name in self.specs:
            next_id = self.ids.get(spec.next_name.casefold()) or self._free_id(style_id(spec.next_name))
            parts.append(f'<w:next w:val="{next_id}"/>')
        parts.append("<w:qFormat/>")
        if spec.ppr and spec.kind == "paragraph":
            parts.append(f"<w:pPr>{spec.ppr}</w:pPr>")
        if spec.rpr:
            parts.append(f"<w:rPr>{spec.rpr}</w:rPr>")
        xml = f'<w:style {nsdecls("w")} w:type="{spec.kind}"{custom} w:styleId="{new_id}">{"".join(parts)}</w:style>'
        self.element.append(parse_xml(xml))


def set_language(document: Any, language: str) -> None:
    """Make `language` (BCP 47, e.g. en-GB) the language Word proofs the letter in.

    It goes into the document defaults, and replaces the language of any style that names
    one (a letterhead made in another country has it in its Normal style).
    """
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = parse_xml(f"<w:docDefaults {nsdecls('w')}/>")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = parse_xml(f"<w:rPrDefault {nsdecls('w')}/>")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = parse_xml(f"<w:rPr {nsdecls('w')}/>")
        rpr_default.append(rpr)
    if rpr.find(qn("w:lang")) is None:
        rpr.insert_element_before(
            parse_xml(f"<w:lang {nsdecls('w')}/>"), "w:eastAsianLayout", "w:specVanish", "w:oMath"
        )
    for lang in styles.iter(qn("w:lang")):
        lang.set(qn("w:val"), language)
