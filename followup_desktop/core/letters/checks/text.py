"""Checks about how the letter reads: specific to this interview, clichés, length,
the send-by deadline and, after a rejection, asking to be considered again.

Spans are Python str indices into the letter text. Rules yield Findings and never see the store.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable
from datetime import UTC, datetime

from followup_desktop.core.letters.checks.base import (
    INFO,
    MAX_WORDS,
    MIN_WORDS,
    SPECIFIC_SENTENCE_MIN_WORDS,
    WARN_MAX_WORDS,
    WARN_MIN_WORDS,
    WARNING,
    CheckContext,
    Finding,
)
from followup_desktop.core.text.words import distinctive_stems, sentence_spans, word_count

log = logging.getLogger(__name__)

# --- specificity ---------------------------------------------------------------------------
# company, role, names, challenge quotes, note texts, plan texts: what a letter's details are checked against
ContextKey = tuple[str, str, tuple[str, ...], tuple[str, ...], tuple[str, ...], tuple[str, ...]]


@functools.lru_cache(maxsize=32)
def _context_stems(ctx_key: ContextKey) -> tuple[tuple[frozenset[str], ...], frozenset[str]]:
    """Per-source stem sets for challenges/notes, and the union with the plan, minus noise."""
    company, role, names, challenges, notes, plans = ctx_key
    noise = distinctive_stems(" ".join((company, role) + names))
    per_source = tuple(s for s in (distinctive_stems(t) - noise for t in challenges + notes) if s)
    union = frozenset().union(*per_source, *(distinctive_stems(t) - noise for t in plans))
    return per_source, union


def _ctx_key(ctx: CheckContext) -> ContextKey:
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
    out: list[str] = []
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


# --- length, deadline, reconsideration ---------------------------------------------


def _check_length(text: str, ctx: CheckContext) -> Iterable[Finding]:
    n = word_count(text)
    if n < MIN_WORDS:
        severity = WARNING if n < WARN_MIN_WORDS else INFO
        yield Finding("length", severity, f"{n} words: short for a follow-up letter (aim for {MIN_WORDS}–{MAX_WORDS}).")
    elif n > MAX_WORDS:
        severity = WARNING if n > WARN_MAX_WORDS else INFO
        yield Finding("length", severity, f"{n} words: long for a follow-up letter (aim for {MIN_WORDS}–{MAX_WORDS}).")


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


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
    now = _aware(ctx.now) if ctx.now is not None else datetime.now(UTC)
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


TEXT_RULES = {  # rule id -> check, in the order the checks panel lists ties
    "not-specific": _check_not_specific,
    "cliche": _check_cliches,
    "length": _check_length,
    "deadline": _check_deadline,
    "reconsideration": _check_reconsideration,
    "specificity": _check_specificity_score,
}
