"""Checks about who and what the letter names: placeholders left in, other companies, the recipient.

Spans are Python str indices into the letter text. Rules yield Findings and never see the store.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from followup_desktop.core.letters.checks.base import ERROR, WARNING, CheckContext, Finding
from followup_desktop.core.text.words import NAME_TITLES, WORD_RE

# --- placeholders -----------------------------------------------------------------------

_PLACEHOLDER_WORDS = r"name|company|role|position|title|date|job|interviewer|recipient|your|insert|team"
_PLACEHOLDER_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"«[^«»\n]{0,200}»"), "A «placeholder» is still in the letter."),
    (re.compile(r"\{\{[^{}\n]{1,60}\}\}"), "A {{template}} field is still in the letter."),
    (re.compile(r"(?<!\{)\{[A-Za-z_][\w .'’-]{0,40}\}(?!\})"), "A {placeholder} is still in the letter."),
    # [Company], [Your Name] -- but not Markdown links "[text](url)" nor "[sic]".
    (
        re.compile(
            rf"\[(?:[A-Z][\w .'’/-]{{0,40}}"
            rf"|[^\[\]\n]{{0,20}}\b(?i:{_PLACEHOLDER_WORDS})\b[^\[\]\n]{{0,20}})\](?![(\[:])"
        ),
        "A [placeholder] is still in the letter.",
    ),
    # <Name>, <Company Name> -- capitalised, so HTML tags and <https://...> links do not match.
    (
        re.compile(rf"<(?:[A-Z][\w '’-]{{0,40}}|[^<>\n@:/]{{0,20}}\b(?i:{_PLACEHOLDER_WORDS})\b[^<>\n@:/]{{0,20}})>"),
        "A <placeholder> is still in the letter.",
    ),
    (re.compile(r"(?<![\w])[Xx]{3,}(?![\w])"), "“XXX” marks something still to fill in."),
    (re.compile(r"(?<![\w])(?:TBD|TBC|TODO|FIXME)(?![\w])", re.IGNORECASE), "A to-do marker is still in the letter."),
    (re.compile(r"lorem\s+ipsum", re.IGNORECASE), "Filler text (Lorem ipsum) is still in the letter."),
)
_GENERIC_SALUTATION = re.compile(
    r"\b(?:Dear\s+Sir\s*(?:/|or|and)\s*Madam|Dear\s+(?:Sir|Madam)|To\s+whom\s+it\s+may\s+concern"
    r"|Dear\s+Hiring\s+(?:Manager|Team))\b",
    re.IGNORECASE,
)


def _check_placeholders(text: str, ctx: CheckContext) -> Iterable[Finding]:
    taken: list[tuple[int, int]] = []
    for pattern, message in _PLACEHOLDER_PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                continue  # "[TODO]" is one placeholder, not two
            taken.append(m.span())
            yield Finding("placeholder", ERROR, message, m.start(), m.end())
    if ctx.recipient_name.strip():
        for m in _GENERIC_SALUTATION.finditer(text):
            yield Finding(
                "placeholder",
                WARNING,
                "A generic greeting, though you know the recipient's name.",
                m.start(),
                m.end(),
                suggestion=f"Dear {ctx.recipient_name.strip()},",
            )


# --- other companies ----------------------------------------------------------------------


def _name_regex(name: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A pattern for a name as a whole word, with any run of whitespace between its parts."""
    parts = [re.escape(p) for p in name.split()]
    return re.compile(r"(?<![\w])" + r"\s+".join(parts) + r"(?![\w])", flags)


def _is_plain_word(name: str) -> bool:
    return len(name.split()) == 1 and name.isalpha()


@functools.lru_cache(maxsize=64)
def _company_patterns(company: str, others: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str], bool], ...]:
    """(name, pattern, strict) for each other company; strict names must look like a proper noun."""
    own = " ".join(company.split()).casefold()
    own_words = set(own.split())
    result = []
    seen = set()
    for raw in others:
        name = " ".join(str(raw).split())
        key = name.casefold()
        if not name or key == own or key in seen or not any(ch.isalnum() for ch in name):
            continue
        # "Acme" while writing to "Acme Robotics": most likely shorthand for this company.
        if own and set(key.split()) <= own_words and _name_regex(name).search(own):
            continue
        seen.add(key)
        # Short names and ordinary words ("Box", "Next", "X") only count when capitalised
        # as written in the database, and not as the first word of a sentence.
        strict = len(name) <= 3 or _is_plain_word(name)
        result.append((name, _name_regex(name), strict))
    # Longer names first so "Acme Robotics" claims its text before "Acme" does.
    result.sort(key=lambda item: -len(item[0]))
    return tuple(result)


