"""Export a LetterLayout to a Word .docx file, optionally on the user's letterhead.

python-docx is imported on the first export, not at start-up (it costs ~60 ms).
The file is written beside the target, read back, and renamed over it (core/files.py), so a
failed export never leaves half a file or destroys an older one.
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from followup_desktop.core.file_checks import check_docx
from followup_desktop.core.files import WriteFailed, write_bytes

if TYPE_CHECKING:
    from followup_desktop.core.letters.layout import LetterLayout

log = logging.getLogger(__name__)

_CT_DOCUMENT = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_CT_TEMPLATE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_CT_MACRO = b".macroEnabled"  # .docm / .dotm main parts


class ExportError(Exception):
    """The letter could not be exported; the message is fit to show to the user."""


class LetterheadError(ExportError):
    """The letterhead is not a Word document or cannot be read; nothing was written."""


class ExportWriteError(ExportError):
    """The file could not be written (no permission, disk full...); older files are intact."""


def write_docx(
    layout: LetterLayout, path: Path | str, letterhead: Path | None = None, now: _dt.datetime | None = None
) -> Path:
    """Write the letter to `path` as .docx (on `letterhead` if given) and return the path.

    On a letterhead, its page setup, headers, footers, fonts and styles win; pages 2 onwards
    get the continuation header under its own (see docx_pages). `now` (UTC) is the moment the
    document says it was created and modified.
    """
    target = Path(path)
    template = letterhead_package(Path(letterhead)) if letterhead is not None else None

    import docx  # noqa: F401  -- first use only

    from followup_desktop.export import docx_package, docx_render

    if template is None or letterhead is None:
        document = docx.Document(docx_package.base_package(layout))
    else:
        try:
            document = docx.Document(template)
        except Exception as exc:  # python-docx raises several kinds on a damaged package
            log.info("letterhead %s rejected by python-docx: %s", letterhead, type(exc).__name__)
            raise LetterheadError(
                f"The letterhead “{Path(letterhead).name}” is damaged or is not a Word document."
            ) from exc
    docx_render.render(document, layout, on_letterhead=template is not None)
    docx_package.tidy(document, layout, now or _dt.datetime.now(_dt.UTC))
    _save_atomically(document, target)
    log.info("exported a letter to %s", target)
    return target


def check_letterhead(path: Path | str) -> None:
    """Raise LetterheadError when `path` is not a readable .docx/.dotx (nothing is written)."""
    letterhead_package(Path(path))


def letterhead_header_text(path: Path | str) -> str:
    """The words of the letterhead's headers (every page's), to see whether they name the sender.

    Raises LetterheadError like check_letterhead; python-docx is not needed for this.
    """
    from xml.etree import ElementTree

    data = letterhead_package(Path(path))
    words: list[str] = []
    try:
        with zipfile.ZipFile(data) as package:
            types = ElementTree.fromstring(package.read("[Content_Types].xml"))
            for override in types.iter("{http://schemas.openxmlformats.org/package/2006/content-types}Override"):
                if override.get("ContentType", "").endswith("wordprocessingml.header+xml"):
                    header = ElementTree.fromstring(package.read(override.get("PartName", "").lstrip("/")))
                    for paragraph in header.iter(f"{{{_W}}}p"):
                        words.append("".join(t.text or "" for t in paragraph.iter(f"{{{_W}}}t")))
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise LetterheadError(f"The letterhead “{Path(path).name}” is damaged or is not a Word document.") from exc
    return "\n".join(w for w in words if w.strip())


def letterhead_package(path: Path) -> io.BytesIO:
    """Load a .docx/.dotx letterhead into memory, as a document python-docx accepts (LetterheadError if not)."""
    name = path.name
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise LetterheadError(f"The letterhead “{name}” cannot be read: {exc.strerror or exc}.") from exc
    not_word = LetterheadError(f"The letterhead “{name}” is not a Word document (.docx or .dotx).")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            content_types = package.read("[Content_Types].xml")
            if _CT_MACRO in content_types:
                raise LetterheadError(f"The letterhead “{name}” contains macros. Save it as .docx or .dotx first.")
            if _CT_TEMPLATE in content_types:
                return _as_document(package, content_types.replace(_CT_TEMPLATE, _CT_DOCUMENT))
            if _CT_DOCUMENT not in content_types:
                raise not_word
    except (zipfile.BadZipFile, KeyError, EOFError, ValueError) as exc:
        raise not_word from exc
    return io.BytesIO(data)


def _as_document(package: zipfile.ZipFile, content_types: bytes) -> io.BytesIO:
    """Copy a template package with its main part declared as a document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as copy:
        for info in package.infolist():
            data = content_types if info.filename == "[Content_Types].xml" else package.read(info)
            copy.writestr(info, data)
    out.seek(0)
    return out


def _save_atomically(document: Any, target: Path) -> None:
    """Save into memory, then write the bytes beside target, read them back as a Word file, rename.

    python-docx's zip writer never touches the disk: a full disk fails one plain write (no
    half-closed ZipFile complaining on the terminal afterwards).
    """
    buffer = io.BytesIO()
    document.save(buffer)
    try:
        write_bytes(target, buffer.getvalue(), verify=check_docx)
    except WriteFailed as exc:
        raise ExportWriteError(str(exc)) from exc
