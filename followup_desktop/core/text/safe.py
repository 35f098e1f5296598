"""Text sanitising shared by exports: XML-safe text and file names safe on every OS."""

from __future__ import annotations

import datetime as _dt
import logging
import re
import unicodedata

log = logging.getLogger(__name__)

# C0 controls except TAB and LF; CR is folded into LF before this runs.
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_QT_MAP = {"\u2028": "\n", "\u2029": "\n\n", "\ufffc": None}

# Characters no file system of ours accepts, plus every control character.
_FILENAME_BAD = re.compile(r'[/\\:*?"<>|\x00-\x1f\x7f-\x9f]')
# Device names Windows reserves whatever the extension; Windows 11 also COM0, LPT0 and superscripts.
_RESERVED = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {
    f"{p}{i}" for p in ("COM", "LPT") for i in (*"0123456789", "\u00b9", "\u00b2", "\u00b3")
}
_DEFAULT_STEM = "letter"
# ext4 and APFS limit a name to 255 bytes; CJK takes 3 bytes a character in UTF-8.
_MAX_BYTES = 240
_PART_LIMITS = {0: (40, 100), 1: (30, 75)}  # a proposed name's company and role: characters, UTF-8 bytes


def xml_safe(text: str) -> str:
    """Return text that Word/XML can hold: Qt separators mapped, illegal code points removed."""
    if not text:
        return ""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate({ord(k): v for k, v in _QT_MAP.items()})
    return _XML_BAD.sub("", text)


def _clean_part(part: str) -> str:
    """Make one piece of a file name safe; whitespace runs become one space."""
    part = unicodedata.normalize("NFC", xml_safe(part))
    part = _FILENAME_BAD.sub(" ", part)
    # Format characters (bidi overrides, zero-width) can disguise an extension.
    part = "".join(ch for ch in part if unicodedata.category(ch) != "Cf")
    return " ".join(part.split())


def _truncate(text: str, limit: int, byte_limit: int) -> str:
    """Cut text to `limit` characters and `byte_limit` UTF-8 bytes, keeping accents whole."""
    cut = text[:limit]
    while len(cut.encode("utf-8", "surrogatepass")) > byte_limit:
        cut = cut[:-1]
    if len(cut) < len(text):
        while cut and unicodedata.combining(text[len(cut)]):
            cut = cut[:-1]
    return cut


def safe_filename(stem: str, ext: str, max_len: int = 120, tail: str = "") -> str:
    """Return `stem.ext` as one file name valid on Windows, macOS and Linux, never empty.

    `tail` (such as " (2)") goes after the stem, which is shortened to leave room for it.
    """
    ext = _clean_part(ext).replace(" ", "").lstrip(".").strip(".")
    suffix = f".{ext}" if ext else ""
    if len(suffix) >= max_len // 2:
        suffix = ""
    suffix = (_FILENAME_BAD.sub(" ", tail)[: max_len // 4] + suffix).rstrip(". ")
    room, byte_room = max_len - len(suffix), _MAX_BYTES - len(suffix.encode())
    stem = _truncate(_clean_part(stem), room, byte_room).rstrip(". ")
    # Leading dots would hide the file on Unix, and ".." names the parent folder; a leading dash
    # makes the name read as an option in a shell ("rm -rf…").
    stem = stem.lstrip(". -")
    if not stem:
        stem = _DEFAULT_STEM
    # Windows reserves device names whatever the extension ("NUL.docx", "com1 .txt").
    if stem.split(".")[0].rstrip(" ").upper() in _RESERVED:
        stem = _truncate("_" + stem, room, byte_room).rstrip(". ")
    return stem + suffix


def proposed_letter_filename(
    company: str, role: str, kind: str, date: _dt.date | str, ext: str = "docx", copy: int = 1
) -> str:
    """Suggest a file name such as 'Acme - Staff Engineer - thank-you - 2026-11-25.docx'.

    A `copy` above 1 names a further file beside it: '... - 2026-11-25 (2).docx'.
    """
    date_text = date.isoformat() if isinstance(date, _dt.date) else str(date)
    # A long company or role is shortened, so that the kind and the date always stay in the name.
    parts = [
        _truncate(_clean_part(p), *_PART_LIMITS.get(i, (120, _MAX_BYTES)))
        for i, p in enumerate((company, role, kind, date_text))
    ]
    stem = " - ".join(p for p in (p.strip(" .-") for p in parts) if p)
    return safe_filename(stem, ext, tail=f" ({copy})" if copy > 1 else "")


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left (Arabic, Hebrew...).

    Called once per paragraph of a letter being printed: unicodedata is imported with the module,
    not in here (an import statement runs PySide6's import hook every time: 4 µs a call).
    """
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False
