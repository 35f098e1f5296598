"""Genuineness, completeness and etiquette checks on a follow-up letter -> list of Findings.

Spans (``start``/``end``) are Python str indices into the letter text; the GUI maps them to
Qt's UTF-16 positions with :func:`followup_desktop.core.text_spans.utf16_offset`.
No rule ever raises on odd input: a failing rule is logged (without the letter text) and
skipped, so the checks panel always shows the other findings.
"""

from __future__ import annotations

import functools
import itertools
import logging
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Callable, Iterable

from followup_desktop.core.text_spans import utf16_offset, utf16_span  # noqa: F401 (re-export)
from followup_desktop.core.textstats import (
    NAME_TITLES,
    WORD_RE,
    distinctive_stems,
    sentence_spans,
    word_count,
)

log = logging.getLogger(__name__)

ERROR, WARNING, INFO = "error", "warning", "info"

MIN_WORDS, MAX_WORDS = 120, 400  # a follow-up letter reads best at about this length
WARN_MIN_WORDS, WARN_MAX_WORDS = 60, 550  # beyond these the length is a real problem
SPECIFIC_SENTENCE_MIN_WORDS = 4  # shorter "sentences" are salutations and sign-offs
MAX_FINDINGS_PER_RULE = 200  # a pasted novel must not flood the checks panel
FINAL_OUTCOMES_ALLOWING_SOCIAL = frozenset({"offer", "hired"})


@dataclass(frozen=True)
class Finding:
    """One thing the checks panel shows; a span selects the offending text when clicked."""

    rule: str
    severity: str
    message: str
    start: int = -1
    end: int = -1
    suggestion: str = ""


@dataclass(frozen=True)
class CheckContext:
    """Everything the rules know about the letter's interview, passed in by the caller."""

    kind: str
    company: str
    role: str
    recipient_name: str
    interviewer_names: tuple[str, ...]
    other_companies: tuple[str, ...]
    challenge_quotes: tuple[str, ...]
    note_texts: tuple[str, ...]
    plan_texts: tuple[str, ...] = ()
    outcome: str = "pending"
    due_at: datetime | None = None
    now: datetime | None = None
    disabled_rules: frozenset[str] = frozenset()


# --- placeholders -----------------------------------------------------------------------