def _is_sentence_start(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\"'“‘(*_>#-":
        i -= 1
    return i < 0 or text[i] in ".!?\n\r\u2028\u2029"


def _check_other_companies(text: str, ctx: CheckContext) -> Iterable[Finding]:
    patterns = _company_patterns(ctx.company, tuple(ctx.other_companies))
    if not patterns:
        return
    # One flag per character: text already taken by this company's or a longer name.
    claimed = bytearray(len(text) + 1)
    if ctx.company.strip():
        for m in _name_regex(ctx.company).finditer(text):
            claimed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for name, pattern, strict in patterns:
        for m in pattern.finditer(text):
            s, e = m.span()
            if claimed[s]:
                continue
            if strict and not _looks_like_the_company(m.group(), name, text, s):
                continue
            claimed[s:e] = b"\x01" * (e - s)
            yield Finding(
                "other-company",
                ERROR,
                f"Mentions {name}, another company you applied to.",
                s,
                e,
                suggestion=ctx.company.strip(),
            )


def _looks_like_the_company(found: str, name: str, text: str, start: int) -> bool:
    """For short or one-word names: "Box" yes, "box" no; "X" only as written; "Next," at a sentence start no."""
    if len(name) <= 3:
        return found == name
    if not found[:1].isupper():
        return False
    return not (name.casefold() in _COMMON_NAME_WORDS and _is_sentence_start(text, start))


# Words a company may be called that also start ordinary sentences.
_COMMON_NAME_WORDS = frozenset(
    "next first also so well box square target shell gap apple indeed notion slack zoom "
    "snap meta oracle signal amazon visa chase bolt uber lime monzo wise revolut ".split()
)

# --- recipient ----------------------------------------------------------------------------

# Months and weekdays: the letter's own dates ("5 June 2026") are never a misspelt "Jane" or "Juno".
_CALENDAR_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_SALUTATION_RE = re.compile(
    r"^[ \t>*_#]*(?:Dear|Hi|Hello|Hey|Good\s+(?:morning|afternoon|evening))[ \t]+([^\n,:;!]{1,80})",
    re.IGNORECASE | re.MULTILINE,
)


def _name_parts(full_name: str) -> list[str]:
    """Given and family names without titles: "Dr. Jane van Dijk" -> ["Jane", "van", "Dijk"]."""
    parts = [p.strip(".,") for p in full_name.split()]
    return [p for p in parts if p and p.casefold().rstrip(".") not in NAME_TITLES]


def _close_name(word: str, name: str) -> bool:
    """True if ``word`` looks like a typo of ``name`` (but is not the name itself)."""
    a, b = word.casefold(), name.casefold()
    if a == b or len(b) < 4 or abs(len(a) - len(b)) > 2 or a[:1] != b[:1]:
        return False
    limit = 1 if len(b) <= 6 else 2
    return _edit_distance(a, b, limit) <= limit


def _edit_distance(a: str, b: str, limit: int) -> int:
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


def _check_recipient(text: str, ctx: CheckContext) -> Iterable[Finding]:
    recipient = ctx.recipient_name.strip()
    if not recipient:
        return
    mine = _name_parts(recipient)
    mine_folded = {p.casefold() for p in mine}
    if not mine:
        return
    others: dict[str, str] = {}
    for person in ctx.interviewer_names:
        if person.strip() and person.strip().casefold() != recipient.casefold():
            for part in _name_parts(person):
                if part.casefold() not in mine_folded and len(part) > 1:
                    others.setdefault(part.casefold(), person.strip())

    found_misspelling = False
    salutation = _SALUTATION_RE.search(text[:2000])
    if salutation:
        s0 = salutation.start(1)
        words = [(m.group(), s0 + m.start(), s0 + m.end()) for m in WORD_RE.finditer(salutation.group(1))]
        named = [w for w in words if w[0].casefold().rstrip(".") not in NAME_TITLES]
        if named and not any(w.casefold() in mine_folded for w, _, _ in named):
            wrong = [w for w in named if w[0].casefold() in others]
            if wrong:
                who = others[wrong[0][0].casefold()]
                yield Finding(
                    "recipient-name",
                    ERROR,
                    f"The greeting names {who}, but this letter is for {recipient}.",
                    wrong[0][1],
                    wrong[-1][2],
                    suggestion=recipient,
                )
                found_misspelling = True
    for m in WORD_RE.finditer(text):
        word = m.group()
        if not word[:1].isupper() or len(word) < 4:
            continue
        if word.casefold() in others or word.casefold() in mine_folded or word.casefold() in _CALENDAR_WORDS:
            continue
        in_salutation = salutation is not None and salutation.start(1) <= m.start() < salutation.end(1)
        for part in mine:
            # "Data" is not a typo of "Dana" at the start of a sentence; short names only
            # count there when the greeting itself misspells them.
            if len(part) <= 5 and not in_salutation and _is_sentence_start(text, m.start()):
                continue
            if _close_name(word, part):
                found_misspelling = True
                yield Finding(
                    "recipient-name",
                    ERROR,
                    f"“{word}” looks like a misspelling of {part}.",
                    m.start(),
                    m.end(),
                    suggestion=part,
                )
                break
    if not found_misspelling and not any(_name_regex(p).search(text) for p in mine if len(p) > 1):
        yield Finding("recipient-name", WARNING, f"The letter never addresses {recipient} by name.")


NAME_RULES = {  # rule id -> check, in the order the checks panel lists ties
    "placeholder": _check_placeholders,
    "other-company": _check_other_companies,
    "recipient-name": _check_recipient,
}
