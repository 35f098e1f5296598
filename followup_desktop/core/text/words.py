"""Words, sentences and distinctive word stems: the text measures the letter checks share."""

from __future__ import annotations

import logging
import re

log = logging.getLogger(__name__)

# A word: letters/digits (any script), combining marks, inner apostrophes ("don't", "O’Neil").
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_PIECE = rf"[^\W_](?:[^\W_]|[{_MARKS}])*"
WORD_RE = re.compile(rf"{_PIECE}(?:['’]{_PIECE})*")
_HAS_LETTER = re.compile(r"[^\W\d_]")
# A sentence ends at . ! ? or a line break; "3.5", "e.g." and "Booking.com" do not end one.
_SENTENCE_RE = re.compile(r"(?:[^\n\r\u2028\u2029.!?]|[.!?](?=\w))+[.!?…]*")

NAME_TITLES = frozenset("mr mrs ms miss mx dr prof professor sir madam dame lord lady".split())

# Words too common to tell one text from another: the checks' measure of a specific letter and the
# story bank's suggestions both leave them out.
STOP_WORDS = frozenset(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing done down during each even
    ever every few for from further get gets getting got had has have having he her here hers
    herself him himself his how however i if in into is it its itself just let like made make
    makes many may me might more most much must my myself no nor not now of off often on once
    one only or other our ours ourselves out over own per quite rather really said same say
    says she should since so some still such than that the their theirs them themselves then
    there these they thing things this those though through thus to too under until up upon
    us use used using very via was way we well were what when where whether which while who
    whom whose why will with within without would yet you your yours yourself yourselves
    dear regards sincerely best kind warm thank thanks thanking hello hi again
    interview interviews interviewed interviewer meeting met meet talk talked talking spoke
    speaking conversation discuss discussed discussion chat today yesterday week weeks time
    opportunity opportunities role position job company team teams work working worked
    experience experiences great good really look looking forward hear hearing letter
    want wanted wish hope know learn learned learning think thought believe feel felt
    appreciate appreciated enjoyed glad happy pleasure excited interest interested
    able help helped helping new next last first well also lot lots part
    """.split()
)

# Capitalised words that name a day or a month, never a person or a company ("May", "Easter").
CALENDAR_WORDS = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday christmas easter
    """.split()
)

_SUFFIXES = ("ing", "ed", "es", "s", "e")


def stem(word: str) -> str:
    """A crude stem good enough to match "migrate", "migrating" and "migration"."""
    w = word.casefold().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    for suffix in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            w = w[: -len(suffix)]
            break
    return w[:6]


def distinctive_stems(text: str) -> frozenset[str]:
    """Stems of the words that could carry a detail: no stop words, no short words."""
    out = set()
    for m in WORD_RE.finditer(text):
        word = m.group()
        folded = word.casefold()
        if folded in STOP_WORDS:
            continue
        if _HAS_LETTER.search(word):
            if len(word) >= 3:
                out.add(stem(word))
        elif len(word) >= 2:  # numbers such as "40" or "2019" are details too
            out.add(word)
    return frozenset(out)


def words(text: str) -> list[str]:
    """The words of ``text`` (tokens with at least one letter)."""
    return [m.group() for m in WORD_RE.finditer(text) if _HAS_LETTER.search(m.group())]


def word_count(text: str) -> int:
    """How many words ``text`` has, as a reader would count them."""
    return sum(1 for m in WORD_RE.finditer(text) if _HAS_LETTER.search(m.group()))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, trimmed of surrounding whitespace."""
    spans = []
    for m in _SENTENCE_RE.finditer(text):
        s, e = m.span()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            spans.append((s, e))
    return spans
