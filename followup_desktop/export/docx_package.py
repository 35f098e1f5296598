"""The .docx package itself: a clean starting document, and what is left out or filled in before saving.

python-docx's own template is a Word 2010 file from 2013: its properties say "Microsoft Macintosh
Word", created 2013-12-23, compatibility mode 14 (Word opens it in Compatibility Mode), with a
blank thumbnail, a customXml part and 350 KB of styles. A letter starts from `base_package()`
instead, and `tidy()` gives a letterhead's package the same treatment: the letter's own
properties, compatibility mode 15, and no part that nothing in the letter uses.
"""

from __future__ import annotations

import datetime as _dt
import io
import re
import zipfile
from typing import Any
from xml.sax.saxutils import escape

from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

import followup_desktop
from followup_desktop.core.letters.layout import LetterLayout, field_text
from followup_desktop.core.text.safe import xml_safe
from followup_desktop.export.docx_theme import font_table_xml, theme_xml

APPLICATION = "FollowUp Desktop"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_R = "http://schemas.openxmlformats.org/package/2006/relationships"
_CT = "application/vnd.openxmlformats-officedocument"
_CORE_CT = "application/vnd.openxmlformats-package.core-properties+xml"
_WORD_URI = "http://schemas.microsoft.com/office/word"
_XML = "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"

# Relationships of the main document that its XML does not name by r:id: kept while the letter uses them.
_IMPLICIT = {RT.STYLES, RT.SETTINGS, RT.NUMBERING, RT.FONT_TABLE, RT.THEME, RT.FOOTNOTES, RT.ENDNOTES}
# Parts a letter never uses: a template's leftovers.
_UNUSED = {
    RT.THUMBNAIL,
    RT.CUSTOM_PROPERTIES,
    RT.WEB_SETTINGS,
    RT.GLOSSARY_DOCUMENT,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
    "http://schemas.microsoft.com/office/2006/relationships/vbaProject",
}
# The comments of the letterhead's discarded body (kept only if its header or footer holds one).
_COMMENTS = {
    RT.COMMENTS,
    "http://schemas.microsoft.com/office/2011/relationships/people",
    "http://schemas.microsoft.com/office/2011/relationships/commentsExtended",
    "http://schemas.microsoft.com/office/2016/09/relationships/commentsIds",
    "http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible",
}
# Settings that belong to the letterhead's own history, not to the letter: its template on the
# designer's disk, a mail merge's data source, "spelling checked and clean", "save a thumbnail".
_SETTINGS_DROPPED = ("w:attachedTemplate", "w:mailMerge", "w:proofState", "w:savePreviewPicture", "w:rsids")
_COMPAT_AFTER = (
    "w:docVars",
    "w:rsids",
    "m:mathPr",
    "w:attachedSchema",
    "w:themeFontLang",
    "w:clrSchemeMapping",
    "w:doNotIncludeSubdocsInStats",
    "w:doNotAutoCompressPictures",
    "w:forceUpgrade",
    "w:captions",
    "w:readModeInkLockDown",
    "w:smartTagType",
    "sl:schemaLibrary",
    "w:shapeDefaults",
    "w:doNotEmbedSmartTags",
    "w:decimalSymbol",
    "w:listSeparator",
)
_COLOUR_MAPPING = " ".join(
    f'w:{name}="{value}"'
    for name, value in (
        ("bg1", "light1"),
        ("t1", "dark1"),
        ("bg2", "light2"),
        ("t2", "dark2"),
        *((f"accent{n}", f"accent{n}") for n in range(1, 7)),
        ("hyperlink", "hyperlink"),
        ("followedHyperlink", "followedHyperlink"),
    )
)
# What Word 2013 and later write for a new document (compatibility mode 15 is "no Compatibility Mode").
_COMPAT_SETTINGS = (
    ("compatibilityMode", "15"),
    ("overrideTableStyleFontSizeAndJustification", "1"),
    ("enableOpenTypeFeatures", "1"),
    ("doNotFlipMirrorIndents", "1"),
    ("differentiateMultirowTableHeaders", "1"),
)


def app_version() -> str:
    """This program's version as Word's AppVersion wants it ("XX.YYYY"; 0.1.0 -> "00.0100")."""
    numbers = [int(n) for n in re.findall(r"\d+", followup_desktop.__version__)[:3]] + [0, 0, 0]
    return f"{numbers[0] % 100:02d}.{numbers[1] % 100:02d}{numbers[2] % 100:02d}"


