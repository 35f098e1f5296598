"""Checks about the companies a letter names: another application's company (an error), and a
name close to this company's or an organisation the user never wrote about (a warning).

Spans are Python str indices into the letter text. Rules yield Findings and never see the store.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import re
from collections.abc import Iterable, Iterator

from followup_desktop.core.letters.checks.base import ERROR, WARNING, CheckContext, Finding
from followup_desktop.core.letters.checks.matching import (
    bare,
    close_name,
    is_known,
    is_sentence_start,
    known_words,
    name_regex,
)
from followup_desktop.core.text.words import WORD_RE

# --- other applications' companies --------------------------------------------------------


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
        if own and set(key.split()) <= own_words and name_regex(name).search(own):
            continue
        seen.add(key)
        # Short names and ordinary words ("Box", "Next", "X") only count when capitalised
        # as written in the database, and not as the first word of a sentence.
        strict = len(name) <= 3 or _is_plain_word(name)
        result.append((name, name_regex(name), strict))
    # Longer names first so "Acme Robotics" claims its text before "Acme" does.
    result.sort(key=lambda item: -len(item[0]))
    return tuple(result)


def _other_company_spans(text: str, ctx: CheckContext) -> Iterator[tuple[str, int, int]]:
    """(name, start, end) of each mention of another application's company."""
    patterns = _company_patterns(ctx.company, tuple(ctx.other_companies))
    if not patterns:
        return
    # One flag per character: text already taken by this company's or a longer name.
    claimed = bytearray(len(text) + 1)
    if ctx.company.strip():
        for m in name_regex(ctx.company).finditer(text):
            claimed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    for name, pattern, strict in patterns:
        for m in pattern.finditer(text):
            s, e = m.span()
            if claimed[s]:
                continue
            if strict and not _looks_like_the_company(m.group(), name, text, s):
                continue
            claimed[s:e] = b"\x01" * (e - s)
            yield name, s, e


def _check_other_companies(text: str, ctx: CheckContext) -> Iterable[Finding]:
    for name, s, e in _other_company_spans(text, ctx):
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
    return not (name.casefold() in _COMMON_NAME_WORDS and is_sentence_start(text, start))


# Words a company may be called that also start ordinary sentences.
_COMMON_NAME_WORDS = frozenset(
    "next first also so well box square target shell gap apple indeed notion slack zoom "
    "snap meta oracle signal amazon visa chase bolt uber lime monzo wise revolut ".split()
)

# --- names close to this company's, organisations never written about --------------------

# The last word of an organisation's name ("Initech Systems", "Vandelay Industries").
CORPORATE_WORDS = frozenset(
    """
    inc ltd llc llp gmbh ag plc corp corporation co company group holdings labs laboratories
    systems technologies solutions software partners consulting bank capital ventures industries
    logistics analytics robotics health media studios games networks digital
    """.split()
)
# Words that split a run of capitalised words: "At Northwind I" is the name "Northwind".
_SPLITTERS = frozenset("a an the i we you he she they it my our your their his her at in on of for to from".split())
_SPLITTERS |= frozenset("with by and or but as if so dear hi hello hey".split())
# Where a letter names the company it is written to: "joining X", "the role at X", "the team at
# X" - the words a letter copied from another application keeps. The writer's past employers
# ("At X I led...") and anyone else's ("she used to work at X") are not flagged.
_EMPLOYER_BEFORE = re.compile(r"(?<![\w])join(?:s|ed|ing)?\s+$", re.IGNORECASE)
_AT_BEFORE = re.compile(r"(?<![\w])(?:at|with)\s+$", re.IGNORECASE)
_TARGET_WORDS = frozenset(
    """
    role roles position positions opening openings vacancy vacancies opportunity opportunities job jobs
    career team teams engineers colleagues everyone staff culture mission here
    """.split()
)
_CLAUSE_END = re.compile(
    r"\s*(?:$|[,.;:!?)\n]|(?:I|we|you|they|he|she|it|is|was|has|had|and|or|in|on|for|as|last|this|next|"
    r"before|after|earlier|where|which|who|since|until|to|would|will)(?![\w]))"
)
_TEAM_AFTER = re.compile(r"(?:['’]s)?\s+team(?![\w])", re.IGNORECASE)


def _phrases(text: str) -> Iterator[tuple[int, int, list[str]]]:
    """Runs of capitalised words on one line: (start, end, words) - "Southwind Logistics".

    A possessive ends a run and is left out of it: "Hooli's team" gives "Hooli"."""
    run: list[tuple[int, int, str]] = []
    for m in WORD_RE.finditer(text):
        word = m.group()
        capital = word[:1].isupper() and word.casefold() not in _SPLITTERS and len(word) > 1
        joined = bool(run) and run[-1][1] == m.start() - 1 and text[m.start() - 1] == " "
        joined = joined or (bool(run) and text[run[-1][1] : m.start()] == " & ")
        if not (capital and (joined or not run)):
            if run:
                yield run[0][0], run[-1][1], [w for _, _, w in run]
            run = []
            if not capital:
                continue
        name = bare(word)
        run.append((m.start(), m.start() + len(name), name))
        if name != word:  # "Hooli's": the name ends here
            yield run[0][0], run[-1][1], [w for _, _, w in run]
            run = []
    if run:
        yield run[0][0], run[-1][1], [w for _, _, w in run]


