"""The letter checks' yardstick: genuine letters that must pass, and seeded defects that must be caught.

``python -m tests.core.letters.check_corpus`` prints "caught X of Y seeded, Z false alarms on N genuine
letters" and lists what was missed or wrongly flagged.
"""

from __future__ import annotations

import dataclasses

from followup_desktop.core.letters.checks import ERROR, WARNING, CheckContext, Finding, run_checks

from .genuine import GENUINE
from .seeded import SEEDED
from .worlds import World

__all__ = ["GENUINE", "SEEDED", "context_of", "false_alarms", "is_caught", "measure"]


def context_of(w: World) -> CheckContext:
    """The CheckContext of a corpus world (facts the checks do not know yet are left out)."""
    known = {f.name for f in dataclasses.fields(CheckContext)}
    return CheckContext(**{k: v for k, v in w.items() if k in known})


def false_alarms(w: World, text: str) -> list[Finding]:
    """Errors and warnings on a genuine letter: every one is a false alarm."""
    return [f for f in run_checks(text, context_of(w)) if f.severity in (ERROR, WARNING)]


def is_caught(w: World, text: str, rule: str, expected: str | None) -> bool:
    """True if ``rule`` reports the seeded defect (on a span containing ``expected``, if given)."""
    for f in run_checks(text, context_of(w)):
        if f.rule == rule and (expected is None or expected in text[f.start : max(f.start, f.end)]):
            return True
    return False


def measure() -> tuple[int, int, int, int, list[str]]:
    """(caught, seeded, false alarms, genuine letters, what went wrong) over the whole corpus."""
    problems = []
    caught = 0
    for seed_id, w, text, rule, expected in SEEDED:
        if is_caught(w, text, rule, expected):
            caught += 1
        else:
            problems.append(f"missed {seed_id} ({rule})")
    alarms = 0
    for key, w, text in GENUINE:
        for f in false_alarms(w, text):
            alarms += 1
            problems.append(f"false alarm on {key}: {f.rule} {f.message} [{text[f.start : f.end]}]")
    return caught, len(SEEDED), alarms, len(GENUINE), problems
