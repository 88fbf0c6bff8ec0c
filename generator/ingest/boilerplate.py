"""Boilerplate lines: page furniture that scrapers leave between paragraphs.

The built-in list lives in ``generator/data/boilerplate.txt``; a site adds its own in
site.yaml (``ingest.boilerplate``). An entry matches a whole line, ignoring case, runs of
spaces and a trailing colon; ``{n}`` inside an entry stands for a number.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_MAX_LINE = 200  # boilerplate is short; longer lines are never compared
_NUMBER = r"\d[\d,.]*"


@dataclass(frozen=True)
class Boilerplate:
    """Exact lines plus the ``{n}`` entries as regex sources, all in matching form."""

    exact: frozenset[str]
    patterns: tuple[str, ...]
    # All patterns as one alternation: a 50 MB file has a million lines to test.
    combined: re.Pattern[str] | None

    def matches(self, line: str) -> bool:
        """True when the whole stripped ``line`` is boilerplate."""
        if len(line) > _MAX_LINE:
            return False
        key = _key(line)
        if key in self.exact:
            return True
        return self.combined is not None and self.combined.fullmatch(key) is not None


def boilerplate(extra: Iterable[str] = ()) -> Boilerplate:
    """The built-in list plus ``extra`` entries (from site.yaml)."""
    base = _builtin()
    extra = tuple(extra)
    if not extra:
        return base
    return _compile((*base.exact, *extra), base.patterns)


@lru_cache(maxsize=1)
def _builtin() -> Boilerplate:
    text = resources.files("generator").joinpath("data/boilerplate.txt").read_text("utf-8")
    return _compile(line for line in text.splitlines() if not line.startswith("#"))


def _compile(entries: Iterable[str], patterns: tuple[str, ...] = ()) -> Boilerplate:
    exact: set[str] = set()
    found = list(patterns)
    for entry in entries:
        key = _key(entry)
        if "{n}" in key:
            found.append(_NUMBER.join(re.escape(piece) for piece in key.split("{n}")))
        elif key:
            exact.add(key)
    combined = re.compile("|".join(f"(?:{p})" for p in found)) if found else None
    return Boilerplate(frozenset(exact), tuple(found), combined)


def _key(line: str) -> str:
    return " ".join(line.split()).rstrip(":").strip().casefold()
