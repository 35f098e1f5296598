"""Page turns found by halving are the page turns found by reading every line in order."""

import pytest
from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QPdfWriter

from followup_desktop.export import pagination, pdf

from .docx_helpers import BODY, sample_layout


def _every_line(doc, height):
    """The page turns as they were found before: a visit to every line of every block."""
    cuts, inside = [0.0], []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position().y()
        for i in range(layout.lineCount()):
            line = layout.lineAt(i)
            top = origin + line.y()
            if top + line.height() > cuts[-1] + height and top > cuts[-1]:
                cuts.append(top)
                if i:
                    inside.append(block.position() + line.textStart())
        block = block.next()
    return cuts, inside


def _document(body):
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageLayout(pdf.page_layout("A4"))
    writer.setResolution(pdf.PDF_RESOLUTION)
    return pdf.letter_document(sample_layout(body_markdown=body), writer), writer


BODIES = {
    "one paragraph over many pages": "word " * 20_000,
    "a list": "".join(f"- item {i}\n" for i in range(3_000)),
    "paragraphs and lists": "\n\n".join([BODY] * 30),
    "short": "Thanks.",
    "tall lines": "".join(f"# Heading {i}\n\ntext\n\n" for i in range(400)),
}


@pytest.mark.parametrize("what", BODIES)
@pytest.mark.parametrize("height", [3000.0, 640.5, 67.0, 20.0])  # a page, a few lines, one line, less
def test_the_same_turns_as_reading_every_line(qapp, what, height):
    doc, _ = _document(BODIES[what])
    assert pagination._page_turns(doc, height) == _every_line(doc, height)


@pytest.mark.parametrize("what", BODIES)
def test_after_splitting_no_line_is_cut(qapp, what):
    doc, writer = _document(BODIES[what])
    height = writer.pageLayout().paintRectPixels(writer.resolution()).height()
    cuts = pagination.split_at_cuts(doc, height)
    assert pagination._page_turns(doc, height) == (cuts, [])
