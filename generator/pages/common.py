"""Small pieces every page builder uses: links to entities, dates for readers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.link import Library, page_url
from generator.views import Link

_MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class Page:
    """One page to render: its kind, site path, title and template context."""

    kind: str
    url: str
    title: str
    description: str
    context: dict[str, Any]
    date: str | None = None  # for the sitemap's lastmod


def display_date(iso: str | None, missing: str = "Undated") -> str:
    """A date for readers: ``"2025-02-27"`` → ``"27 February 2025"``, ``"2024-02"`` → ``"February 2024"``."""
    if not iso:
        return missing
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return parts[0]


def month_label(iso: str) -> str:
    """``"2024-02"`` → ``"February 2024"``."""
    return display_date(iso[:7])


def plural(n: int, word: str) -> str:
    """``plural(1, "article")`` → ``"1 article"``, ``plural(3, "quote")`` → ``"3 quotes"``."""
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def shorten(text: str, limit: int = 90) -> str:
    """Text cut at a word boundary with an ellipsis when longer than ``limit``."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def article_link(library: Library, article_id: str) -> Link:
    """A link to an article, noted with its outlet and date."""
    article = library.articles[article_id]
    source_id = library.article_source.get(article_id)
    source = library.sources[source_id].name if source_id else ""
    note = " · ".join(p for p in (source, display_date(article.date)) if p)
    return Link(page_url("article", article_id), article.title, note)


def person_link(library: Library, person_id: str, note: str = "") -> Link:
    """A link to a person page."""
    return Link(page_url("person", person_id), library.people[person_id].name, note)


def event_link(library: Library, event_id: str) -> Link:
    """A link to an event, noted with its date."""
    event = library.events[event_id]
    return Link(page_url("event", event_id), event.name, display_date(event.date, "date unknown"))


def newest_articles(library: Library, article_ids: list[str]) -> list[str]:
    """Article ids newest first, undated last, ties by id."""
    dated = sorted((a for a in article_ids if library.articles[a].date), key=lambda a: (library.articles[a].date or "", a))
    dated = sorted(dated, key=lambda a: library.articles[a].date or "", reverse=True)
    return dated + sorted(a for a in article_ids if not library.articles[a].date)
