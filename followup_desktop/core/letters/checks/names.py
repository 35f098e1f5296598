"""Checks about who the letter names: placeholders left in, the recipient, everyone else of the
application (a misspelt name is an error that names the right spelling).

Spans are Python str indices into the letter text. Rules yield Findings and never see the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from followup_desktop.core.letters.checks.base import ERROR, WARNING, CheckContext, Finding
from followup_desktop.core.letters.checks.matching import (
    bare,
    close_name,
    is_known,
    is_sentence_start,
    known_words,
    name_parts,
    name_regex,
    salutation_span,
)
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


def _real_names(text: str, ctx: CheckContext) -> list[tuple[int, int]]:
    """Where the letter writes a person's or the company's name as the user typed it."""
    spans: list[tuple[int, int]] = []
    for raw in {ctx.recipient_name, ctx.company, ctx.role, *ctx.interviewer_names, *ctx.contact_names}:
        name = " ".join(str(raw).split())
        if not name:
            continue
        spans.extend(m.span() for m in name_regex(name, 0).finditer(text))
        for part in name.split():  # "<HR>" alone, when it is part of "Dana <HR> Lee"
            if len(part) > 1 and not part.isalnum():
                spans.extend(m.span() for m in re.finditer(r"(?<![\w])" + re.escape(part) + r"(?![\w])", text))
    return spans


def _check_placeholders(text: str, ctx: CheckContext) -> Iterable[Finding]:
    taken: list[tuple[int, int]] = []
    names: list[tuple[int, int]] | None = None
    for pattern, message in _PLACEHOLDER_PATTERNS:
        for m in pattern.finditer(text):
            if any(s <= m.start() < e or s < m.end() <= e for s, e in taken):
                continue  # "[TODO]" is one placeholder, not two
            if names is None:
                names = _real_names(text, ctx)
            if any(s <= m.start() and m.end() <= e for s, e in names):
                continue  # a contact really called "Dana <HR> Lee": a name is never a placeholder
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


# --- the recipient and everyone else ----------------------------------------------------------


def _misspellings(
    text: str, targets: list[tuple[str, str]], ctx: CheckContext, names: set[str]
) -> Iterator[tuple[int, int, str, str, str]]:
    """(start, end, word, part, person) for each word that looks like a typo of a (part, person).

    Never a word the user wrote elsewhere (a colleague "Mara" from the notes is not a typo of
    Maya), a day or month ("May"), or anyone's real name part; a short name's neighbour opening a
    sentence ("Data" for Dana) only counts in the greeting, where three letters are enough ("Mya").
    """
    known = known_words(ctx)
    greeting = salutation_span(text)
    for m in WORD_RE.finditer(text):
        word = bare(m.group())
        if not word[:1].isupper():
            continue
        in_greeting = greeting is not None and greeting[0] <= m.start() < greeting[1]
        if len(word) < (3 if in_greeting else 4) or word.casefold() in names or is_known(word, known):
            continue
        for part, person in targets:
            if len(part) <= 5 and not in_greeting and is_sentence_start(text, m.start()):
                continue
            if not in_greeting and word.casefold() == part.casefold() + "s":
                continue  # "the Nolans", "Nolans Cafe": the name itself, spelt right
            if not in_greeting and len(part) <= 4 and len(word) == len(part) and sorted(word) != sorted(part):
                continue  # one letter changed in a short name is most often a word: "Wall" for Will
            if close_name(word, part):
                yield m.start(), m.start() + len(word), word, part, person
                break


def _people(ctx: CheckContext) -> list[str]:
    """Everyone of the application but the recipient, each once."""
    recipient = " ".join(ctx.recipient_name.split()).casefold()
    seen: dict[str, str] = {}
    for raw in (*ctx.interviewer_names, *ctx.contact_names):
        name = " ".join(str(raw).split())
        if name and name.casefold() != recipient:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def _all_parts(ctx: CheckContext) -> set[str]:
    return {p.casefold() for person in (ctx.recipient_name, *_people(ctx)) for p in name_parts(person)}


def _check_recipient(text: str, ctx: CheckContext) -> Iterable[Finding]:
    recipient = ctx.recipient_name.strip()
    if not recipient:
        return
    mine = name_parts(recipient)
    mine_folded = {p.casefold() for p in mine}
    if not mine:
        return
    others: dict[str, str] = {}
    for person in _people(ctx):
        for part in name_parts(person):
            if part.casefold() not in mine_folded and len(part) > 1:
                others.setdefault(part.casefold(), person)

    found_misspelling = False
    greeting = salutation_span(text)
    if greeting:
        s0 = greeting[0]
        words = [(m.group(), s0 + m.start(), s0 + m.end()) for m in WORD_RE.finditer(text[s0 : greeting[1]])]
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
    for s, e, word, part, _ in _misspellings(text, [(p, recipient) for p in mine], ctx, _all_parts(ctx)):
        found_misspelling = True
        yield Finding("recipient-name", ERROR, f"“{word}” looks like a misspelling of {part}.", s, e, suggestion=part)
    if not found_misspelling and not any(name_regex(p).search(text) for p in mine if len(p) > 1):
        yield Finding("recipient-name", WARNING, f"The letter never addresses {recipient} by name.")


def _check_contact_names(text: str, ctx: CheckContext) -> Iterable[Finding]:
    recipient = " ".join(ctx.recipient_name.split())
    people = _people(ctx)
    if not people:
        return
    # The recipient's parts come first: a typo of theirs is the recipient rule's to report.
    targets = [(p, recipient) for p in name_parts(recipient)]
    mine = {p.casefold() for p, _ in targets}
    targets += [(p, person) for person in people for p in name_parts(person) if p.casefold() not in mine]
    for s, e, word, part, person in _misspellings(text, targets, ctx, _all_parts(ctx)):
        if recipient and person == recipient:
            continue
        who = part if part == person else f"{part} ({person})"
        yield Finding("contact-name", ERROR, f"“{word}” looks like a misspelling of {who}.", s, e, suggestion=part)


NAME_RULES = {  # rule id -> check, in the order the checks panel lists ties
    "placeholder": _check_placeholders,
    "recipient-name": _check_recipient,
    "contact-name": _check_contact_names,
}