def _compat_xml() -> str:
    settings = "".join(
        f'<w:compatSetting w:name="{name}" w:uri="{_WORD_URI}" w:val="{value}"/>' for name, value in _COMPAT_SETTINGS
    )
    return f"<w:compat>{settings}</w:compat>"


def base_package(layout: LetterLayout) -> io.BytesIO:
    """A new, empty Word document with nothing in it a letter does not need; python-docx opens it."""
    content_types = (
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/word/document.xml" ContentType="{_CT}.wordprocessingml.document.main+xml"/>'
        f'<Override PartName="/word/styles.xml" ContentType="{_CT}.wordprocessingml.styles+xml"/>'
        f'<Override PartName="/word/settings.xml" ContentType="{_CT}.wordprocessingml.settings+xml"/>'
        f'<Override PartName="/word/numbering.xml" ContentType="{_CT}.wordprocessingml.numbering+xml"/>'
        f'<Override PartName="/word/fontTable.xml" ContentType="{_CT}.wordprocessingml.fontTable+xml"/>'
        f'<Override PartName="/word/theme/theme1.xml" ContentType="{_CT}.theme+xml"/>'
        f'<Override PartName="/docProps/core.xml" ContentType="{_CORE_CT}"/>'
        f'<Override PartName="/docProps/app.xml" ContentType="{_CT}.extended-properties+xml"/>'
        "</Types>"
    )
    package_rels = (
        f'<Relationships xmlns="{_PKG_R}">'
        f'<Relationship Id="rId1" Type="{RT.OFFICE_DOCUMENT}" Target="word/document.xml"/>'
        f'<Relationship Id="rId2" Type="{RT.CORE_PROPERTIES}" Target="docProps/core.xml"/>'
        f'<Relationship Id="rId3" Type="{RT.EXTENDED_PROPERTIES}" Target="docProps/app.xml"/>'
        "</Relationships>"
    )
    document_rels = (
        f'<Relationships xmlns="{_PKG_R}">'
        f'<Relationship Id="rId1" Type="{RT.STYLES}" Target="styles.xml"/>'
        f'<Relationship Id="rId2" Type="{RT.SETTINGS}" Target="settings.xml"/>'
        f'<Relationship Id="rId3" Type="{RT.NUMBERING}" Target="numbering.xml"/>'
        f'<Relationship Id="rId4" Type="{RT.FONT_TABLE}" Target="fontTable.xml"/>'
        f'<Relationship Id="rId5" Type="{RT.THEME}" Target="theme/theme1.xml"/>'
        "</Relationships>"
    )
    styles = (
        f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="en-US"/></w:rPr></w:rPrDefault>'
        "<w:pPrDefault/></w:docDefaults>"
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
        '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont">'
        '<w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>'
        '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
        '<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/>'
        '<w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>'
        "</w:styles>"
    )
    settings = (
        f'<w:settings xmlns:w="{_W}"><w:zoom w:percent="100"/><w:defaultTabStop w:val="720"/>'
        f'<w:characterSpacingControl w:val="doNotCompress"/>{_compat_xml()}<w:themeFontLang w:val="en-US"/>'
        f"<w:clrSchemeMapping {_COLOUR_MAPPING}/>"
        '<w:decimalSymbol w:val="."/><w:listSeparator w:val=","/></w:settings>'
    )
    family = xml_safe(layout.font_family).strip() or "Calibri"
    east_asian = xml_safe(layout.east_asian_font).strip() or "Noto Sans CJK SC"
    parts = {
        "[Content_Types].xml": content_types,
        "_rels/.rels": package_rels,
        "word/document.xml": f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body><w:sectPr/></w:body></w:document>',
        "word/_rels/document.xml.rels": document_rels,
        "word/styles.xml": styles,
        "word/settings.xml": settings,
        "word/numbering.xml": f'<w:numbering xmlns:w="{_W}"/>',
        "word/fontTable.xml": font_table_xml(family, east_asian),
        "word/theme/theme1.xml": theme_xml(family, east_asian),
        "docProps/core.xml": _core_xml("", "", "en-US", _dt.datetime(2000, 1, 1, tzinfo=_dt.UTC)),
        "docProps/app.xml": _app_xml(),
    }
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as package:
        for name, xml in parts.items():
            package.writestr(name, _XML + xml)
    out.seek(0)
    return out


def _app_xml() -> str:
    """Extended properties naming this program; no statistics, which would be wrong after the first edit."""
    return (
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        f"<Application>{APPLICATION} {escape(followup_desktop.__version__)}</Application>"
        f"<AppVersion>{app_version()}</AppVersion></Properties>"
    )


