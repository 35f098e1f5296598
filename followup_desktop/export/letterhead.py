"""A Word letterhead read for paper: its page, margins, fonts, and the headers and footers to paint.

The PDF and the printed letter are painted by Qt, not by Word, so they draw the letterhead
themselves from what this module reads out of the .docx/.dotx: the paper size and margins, the
first-page and other-page headers and footers (paragraphs with their alignment, bold, italic,
size and colour; pictures in line or placed on the page; PAGE fields), and the Normal style's
font. No python-docx: plain zip and XML, so reading a letterhead costs a few milliseconds.
Tables in a header are read row by row, cells side by side; shapes and text boxes are left out.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

from followup_desktop.export.docx import LetterheadError, letterhead_package

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_WP = "{http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing}"
_V = "{urn:schemas-microsoft-com:vml}"
_PKG_R = "{http://schemas.openxmlformats.org/package/2006/relationships}"
EMU_PER_TWIP = 635
PAGE_FIELD = "\ue000"  # stands for the page number in a run's text until a page is painted


@dataclass(frozen=True)
class Anchor:
    """Where a picture is placed: an offset (EMU) or an alignment, each from the page, the margin ..."""

    x: int = 0
    y: int = 0
    from_x: str = "column"
    from_y: str = "paragraph"
    align_x: str = ""  # "left", "center", "right" (wins over x)
    align_y: str = ""  # "top", "center", "bottom" (wins over y)


@dataclass(frozen=True)
class Picture:
    """An image of the letterhead; `anchor` when it is placed on the page rather than in the line."""

    data: bytes
    width: int  # EMU
    height: int
    anchor: Anchor | None = None


@dataclass(frozen=True)
class Span:
    """A run of text in one format; PAGE_FIELD in `text` is the page number."""

    text: str
    bold: bool = False
    italic: bool = False
    size_pt: float | None = None
    colour: str | None = None  # RRGGBB
    picture: Picture | None = None


@dataclass(frozen=True)
class Para:
    """A paragraph of a header or footer; a table row is one Para per cell, side by side."""

    spans: tuple[Span, ...]
    align: str = "left"
    cells: tuple[tuple[Para, ...], ...] = ()  # a table row: its cells' paragraphs


@dataclass(frozen=True)
class Band:
    """One header or footer: its paragraphs in order and the pictures placed on the page."""

    paras: tuple[Para, ...] = ()
    floating: tuple[Picture, ...] = ()

    @property
    def numbered(self) -> bool:
        """True when it shows the page number itself."""
        return any(PAGE_FIELD in s.text for p in _all(self.paras) for s in p.spans)

    @property
    def empty(self) -> bool:
        """True when it shows nothing."""
        return not self.floating and not any(s.text.strip() or s.picture for p in _all(self.paras) for s in p.spans)


def _all(paras: tuple[Para, ...]) -> list[Para]:
    out: list[Para] = []
    for para in paras:
        out.append(para)
        for cell in para.cells:
            out += _all(cell)
    return out


@dataclass(frozen=True)
class Letterhead:
    """What paper on this letterhead looks like; lengths in twips (1/1440 inch)."""

    width: int = 11906  # A4
    height: int = 16838
    margins: tuple[int, int, int, int] = (1417, 1417, 1417, 1417)  # top, right, bottom, left
    header_distance: int = 709
    footer_distance: int = 709
    first_header: Band = field(default_factory=Band)
    first_footer: Band = field(default_factory=Band)
    header: Band = field(default_factory=Band)  # pages 2 onwards
    footer: Band = field(default_factory=Band)
    font_family: str = ""  # the Normal style's, "" when it names none
    font_size_pt: float = 0.0

    @property
    def numbered(self) -> bool:
        """True when pages 2 onwards show a page number already."""
        return self.header.numbered or self.footer.numbered


def read_letterhead(path: Path | str) -> Letterhead:
    """Read a .docx/.dotx letterhead; LetterheadError when it cannot be read."""
    name = Path(path).name
    try:
        with zipfile.ZipFile(letterhead_package(Path(path))) as package:
            return _Reader(package).letterhead()
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError, ValueError) as exc:
        raise LetterheadError(f"The letterhead “{name}” is damaged or is not a Word document.") from exc


def _twips(value: str | None, default: int) -> int:
    try:
        return abs(int(float(value))) if value is not None else default
    except ValueError:
        return default


_RUN_HOLDERS = {f"{_W}{tag}" for tag in ("hyperlink", "ins", "smartTag", "fldSimple", "sdt", "sdtContent")}


def _runs(parent: ElementTree.Element) -> list[ElementTree.Element]:
    """A paragraph's runs in reading order, through links and tracked insertions; a PAGE field as one."""
    out: list[ElementTree.Element] = []
    for child in parent:
        if child.tag == f"{_W}r":
            out.append(child)
        elif child.tag == f"{_W}fldSimple" and child.get(f"{_W}instr", "").split()[:1] == ["PAGE"]:
            out.append(child)
        elif child.tag in (
            f"{_W}hyperlink",
            f"{_W}ins",
            f"{_W}smartTag",
            f"{_W}fldSimple",
            f"{_W}sdt",
            f"{_W}sdtContent",
        ):
            out += _runs(child)
    return out


