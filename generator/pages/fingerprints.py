"""What each page depends on, as a digest, so unchanged pages need not be rendered again.

A page shows its own entity (``own``) and a little about each entity it links to
(``face``: a name, a title, a date). Its fingerprint digests both, so it changes exactly
when something the page shows changes — when an article is edited, when a person's
canonical name flips, when a quote gains an outlet — and stays put otherwise. Site-wide
pages (home, indexes, timeline, 404, content pages) are always rendered: they are few.

Faces are computed once per entity; a page's fingerprint is its own record plus its
neighbours' faces, so the whole computation is linear in the size of the library. The
pages of an entity's long lists (``/people/x/quotes/page/2/``) show only what their
entity page's record covers, so their fingerprints derive from the entity's.
"""

from __future__ import annotations

import hashlib
from collections.abc import Hashable, Iterable

from markupsafe import Markup

from generator.link import Library, page_url
from generator.pages.article import outlet_reports, quote_reach
from generator.pages.common import outlet_count
from generator.pages.network import ego_network
from generator.pages.sublists import sublist_urls

Key = tuple[str, str]  # (kind, id)


def _faces(library: Library) -> dict[Key, Hashable]:
    """What other pages show about each entity."""
    faces: dict[Key, Hashable] = {}
    for source in library.sources.values():
        faces[("source", source.id)] = (source.name, source.description, source.country, source.ownership)
    for article in library.articles.values():
        source_id = library.article_source.get(article.id)
        faces[("article", article.id)] = (article.title, article.date, faces.get(("source", source_id or "")))
    for person in library.people.values():
        faces[("person", person.id)] = person.name
    for event in library.events.values():
        faces[("event", event.id)] = (event.name, event.date)
    for quote in library.quotes.values():
        faces[("quote", quote.id)] = (
            quote.text,
            quote.partial,
            quote.date,
            quote.speaker,
            faces.get(("person", quote.speaker or "")),
            faces[("article", quote.reports[0].article)],
            outlet_count(library, quote),
        )
    return faces


def _people_of(library: Library) -> dict[str, tuple[tuple[str, str], ...]]:
    pairs: dict[str, list[tuple[str, str]]] = {}
    for (article_id, name), person_id in library.person_of.items():
        pairs.setdefault(article_id, []).append((name, person_id))
    return {a: tuple(sorted(p)) for a, p in pairs.items()}


def _entities(
    library: Library, article_keys: dict[str, str], bodies: dict[str, Markup]
) -> Iterable[tuple[Key, Hashable, list[Key]]]:
    """Every entity page: its key, its own record and the entities it links to."""
    own: Hashable
    people_of = _people_of(library)
    outlets = {q.id: outlet_reports(library, q) for q in library.quotes.values()}
    for a in library.articles.values():
        quotes = library.quotes_by_article.get(a.id, [])
        events = library.events_by_article.get(a.id, [])
        people = library.people_by_article.get(a.id, [])
        source = library.article_source.get(a.id)
        # Under each quote: how many other outlets report it, and the first few of them.
        reach = tuple(quote_reach(library, outlets[q], a.id) for q in quotes)
        others = [("article", other) for _, shown in reach for other in shown]
        own = (article_keys.get(a.id, a.content_hash), people_of.get(a.id, ()), tuple(quotes), tuple(events), source, reach)
        yield ("article", a.id), own, [*(("person", p) for p in people), *(("quote", q) for q in quotes), *(("event", e) for e in events), *([("source", source)] if source else []), *others]
    for p in library.people.values():
        quotes = library.quotes_by_person.get(p.id, [])
        events = library.events_by_person.get(p.id, [])
        co = library.co_mentions.get(p.id, [])
        body = bodies.get(p.curated.path, "") if p.curated else ""
        _, links = ego_network(library, p.id)  # the picture's lines between neighbours
        own = (p.name, tuple(p.aliases), tuple(p.roles), tuple(p.articles), p.summary, str(body), tuple(quotes), tuple(events), tuple(co), tuple(links))
        yield ("person", p.id), own, [*(("article", a) for a in p.articles), *(("quote", q) for q in quotes), *(("event", e) for e in events), *(("person", other) for other, _ in co)]
    for q in library.quotes.values():
        own = (q.text, q.speaker, q.partial, q.date, tuple(q.reports), tuple(q.variants), q.source_desc, tuple(library.conflicts.get(q.id, ())))
        speakers = {r.speaker for r in q.reports if r.speaker} | ({q.speaker} if q.speaker else set())
        yield ("quote", q.id), own, [*(("article", r.article) for r in q.reports), *(("person", s) for s in sorted(speakers)), *(("quote", v) for v in q.variants), *(("source", library.article_source[r.article]) for r in q.reports if r.article in library.article_source)]
    for e in library.events.values():
        body = bodies.get(e.curated.path, "") if e.curated else ""
        own = (e.name, e.kind, e.date, e.place, tuple(e.participants), tuple(e.articles), tuple(e.sentences), str(body))
        yield ("event", e.id), own, [*(("person", p) for p in e.participants), *(("article", a) for a in e.articles)]
    for s in library.sources.values():
        body = bodies.get(s.curated.path, "") if s.curated else ""
        own = (s.name, s.description, s.country, s.ownership, s.url, tuple(s.articles), str(body))
        yield ("source", s.id), own, [("article", a) for a in s.articles]


def page_fingerprints(library: Library, article_keys: dict[str, str], bodies: dict[str, Markup], site_key: str) -> dict[str, str]:
    """Site path → digest of everything the entity page at that path shows.

    ``article_keys`` are the per-article cache keys (they change with the file, the code
    and the settings); ``site_key`` covers templates, assets and site settings, which
    every page shows.
    """
    faces = _faces(library)
    prints: dict[str, str] = {}
    for key, own, neighbours in _entities(library, article_keys, bodies):
        shown = (site_key, own, tuple((n, faces.get(n)) for n in neighbours))
        digest = hashlib.blake2b(repr(shown).encode("utf-8"), digest_size=16).hexdigest()
        prints[page_url(key[0], key[1])] = digest
        if key[0] != "article":
            for url in sublist_urls(library, key[0], key[1]):
                prints[url] = hashlib.blake2b(f"{digest} {url}".encode(), digest_size=16).hexdigest()
    return prints
