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
    """A set of exact lines plus a few number patterns, all in matching form."""

    exact: frozenset[str]
    patterns: tuple[re.Pattern[str], ...]

    def matches(self, line: str) -> bool:
        """True when the whole stripped ``line`` is boilerplate."""
        if len(line) > _MAX_LINE:
            return False
        key = _key(line)
        return key in self.exact or any(p.fullmatch(key) for p in self.patterns)


def boilerplate(extra: Iterable[str] = ()) -> Boilerplate:
    """The built-in list plus ``extra`` entries (from site.yaml)."""
    base = _builtin()
    extra = tuple(extra)
    if not extra:
        return base
    more = _compile(extra)
    return Boilerplate(base.exact | more.exact, base.patterns + more.patterns)


@lru_cache(maxsize=1)
def _builtin() -> Boilerplate:
    text = resources.files("generator").joinpath("data/boilerplate.txt").read_text("utf-8")
    return _compile(line for line in text.splitlines() if not line.startswith("#"))


def _compile(entries: Iterable[str]) -> Boilerplate:
    exact: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for entry in entries:
        key = _key(entry)
        if not key:
            continue
        if "{n}" in key:
            pieces = (re.escape(piece) for piece in key.split("{n}"))
            patterns.append(re.compile(_NUMBER.join(pieces)))
        else:
            exact.add(key)
    return Boilerplate(frozenset(exact), tuple(patterns))


def _key(line: str) -> str:
    return " ".join(line.split()).rstrip(":").strip().casefold()
