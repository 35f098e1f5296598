"""Write the AppStream metainfo file as it is installed (the .deb, install.sh).

    python3 packaging/linux/render_metainfo.py DEST [--screenshot-base URL]

The repository's copy names its screenshots by their path in the repository (docs/screenshots/...),
since they have no public address yet. Software centres accept only web addresses there, so the
installed copy either prefixes them with --screenshot-base (or $FOLLOWUP_SCREENSHOT_BASE), once
the repository is published, or leaves the screenshots out.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent / "io.github.followupdesktop.FollowUpDesktop.metainfo.xml"
SCREENSHOTS = re.compile(r"\n\s*<!--[^>]*-->\s*(?=\n\s*<screenshots>)|\n\s*<screenshots>.*?</screenshots>", re.S)
IMAGE = re.compile(r"<image>(?!https?://)([^<]+)</image>")


def render(text: str, screenshot_base: str) -> str:
    """The metainfo text with web addresses for its screenshots, or without screenshots."""
    if screenshot_base:
        return IMAGE.sub(lambda m: f"<image>{screenshot_base.rstrip('/')}/{m.group(1)}</image>", text)
    return SCREENSHOTS.sub("", text)


def main(argv: list[str] | None = None) -> int:
    """Write the installed copy to DEST."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dest", type=Path)
    parser.add_argument(
        "--screenshot-base",
        default=os.environ.get("FOLLOWUP_SCREENSHOT_BASE", ""),
        help="public address of the repository's root, e.g. https://example.org/followup-desktop",
    )
    args = parser.parse_args(argv)
    if args.screenshot_base and not re.match(r"https?://", args.screenshot_base):
        parser.error("--screenshot-base must be a web address (http:// or https://)")
    args.dest.write_text(render(SOURCE.read_text(encoding="utf-8"), args.screenshot_base), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
