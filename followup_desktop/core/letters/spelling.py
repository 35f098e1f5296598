"""Offline spell checking for the letter composer (pyspellchecker, loaded on first use).

pyspellchecker ships one English dictionary (American). British English is the same
dictionary corrected by the shipped US/UK variant pairs in resources/phrases/en_variants.tsv:
in en_GB "colour" is accepted and "color" flagged, in en_US the other way round.
Spans are Python str indices; the GUI maps them with core.text_spans.utf16_offset.
"""

from __future__ import annotations

import difflib
import functools
import logging
import re
import threading
import time
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from followup_desktop.core.text.words import WORD_RE

log = logging.getLogger(__name__)

LANGUAGES = ("en_US", "en_GB")
LOAD_TIMES_MS: dict[str, float] = {}  # how long each dictionary took to load, for diagnostics
MAX_SUGGEST_LEN = 15  # beyond this, edit distance 2 costs seconds: suggest at distance 1

# Suffixes whose American and British forms follow the base word ("colour" -> "colourful").
_DERIVED_SUFFIXES = ("s", "ed", "ing", "er", "ers", "ful", "less", "able", "ably", "ation", "ations", "ational")
_URL_OR_EMAIL = re.compile(
    r"(?:https?://|ftp://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|dev|ai|app|co|uk|de|fr|eu|us|ca|au|gov|edu)\b",
    re.IGNORECASE,
)
_HYPHEN_PREFIXES = frozenset(
    "pre re co non multi anti sub post semi mid ex de un inter intra micro macro auto bi tri".split()
)
_LATIN_LIMIT = 0x024F  # words in other scripts are not English words to check

_lock = threading.Lock()
_base: Any = None
_languages: dict[str, "_Language"] = {}


@dataclass(frozen=True)
class _Language:
    """One language: the shared dictionary plus its variant corrections."""

    name: str
    known: Any  # the base dictionary's word -> frequency mapping
    checker: Any  # pyspellchecker.SpellChecker
    accepted: frozenset[str]  # valid here although the base dictionary lacks them
    preferred: dict[str, str]  # spelled the other country's way -> this language's spelling


def _load_base() -> Any:
    global _base
    if _base is None:
        started = time.perf_counter()
        from spellchecker import SpellChecker  # heavy: only when spelling is first needed

        _base = SpellChecker(language="en")
        LOAD_TIMES_MS["en"] = (time.perf_counter() - started) * 1000
        log.info("Loaded the English dictionary in %.0f ms", LOAD_TIMES_MS["en"])
    return _base


def _attach(word: str, suffix: str) -> str:
    if word.endswith("e") and suffix[0] in "aeiou":
        return word[:-1] + suffix
    return word + suffix


@functools.lru_cache(maxsize=1)
def load_variant_pairs() -> tuple[tuple[str, str], ...]:
    """The shipped (american, british) pairs, read once."""
    from followup_desktop.paths import resource

    try:
        raw = resource("phrases/en_variants.tsv").read_text(encoding="utf-8")
    except OSError:
        log.warning("The US/UK spelling list is missing; en_GB falls back to American spelling.")
        return ()
    pairs = []
    for line in raw.splitlines():
        us, _, uk = line.partition("\t")
        if us.strip() and uk.strip() and not us.lstrip().startswith("#"):
            pairs.append((us.strip().casefold(), uk.strip().casefold()))
    return tuple(pairs)


@functools.lru_cache(maxsize=1)
def load_extra_words() -> frozenset[str]:
    """Shipped workplace words the dictionary lacks ("onboarding", "roadmap"), read once."""
    from followup_desktop.paths import resource

    try:
        raw = resource("phrases/en_extra_words.txt").read_text(encoding="utf-8")
    except OSError:
        log.warning("The extra word list is missing; only the base dictionary is used.")
        return frozenset()
    return frozenset(
        line.strip().casefold() for line in raw.splitlines() if line.strip() and not line.lstrip().startswith("#")
    )


def _all_pairs(known: Any) -> list[tuple[str, str]]:
    pairs = []
    for us, uk in load_variant_pairs():
        pairs.append((us, uk))
        for suffix in _DERIVED_SUFFIXES:
            derived = _attach(us, suffix)
            if derived in known:  # only forms the dictionary vouches for
                pairs.append((derived, _attach(uk, suffix)))
    return pairs


def language(name: str) -> _Language:
    """The loaded dictionary for ``name`` (en_US or en_GB), loading and caching it once."""
    if name not in LANGUAGES:
        raise ValueError(f"Unsupported spelling language {name!r}; choose one of {', '.join(LANGUAGES)}.")
    with _lock:
        if name not in _languages:
            started = time.perf_counter()
            checker = _load_base()
            known = checker.word_frequency.dictionary
            pairs = _all_pairs(known)
            if name == "en_GB":
                accepted = frozenset(uk for _, uk in pairs)
                preferred = {us: uk for us, uk in pairs if us != uk}
            else:
                accepted = frozenset(us for us, _ in pairs)
                preferred = {uk: us for us, uk in pairs if us != uk}
            accepted |= load_extra_words()
            _languages[name] = _Language(name, known, checker, accepted, preferred)
            LOAD_TIMES_MS[name] = (time.perf_counter() - started) * 1000
            log.info("Spelling for %s ready in %.0f ms", name, LOAD_TIMES_MS[name])
        return _languages[name]


