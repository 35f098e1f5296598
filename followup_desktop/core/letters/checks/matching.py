"""What the name and company rules share: finding a name in text, telling a typo of a name from
another word, the greeting line, and the words the user already wrote elsewhere.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from followup_desktop.core.letters.checks.base import CheckContext
from followup_desktop.core.text.words import CALENDAR_WORDS, NAME_TITLES, STOP_WORDS, WORD_RE

SALUTATION_RE = re.compile(
    r"^[ \t>*_#]*(?:Dear|Hi|Hello|Hey|Good\s+(?:morning|afternoon|evening))[ \t]+([^\n,:;!]{1,80})",
    re.IGNORECASE | re.MULTILINE,
)
# Capitalised words that are never a name's typo: days, months, the common words of any letter.
ORDINARY_WORDS = CALENDAR_WORDS | STOP_WORDS | NAME_TITLES


def name_regex(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern for a name as a whole word, with any run of whitespace between its parts."""
    parts = [re.escape(p) for p in name.split()]
    return re.compile(r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])", flags)


def is_sentence_start(text: str, pos: int) -> bool:
    """True if ``pos`` opens a sentence (or the text), skipping quotes and Markdown marks."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(*_>#-":
        i -= 1
    return i < 0 or text[i] in ".!?\n\r\u2028\u2029"


def name_parts(full_name: str) -> list[str]:
    """Given and family names without titles: "Dr. Jane van Dijk" -> ["Jane", "van", "Dijk"]."""
    parts = [p.strip(".,") for p in full_name.split()]
    return [p for p in parts if p and p.casefold().rstrip(".") not in NAME_TITLES]


def close_name(word: str, name: str) -> bool:
    """True if ``word`` looks like a typo of ``name`` (but is not the name itself)."""
    a, b = word.casefold(), name.casefold()
    if a == b or len(b) < 4 or abs(len(a) - len(b)) > 2 or a[:1] != b[:1]:
        return False
    limit = 1 if len(b) <= 6 else 2
    return edit_distance(a, b, limit) <= limit


def edit_distance(a: str, b: str, limit: int) -> int:
    """Damerau-Levenshtein (optimal string alignment) distance, cut off above ``limit``."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = ca != cb
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        if min(cur) > limit:
            return limit + 1
        prev2, prev = prev, cur
    return prev[-1]


def bare(word: str) -> str:
    """The word without a possessive ending: "Leila's" -> "Leila"."""
    return word[:-2] if len(word) > 3 and word[-2:] in ("'s", "’s", "'S", "’S") else word


def salutation_span(text: str) -> tuple[int, int] | None:
    """Where the greeting's names are ("Maya" in "Dear Maya,"), if the letter opens with one."""
    m = SALUTATION_RE.search(text[:2000])
    return m.span(1) if m else None


def _folded_words(texts: Iterable[str]) -> frozenset[str]:
    out: set[str] = set()
    for t in texts:
        for m in WORD_RE.finditer(t):
            out.add(bare(m.group()).casefold().replace("’", "'"))
    return frozenset(out)


@functools.lru_cache(maxsize=16)
def _cached_words(texts: tuple[str, ...]) -> frozenset[str]:
    return _folded_words(texts)


def known_words(ctx: CheckContext) -> frozenset[str]:
    """Every word (casefolded) of the user's own material: names, notes, plan, quotes, experience."""
    texts = (
        ctx.company,
        ctx.role,
        ctx.recipient_name,
        *ctx.interviewer_names,
        *ctx.contact_names,
        *ctx.other_companies,
        *ctx.challenge_quotes,
        *ctx.note_texts,
        *ctx.plan_texts,
        *ctx.own_texts,
    )
    return _cached_words(tuple(str(t) for t in texts))


def is_known(word: str, known: frozenset[str]) -> bool:
    """True if the user wrote ``word`` somewhere, or it is an ordinary word of any letter."""
    folded = bare(word).casefold().replace("’", "'")
    return folded in known or folded in ORDINARY_WORDS