def _names_an_employer(text: str, s: int, e: int) -> bool:
    if not _CLAUSE_END.match(text, e):
        return False  # "joining Kafka consumers": a thing, not a company
    if _EMPLOYER_BEFORE.search(text, max(0, s - 20), s):
        return True
    at = _AT_BEFORE.search(text, max(0, s - 10), s)
    before = text[max(0, at.start() - 30) : at.start()].split() if at else []
    return bool(before) and before[-1].casefold().strip(",;:") in _TARGET_WORDS


def _alike(word: str, own: str) -> bool:
    """A made-up neighbour of the company's name: "Southwind" for "Northwind" (same ending)."""
    a, b = word.casefold(), own.casefold()
    if a == b or len(b) < 5 or abs(len(a) - len(b)) > 3:
        return False
    shared = 0
    while shared < min(len(a), len(b)) and a[-1 - shared] == b[-1 - shared]:
        shared += 1
    return shared >= 4 and shared * 2 >= len(b) and shared < len(a)


def _close_to_own(words: list[str], own: list[str]) -> bool:
    distinctive = [w for w in own if len(w) >= 5 and w.casefold() not in CORPORATE_WORDS]
    if any(close_name(w, o) or _alike(w, o) for w in words for o in distinctive):
        return True
    # "Acme Widgets" for "Acme Robotics": the same first word (the brand), as many words, others
    # not the same; "Octopus Energy" and "Brightline Energy" only share their trade.
    if len(own) >= 2 and len(words) == len(own) and words[0].casefold() == own[0].casefold():
        return own[0].casefold() not in CORPORATE_WORDS and any(
            a.casefold() != b.casefold() for a, b in zip(words, own)
        )
    return False


def _check_company_names(text: str, ctx: CheckContext) -> Iterable[Finding]:
    company = " ".join(ctx.company.split())
    if not company:
        return
    own = [m.group() for m in WORD_RE.finditer(company)]
    known = known_words(ctx)  # other applications' companies too: those are the other rule's errors
    claimed = bytearray(len(text) + 1)
    for m in name_regex(company).finditer(text):
        claimed[m.start() : m.end()] = b"\x01" * (m.end() - m.start())
    brands = _brands(ctx, own)
    for s, e, words in _phrases(text):
        if claimed[s] or claimed[max(s, e - 1)]:
            continue
        name = text[s:e]
        other = brands.get(words[0].casefold())
        if other and name.casefold() != other.casefold():
            yield Finding(
                "company-name",
                WARNING,
                f"“{name}” may mean {other}, another company you applied to.",
                s,
                e,
                suggestion=company,
            )
            continue
        head = [w for w in words if w.casefold() not in CORPORATE_WORDS] or words
        if all(is_known(w, known) for w in head):
            continue
        organisation = _is_organisation(text, s, e, words)
        if _close_to_own(words, own) or (organisation and _reads_alike(name, company)):
            yield Finding(
                "company-name",
                WARNING,
                f"“{name}” is close to {company}, but it is not the name of the company you are writing to.",
                s,
                e,
                suggestion=company,
            )
        elif organisation:
            yield Finding(
                "company-name",
                WARNING,
                f"“{name}” reads like an organisation you have no application for, and your notes, plan "
                "and profile never mention it: is it left over from another letter?",
                s,
                e,
                suggestion=f"Check that the letter was written for {company}.",
            )


def _brands(ctx: CheckContext, own: list[str]) -> dict[str, str]:
    """The first word of other applications' names ("Zenith" of Zenith Bank) -> the name, when that
    word is distinctive and the user did not write it about this application."""
    here = known_words(dataclasses.replace(ctx, other_companies=()))
    own_folded = {w.casefold() for w in own}
    brands: dict[str, str] = {}
    for raw in ctx.other_companies:
        name = " ".join(str(raw).split())
        words = [m.group() for m in WORD_RE.finditer(name)]
        if len(words) < 2:
            continue  # a one-word name is the other rule's: it finds the whole name
        first = words[0].casefold()
        if len(first) < 4 or first in CORPORATE_WORDS or first in _COMMON_NAME_WORDS or first in own_folded:
            continue
        if not is_known(words[0], here):
            brands.setdefault(first, name)
    return brands


def _reads_alike(name: str, company: str) -> bool:
    """True for "Apex Robotics" and "Acme Robotics": most of the letters the same, in the same order."""
    return difflib.SequenceMatcher(None, name.casefold(), company.casefold()).ratio() >= 0.75


def _is_organisation(text: str, s: int, e: int, words: list[str]) -> bool:
    """Named as one: "Vandelay Industries", "the Hooli team", "joining Initrode", "at Initech, I"."""
    if len(words) >= 2 and words[-1].casefold().rstrip(".") in CORPORATE_WORDS:
        return True
    return bool(_TEAM_AFTER.match(text, e)) or _names_an_employer(text, s, e)


COMPANY_RULES = {  # rule id -> check, in the order the checks panel lists ties
    "other-company": _check_other_companies,
    "company-name": _check_company_names,
}