def _norm(word: str) -> str:
    if not word.isascii():
        word = unicodedata.normalize("NFC", word).replace("’", "'")
    return word.casefold()


def _words_of(names: Iterable[str]) -> set[str]:
    return {_norm(m.group()) for name in names for m in WORD_RE.finditer(str(name))}


def _match_case(model: str, word: str) -> str:
    if model.isupper() and len(model) > 1:
        return word.upper()
    if model[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


class Speller:
    """Spell checker for one language, with the user's own words and words to ignore."""

    def __init__(self, language: str = "en_US", personal_words: Iterable[str] = (), ignore_words: Iterable[str] = ()):
        if language not in LANGUAGES:
            raise ValueError(f"Unsupported spelling language {language!r}; choose one of {', '.join(LANGUAGES)}.")
        self.language = language
        self._personal = _words_of(personal_words)
        self._ignore = _words_of(ignore_words)

    @property
    def _lang(self) -> _Language:
        return language(self.language)

    def add_word(self, word: str) -> None:
        """Accept ``word`` from now on (the caller stores it in the personal dictionary)."""
        self._personal |= _words_of([word])

    def ignore(self, words: Iterable[str]) -> None:
        """Accept these words for this speller only (people and company names, for instance)."""
        self._ignore |= _words_of(words)

    def is_correct(self, word: str) -> bool:
        """True if ``word`` is spelled right in this language (or is the user's own word)."""
        lang = self._lang
        w = _norm(word)
        if w in self._personal or w in self._ignore:
            return True
        if w in lang.preferred:
            return False
        if w in lang.accepted or w in lang.known:
            return True
        if w.endswith("'s") and len(w) > 2:
            return self.is_correct(w[:-2])
        if not w.isascii():  # "naïve", "résumé": accepted when the plain spelling is a word
            plain = "".join(ch for ch in unicodedata.normalize("NFD", w) if not unicodedata.combining(ch))
            return plain != w and plain.isascii() and self.is_correct(plain)
        return False

    def misspelled(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, word) of each misspelled word; skips numbers, acronyms, URLs, names given."""
        if not isinstance(text, str) or not text:
            return []
        lang = self._lang
        skip = [m.span() for m in _URL_OR_EMAIL.finditer(text)] if ("." in text or "@" in text) else []
        result = []
        for m in WORD_RE.finditer(text):
            word = m.group()
            s, e = m.span()
            if not self._worth_checking(word, text, s, e):
                continue
            if skip and any(a <= s < b for a, b in skip):
                continue
            w = _norm(word)
            if w in lang.known and w not in lang.preferred:
                continue  # the common case, kept cheap
            if not self.is_correct(word):
                result.append((s, e, word))
        return result

    @staticmethod
    def _worth_checking(word: str, text: str, s: int, e: int) -> bool:
        if len(word) < 2 or any(ch.isdigit() for ch in word):
            return False
        if word.isupper():  # ACRONYMS, and "I"
            return False
        if any(ch.isupper() for ch in word[1:]):  # GitHub, iPhone: product names
            return False
        if (s > 0 and text[s - 1] in "_\\/") or (e < len(text) and text[e] == "_"):
            return False  # part of an identifier or a path
        if e < len(text) and text[e] in "-‐" and word.casefold() in _HYPHEN_PREFIXES:
            return False  # "pre-stop", "co-founder"
        return all(ord(ch) <= _LATIN_LIMIT or unicodedata.combining(ch) or ch == "’" for ch in word)

    def suggestions(self, word: str, n: int = 5) -> list[str]:
        """Up to ``n`` likely corrections, the most frequent first, in the word's own case."""
        if not word or n <= 0:
            return []
        lang = self._lang
        w = _norm(word)
        ordered: list[str] = []
        if w in lang.preferred:
            ordered.append(lang.preferred[w])
        try:
            if len(w) <= MAX_SUGGEST_LEN:
                found = lang.checker.candidates(w) or set()
            else:
                found = lang.checker.known(lang.checker.edit_distance_1(w))
        except Exception:  # odd input must not break the context menu
            log.exception("spelling suggestions failed for a %d-character word", len(w))
            found = set()
        for candidate in sorted(found, key=lambda c: (-lang.known.get(c, 0), c)):
            ordered.append(lang.preferred.get(candidate, candidate))
        ordered.extend(difflib.get_close_matches(w, self._personal, n=n, cutoff=0.8))
        unique = []
        for candidate in ordered:
            if candidate != w and candidate not in unique:
                unique.append(candidate)
        return [_match_case(word, c) for c in unique[:n]]


def preload(name: str = "en_US") -> float:
    """Load a language now (e.g. from a worker thread at idle time); returns milliseconds taken."""
    started = time.perf_counter()
    language(name)
    return (time.perf_counter() - started) * 1000
