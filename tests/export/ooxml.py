"""Offline checks of a Word package's structure, and the Open XML SDK's schema checks (openxml-audit).

`structure_problems` reads the zip itself: every part has a content type, every content type
names a part, every internal relationship's target exists, every part is reachable from the
package's relationships, every XML part is well-formed, every r:id in a part's XML is one of
its relationships, and every relationship of the main document that its XML names by id is named.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from functools import lru_cache
from pathlib import Path

from lxml import etree

_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
_IMPLICIT = {_RT + t for t in ("styles", "settings", "numbering", "fontTable", "theme", "footnotes", "endnotes")}


def _rels_name(part: str) -> str:
    folder, name = posixpath.split(part)
    return posixpath.join(folder, "_rels", name + ".rels")


def _relationships(package: zipfile.ZipFile, part: str) -> list[etree._Element]:
    name = _rels_name(part)
    if name not in package.namelist():
        return []
    return list(etree.fromstring(package.read(name)).iter(_REL_NS + "Relationship"))


def structure_problems(path: Path) -> list[str]:
    """Everything wrong with the package's structure (empty when it is sound)."""
    problems: list[str] = []
    with zipfile.ZipFile(path) as package:
        names = set(package.namelist())
        types = etree.fromstring(package.read("[Content_Types].xml"))
        defaults = {d.get("Extension").lower() for d in types.iter(_CT_NS + "Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(_CT_NS + "Override")}
        parts = {n for n in names if n != "[Content_Types].xml" and not n.endswith("/")}
        for name in sorted(parts):
            if name not in overrides and name.rsplit(".", 1)[-1].lower() not in defaults:
                problems.append(f"{name} has no content type")
            if name.endswith((".xml", ".rels")):
                try:
                    etree.fromstring(package.read(name))
                except etree.XMLSyntaxError as exc:
                    problems.append(f"{name} is not well-formed XML: {exc}")
        problems += [f"content type for a missing part {o}" for o in sorted(overrides - names)]
        reached, queue = set(), [""]
        while queue:
            source = queue.pop()
            xml = package.read(source).decode("utf-8") if source.endswith(".xml") else ""
            named = set(re.findall(r'\br:(?:id|embed|link|pict|dm|lo|qs|cs|href)="([^"]+)"', xml))
            ids = set()
            for rel in _relationships(package, source):
                ids.add(rel.get("Id"))
                if rel.get("TargetMode") == "External":
                    continue
                target = posixpath.normpath(posixpath.join(posixpath.dirname(source), rel.get("Target"))).lstrip("/")
                if target not in names:
                    problems.append(f"{source or 'package'} -> {target}: the target is missing")
                elif target not in reached:
                    reached.add(target)
                    queue.append(target)
                if source == "word/document.xml" and rel.get("Type") not in _IMPLICIT and rel.get("Id") not in named:
                    problems.append(f"{target} is related to the document but never used")
            problems += [f"{source}: r:id {rid} names no relationship" for rid in sorted(named - ids)]
        unreachable = {p for p in parts if not p.endswith(".rels")} - reached
        problems += [f"{p} is in the package but nothing relates to it" for p in sorted(unreachable)]
    return problems


@lru_cache(maxsize=1)
def _validator():
    from openxml_audit import OpenXmlValidator

    return OpenXmlValidator()


def schema_problems(path: Path) -> list[str]:
    """The Open XML SDK's schema, semantic and relationship findings for the file (openxml-audit)."""
    result = _validator().validate(str(path))
    return [f"{e.part_uri}: {e.description}" for e in result.errors]


def part_names(path: Path) -> list[str]:
    """The names of the package's parts, sorted."""
    with zipfile.ZipFile(path) as package:
        return sorted(package.namelist())