def _core_xml(title: str, author: str, language: str, now: _dt.datetime) -> str:
    stamp = now.astimezone(_dt.UTC).replace(microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ")
    optional = "".join(
        f"<{tag}>{escape(value)}</{tag}>"
        for tag, value in (("dc:title", title), ("dc:creator", author), ("cp:lastModifiedBy", author))
        if value
    )
    return (
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f"{optional}<dc:language>{escape(language)}</dc:language><cp:revision>1</cp:revision>"
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{stamp}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{stamp}</dcterms:modified>'
        "</cp:coreProperties>"
    )


def tidy(document: Any, layout: LetterLayout, now: _dt.datetime) -> None:
    """The letter's own properties and settings; parts nothing in the letter uses are left out."""
    _drop_unused_parts(document)
    settings_part = document.part._settings_part
    _set_settings(settings_part.element, layout.language)
    for rel_id in [r for r in settings_part.rels if f'"{r}"' not in settings_part.element.xml]:
        del settings_part.rels[rel_id]  # e.g. the attached template's path on the designer's disk
    _set_core_properties(document, layout, now)
    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype == RT.EXTENDED_PROPERTIES and not rel.is_external:
            rel.target_part._blob = (_XML + _app_xml()).encode("utf-8")


def _drop_unused_parts(document: Any) -> None:
    """Relationships to template leftovers and to parts the letter's XML no longer names go.

    python-docx saves only the parts it can reach through relationships, so dropping a
    relationship leaves its part (and its content type) out of the file.
    """
    package, part = document.part.package, document.part
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype in _UNUSED:
            del package.rels[rel_id]
    xml = part.element.xml
    around = [xml, *(p.blob.decode("utf-8", "replace") for p in _headers_and_footers(part))]
    bound = any("w:dataBinding" in source for source in around)  # content controls showing customXml data
    commented = any("w:commentReference" in source for source in around)
    numbered = any("<w:numPr>" in source for source in [*around, document.styles.element.xml])
    named = set(re.findall(r'r:(?:id|embed|link|pict|dm|lo|qs|cs|href)="([^"]+)"', xml))
    for rel_id, rel in list(part.rels.items()):
        kind = rel.reltype
        if (
            kind in _UNUSED
            or (kind == RT.CUSTOM_XML and not bound)
            or (kind in _COMMENTS and not commented)
            or (kind == RT.NUMBERING and not numbered)
            or (kind not in _IMPLICIT | _COMMENTS | {RT.CUSTOM_XML} and rel_id not in named)
        ):
            del part.rels[rel_id]  # e.g. an image or a link of the letterhead's discarded body


def _headers_and_footers(part: Any) -> list[Any]:
    return [r.target_part for r in part.rels.values() if not r.is_external and r.reltype in (RT.HEADER, RT.FOOTER)]


def _set_settings(settings: Any, language: str) -> None:
    """Compatibility mode 15, the letter's language for theme fonts, none of the letterhead's history."""
    for tag in _SETTINGS_DROPPED:
        for element in settings.findall(qn(tag)):
            settings.remove(element)
    compat = settings.find(qn("w:compat"))
    if compat is None:
        compat = parse_xml(f"<w:compat {nsdecls('w')}/>")
        settings.insert_element_before(compat, *_COMPAT_AFTER)
    existing = {c.get(qn("w:name")): c for c in compat.findall(qn("w:compatSetting"))}
    for name, value in _COMPAT_SETTINGS:
        setting = existing.get(name)
        if setting is None:
            setting = parse_xml(f'<w:compatSetting {nsdecls("w")} w:name="{name}" w:uri="{_WORD_URI}"/>')
            compat.append(setting)
        if name == "compatibilityMode" or setting.get(qn("w:val")) is None:
            setting.set(qn("w:val"), value)
    theme_lang = settings.find(qn("w:themeFontLang"))
    if theme_lang is not None:
        theme_lang.set(qn("w:val"), language)


def _set_core_properties(document: Any, layout: LetterLayout, now: _dt.datetime) -> None:
    """Title = the subject, author from the profile, created and modified now; nothing else."""
    # Word limits document properties to 255 characters; a pasted page as a subject must not fail.
    xml = _core_xml(field_text(layout.title)[:255], field_text(layout.author)[:255], layout.language, now)
    document.part.package._core_properties_part._element = parse_xml(xml.encode("utf-8"))
