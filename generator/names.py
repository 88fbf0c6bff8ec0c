"""Name keys shared by resolution and linking: folding, surnames, spelling distance.

These are pure helpers over strings; they know nothing about articles.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Lower-case words that belong to a surname ("von der Leyen", "bin Salman").
PARTICLES = frozenset(
    "von van der den de del della di da du la le bin ibn al el dos das ter ten st".split()
)
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_PUNCT = re.compile(r"[^\w\s-]")


@lru_cache(maxsize=1 << 17)
def fold(text: str) -> str:
    """Case- and accent-insensitive form of a name: ``"Zelenskyy"`` → ``"zelenskyy"``.

    Cached: the same names and quotes are folded again and again by resolve and link.
    """
    if text.isascii():
        stripped = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    stripped = stripped.replace("’", "'").replace("'", "")
    return " ".join(_PUNCT.sub(" ", stripped).casefold().split())


def tokens(name: str) -> list[str]:
    """The folded words of a name, generational suffixes dropped."""
    words = fold(name).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return words


def surname(name: str) -> str:
    """The folded surname, particles included: ``"Ursula von der Leyen"`` → ``"von der leyen"``."""
    words = tokens(name)
    if not words:
        return ""
    start = len(words) - 1
    while start > 1 and words[start - 1] in PARTICLES:
        start -= 1
    if start == 1 and words[0] in PARTICLES:
        start = 0
    return " ".join(words[start:])


def given(name: str) -> str:
    """The folded given names: everything before the surname."""
    words = tokens(name)
    last = surname(name).split()
    return " ".join(words[: len(words) - len(last)])


def edit_distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit``) once it reaches ``limit``."""
    if abs(len(a) - len(b)) >= limit:
        return limit
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) >= limit:
            return limit
        previous = current
    return min(previous[-1], limit)


def same_given_name(a: str, b: str) -> bool:
    """Whether two folded given names are spellings of one name ("anthony"/"antony")."""
    if a == b:
        return True
    if not a or not b:
        return False
    first_a, first_b = a.split()[0], b.split()[0]
    if first_a == first_b:
        return True
    # One letter apart in a name of five or more letters is a transliteration or a typo,
    # not another person: Anthony/Antony, Sergey/Sergei, Dmitry/Dmitri.
    shorter = min(len(first_a), len(first_b))
    return shorter >= 5 and edit_distance(first_a, first_b, limit=2) <= 1
