"""Reading back what was just written: is each kind of file whole? (verifiers for core/files.py)

Each check reads the file and raises ValueError naming what is wrong. They look at structure,
not at every byte's meaning: enough to refuse a file cut short, padded with zeros or garbled
where its readers look first. Each runs in time linear in the file's size.
"""

from __future__ import annotations

import re
import zlib
from pathlib import Path

_STARTXREF = re.compile(rb"startxref\s+(\d+)\s+%%EOF\s*$")
_XREF_ROW = re.compile(rb"(\d{10}) (\d{5}) ([nf])")
_SUBSECTION = re.compile(rb"(\d+) (\d+)\s*")
_OBJ = re.compile(rb"(\d+) (\d+) obj\b")
_STREAM = re.compile(rb">>\s*stream\r?\n")


def check_pdf(path: Path) -> None:
    """A PDF: its header, its end (startxref and %%EOF), its cross-reference table, every object it lists."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-"):
        raise ValueError("it does not start as a PDF")
    end = _STARTXREF.search(data, max(0, len(data) - 1024))
    if end is None:
        raise ValueError("its end is missing")
    at = int(end.group(1))
    if data.startswith(b"xref", at):
        if _check_xref_table(data, at + 4) == 0:
            raise ValueError("its cross-reference table is empty")
        trailer = data.find(b"trailer", at)
        if trailer < 0 or b"/Root" not in data[trailer:]:
            raise ValueError("its trailer is missing")
    elif not (_OBJ.match(data, at) and b"/XRef" in data[at:at + 1024]):  # or a cross-reference stream (PDF 1.5+)
        raise ValueError("its cross-reference table is not where its end says")


def _check_xref_table(data: bytes, pos: int) -> int:
    """Every in-use entry of a classic xref table must point at a whole object of its own; returns how many."""
    size, offsets = len(data), []
    while True:
        while pos < size and data[pos:pos + 1] in b" \r\n":
            pos += 1
        head = None if data.startswith(b"trailer", pos) else _SUBSECTION.match(data, pos)
        if head is None:
            break
        first, number = int(head.group(1)), int(head.group(2))
        pos = head.end()
        for index in range(number):
            row = _XREF_ROW.match(data, pos)
            if row is None:
                raise ValueError("its cross-reference table is damaged")
            pos = row.end()
            while pos < size and data[pos:pos + 1] in b" \r\n":
                pos += 1
            if row.group(3) == b"n":
                offsets.append((int(row.group(1)), first + index))
    offsets.sort()
    table = data.rfind(b"xref", 0, pos)
    for (at, number), (end, _) in zip(offsets, [*offsets[1:], (table, None)]):
        _check_object(data, at, end, number)
    return len(offsets)


def _check_object(data: bytes, at: int, end: int, number: int) -> None:
    """One object: its header, its end, and its compressed stream (zlib's checksum reads every byte)."""
    obj = _OBJ.match(data, at)
    if obj is None or int(obj.group(1)) != number:
        raise ValueError(f"object {number} is not where the table says")
    if not data[at:end].rstrip().endswith(b"endobj"):
        raise ValueError(f"object {number} does not end")
    stream = _STREAM.search(data, obj.end(), end)
    if stream is None or b"/FlateDecode" not in data[obj.end():stream.start()]:
        return
    stop = data.rfind(b"endstream", stream.end(), end)
    inflate = zlib.decompressobj()
    try:
        chunk = data[stream.end():stop]
        while chunk and not inflate.eof:
            inflate.decompress(chunk, 2**20)  # bounded output: a font is inflated a megabyte at a time
            chunk = inflate.unconsumed_tail
    except zlib.error as exc:
        raise ValueError(f"the contents of object {number} are damaged") from exc
    if not inflate.eof:
        raise ValueError(f"the contents of object {number} are cut short")


def check_docx(path: Path) -> None:
    """A Word file: a zip whose every member reads back (CRC), with a well-formed word/document.xml."""
    import zipfile
    from xml.etree.ElementTree import ParseError, iterparse

    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
            if "[Content_Types].xml" not in names or "word/document.xml" not in names:
                raise ValueError("it has no Word document inside")
            bad = package.testzip()
            if bad is not None:
                raise ValueError(f"its part {bad} is damaged")
            with package.open("word/document.xml") as document:
                for _ in iterparse(document):
                    pass
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ParseError) as exc:
        raise ValueError(f"it does not open as a Word file ({type(exc).__name__})") from exc


def check_json(path: Path) -> None:
    """A JSON document, parsed as a stream (a bundle may be larger than memory allows)."""
    import ijson

    try:
        with open(path, "rb") as fh:
            for _ in ijson.basic_parse(fh, use_float=True):
                pass
    except (ijson.JSONError, UnicodeDecodeError) as exc:
        raise ValueError("it does not parse as JSON") from exc


def check_ics(path: Path) -> None:
    """An iCalendar file: it parses, is one VCALENDAR, and ends where a calendar ends."""
    from icalendar import Calendar

    data = path.read_bytes()
    if not data.rstrip().endswith(b"END:VCALENDAR"):  # icalendar accepts a file cut short
        raise ValueError("its end is missing")
    try:
        calendar = Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and several others on damaged input
        raise ValueError("it does not parse as a calendar") from exc
    if calendar.name != "VCALENDAR":
        raise ValueError("it is not a calendar")
