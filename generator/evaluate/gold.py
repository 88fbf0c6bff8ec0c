"""Gold annotations of articles (tests/gold/*.yaml, format in FORMAT.md there) as dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml


@dataclass(frozen=True)
class GoldPerson:
    """A person the annotator found: canonical name, surface forms, stated roles."""

    name: str
    mentions: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldQuote:
    """A quotation with its canonical speaker (None for an unnamed source)."""

    text: str
    speaker: str | None
    partial: bool = False


@dataclass(frozen=True)
class GoldEvent:
    """A real-world happening the article reports."""

    name: str
    date: str | None
    place: str | None
    participants: tuple[str, ...] = ()


@dataclass(frozen=True)
class GoldArticle:
    """All annotations of one article."""

    article: str  # the seed file name
    title: str | None
    source: str | None
    date: str | None
    people: tuple[GoldPerson, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    events: tuple[GoldEvent, ...] = ()


def _text(value: Any) -> str | None:
    # YAML reads 2024-02-17 as a date; the model keeps ISO strings.
    return None if value is None else str(value)


def parse_gold(data: dict[str, Any]) -> GoldArticle:
    """Build a :class:`GoldArticle` from one parsed gold YAML mapping."""
    people = tuple(
        GoldPerson(
            name=str(p["name"]),
            mentions=tuple(str(m) for m in p.get("mentions") or ()),
            roles=tuple(str(r) for r in p.get("roles") or ()),
        )
        for p in data.get("people") or ()
    )
    quotes = tuple(
        GoldQuote(text=str(q["text"]), speaker=_text(q.get("speaker")),
                  partial=bool(q.get("partial", False)))
        for q in data.get("quotes") or ()
    )
    events = tuple(
        GoldEvent(name=str(e["name"]), date=_text(e.get("date")), place=_text(e.get("place")),
                  participants=tuple(str(n) for n in e.get("participants") or ()))
        for e in data.get("events") or ()
    )
    return GoldArticle(
        article=str(data["article"]), title=_text(data.get("title")),
        source=_text(data.get("source")), date=_text(data.get("date")),
        people=people, quotes=quotes, events=events,
    )


def load_gold(directory: Path) -> dict[str, GoldArticle]:
    """Every ``*.yaml`` gold file in ``directory``, keyed by its ``article:`` file name."""
    gold: dict[str, GoldArticle] = {}
    for path in sorted(directory.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and "article" in data:
            item = parse_gold(data)
            gold[item.article] = item
    return gold
