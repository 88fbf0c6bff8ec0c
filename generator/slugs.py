"""Stable, safe URL slugs.

A slug is lowercase ASCII letters, digits and single hyphens, never empty, never a
reserved device name, never longer than :data:`MAX_LENGTH`. The same text always gives
the same slug, so ids and URLs are stable across builds and machines.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LENGTH = 80

# Windows device names: a folder called "con" cannot be created there.
_RESERVED = {"con", "prn", "aux", "nul"} | {f"com{i}" for i in range(10)} | {
    f"lpt{i}" for i in range(10)
}
_NON_WORD = re.compile(r"[^a-z0-9]+")
# Letters that NFKD does not decompose into ASCII.
_FOLD = str.maketrans(
    {"ß": "ss", "æ": "ae", "Æ": "ae", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ł": "l",
     "Ł": "l", "þ": "th", "Þ": "th", "œ": "oe", "Œ": "oe", "ı": "i"}
)


def short_hash(text: str, length: int = 6) -> str:
    """A short, stable hex digest of ``text``."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:length]


def slugify(text: str, fallback: str = "item") -> str:
    """Turn any text into a safe slug; ``fallback`` plus a hash when nothing is left."""
    # The hashes below see the text itself: NFC first, so that a composed "é" and an
    # "e" plus combining accent (as macOS file names give) make the same slug.
    text = unicodedata.normalize("NFC", text)
    # Punctuation, symbols and spaces separate words ("Macron–Trump" → "macron-trump");
    # apostrophes join them ("O’Brien" → "obrien").
    joined = text.replace("'", "").replace("’", "")
    if joined.isascii():
        ascii_text = joined.lower()  # ASCII punctuation already falls to _NON_WORD below
    else:
        spaced = "".join(" " if unicodedata.category(c)[0] in "PZS" else c for c in joined)
        folded = unicodedata.normalize("NFKD", spaced.translate(_FOLD))
        ascii_text = folded.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NON_WORD.sub("-", ascii_text).strip("-")
    if not slug:
        return f"{fallback}-{short_hash(text)}"
    if len(slug) > MAX_LENGTH:
        slug = slug[: MAX_LENGTH - 7].rstrip("-") + "-" + short_hash(text)
    if slug in _RESERVED:
        slug = f"{slug}-{fallback}"
    return slug


def unique_slug(base: str, taken: set[str], key: str) -> str:
    """``base`` if free, else ``base`` plus a hash of ``key`` (stable for the same key)."""
    if base not in taken:
        return base
    candidate = f"{base}-{short_hash(key)}"
    n = 2
    while candidate in taken:
        candidate = f"{base}-{short_hash(key + str(n))}"
        n += 1
    return candidate
