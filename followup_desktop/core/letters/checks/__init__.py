"""Genuineness, completeness and etiquette checks on a follow-up letter -> list of Findings.

Spans (``start``/``end``) are Python str indices into the letter text; the GUI maps them to
Qt's UTF-16 positions with :func:`followup_desktop.core.text.spans.utf16_offset`.
No rule ever raises on odd input: a failing rule is logged (without the letter text) and
skipped, so the checks panel always shows the other findings.

The rules live by subject: ``names`` (placeholders, the recipient, everyone else of the
application), ``companies`` (another application's company, a name close to this one's, an
organisation never written about), ``social`` (asking to connect before an offer) and ``text``
(specificity, clichés, length, deadline, reconsideration); the data types in ``base``, what the
name rules share in ``matching``. Every public name stays importable from here.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable, Iterable

from followup_desktop.core.letters.checks.base import (  # noqa: F401 (re-export)
    ERROR,
    FINAL_OUTCOMES_ALLOWING_SOCIAL,
    INFO,
    MAX_FINDINGS_PER_RULE,
    MAX_WORDS,
    MIN_WORDS,
    SPECIFIC_SENTENCE_MIN_WORDS,
    WARN_MAX_WORDS,
    WARN_MIN_WORDS,
    WARNING,
    CheckContext,
    Finding,
)
from followup_desktop.core.letters.checks.companies import COMPANY_RULES
from followup_desktop.core.letters.checks.matching import close_name as _close_name  # noqa: F401 (re-export)
from followup_desktop.core.letters.checks.names import NAME_RULES
from followup_desktop.core.letters.checks.social import SOCIAL_RULES
from followup_desktop.core.letters.checks.text import TEXT_RULES, load_cliches, specificity  # noqa: F401 (re-export)
from followup_desktop.core.text.spans import utf16_offset, utf16_span  # noqa: F401 (re-export)

log = logging.getLogger(__name__)

__all__ = [
    "ERROR",
    "FINAL_OUTCOMES_ALLOWING_SOCIAL",
    "INFO",
    "MAX_FINDINGS_PER_RULE",
    "MAX_WORDS",
    "MIN_WORDS",
    "RULES",
    "RULE_LABELS",
    "SPECIFIC_SENTENCE_MIN_WORDS",
    "WARN_MAX_WORDS",
    "WARN_MIN_WORDS",
    "WARNING",
    "CheckContext",
    "Finding",
    "load_cliches",
    "run_checks",
    "specificity",
    "utf16_offset",
    "utf16_span",
]

Rule = Callable[[str, CheckContext], Iterable[Finding]]
_BY_ID: dict[str, Rule] = {**NAME_RULES, **COMPANY_RULES, **SOCIAL_RULES, **TEXT_RULES}
# what each rule is called where the user switches it on or off (Settings) and in a finding's tip,
# in the order the checks panel lists ties and Settings lists the rules
RULE_LABELS: dict[str, str] = {
    "placeholder": "Placeholders left unfilled",
    "other-company": "Another company's name",
    "company-name": "A company name close to this one's, or one you never wrote about",
    "recipient-name": "Recipient's name missing, wrong or misspelled",
    "contact-name": "Misspelled names of the interviewers and contacts",
    "not-specific": "Mentions nothing from this interview",
    "cliche": "Generic or cliché phrases",
    "social-media": "Asking to connect on social media before an offer",
    "length": "Length outside about 120–400 words",
    "deadline": "Follow-up deadline",
    "reconsideration": "Rejection letter without asking to be considered again",
    "specificity": "Specificity score",
}
RULES: dict[str, Rule] = {rule: _BY_ID[rule] for rule in RULE_LABELS}
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
