"""The installed printers: a seam of its own (QtPrintSupport loads the widgets; the PDF writer does not)."""

from __future__ import annotations


def available_printers() -> list:
    """The installed printers (the seam tests patch)."""
    from PySide6.QtPrintSupport import QPrinterInfo

    return list(QPrinterInfo.availablePrinters())


def printers_available() -> bool:
    """True when at least one printer is installed (without one, QPrinter prints nothing)."""
    return bool(available_printers())
