"""The theme and font table a Word document carries: the smallest that name the letter's own fonts.

Word writes both into every document, and validators of the format expect them. Word's own theme
is 7 KB of gradients and shadows that a letter never shows; this one has Word's colours and the
letter's fonts, so "Body" and "Headings" in Word's font list are the letter's font.
"""

from __future__ import annotations

from xml.sax.saxutils import quoteattr

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_COLOURS = (  # Word's Office colours
    ("dk2", "44546A"),
    ("lt2", "E7E6E6"),
    ("accent1", "4472C4"),
    ("accent2", "ED7D31"),
    ("accent3", "A5A5A5"),
    ("accent4", "FFC000"),
    ("accent5", "5B9BD5"),
    ("accent6", "70AD47"),
    ("hlink", "0563C1"),
    ("folHlink", "954F72"),
)


def theme_xml(font_family: str, east_asian_font: str) -> str:
    """A theme with Word's colours whose heading and body fonts are the letter's."""
    colours = "".join(f'<a:{name}><a:srgbClr val="{rgb}"/></a:{name}>' for name, rgb in _COLOURS)
    fonts = (
        f'<a:latin typeface={quoteattr(font_family)}/><a:ea typeface={quoteattr(east_asian_font)}/><a:cs typeface=""/>'
    )
    fill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350">{fill}</a:ln>'
    return (
        f'<a:theme xmlns:a="{_A}" name="FollowUp Desktop"><a:themeElements>'
        '<a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
        f'<a:lt1><a:sysClr val="window" lastClr="FFFFFF"/></a:lt1>{colours}</a:clrScheme>'
        f'<a:fontScheme name="FollowUp Desktop"><a:majorFont>{fonts}</a:majorFont><a:minorFont>{fonts}</a:minorFont>'
        '</a:fontScheme><a:fmtScheme name="Office">'
        f"<a:fillStyleLst>{fill * 3}</a:fillStyleLst><a:lnStyleLst>{line * 3}</a:lnStyleLst>"
        f"<a:effectStyleLst>{'<a:effectStyle><a:effectLst/></a:effectStyle>' * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{fill * 3}</a:bgFillStyleLst></a:fmtScheme></a:themeElements></a:theme>"
    )


def font_table_xml(*families: str) -> str:
    """The fonts the letter names, as Word lists them in its font table."""
    unique = dict.fromkeys(f for f in families if f)
    fonts = "".join(f"<w:font w:name={quoteattr(name)}/>" for name in unique)
    return f'<w:fonts xmlns:w="{_W}">{fonts}</w:fonts>'
