"""Small text tests shared by the ingest rules: spacing, punctuation, name shapes.

Everything here looks at one line or paragraph and never changes characters other than
whitespace, because later stages quote the exact words of the article.
"""

from __future__ import annotations

import re

# Runs of horizontal whitespace collapse to one space; line breaks never reach here.
_SPACE_RUN = re.compile(r"[ \t\f\v\r]+")

#: Punctuation that ends a sentence (the ellipsis counts).
SENTENCE_END = ".!?…"
#: Closing quotation marks that may follow the punctuation that ends a sentence.
CLOSING_QUOTES = "\"”’'»"
#: Any double quotation mark; a line holding one is quoting someone, not a heading.
QUOTE_MARKS = '"“”„«»‘‚'

# Lowercase words allowed inside a name, outlet or credit ("Agence France-Presse",
# "Ursula von der Leyen", "AFP via Getty Images").
# fmt: off
_NAME_CONNECTORS = frozenset({
    "and", "of", "the", "de", "da", "di", "du", "van", "von", "der", "den", "le", "la", "al",
    "bin", "y", "for", "via", "on", "&", "/", "+", "-",
})
# fmt: on


def normalise_space(text: str) -> str:
    """``text`` with runs of spaces and tabs collapsed and the ends stripped."""
    return _SPACE_RUN.sub(" ", text).strip()


def leading_space(text: str) -> int:
    """How many characters of whitespace ``text`` starts with (for 1-based columns)."""
    return len(text) - len(text.lstrip())


def ends_sentence(text: str) -> bool:
    """True when ``text`` ends like a sentence, maybe followed by closing quote marks."""
    stripped = text.rstrip().rstrip(CLOSING_QUOTES + ")")
    return bool(stripped) and stripped[-1] in SENTENCE_END


def ends_clause(text: str) -> bool:
    """True when ``text`` ends in punctuation no headline or heading ends with."""
    stripped = text.rstrip().rstrip(CLOSING_QUOTES + ")")
    return bool(stripped) and stripped[-1] in ".!…,;:"


def has_quote_mark(text: str) -> bool:
    """True when ``text`` holds a double or opening single quotation mark."""
    return any(mark in text for mark in QUOTE_MARKS)


def word_count(text: str) -> int:
    """Number of whitespace-separated words."""
    return len(text.split())


def looks_like_name(text: str, max_words: int = 6) -> bool:
    """True when ``text`` is shaped like a proper name: capitalised words, short, no
    sentence punctuation ("Tom Pullen", "RT World News", "AFP via Getty Images")."""
    words = text.split()
    if not 1 <= len(words) <= max_words or len(text) > 80:
        return False
    if has_quote_mark(text) or text.rstrip()[-1] in ".,;:!?":
        return False
    capitalised = 0
    for word in words:
        bare = word.strip("()[]")
        if not bare:
            return False
        if bare.lower() in _NAME_CONNECTORS:
            continue
        if not (bare[0].isupper() or bare[0].isdigit()):
            return False
        capitalised += 1
    return capitalised > 0