_PLACEHOLDER_WORDS = r"name|company|role|position|title|date|job|interviewer|recipient|your|insert|team"
_PLACEHOLDER_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"«[^«»\n]{0,200}»"), "A «placeholder» is still in the letter."),
    (re.compile(r"\{\{[^{}\n]{1,60}\}\}"), "A {{template}} field is still in the letter."),
    (re.compile(r"(?<!\{)\{[A-Za-z_][\w .'’-]{0,40}\}(?!\})"), "A {placeholder} is still in the letter."),
    # [Company], [Your Name] -- but not Markdown links "[text](url)" nor "[sic]".
    (
        re.compile(rf"\[(?:[A-Z][\w .'’/-]{{0,40}}|[^\[\]\n]{{0,20}}\b(?i:{_PLACEHOLDER_WORDS})\b[^\[\]\n]{{0,20}})\](?![(\[:])"),
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
        if word.casefold() in others or word.casefold() in mine_folded:
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


# --- specificity ---------------------------------------------------------------------------


@functools.lru_cache(maxsize=32)
def _context_stems(ctx_key: tuple) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """Per-source stem sets for challenges/notes, and the union with the plan, minus noise."""
    company, role, names, challenges, notes, plans = ctx_key
    noise = distinctive_stems(" ".join((company, role) + names))
    per_source = tuple(s for s in (distinctive_stems(t) - noise for t in challenges + notes) if s)
    union = frozenset().union(*per_source, *(distinctive_stems(t) - noise for t in plans))
    return per_source, union


def _ctx_key(ctx: CheckContext) -> tuple:
    names = tuple(ctx.interviewer_names) + (ctx.recipient_name,)
    return (ctx.company, ctx.role, names, tuple(ctx.challenge_quotes), tuple(ctx.note_texts), tuple(ctx.plan_texts))


def specificity(text: str, ctx: CheckContext) -> tuple[float, str]:
    """Share of sentences carrying details from this interview, and a one-line explanation."""
    try:
        _, union = _context_stems(_ctx_key(ctx))
        if not union:
            return 0.0, "No notes, plan or challenges to compare the letter with."
        counted = carrying = 0
        for s, e in sentence_spans(text):
            sentence = text[s:e]
            if word_count(sentence) < SPECIFIC_SENTENCE_MIN_WORDS:
                continue
            counted += 1
            if distinctive_stems(sentence) & union:
                carrying += 1
        if not counted:
            return 0.0, "The letter has no full sentences yet."
        score = carrying / counted
        return score, f"{carrying} of {counted} sentences mention details from this interview."
    except Exception:  # never let a check break the composer
        log.exception("specificity score failed")
        return 0.0, "The specificity score could not be computed."


def _check_not_specific(text: str, ctx: CheckContext) -> Iterable[Finding]:
    per_source, _ = _context_stems(_ctx_key(ctx))
    if not per_source:
        return
    letter = distinctive_stems(text)
    for stems in per_source:
        shared = len(stems & letter)
        if shared >= min(2, len(stems)):
            return
    yield Finding(
        "not-specific",
        WARNING,
        "The letter mentions none of the challenges or notes from this interview.",
        suggestion="Answer one challenge the interviewer raised with your own experience.",
    )


def _check_specificity_score(text: str, ctx: CheckContext) -> Iterable[Finding]:
    score, why = specificity(text, ctx)
    yield Finding("specificity", INFO, f"Specificity {round(score * 100)}%: {why}")


# --- cliches -------------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def load_cliches() -> tuple[tuple[str, str], ...]:
    """The shipped (phrase, suggestion) list from resources/phrases/cliches.tsv, read once."""
    from followup_desktop.paths import resource

    try:
        raw = resource("phrases/cliches.tsv").read_text(encoding="utf-8")
    except OSError:
        log.warning("The cliché phrase list is missing; that check is off.")
        return ()
    entries = []
    for line in raw.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        phrase, _, suggestion = line.partition("\t")
        if phrase.strip():
            entries.append((" ".join(phrase.split()), suggestion.strip()))
    return tuple(entries)


def _phrase_pattern(phrase: str) -> str:
    out = []
    for ch in phrase:
        if ch in " -‐–":
            if not out or out[-1] != r"[\s\-‐–]+":
                out.append(r"[\s\-‐–]+")
        elif ch in "'’":
            out.append("['’]")
        else:
            out.append(re.escape(ch))
    return "".join(out)


@functools.lru_cache(maxsize=1)
def _cliche_regex() -> tuple[re.Pattern[str] | None, dict[str, tuple[str, str]]]:
    entries = load_cliches()
    if not entries:
        return None, {}
    lookup = {_normal_phrase(p): (p, s) for p, s in entries}
    ordered = sorted(lookup.values(), key=lambda e: -len(e[0]))
    body = "|".join(_phrase_pattern(p) for p, _ in ordered)
    return re.compile(rf"(?<![\w])(?:{body})(?![\w])", re.IGNORECASE), lookup


def _normal_phrase(s: str) -> str:
    return re.sub(r"[\s\-‐–]+", " ", s.replace("’", "'")).casefold()


def _check_cliches(text: str, ctx: CheckContext) -> Iterable[Finding]:
    regex, lookup = _cliche_regex()
    if regex is None:
        return
    for m in regex.finditer(text):
        phrase, suggestion = lookup.get(_normal_phrase(m.group()), (m.group(), ""))
        yield Finding("cliche", INFO, f"“{phrase}” is a stock phrase.", m.start(), m.end(), suggestion)


# --- social media, length, deadline, reconsideration ---------------------------------------------

_NETWORK = r"LinkedIn|Linked\s+In|Twitter|Facebook|Instagram|TikTok|Mastodon|Bluesky|Threads|X(?=\W|$)"
_SOCIAL_NETWORK_RE = re.compile(rf"(?<![\w.])(?:{_NETWORK})(?![\w])")
_SOCIAL_ASK_RE = re.compile(
    r"(?<![\w])(?:connect(?:ing)?|add(?:ing)?|follow(?:ing)?|friend|network(?:ing)?|join\s+my)(?![\w])",
    re.IGNORECASE,
)
_CONNECT_ON_RE = re.compile(r"(?<![\w])connect(?:ing)?\s+with\s+you\s+on\b", re.IGNORECASE)


def _check_social(text: str, ctx: CheckContext) -> Iterable[Finding]:
    if ctx.outcome in FINAL_OUTCOMES_ALLOWING_SOCIAL or ctx.kind == "offer":
        return
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        networks = [m.span() for m in _SOCIAL_NETWORK_RE.finditer(sentence)]
        asks = [m.span() for m in _SOCIAL_ASK_RE.finditer(sentence)] if networks else []
        spans = networks + asks if networks and asks else [m.span() for m in _CONNECT_ON_RE.finditer(sentence)]
        if not spans:
            continue
        yield Finding(
            "social-media",
            WARNING,
            "Asking to connect on social media before an offer can feel pushy.",
            s + min(a for a, _ in spans),
            s + max(b for _, b in spans),
            suggestion="Leave it out until the process is over.",
        )


def _check_length(text: str, ctx: CheckContext) -> Iterable[Finding]:
    n = word_count(text)
    if n < MIN_WORDS:
        severity = WARNING if n < WARN_MIN_WORDS else INFO
        yield Finding("length", severity, f"{n} words: short for a follow-up letter (aim for {MIN_WORDS}–{MAX_WORDS}).")
    elif n > MAX_WORDS:
        severity = WARNING if n > WARN_MAX_WORDS else INFO
        yield Finding("length", severity, f"{n} words: long for a follow-up letter (aim for {MIN_WORDS}–{MAX_WORDS}).")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)


