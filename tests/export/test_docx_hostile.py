"""Text pasted from anywhere exports; only what Word cannot hold is removed."""

import docx

from followup_desktop.core.letters.layout import layout_plain_text
from followup_desktop.export.docx import write_docx

from .docx_helpers import sample_layout

C0 = "".join(chr(c) for c in range(32) if c not in (9, 10, 13))
WORLD = "مرحبا بالعالم שלום עולם 👩‍👩‍👧‍👦 🏳️‍🌈 你好世界 こんにちは 안녕하세요"


def test_hostile_text_exports_and_keeps_every_legal_character(tmp_path):
    layout = sample_layout(
        sender_name=f"Sam{C0}Roe\ud800",
        salutation="Dear\u2028Ms Lee,",
        subject="Obj\ufffcect \ufffe\uffff",
        body_markdown=f"Nul\x00 and bell\x07.\u2029{WORLD}\n\n" + "word " * 10_000,
        closing="Regards,\udfff",
    )
    path = write_docx(layout, tmp_path / "hostile.docx")
    text = "\n".join(p.text for p in docx.Document(str(path)).paragraphs)
    assert text == layout_plain_text(layout)
    assert text.startswith("SamRoe\n") and "Dear\nMs Lee," in text and "Object" in text
    assert WORLD in text and "Nul and bell." in text
    assert text.count("word") == 10_000
    assert not set(C0 + "\ud800\udfff\ufffe\uffff\ufffc\u2028\u2029") & set(text)


def test_right_to_left_paragraph_is_marked(tmp_path):
    path = write_docx(sample_layout(body_markdown="שלום, thank you"), tmp_path / "rtl.docx")
    paragraphs = docx.Document(str(path)).paragraphs
    (hebrew,) = [p for p in paragraphs if p.text.startswith("שלום")]
    assert hebrew._p.pPr.xpath("./w:bidi")
