"""Resolve: all articles' mentions + curated content → corpus-wide identities.

This and ``link`` are the only stages that see the whole corpus. Each part works
through indexes (by folded name, surname, wording, participant), never by comparing
every entity with every other.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.model import Article, ContentPage, Event, Extraction, Person, QuoteEntity, Source
from generator.names import fold
from generator.resolve.events import resolve_events
from generator.resolve.people import resolve_people
from generator.resolve.quotes import quote_key, resolve_quotes
from generator.resolve.sources import resolve_sources

__all__ = ["Resolution", "resolve", "quote_key"]


@dataclass
class Resolution:
    """Corpus-wide identities and how each article's local names map onto them."""

    people: dict[str, Person]
    person_of: dict[tuple[str, str], str]  # (article id, ArticlePerson.name) → person id
    quotes: dict[str, QuoteEntity]
    events: dict[str, Event]
    sources: dict[str, Source]
    article_source: dict[str, str]  # article id → source id


def resolve(
    articles: dict[str, Article],
    extractions: dict[str, Extraction],
    curated_people: list[ContentPage],
    curated_events: list[ContentPage],
    curated_sources: list[ContentPage],
) -> Resolution:
    """Resolve people, then quotes and events (which refer to people), then sources."""
    people = resolve_people(articles, extractions, curated_people)
    by_name: dict[str, str] = {}
    for person in people.people.values():
        for name in [person.name, *person.aliases]:
            by_name.setdefault(fold(name), person.id)
    quotes = resolve_quotes(articles, extractions, people.person_of)
    events = resolve_events(articles, extractions, people.person_of, curated_events, by_name)
    sources, article_source = resolve_sources(articles, extractions, curated_sources)
    return Resolution(
        people=people.people,
        person_of=people.person_of,
        quotes=quotes,
        events=events,
        sources=sources,
        article_source=article_source,
    )
