"""The drafts' own words: several phrasings for each paragraph, and the rule that no two paragraphs
of one letter open alike.

Each paragraph offers phrasings that start with different words. `Openings.pick` starts at a phrasing
chosen from a stable key (so two drafts of one interview agree) and takes the first whose opening word
no earlier paragraph used. Every phrasing here passes the letter checks: no stock phrase of
resources/phrases/cliches.tsv, no social-media ask, words spelt alike in British and American English.
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence

from followup_desktop.core.text.words import WORD_RE


def opening_words(text: str, n: int = 1) -> tuple[str, ...]:
    """The first n words of a paragraph, case-folded: what makes two paragraphs open alike.

    A paragraph that starts with a «placeholder» opens with nothing yet: the user's words will replace it.
    """
    if text.lstrip().startswith("«"):
        return ()
    found = []
    for match in WORD_RE.finditer(text):
        found.append(match.group().casefold().replace("’", "'"))
        if len(found) == n:
            break
    return tuple(found)


def stable_index(key: str, count: int) -> int:
    """The same index for the same key on every run and machine (not Python's salted hash)."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % count


class Openings:
    """The opening words a letter's paragraphs have used so far."""

    def __init__(self) -> None:
        self._first: set[tuple[str, ...]] = set()
        self._two: set[tuple[str, ...]] = set()

    def take(self, paragraph: str) -> str:
        """Note a paragraph that opens as it must (a greeting, the user's closing or name); returns it."""
        if not opening_words(paragraph):
            return paragraph
        self._first.add(opening_words(paragraph))
        self._two.add(opening_words(paragraph, 2))
        return paragraph

    def pick(self, options: Sequence[str], key: str) -> str:
        """One of the phrasings, starting from the key's, whose first word (else first two) is still unused."""
        start = stable_index(key, len(options))
        ordered = [*options[start:], *options[:start]]
        chosen = next((o for o in ordered if opening_words(o) not in self._first), None)
        if chosen is None:  # a long letter: at least the first two words differ
            chosen = next((o for o in ordered if opening_words(o, 2) not in self._two), ordered[0])
        return self.take(chosen)


# ----------------------------------------------------------------------------- openings, per kind
def thank_you_openings(date: str, role: str, company: str) -> tuple[str, ...]:
    """The first paragraph of a thank-you letter."""
    return (
        f"Thank you for meeting me on {date} to talk about the {role} role at {company}.",
        f"Our conversation on {date} gave me a much clearer picture of the {role} role at {company}. "
        "Thank you for making the time.",
        f"Meeting you on {date} to talk about the {role} role at {company} was time well spent for me; "
        "thank you for it.",
    )


def rejection_openings(date: str, role: str, company: str) -> tuple[str, ...]:
    """The first paragraph after a rejection."""
    return (
        f"Thank you for letting me know your decision about the {role} role at {company}. "
        f"I appreciated the time you spent with me on {date}, and I learned a lot from it.",
        f"I was sorry to hear your decision about the {role} role at {company}, and I am grateful that you "
        f"let me know. Our conversation on {date} taught me a lot.",
    )


def check_in_openings(date: str, role: str, company: str) -> tuple[str, ...]:
    """The first paragraph of a check-in while no decision has come."""
    return (
        f"I hope you are well. Since our interview on {date} for the {role} role at {company}, my interest "
        "has only grown, and I would like to ask where things stand.",
        f"Following our interview on {date} for the {role} role at {company}, I would like to ask where "
        "things stand; I am still very keen on the role.",
    )


def offer_openings(date: str, role: str, company: str) -> tuple[str, ...]:
    """The first paragraph after an offer."""
    return (
        f"Thank you very much for the offer for the {role} role at {company}. I am delighted, and our "
        f"conversation on {date} made me even keener to join.",
        f"I am delighted to receive your offer for the {role} role at {company}; our conversation on {date} "
        "made me even keener to join.",
    )


# A sentence the first paragraph gains when challenges follow, per kind (the thank-you needs none).
CHALLENGES_AHEAD = {
    "rejection": "The challenges we discussed are still on my mind.",
    "check-in": "I have kept thinking about the challenges you described.",
    "offer": "I am looking forward to working on the challenges we discussed.",
}

ENDINGS = {
    "thank-you": (
        "I would very much like to take this further. If anything would help your decision, I will gladly send it.",
        "Please tell me if there is anything else I can send you; I would very much like to continue the conversation.",
        "If any of this raises questions, I would be glad to go into more detail. I would very much like to "
        "take this further.",
    ),
    "rejection": (
        "If the person you chose does not work out, I would be glad to be considered again, and I would welcome "
        "hearing about other openings where my experience could help. Thank you again, and I wish you and the "
        "team every success.",
        "Should the person you chose not work out, I would be glad to be considered again, and I would welcome "
        "hearing about other openings where my experience could help. Thank you again, and I wish you and the "
        "team every success.",
    ),
    "check-in": (
        "Is there any news on the timeline, or anything more I can send you to help the decision?",
        "Could you tell me how the decision is progressing, and whether anything more from me would help?",
        "Please let me know how things stand, and whether anything more from me would help.",
    ),
    "offer": (
        "I will come back to you shortly about the details. Thank you again for your confidence in me.",
        "Once I have gone through the details I will come back to you. Thank you again for your confidence in me.",
        "Thank you again for your confidence in me; I will come back to you shortly about the details.",
    ),
}


# ----------------------------------------------------------------------------- challenge paragraphs
# {s}: the challenge in the user's words, as a clause; {who}: how the letter names the person who said it.
SUMMARY_OWN = (
    "You mentioned that {s}.",
    "Your point that {s} has stayed with me.",
    "When you explained that {s}, it matched work I have done.",
    "As you said, {s}.",
    "Something you said has stayed with me: {s}.",
    "It became clear when we spoke that {s}.",
    "One thing you told me stands out: {s}.",
    "Hearing you explain that {s} reminded me of my own work.",
    "From what you said, {s}.",
    "Listening to you, I learned that {s}.",
    "Thinking back on what you said: {s}.",
)
SUMMARY_OTHER = (
    "{who} mentioned that {s}.",
    "When {who} explained that {s}, it matched work I have done.",
    "As {who} said, {s}.",
    "Something {who} said has stayed with me: {s}.",
    "It became clear from {who} that {s}.",
    "One thing {who} told me stands out: {s}.",
    "Hearing {who} explain that {s} reminded me of my own work.",
    "From what {who} said, {s}.",
    "Listening to {who}, I learned that {s}.",
    "Thinking back on what {who} said: {s}.",
)
SUMMARY_NOBODY = (
    "We talked about how {s}.",
    "One point from our conversation was that {s}.",
    "Something we discussed has stayed with me: {s}.",
    "It became clear in our conversation that {s}.",
    "During our conversation we touched on how {s}.",
    "As we discussed, {s}.",
    "From our conversation I took away that {s}.",
    "Hearing that {s} reminded me of my own work.",
    "Thinking back on our conversation: {s}.",
    "Listening to the challenges you face, I learned that {s}.",
)
# {q}: the interviewer's own words, quoted only because the user chose to quote them.
QUOTE_OWN = (
    "You put it this way: “{q}”.",
    "In your words: “{q}”.",
    "As you put it, “{q}”.",
    "Your words have stayed with me: “{q}”.",
    "Something you said has stayed with me: “{q}”.",
    "One thing you told me stands out: “{q}”.",
)
QUOTE_OTHER = (
    "{who} put it this way: “{q}”.",
    "As {who} put it, “{q}”.",
    "In the words of {who}: “{q}”.",
    "Something {who} said has stayed with me: “{q}”.",
    "One thing {who} told me stands out: “{q}”.",
)
QUOTE_NOBODY = (
    "As it was put to me: “{q}”.",
    "In the words I noted down: “{q}”.",
    "One remark has stayed with me: “{q}”.",
    "Something I heard has stayed with me: “{q}”.",
)

# ----------------------------------------------------------------------------- points, cares, news
ONE_POINT = (
    "One more thing I would like to mention: {p}",
    "Also worth adding: {p}",
    "Something we did not get to: {p}",
)
SEVERAL_POINTS = (
    "I would also like to add a few things we did not have time for:",
    "A few more things I hope came across:",
    "There were also some things we did not get to:",
    "Some things we did not have time for:",
)
OWN_CARES = (
    "What matters most to you has stayed on my mind: {c}.",
    "You made it clear what matters most to you: {c}.",
    "I have kept in mind what matters most to you: {c}.",
)
OTHER_CARES = "I also remember what matters to {who}: {c}."
OTHER_CARES_FIRST = (  # when the recipient said nothing of their own
    "What matters to {who} has stayed on my mind: {c}.",
    "I remember what matters to {who}: {c}.",
)
ONE_NEWS = (
    "There is something new since we spoke: {n}",
    "Something has changed since we spoke: {n}",
    "One thing is new since we spoke: {n}",
)
SEVERAL_NEWS = (
    "A few things are new since we spoke:",
    "Some things have changed since we spoke:",
    "There is some news since we spoke:",
)
