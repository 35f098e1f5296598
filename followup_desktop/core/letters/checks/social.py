"""Asking to connect on social media before an offer: "connect on LinkedIn", "I sent you a
connection request", "added you on XING", "follow me on X/Twitter", "friends on Facebook".

Spans are Python str indices into the letter text. Rules yield Findings and never see the store.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from followup_desktop.core.letters.checks.base import FINAL_OUTCOMES_ALLOWING_SOCIAL, WARNING, CheckContext, Finding
from followup_desktop.core.text.words import sentence_spans

# "X" only as written and not in "X-ray"; the long forms first so "X/Twitter" is one network.
_NETWORK_RE = re.compile(
    r"(?<![\w.])(?:X\s*/\s*Twitter|Twitter\s*/\s*X|X\s*\((?:formerly\s+)?(?:known\s+as\s+)?Twitter\)"
    r"|(?i:linked\s?in|xing|twitter|facebook|instagram|tiktok|mastodon|bluesky)|Threads|X(?![\w-]))(?![\w])"
)
# An ask, when a network is named in the same sentence.
_ASK_RE = re.compile(
    r"(?<![\w])(?:sent\s+you\s+an?\s+(?:invite|invitation|request)"
    r"|connect(?:s|ed|ing)?|(?:connection|friend|follow(?:er)?)\s+requests?|connections?\s+on"
    r"|add(?:s|ed|ing)?\s+(?:you|me|each\s+other)|follow(?:s|ed|ing)?\s+(?:you|me|each\s+other)"
    r"|friends?(?:ed)?|befriend\w*|invit(?:e|es|ed|ing|ation|ations)|message\s+(?:you|me)"
    r"|network(?:ing)?\s+with|join\s+my(?:\s+network)?|stay\s+connected)(?![\w])",
    re.IGNORECASE,
)
# Asks that need no network named: "I have sent you a connection request", "followed you on there".
_ASK_ALONE_RE = re.compile(
    r"(?<![\w])(?:connect(?:ing)?\s+with\s+you\s+on|(?:connection|friend|follow(?:er)?)\s+requests?"
    r"|(?:add|added|adding|follow|followed|following)\s+you\s+on"
    r"|(?:sent\s+you\s+an?\s+)?invit(?:e|ation)\s+to\s+connect)(?![\w])",
    re.IGNORECASE,
)


def _has_offer(ctx: CheckContext) -> bool:
    return ctx.offer or ctx.outcome in FINAL_OUTCOMES_ALLOWING_SOCIAL or ctx.kind == "offer"


def _check_social(text: str, ctx: CheckContext) -> Iterable[Finding]:
    if _has_offer(ctx):
        return
    for s, e in sentence_spans(text):
        sentence = text[s:e]
        networks = list(_NETWORK_RE.finditer(sentence))
        ask = next(_ASK_RE.finditer(sentence), None) if networks else None
        if ask is not None:
            # The ask and the network nearest to it: "connect on LinkedIn", not the whole sentence.
            network = min(networks, key=lambda n: min(abs(n.start() - ask.end()), abs(ask.start() - n.end())))
            start, end = min(ask.start(), network.start()), max(ask.end(), network.end())
            where = " ".join(network.group().split())
        else:
            alone = next(_ASK_ALONE_RE.finditer(sentence), None)
            if alone is None:
                continue
            start, end = alone.span()
            where = "social media"
        yield Finding(
            "social-media",
            WARNING,
            f"Asking to connect on {where} before an offer can feel pushy.",
            s + start,
            s + end,
            suggestion="Leave it out until the process is over.",
        )


SOCIAL_RULES = {"social-media": _check_social}
