"""Link: resolved identities → one typed library with every cross-reference.

The library (like Zola's ``Library``) holds articles, people, quotes, events and sources
by stable id, plus the backlinks pages need: a person's quotes and events, who appears
with whom, which quotes are variants of one another. :meth:`Library.check` reports every
dangling reference and collision at once.
"""

from __future__ import annotations

import heapq
from collections import Counter
from dataclasses import dataclass, field
from itertools import combinations

from generator.errors import Diagnostic
from generator.model import Article, ContentPage, Event, Extraction, Person, QuoteEntity, Source
from generator.resolve import Resolution, quote_key

#: URL folder of each entity kind.
FOLDERS = {
    "article": "articles",
    "person": "people",
    "quote": "quotes",
    "event": "events",
    "source": "sources",
}
#: Names content pages may not take, because a folder of the site has them.
RESERVED_SLUGS = frozenset(FOLDERS.values()) | {"api", "static", "timeline", "search", "404"}

#: How many of a person's most frequent co-mentions are kept.
CO_MENTIONS = 24
_SHINGLE = 3  # words per shingle when looking for variant wordings
_MAX_BUCKET = 12  # a shingle shared by more quotes than this is a stock phrase, not a variant
_VARIANT_SHARE = 0.6  # share of the shorter quote's word triples found in the longer one
_MIN_SHARED = 2


def page_url(kind: str, entity_id: str) -> str:
    """The site path of an entity's page: ``page_url("person", "x")`` → ``/people/x/``."""
    return f"/{FOLDERS[kind]}/{entity_id}/"


@dataclass
class Library:
    """Everything the site shows, by id, with backlinks."""

    articles: dict[str, Article]
    extractions: dict[str, Extraction]
    people: dict[str, Person]
    quotes: dict[str, QuoteEntity]
    events: dict[str, Event]
    sources: dict[str, Source]
    person_of: dict[tuple[str, str], str]
    article_source: dict[str, str]
    pages: list[ContentPage] = field(default_factory=list)
    quotes_by_person: dict[str, list[str]] = field(default_factory=dict)
    events_by_person: dict[str, list[str]] = field(default_factory=dict)
    quotes_by_article: dict[str, list[str]] = field(default_factory=dict)
    events_by_article: dict[str, list[str]] = field(default_factory=dict)
    people_by_article: dict[str, list[str]] = field(default_factory=dict)
    co_mentions: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    conflicts: dict[str, list[str]] = field(default_factory=dict)

    def check(self) -> list[Diagnostic]:
        """Every dangling reference and id collision, reported together."""
        problems: list[str] = []
        for quote in self.quotes.values():
            if quote.speaker and quote.speaker not in self.people:
                problems.append(f"quote {quote.id}: unknown speaker {quote.speaker}")
            problems += [
                f"quote {quote.id}: unknown article {r.article}"
                for r in quote.reports
                if r.article not in self.articles
            ]
        for event in self.events.values():
            problems += [
                f"event {event.id}: unknown participant {p}"
                for p in event.participants
                if p not in self.people
            ]
        for person in self.people.values():
            problems += [
                f"person {person.id}: unknown article {a}"
                for a in person.articles
                if a not in self.articles
            ]
        slugs = Counter(page.slug for page in self.pages)
        pages: list[Diagnostic] = []
        for page in self.pages:
            if slugs[page.slug] > 1:
                pages.append(Diagnostic(path=page.path, message=f"page slug '{page.slug}' is used by more than one file", stage="link"))
            if page.slug in RESERVED_SLUGS:
                pages.append(Diagnostic(path=page.path, message=f"page slug '{page.slug}' is reserved for the site's own pages; page skipped", stage="link"))
        return pages + [Diagnostic(path="(site)", message=p, stage="link") for p in sorted(set(problems))]

    def article_date(self, article_id: str) -> str:
        """The article's date for sorting ("" when undated)."""
        return self.articles[article_id].date or ""


def link(
    articles: dict[str, Article],
    extractions: dict[str, Extraction],
    resolution: Resolution,
    pages: list[ContentPage],
) -> Library:
    """Build the library and every backlink from a resolution."""
    library = Library(
        articles=articles,
        extractions=extractions,
        people=resolution.people,
        quotes=resolution.quotes,
        events=resolution.events,
        sources=resolution.sources,
        person_of=resolution.person_of,
        article_source=resolution.article_source,
        pages=pages,
    )
    _link_quotes(library)
    _link_events(library)
    _link_people(library)
    _link_variants(library)
    return library


