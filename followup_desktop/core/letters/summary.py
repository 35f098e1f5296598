"""A challenge "in my words": the suggestion the board offers, and how a summary sits inside a sentence.

The suggestion is the highlight's main clause told back to the interviewer: what comes before the first
colon, semicolon, dash or bracket, with the company's "we", "our", "us" turned to "you", "your", "you"
("our routing service fell over" -> "your routing service fell over"), trimmed and sentence-cased. It is
only ever a suggestion: it is not stored until the user edits or accepts it, and a draft built while a
summary is still a suggestion marks it as a «placeholder», so the letter checks flag it before it is sent.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_SUGGESTION_WORDS = 30  # a main clause longer than this is cut at a word: the user shortens it anyway

# First-person plural (the interviewer speaking for the company) -> second person, told back to them.
_PLURAL = {
    "we": "you",
    "us": "you",
    "our": "your",
    "ours": "yours",
    "ourselves": "yourselves",
    "we're": "you're",
    "we've": "you've",
    "we'll": "you'll",
    "we'd": "you'd",
    "we’re": "you’re",
    "we’ve": "you’ve",
    "we’ll": "you’ll",
    "we’d": "you’d",
}
_ALTERNATIVES = "|".join(sorted(map(re.escape, _PLURAL), key=len, reverse=True))
_PRONOUN_RE = re.compile(rf"(?<![\w'’])(?:{_ALTERNATIVES})(?![\w'’])", re.IGNORECASE)
# Where a main clause ends: a colon, semicolon, a spaced dash, an opening bracket, or a sentence's end.
_CLAUSE_END_RE = re.compile(r"\s*(?:[:;(\[]|\s[-–—]\s|—|[.!?](?=\s|$))")
_QUOTES = " \t\"“”'‘’«»"


def _swap(match: re.Match[str]) -> str:
    word = match.group()
    swapped = _PLURAL[word.casefold()]
    if word.isupper() and len(word) > 1:
        return swapped.upper()
    return swapped[:1].upper() + swapped[1:] if word[:1].isupper() else swapped


def second_person(text: str) -> str:
    """The company's first-person plural told back to it: "we", "our", "us" -> "you", "your", "you"."""
    return _PRONOUN_RE.sub(_swap, text)


def main_clause(quote: str) -> str:
    """The words of a highlight before its first colon, semicolon, spaced dash, bracket or full stop."""
    text = " ".join(quote.split()).strip(_QUOTES)
    end = _CLAUSE_END_RE.search(text)
    clause = text[: end.start()] if end and end.start() > 0 else text
    words = clause.split()
    if len(words) > MAX_SUGGESTION_WORDS:
        clause = " ".join(words[:MAX_SUGGESTION_WORDS])
    return clause.strip(_QUOTES + ",.;:!?-–—")


def suggest_summary(quote: str) -> str:
    """The board's suggestion for a challenge in the user's words: its main clause in the second person."""
    clause = second_person(main_clause(quote))
    return clause[:1].upper() + clause[1:]


def in_sentence(summary: str, keep: Iterable[str] = ()) -> str:
    """A summary as it reads after "You mentioned that": no final stop, the first word lower-cased
    unless it is a name ("Northwind"), an acronym ("API") or written with inner capitals ("DevOps")."""
    text = " ".join(summary.split()).rstrip(".!;:, ")
    first = text.split(" ", 1)[0] if text else ""
    kept = {k.casefold() for name in keep for k in name.split()}
    bare = re.sub(r"['’]s$", "", first.strip(_QUOTES + ",.;:!?"))  # "Northwind's" is "Northwind"
    if not first or not first[:1].isupper() or bare.casefold() in kept:
        return text
    if any(ch.isupper() for ch in first[1:]) or first == "I" or first.startswith(("I'", "I’")):
        return text  # an acronym ("API"), inner capitals ("DevOps"), or "I" itself
    return first[:1].lower() + text[1:]
