"""Render the app icon for every platform from its SVG, with Qt's SVG renderer (committed results).

    python packaging/make_icons.py          (needs only PySide6: .venv/bin/python works)

Uses resources/icons/app.svg when it exists, otherwise packaging/app-icon.svg. Writes
  packaging/linux/icons/hicolor/NxN/apps/APP_ID.png and scalable/apps/APP_ID.svg   (Linux menus)
  packaging/windows/followup-desktop.ico    PNG images from 16 to 256 px         (the .exe, the installer)
  packaging/macos/followup-desktop.icns     PNG images from 16 to 1024 px        (the .app)
The .ico and .icns containers are written here, byte by byte: no Pillow, ImageMagick or iconutil.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

APP_ID = "io.github.followupdesktop.FollowUpDesktop"
SIZES = (16, 32, 48, 64, 128, 256, 512)
ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent
ICONS = HERE / "linux" / "icons" / "hicolor"
ICO = HERE / "windows" / "followup-desktop.ico"
ICNS = HERE / "macos" / "followup-desktop.icns"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size ("@2x" types repeat a size for Retina screens)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"ic11", 32),
    (b"icp6", 64),
    (b"ic12", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic13", 256),
    (b"ic09", 512),
    (b"ic14", 512),
    (b"ic10", 1024),
)


def source_svg() -> Path:
    """The app icon's SVG: the one in resources/ wins over the packaging placeholder."""
    shipped = ROOT / "resources" / "icons" / "app.svg"
    return shipped if shipped.exists() else ROOT / "packaging" / "app-icon.svg"


def png(svg: Path, size: int) -> bytes:
    """`svg` as a size x size PNG with a transparent background."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
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
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"cannot render {svg} at {size} px")
    return bytes(data)


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG per size (Windows Vista and later read PNG entries)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, images = b"", b""
    for size in sizes:
        entries += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(pngs[size]), offset)
        offset += len(pngs[size])
        images += pngs[size]
    return header + entries + images


def icns(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG elements of every type in ICNS_TYPES."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    print(f"{target.relative_to(ROOT)}")


def main() -> int:
    """Write every size; print what was written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    svg = source_svg()
    pngs = {size: png(svg, size) for size in {*SIZES, *ICO_SIZES, *(size for _, size in ICNS_TYPES)}}
    for size in SIZES:
        write(ICONS / f"{size}x{size}" / "apps" / f"{APP_ID}.png", pngs[size])
    write(ICO, ico({size: pngs[size] for size in ICO_SIZES}))
    write(ICNS, icns(pngs))
    scalable = ICONS / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    print(f"{scalable.relative_to(ROOT)} (from {svg.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