def _span_words(seconds: float) -> str:
    hours = int(abs(seconds) // 3600)
    if hours < 1:
        minutes = max(1, int(abs(seconds) // 60))
        return f"{minutes} minute{'s' * (minutes != 1)}"
    if hours < 48:
        return f"{hours} hour{'s' * (hours != 1)}"
    days = hours // 24
    return f"{days} days"


def _check_deadline(text: str, ctx: CheckContext) -> Iterable[Finding]:
    if ctx.due_at is None:
        return
    now = _aware(ctx.now) if ctx.now is not None else datetime.now(timezone.utc)
    seconds = (_aware(ctx.due_at) - now).total_seconds()
    if seconds < 0:
        yield Finding("deadline", WARNING, f"The follow-up is overdue by {_span_words(seconds)}.")
    else:
        yield Finding("deadline", INFO, f"The follow-up is due in {_span_words(seconds)}.")


_RECONSIDER_RE = re.compile(
    r"consider(?:ed)?\s+me|considered\s+again|reconsider|future\s+opportunit|other\s+(?:openings|roles|positions)"
    r"|keep\s+me\s+in\s+mind|if\s+the\s+chosen\s+candidate|keep\s+in\s+touch|stay\s+in\s+touch|future\s+(?:roles|openings|positions)",
    re.IGNORECASE,
)


def _check_reconsideration(text: str, ctx: CheckContext) -> Iterable[Finding]:
    if ctx.kind != "rejection" or _RECONSIDER_RE.search(text):
        return
    yield Finding(
        "reconsideration",
        WARNING,
        "The letter does not say you would like to be considered again.",
        suggestion="Ask them to keep you in mind for future openings.",
    )


RULES: dict[str, Callable[[str, CheckContext], Iterable[Finding]]] = {
    "placeholder": _check_placeholders,
    "other-company": _check_other_companies,
    "recipient-name": _check_recipient,
    "not-specific": _check_not_specific,
    "cliche": _check_cliches,
    "social-media": _check_social,
    "length": _check_length,
    "deadline": _check_deadline,
    "reconsideration": _check_reconsideration,
    "specificity": _check_specificity_score,
}
_SEVERITY_ORDER = {ERROR: 0, WARNING: 1, INFO: 2}


def run_checks(text: str, ctx: CheckContext) -> list[Finding]:
    """Every enabled rule's findings, errors first, then in text order."""
    if not isinstance(text, str):
        text = "" if text is None else str(text)
    findings: list[Finding] = []
    for rule, check in RULES.items():
        if rule in ctx.disabled_rules:
            continue
        try:
            findings.extend(itertools.islice(check(text, ctx), MAX_FINDINGS_PER_RULE))
        except Exception:  # a broken rule must not hide the others
            log.exception("check %s failed on a %d-character letter", rule, len(text))
    findings.sort(key=lambda f: (_SEVERITY_ORDER.get(f.severity, 3), f.start if f.start >= 0 else 1 << 62))
    return findings
