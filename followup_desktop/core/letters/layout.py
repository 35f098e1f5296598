"""The letter layout shared by the Word and print renderers: every choice made, the body still Markdown.

`layout_plain_text()` gives the words of a whole letter in reading order for tests and checks;
the body's Markdown is read by core/text/markdown.py.
"""

from __future__ import annotations

import datetime as _dt
import logging
import re
from dataclasses import dataclass

from followup_desktop.core.models import Application, Contact
from followup_desktop.core.models.letters import Letter, LetterPrefs, Profile
from followup_desktop.core.text.markdown import parse_body
from followup_desktop.core.text.safe import xml_safe

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LetterLayout:
    """Everything a renderer needs to lay out one letter; all choices already made."""

    sender_name: str
    sender_lines: tuple[str, ...]  # address lines, email, phone (already chosen)
    date_text: str  # already formatted in the user's format
    recipient_lines: tuple[str, ...]  # name, title, company, address when known
    subject: str  # "" = no subject line
    salutation: str  # e.g. "Dear Ms Lee,"
    body_markdown: str  # CommonMark
    closing: str  # e.g. "Kind regards,"
    signature_name: str  # typed name under the signature space
    page_size: str = "A4"  # "A4" or "Letter"
    font_family: str = "Calibri"
    font_size_pt: float = 11.0
    # Installed with LibreOffice on Linux and free everywhere; Word falls back sensibly.
    east_asian_font: str = "Noto Sans CJK SC"
    title: str = ""  # document title property
    author: str = ""  # document author property
    language: str = "en-US"  # BCP 47 tag of the letter's language: Word proofs it in this variant
    letterhead: str = ""  # path of the .docx/.dotx letterhead the letter is printed on; "" = plain paper
    # The letterhead carries the sender's name and address: a letter printed on it leaves out its own.
    letterhead_shows_sender: bool = False


def language_tag(spelling_language: str) -> str:
    """The BCP 47 tag of a spelling language ("en_GB" -> "en-GB"); American English when unknown."""
    match = re.fullmatch(r"([a-z]{2,3})(?:[_-]([A-Z]{2}))?", (spelling_language or "").strip())
    if match is None:
        return "en-US"
    return "-".join(part for part in match.groups() if part)


def field_text(text: str) -> str:
    """Sanitise one layout field the way every renderer shows it."""
    return xml_safe(text or "").strip()


def letterhead_shows(header_text: str, name: str) -> bool:
    """True when a letterhead's header names the sender (any case and spacing), so the letter need not."""
    wanted = " ".join(name.split()).casefold()
    return bool(wanted) and wanted in " ".join(header_text.split()).casefold()


def _lines(*texts: str) -> list[str]:
    return [t for t in map(field_text, texts) if t]


def layout_plain_text(layout: LetterLayout) -> str:
    """Return the words of the whole letter in reading order, one block per line."""
    before = _lines(
        layout.sender_name,
        *layout.sender_lines,
        layout.date_text,
        *layout.recipient_lines,
        layout.subject,
        layout.salutation,
    )
    body = [block.text for block in parse_body(layout.body_markdown)]
    after = _lines(layout.closing, layout.signature_name)
    return "\n".join([*before, *body, *after])


# --------------------------------------------------------------------- building a layout
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_SALUTATION_START = ("dear ", "hello ", "hi ", "good morning", "good afternoon", "to whom")


def format_date(day: _dt.date, fmt: str) -> str:
    """A date in one of the formats of letter_models.DATE_FORMATS (locale-independent)."""
    month = _MONTHS[day.month - 1]
    return {
        "month day, year": f"{month} {day.day}, {day.year}",
        "iso": day.isoformat(),
        "dd/mm/yyyy": f"{day.day:02d}/{day.month:02d}/{day.year}",
        "mm/dd/yyyy": f"{day.month:02d}/{day.day:02d}/{day.year}",
    }.get(fmt, f"{day.day} {month} {day.year}")


def _split_frame(body_markdown: str) -> tuple[str, str, str, str]:
    """(salutation, body, closing, signature) of a composer body that holds the whole letter.

    The composer keeps salutation and sign-off editable in the body; the layout wants them
    apart. Only a short first paragraph starting like a greeting, and a short closing line
    ending in a comma followed by a short name line, are taken out.
    """
    parts = [p for p in body_markdown.replace("\r\n", "\n").split("\n\n")]
    parts = [p for p in parts if p.strip()]
    salutation = closing = signature = ""
    if (
        parts
        and len(parts[0]) < 120
        and "\n" not in parts[0].strip()
        and parts[0].strip().casefold().startswith(_SALUTATION_START)
    ):
        salutation = _plain(parts.pop(0))
    if len(parts) >= 2:
        close, name = parts[-2].strip(), parts[-1].strip()
        if (
            "\n" not in close
            and "\n" not in name
            and close.endswith(",")
            and len(close.split()) <= 5
            and 0 < len(name.split()) <= 6
            and not name.startswith(("-", "*", "#"))
        ):
            closing, signature = _plain(close), _plain(name)
            parts = parts[:-2]
    return salutation, "\n\n".join(parts).strip() + "\n", closing, signature


def _plain(markdown_line: str) -> str:
    return " ".join(block.text for block in parse_body(markdown_line)).strip()


def build_layout(
    letter: Letter,
    profile: Profile,
    recipient: Contact | None,
    application: Application | None,
    settings: LetterPrefs,
    today: _dt.date | None = None,
) -> LetterLayout:
    """The LetterLayout of a stored letter: sender from the profile, choices from the settings."""
    salutation, body, closing, signature = _split_frame(letter.body or "")
    sender_lines = tuple(line for line in (*profile.address_lines, profile.email, profile.phone) if line.strip())
    recipient_lines = tuple(
        x
        for x in (
            recipient.name if recipient else "",
            recipient.title if recipient else "",
            application.company if application else "",
        )
        if x and x.strip()
    )
    day = today or _dt.date.today()
    return LetterLayout(
        sender_name=profile.name,
        sender_lines=sender_lines,
        date_text=format_date(day, settings.date_format),
        recipient_lines=recipient_lines,
        subject=letter.subject,
        salutation=salutation,
        body_markdown=body,
        closing=closing,
        signature_name=signature,
        page_size=settings.paper_size if settings.paper_size in ("A4", "Letter") else "A4",
        font_family=settings.font_family or "Calibri",
        font_size_pt=float(settings.font_size or 11),
        title=letter.subject,
        author=profile.name,
        language=language_tag(settings.spelling_language),
        letterhead=settings.letterhead.strip(),
        letterhead_shows_sender=settings.letterhead_shows_sender and bool(settings.letterhead.strip()),
    )
