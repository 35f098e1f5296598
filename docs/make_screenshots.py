"""Screenshots of the real window with the example data, for the README's tour.

    python docs/make_screenshots.py [OUT_DIR]          (default: docs/screenshots)

Runs on any Qt platform: under Xvfb for real window decorations, or with QT_QPA_PLATFORM=offscreen
(CI runs it that way). The exported letter is rendered by LibreOffice when `soffice` and
`pdftoppm` are installed.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

SIZE = (1360, 860)


def _settle(app: QApplication, ms: int = 250) -> None:
    """Let Qt lay out and paint before a grab."""
    loop_done = []
    QTimer.singleShot(ms, lambda: loop_done.append(1))
    while not loop_done:
        app.processEvents()


def _grab(app, window, out: Path, name: str) -> Path:
    _settle(app)
    path = out / f"{name}.png"
    window.grab().save(str(path))
    print(f"wrote {path}")
    return path


def _letter_png(store, letter, out: Path) -> Path | None:
    """The exported .docx as LibreOffice renders it (first page), if LibreOffice is here."""
    soffice, pdftoppm = shutil.which("soffice"), shutil.which("pdftoppm")
    if not (soffice and pdftoppm):
        print("soffice or pdftoppm missing: no LibreOffice rendering")
        return None
    from followup_desktop.core.letters.export import layout_for
    from followup_desktop.export.docx import write_docx

    with tempfile.TemporaryDirectory() as tmp:
        docx = write_docx(layout_for(store, letter), Path(tmp) / "letter.docx")
        profile = f"-env:UserInstallation=file://{tmp}/lo-profile"
        subprocess.run(
            [soffice, profile, "--headless", "--convert-to", "pdf", "--outdir", tmp, str(docx)],
            capture_output=True,
            timeout=180,
        )
        pdf = Path(tmp) / "letter.pdf"
        if not pdf.exists() or pdf.stat().st_size == 0:  # soffice exits 0 even when it fails
            print("LibreOffice did not produce a PDF")
            return None
        subprocess.run(
            [pdftoppm, "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(Path(tmp) / "page")],
            check=True,
            timeout=60,
        )
        page = next(Path(tmp).glob("page*.png"))
        target = out / "exported-letter.png"
        shutil.copyfile(page, target)
        print(f"wrote {target}")
        return target


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from followup_desktop.app import build_main_window
    from followup_desktop.core.example import create_example
    from followup_desktop.core.models.letters import Profile

    with tempfile.TemporaryDirectory() as data:
        window = build_main_window(data)
        store = window.store
        store.settings.save_profile(
            Profile(
                name="Alex Morgan",
                address_lines=["12 Harbour Road", "Bristol BS1 4RN"],
                email="alex.morgan@example.com",
                phone="+44 117 496 0000",
            )
        )
        window.resize(*SIZE)
        window.show()
        window.after_first_paint()
        app_id = create_example(store)
        window.refresh()
        window.dashboard.refresh()
        _grab(app, window, out, "dashboard")
        interview = store.interviews.all(app_id)[0]
        window.sidebar.select("interview", interview.id)
        window.tabs.setCurrentWidget(window.plan_pane)
        _grab(app, window, out, "plan")
        window.tabs.setCurrentWidget(window.notes_pane)
        _grab(app, window, out, "notes")
        challenges = store.challenges.all(interview.id)
        if challenges:
            window.notes_pane.reveal("challenge", challenges[0].id, "")
        _grab(app, window, out, "challenge-board")
        window.tabs.setCurrentWidget(window.letter_pane)
        window.letter_pane.run_checks_now()
        _grab(app, window, out, "letter")
        letters = store.letters.all(interview.id)
        if letters:
            _letter_png(store, letters[0], out)
        window.close()
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"))
