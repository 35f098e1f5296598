"""The Windows .ico and macOS .icns that packaging/make_icons.py writes, read back by Qt's own readers."""

from pathlib import Path

import pytest
from PySide6.QtGui import QImageReader

ROOT = Path(__file__).resolve().parents[2]
ICO = ROOT / "packaging" / "windows" / "followup-desktop.ico"
ICNS = ROOT / "packaging" / "macos" / "followup-desktop.icns"


def _sizes(path: Path, fmt: bytes) -> list[int]:
    reader = QImageReader(str(path), fmt)
    sizes = []
    for index in range(reader.imageCount()):
        assert reader.jumpToImage(index)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        assert image.pixelColor(image.width() // 2, image.height() // 2).alpha() == 255  # the tile is drawn
        sizes.append(image.width())
    return sizes


@pytest.mark.usefixtures("qapp")
def test_ico_has_every_windows_size():
    assert sorted(_sizes(ICO, b"ico")) == [16, 24, 32, 48, 64, 128, 256]


@pytest.mark.usefixtures("qapp")
def test_icns_has_every_macos_size_up_to_retina_512():
    assert ICNS.read_bytes()[:4] == b"icns"
    assert {16, 32, 64, 128, 256, 512, 1024} <= set(_sizes(ICNS, b"icns"))


def test_the_spec_uses_them_on_windows_and_macos():
    spec = (ROOT / "packaging" / "followup-desktop.spec").read_text(encoding="utf-8")
    assert '"windows" / "followup-desktop.ico"' in spec and '"macos" / "followup-desktop.icns"' in spec
