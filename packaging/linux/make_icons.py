"""Render the app icon's PNG sizes for Linux (hicolor theme) from its SVG, with Qt's SVG renderer.

    python packaging/linux/make_icons.py

Uses resources/icons/app.svg when it exists, otherwise packaging/app-icon.svg. Writes
packaging/linux/icons/hicolor/NxN/apps/APP_ID.png and scalable/apps/APP_ID.svg (committed).
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.github.followupdesktop.FollowUpDesktop"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[2]
ICONS = Path(__file__).resolve().parent / "icons" / "hicolor"


def source_svg() -> Path:
    """The app icon's SVG: the one in resources/ wins over the packaging placeholder."""
    shipped = ROOT / "resources" / "icons" / "app.svg"
    return shipped if shipped.exists() else ROOT / "packaging" / "app-icon.svg"


def render(svg: Path, size: int, target: Path) -> None:
    """Render `svg` as a size x size PNG with a transparent background."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    target.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(target), "PNG"):
        raise SystemExit(f"cannot write {target}")


def main() -> int:
    """Write every size; print what was written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = source_svg()
    for size in SIZES:
        target = ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        render(svg, size, target)
        print(f"{target.relative_to(ROOT)}")
    scalable = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    print(f"{scalable.relative_to(ROOT)} (from {svg.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