def _link_quotes(library: Library) -> None:
    by_person: dict[str, list[str]] = {}
    by_article: dict[str, list[str]] = {}
    for quote in library.quotes.values():
        for article_id in quote.articles:
            by_article.setdefault(article_id, []).append(quote.id)
        speakers = {r.speaker for r in quote.reports}
        for speaker in sorted(s for s in speakers if s):
            by_person.setdefault(speaker, []).append(quote.id)
        # A report that names nobody does not contradict one that names the speaker;
        # only two different attributions (people or described sources) conflict.
        attributions = {r.speaker or r.source_desc for r in quote.reports} - {None}
        if len(attributions) > 1:
            library.conflicts[quote.id] = [
                f"{library.articles[r.article].title}: "
                + (library.people[r.speaker].name if r.speaker else r.source_desc or "no named speaker")
                for r in quote.reports
            ]
    library.quotes_by_person = {k: _newest_first(library, v) for k, v in sorted(by_person.items())}
    library.quotes_by_article = {
        article_id: sorted(ids, key=lambda q: _first_offset(library, q, article_id))
        for article_id, ids in sorted(by_article.items())
    }


def _newest_first(library: Library, quote_ids: list[str]) -> list[str]:
    """Dated quotes newest first, then undated ones; ties by id."""
    by_id = sorted(quote_ids)
    dated = sorted((q for q in by_id if library.quotes[q].date), key=lambda q: library.quotes[q].date or "", reverse=True)
    return dated + [q for q in by_id if not library.quotes[q].date]


def _first_offset(library: Library, quote_id: str, article_id: str) -> tuple[int, int]:
    for report in library.quotes[quote_id].reports:
        if report.article == article_id:
            return (report.para, report.start)
    return (0, 0)


def _link_events(library: Library) -> None:
    by_person: dict[str, list[str]] = {}
    by_article: dict[str, list[str]] = {}
    for event in library.events.values():
        for person_id in event.participants:
            by_person.setdefault(person_id, []).append(event.id)
        for article_id in event.articles:
            by_article.setdefault(article_id, []).append(event.id)
    library.events_by_person = dict(sorted(by_person.items()))
    library.events_by_article = dict(sorted(by_article.items()))


def _link_people(library: Library) -> None:
    by_article: dict[str, set[str]] = {}
    for (article_id, _), person_id in library.person_of.items():
        by_article.setdefault(article_id, set()).add(person_id)
    pairs: dict[str, Counter[str]] = {}
    for people in by_article.values():
        # Pairs within one article: cost grows with articles, not with all people squared.
        for a, b in combinations(sorted(people), 2):
            pairs.setdefault(a, Counter())[b] += 1
            pairs.setdefault(b, Counter())[a] += 1
    library.people_by_article = {k: sorted(v) for k, v in sorted(by_article.items())}
    library.co_mentions = {
        person_id: heapq.nsmallest(CO_MENTIONS, counter.items(), key=lambda item: (-item[1], item[0]))
        for person_id, counter in sorted(pairs.items())
    }


def _shingles(key: str) -> set[str]:
    words = key.split()
    return {" ".join(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _link_variants(library: Library) -> None:
    """Mark near-identical wordings (a trimmed or slightly altered quote) as variants.

    Two quotes are variants when most word triples of the shorter one also occur in the
    longer one. Candidate pairs come from an index of those triples, skipping triples so
    common they say nothing, and the overlap is counted, not diffed, so this stays
    linear in the number of quotes.
    """
    shingles = {q.id: _shingles(quote_key(q.text)) for q in library.quotes.values()}
    buckets: dict[str, list[str]] = {}
    for quote_id in sorted(shingles):
        for shingle in shingles[quote_id]:
            buckets.setdefault(shingle, []).append(quote_id)
    shared: Counter[tuple[str, str]] = Counter()
    for ids in buckets.values():
        if 1 < len(ids) <= _MAX_BUCKET:
            shared.update(combinations(ids, 2))
    for (a, b), count in sorted(shared.items()):
        smaller = min(len(shingles[a]), len(shingles[b]))
        if count >= _MIN_SHARED and count / smaller >= _VARIANT_SHARE:
            library.quotes[a].variants.append(b)
            library.quotes[b].variants.append(a)
    for quote in library.quotes.values():
        quote.variants.sort()