class _Reader:
    def __init__(self, package: zipfile.ZipFile) -> None:
        self.package = package

    def _xml(self, name: str) -> ElementTree.Element:
        return ElementTree.fromstring(self.package.read(name))

    def _rels(self, part: str) -> dict[str, str]:
        """Relationship id -> part name (internal targets only)."""
        folder, base = posixpath.split(part)
        rels_name = posixpath.join(folder, "_rels", base + ".rels")
        if rels_name not in self.package.namelist():
            return {}
        out = {}
        for rel in self._xml(rels_name).iter(f"{_PKG_R}Relationship"):
            if rel.get("TargetMode") != "External":
                target = rel.get("Target", "")
                out[rel.get("Id", "")] = (
                    target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
                )
        return out

    def letterhead(self) -> Letterhead:
        main = "word/document.xml"
        body = self._xml(main).find(f"{_W}body")
        sect = body.find(f"{_W}sectPr") if body is not None else None
        family, size_pt = self._font()
        if sect is None:
            return Letterhead(font_family=family, font_size_pt=size_pt)
        size, margin = sect.find(f"{_W}pgSz"), sect.find(f"{_W}pgMar")
        rels = self._rels(main)
        bands: dict[str, Band] = {}
        for kind in ("header", "footer"):
            for ref in sect.findall(f"{_W}{kind}Reference"):
                target = rels.get(ref.get(f"{_R}id", ""))
                if target:
                    bands[f"{ref.get(f'{_W}type', 'default')}-{kind}"] = self._band(target)
        title_page = sect.find(f"{_W}titlePg")
        first = title_page is not None and title_page.get(f"{_W}val", "1") not in ("0", "false", "off")
        get = size.get if size is not None else (lambda key, default=None: default)
        mar = margin.get if margin is not None else (lambda key, default=None: default)
        return Letterhead(
            width=_twips(get(f"{_W}w"), 11906),
            height=_twips(get(f"{_W}h"), 16838),
            margins=tuple(_twips(mar(f"{_W}{side}"), 1417) for side in ("top", "right", "bottom", "left")),  # type: ignore[arg-type]
            header_distance=_twips(mar(f"{_W}header"), 709),
            footer_distance=_twips(mar(f"{_W}footer"), 709),
            first_header=bands.get("first-header" if first else "default-header", Band()),
            first_footer=bands.get("first-footer" if first else "default-footer", Band()),
            header=bands.get("default-header", Band()),
            footer=bands.get("default-footer", Band()),
            font_family=family,
            font_size_pt=size_pt,
        )

    def _font(self) -> tuple[str, float]:
        """The Normal style's font family and size, resolved through the document defaults and theme."""
        if "word/styles.xml" not in self.package.namelist():
            return "", 10.0
        styles = self._xml("word/styles.xml")
        sources = [styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")]
        for style in styles.iter(f"{_W}style"):
            if style.get(f"{_W}type") == "paragraph" and style.get(f"{_W}default") in ("1", "true", "on"):
                sources.append(style.find(f"{_W}rPr"))
        family, size = "", 0.0
        for rpr in (s for s in sources if s is not None):
            fonts, sz = rpr.find(f"{_W}rFonts"), rpr.find(f"{_W}sz")
            if fonts is not None:
                theme = fonts.get(f"{_W}asciiTheme")
                family = fonts.get(f"{_W}ascii") or (self._theme_font(theme) if theme else "") or family
            if sz is not None:
                size = _twips(sz.get(f"{_W}val"), 20) / 2
        return family, size or 10.0  # Word's size when no style names one

    def _theme_font(self, slot: str) -> str:
        names = [n for n in self.package.namelist() if re.fullmatch(r"word/theme/theme\d*\.xml", n)]
        if not names:
            return ""
        kind = "majorFont" if slot.startswith("major") else "minorFont"
        latin = self._xml(names[0]).find(f".//{_A}{kind}/{_A}latin")
        return latin.get("typeface", "") if latin is not None else ""

    def _band(self, part: str) -> Band:
        root = self._xml(part)
        rels = self._rels(part)
        floating: list[Picture] = []
        paras = tuple(self._blocks(root, rels, floating))
        return Band(paras, tuple(floating))

    def _blocks(self, parent: ElementTree.Element, rels: dict[str, str], floating: list[Picture]) -> list[Para]:
        out: list[Para] = []
        for child in parent:
            if child.tag == f"{_W}p":
                out.append(self._para(child, rels, floating))
            elif child.tag == f"{_W}tbl":
                for row in child.iter(f"{_W}tr"):
                    cells = tuple(tuple(self._blocks(cell, rels, floating)) for cell in row.findall(f"{_W}tc"))
                    out.append(Para((), cells=cells))
            elif child.tag in (f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml"):
                out += self._blocks(child, rels, floating)
        return out

    def _para(self, p: ElementTree.Element, rels: dict[str, str], floating: list[Picture]) -> Para:
        jc = p.find(f"{_W}pPr/{_W}jc")
        align = {"center": "center", "right": "right", "end": "right", "both": "justify"}.get(
            jc.get(f"{_W}val", "") if jc is not None else "", "left"
        )
        spans: list[Span] = []
        state = {"field": "", "result": False}
        for run in _runs(p):
            if run.tag == f"{_W}fldSimple":  # its own runs hold the cached number
                spans.append(Span(PAGE_FIELD))
            else:
                spans += self._run(run, rels, floating, state)
        return Para(tuple(spans), align)

    def _run(self, run: ElementTree.Element, rels: dict[str, str], floating: list[Picture], state: dict) -> list[Span]:  # type: ignore[type-arg]
        rpr = run.find(f"{_W}rPr")

        def on(tag: str) -> bool:
            element = rpr.find(f"{_W}{tag}") if rpr is not None else None
            return element is not None and element.get(f"{_W}val", "1") not in ("0", "false", "off")

        size = rpr.find(f"{_W}sz") if rpr is not None else None
        colour = rpr.find(f"{_W}color") if rpr is not None else None
        style = {
            "bold": on("b"),
            "italic": on("i"),
            "size_pt": _twips(size.get(f"{_W}val"), 20) / 2 if size is not None else None,
            "colour": (colour.get(f"{_W}val") if colour is not None and colour.get(f"{_W}val") != "auto" else None),
        }
        spans: list[Span] = []
        text: list[str] = []
        for child in run:
            tag = child.tag
            if tag == f"{_W}fldChar":
                kind = child.get(f"{_W}fldCharType")
                if kind == "begin":
                    state.update(field="", result=False)
                elif kind == "separate":
                    state["result"] = True
                    if state["field"].split()[:1] == ["PAGE"]:
                        text.append(PAGE_FIELD)
                elif kind == "end":
                    state.update(field="", result=False)
            elif tag == f"{_W}instrText":
                state["field"] += child.text or ""
            elif state["result"] and state["field"].split()[:1] == ["PAGE"]:
                continue  # the cached page number; the painter writes the real one
            elif tag == f"{_W}t":
                text.append(child.text or "")
            elif tag == f"{_W}tab":
                text.append("\t")
            elif tag in (f"{_W}br", f"{_W}cr"):
                text.append("\n")
            elif tag in (f"{_W}drawing", f"{_W}pict"):
                picture = self._picture(child, rels)
                if picture is not None and picture.anchor is not None:
                    floating.append(picture)
                elif picture is not None:
                    spans.append(Span("".join(text), **style))  # type: ignore[arg-type]
                    text = []
                    spans.append(Span("", picture=picture))
        spans.append(Span("".join(text), **style))  # type: ignore[arg-type]
        return [s for s in spans if s.text or s.picture]

    def _picture(self, element: ElementTree.Element, rels: dict[str, str]) -> Picture | None:
        blip = next(element.iter(f"{_A}blip"), None)
        target = rels.get(blip.get(f"{_R}embed", "")) if blip is not None else None
        if blip is None:  # an old (VML) picture
            image = next(element.iter(f"{_V}imagedata"), None)
            target = rels.get(image.get(f"{_R}id", "")) if image is not None else None
        if not target or target not in self.package.namelist():
            return None
        data = self.package.read(target)
        extent = next(element.iter(f"{_WP}extent"), None)
        if extent is not None:
            width, height = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
        else:
            shape = next(element.iter(f"{_V}shape"), None)
            css = dict(re.findall(r"([\w-]+)\s*:\s*([\d.]+)pt", shape.get("style", "") if shape is not None else ""))
            width, height = (int(float(css.get(k, "72")) * 12700) for k in ("width", "height"))
        anchor = next(element.iter(f"{_WP}anchor"), None)
        if anchor is None:
            return Picture(data, width, height)
        placed: list[tuple[int, str, str]] = []
        for axis, default in (("positionH", "column"), ("positionV", "paragraph")):
            position = anchor.find(f"{_WP}{axis}")
            offset = position.find(f"{_WP}posOffset") if position is not None else None
            align = position.find(f"{_WP}align") if position is not None else None
            placed.append(
                (
                    int(float(offset.text or "0")) if offset is not None else 0,
                    position.get("relativeFrom", default) if position is not None else default,
                    (align.text or "").strip() if align is not None else "",
                )
            )
        (x, from_x, align_x), (y, from_y, align_y) = placed
        return Picture(data, width, height, Anchor(x, y, from_x, from_y, align_x, align_y))
