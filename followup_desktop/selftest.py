"""`followup-desktop --selftest`: prove an installed or bundled copy has everything it needs.

Runs the chain a user relies on, in a temporary data folder that is deleted afterwards:
database and migrations, a letter exported to Word on a letterhead with a header (python-docx's
templates), a PDF rendered headless (Qt's offscreen platform and PDF writer), the spell checker
(pyspellchecker's dictionary and our phrase lists), a JSON bundle validated against its schema
(jsonschema) and SVG rendering (QtSvg). Prints one line per check; the exit status says it all.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from followup_desktop.core.models.letters import Letter
    from followup_desktop.core.store import Store

TYPO_SENTENCE = "Thank you for the intervew about the payment platform."
TYPO = "intervew"
HEADER_TEXT = "SELFTEST LETTERHEAD"
BODY_TEXT = "Thank you for explaining the **payment queue** problems."


class SelftestError(Exception):
    """A check found something missing or wrong."""


def _expect(condition: object, message: str) -> None:
    if not condition:
        raise SelftestError(message)


def _database(folder: Path) -> tuple[object, object]:
    from followup_desktop.core.store import Store
    from followup_desktop.paths import prepare_data_dir

    data = prepare_data_dir(folder / "data")
    store = Store.open(data.database)
    application = store.applications.add("Selftest Ltd", "Engineering Manager")
    interview = store.interviews.add(application.id, "First interview")
    letter = store.letters.add(
        interview.id,
        "thank-you",
        subject="Thank you",
        body=f"Dear Dana,\n\n{BODY_TEXT}\n\n- one\n- two\n\nKind regards,\n\nAlex",
    )
    _expect(store.letters.get(letter.id).body.startswith("Dear Dana"), "the letter did not read back")
    return store, letter


def _letterhead(folder: Path) -> Path:
    """A letterhead .docx with a header: python-docx builds the header from its own template."""
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = HEADER_TEXT
    document.sections[0].footer.paragraphs[0].text = "Selftest footer"
    path = folder / "letterhead.docx"
    document.save(str(path))
    return path


def _docx(store: Store, letter: Letter, folder: Path) -> str:
    import docx

    from followup_desktop.core.letters import export as letter_export
    from followup_desktop.export.docx import write_docx

    prefs = store.settings.letter_prefs()
    prefs.letterhead = str(_letterhead(folder))
    store.settings.save_letter_prefs(prefs)
    target = folder / "letter.docx"
    write_docx(letter_export.layout_for(store, letter), target, letter_export.letterhead(store))
    reopened = docx.Document(str(target))
    headers = " ".join(p.text for s in reopened.sections for p in s.header.paragraphs)
    body = " ".join(p.text for p in reopened.paragraphs)
    _expect(HEADER_TEXT in headers, "the letterhead's header is missing from the exported .docx")
    _expect("payment queue" in body, "the letter's words are missing from the exported .docx")
    return f"{target.stat().st_size} bytes, header and body read back"


def _pdf(store: Store, letter: Letter, folder: Path) -> str:
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0] if sys.argv else "followup-desktop"])
    from followup_desktop.core.letters import export as letter_export
    from followup_desktop.export import pdf

    target = pdf.write_pdf(pdf.letter_printable(letter_export.layout_for(store, letter)), folder / "letter.pdf")
    data = target.read_bytes()
    _expect(data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:], "the PDF is not a complete PDF file")
    pages = data.count(b"/Type /Page\n") + data.count(b"/Type /Page ") + data.count(b"/Type/Page")
    return f"{len(data)} bytes" + (f", {pages} page(s)" if pages else "")


def _spelling() -> str:
    from followup_desktop.core.letters.spelling import Speller

    for language in ("en_US", "en_GB"):
        flagged = [word for _, _, word in Speller(language).misspelled(TYPO_SENTENCE)]
        _expect(flagged == [TYPO], f"{language}: expected only {TYPO!r} flagged, got {flagged}")
    _expect(
        Speller("en_GB").misspelled("color") and not Speller("en_GB").misspelled("colour"),
        "the British spelling variants are not loaded",
    )
    suggestions = Speller("en_US").suggestions(TYPO)
    _expect("interview" in suggestions, f"no 'interview' among the suggestions for {TYPO!r}: {suggestions}")
    return f"{TYPO!r} flagged in en_US and en_GB, suggested 'interview'"


def _bundle(store: Store, folder: Path) -> str:
    import ijson

    from followup_desktop.core import bundle
    from followup_desktop.core.store import Store

    target = bundle.write_bundle(store, folder / "bundle.json")
    fresh = Store.memory()
    report = bundle.import_file(fresh, target)  # streamed, checked against resources/bundle.schema.json
    _expect(report.written["applications"] == 1, "the bundle does not hold the application")
    _expect(ijson.backend == "yajl2_c", f"the bundle parser is the slow {ijson.backend!r}, not the C one")
    return "written, read back one application at a time and checked against its JSON Schema"


def _svg() -> str:
    from PySide6.QtCore import QByteArray
    from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
    from PySide6.QtSvg import QSvgRenderer

    svg = (
        b'<svg xmlns="http://www.w3.org/2000/svg" width="8" height="8">'
        b'<rect width="8" height="8" fill="#ff0000"/></svg>'
    )
    renderer = QSvgRenderer(QByteArray(svg))
    _expect(renderer.isValid(), "QtSvg cannot read an SVG")
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    _expect(image.pixelColor(4, 4) == QColor("#ff0000"), "QtSvg rendered nothing")
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    _expect("svg" in formats, "the SVG image format plugin is missing (icons would not show)")
    return "rendered, image format plugin present"


def run() -> int:
    """Run every check in a temporary folder; print what was checked; 0 if all passed, else 1."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no window, no display needed
    from followup_desktop import __version__

    frozen = " (bundled)" if getattr(sys, "frozen", False) else ""
    print(f"FollowUp Desktop {__version__} selftest{frozen}, Python {sys.version.split()[0]}", flush=True)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="followup-selftest-") as tmp:
        folder = Path(tmp)
        made: dict[str, Any] = {}

        def database() -> str:
            made["store"], made["letter"] = _database(folder)
            return "application, interview and letter created and read back"

        checks: list[tuple[str, Callable[[], str]]] = [
            ("database", database),
            ("word", lambda: _docx(made["store"], made["letter"], folder)),
            ("pdf", lambda: _pdf(made["store"], made["letter"], folder)),
            ("spelling", _spelling),
            ("bundle", lambda: _bundle(made["store"], folder)),
            ("svg", _svg),
        ]
        try:
            for name, check in checks:
                try:
                    print(f"  ok  {name:<9} {check()}", flush=True)
                except Exception as exc:  # any failure: say what, exit 1
                    print(f"  FAILED  {name}: {exc}", file=sys.stderr, flush=True)
                    if not isinstance(exc, SelftestError):
                        print("".join(traceback.format_exception(exc)), file=sys.stderr)
                    return 1
        finally:
            if "store" in made:
                made["store"].close()
    print(f"selftest passed in {time.perf_counter() - started:.1f} s")
    return 0
