"""Schema.org JSON-LD: what each page is about, for search engines and link previews.

Page builders describe their page as a list of plain dict nodes (NewsArticle, Person,
Quotation, Event, CollectionPage, BreadcrumbList…). Links inside them are
:class:`SitePath` values; :func:`script` turns them into absolute URLs once the site's
base URL is known, adds the WebSite node, and writes JSON that is safe inside
``<script type="application/ld+json">``: ``<``, ``>``, ``&`` and the line separators
U+2028/U+2029 are written as ``\\u003c`` and the like, so no text from an article can
close the element. Lists are capped, so a person in thousands of articles still gives a
small block.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from markupsafe import Markup

from generator.link import Library, page_url
from generator.model import Article, Event, Person, QuoteEntity, Source
from generator.views import Link

CONTEXT = "https://schema.org"
#: At most this many entries in any list of a node (mentions, subjectOf, isPartOf…).
MAX_LIST = 20
_WEBSITE = "/#website"
_ESCAPES = {ord("<"): "\\u003c", ord(">"): "\\u003e", ord("&"): "\\u0026", 0x2028: "\\u2028", 0x2029: "\\u2029"}

Node = dict[str, Any]


class SitePath(str):
    """A site path (``/people/x/``) that :func:`script` writes as an absolute URL."""

    __slots__ = ()


def dumps(data: Any) -> str:
    """JSON text that cannot end a ``<script>`` element or an HTML comment inside it."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).translate(_ESCAPES)


def _absolute(data: Any, absolute: Callable[[str], str]) -> Any:
    if isinstance(data, SitePath):
        return absolute(str(data))
    if isinstance(data, dict):
        return {key: _absolute(value, absolute) for key, value in data.items()}
    if isinstance(data, (list, tuple)):
        return [_absolute(value, absolute) for value in data]
    return data


def script(graph: Sequence[Node], absolute: Callable[[str], str], site_title: str, site_description: str = "") -> Markup:
    """The body of the page's ``<script type="application/ld+json">`` element."""
    website: Node = {"@type": "WebSite", "@id": SitePath(_WEBSITE), "name": site_title, "url": SitePath("/")}
    if site_description:
        website["description"] = site_description
    data = {"@context": CONTEXT, "@graph": [*graph, website]}
    return Markup(dumps(_absolute(data, absolute)))


def _drop_empty(node: Node) -> Node:
    return {k: v for k, v in node.items() if v not in (None, "", [], {})}


def _id(kind: str, entity_id: str, part: str) -> SitePath:
    return SitePath(page_url(kind, entity_id) + "#" + part)


def _http(url: str | None) -> str | None:
    return url if url and url.startswith(("http://", "https://")) else None


# --------------------------------------------------------------------- references


def person_ref(library: Library, person_id: str) -> Node:
    """A short Person node that points at the person's page."""
    return {
        "@type": "Person",
        "@id": _id("person", person_id, "person"),
        "name": library.people[person_id].name,
        "url": SitePath(page_url("person", person_id)),
    }


def article_ref(library: Library, article_id: str) -> Node:
    """A short NewsArticle node that points at the article's page."""
    article = library.articles[article_id]
    return _drop_empty(
        {
            "@type": "NewsArticle",
            "@id": _id("article", article_id, "article"),
            "headline": article.title,
            "url": SitePath(page_url("article", article_id)),
            "datePublished": article.date,
        }
    )


def organization_ref(library: Library, source_id: str) -> Node:
    """A short NewsMediaOrganization node for an outlet."""
    return {
        "@type": "NewsMediaOrganization",
        "@id": _id("source", source_id, "organization"),
        "name": library.sources[source_id].name,
        "url": SitePath(page_url("source", source_id)),
    }


# -------------------------------------------------------------------------- nodes


def news_article(library: Library, article: Article, description: str) -> Node:
    """A NewsArticle: headline, date, outlet, the people it mentions, its picture."""
    source_id = library.article_source.get(article.id)
    people = library.people_by_article.get(article.id, [])[:MAX_LIST * 2]
    node: Node = {
        "@type": "NewsArticle",
        "@id": _id("article", article.id, "article"),
        "headline": article.title[:110],
        "name": article.title,
        "description": description,
        "url": SitePath(page_url("article", article.id)),
        "mainEntityOfPage": SitePath(page_url("article", article.id)),
        "datePublished": article.date,
        "image": [_http(article.image)] if _http(article.image) else None,
        "author": {"@type": "Person", "name": article.author} if article.author else None,
        "publisher": organization_ref(library, source_id) if source_id else None,
        "sourceOrganization": organization_ref(library, source_id) if source_id else None,
        "isBasedOn": _http(article.url),
        "mentions": [person_ref(library, p) for p in people],
        "isPartOf": {"@id": SitePath(_WEBSITE)},
    }
    return _drop_empty(node)


def person(library: Library, entity: Person, newest_articles: Sequence[str]) -> Node:
    """A Person: names, roles as job titles, the newest articles about them."""
    titles: list[str] = []
    for role in entity.roles:
        if role.title.casefold() not in {t.casefold() for t in titles}:
            titles.append(role.title)
    node: Node = {
        "@type": "Person",
        "@id": _id("person", entity.id, "person"),
        "name": entity.name,
        "alternateName": [a for a in entity.aliases if a != entity.name][:MAX_LIST],
        "url": SitePath(page_url("person", entity.id)),
        "description": entity.summary,
        "jobTitle": titles[:10],
        "subjectOf": [article_ref(library, a) for a in newest_articles[:MAX_LIST]],
    }
    return _drop_empty(node)


def profile_page(entity: Person, description: str) -> Node:
    """The ProfilePage whose main entity is the person."""
    return {
        "@type": "ProfilePage",
        "@id": SitePath(page_url("person", entity.id)),
        "url": SitePath(page_url("person", entity.id)),
        "name": entity.name,
        "description": description,
        "mainEntity": {"@id": _id("person", entity.id, "person")},
        "isPartOf": {"@id": SitePath(_WEBSITE)},
    }


def quotation(library: Library, quote: QuoteEntity) -> Node:
    """A Quotation: the words, who said them, the articles that report them."""
    speaker = person_ref(library, quote.speaker) if quote.speaker else None
    node: Node = {
        "@type": "Quotation",
        "@id": _id("quote", quote.id, "quote"),
        "text": quote.text,
        "url": SitePath(page_url("quote", quote.id)),
        "spokenByCharacter": speaker,
        "creator": speaker,
        "dateCreated": quote.date,
        "isPartOf": [article_ref(library, a) for a in quote.articles[:MAX_LIST]],
    }
    return _drop_empty(node)


def event(library: Library, entity: Event) -> Node:
    """An Event: name, start date, place, the people taking part, the articles on it."""
    node: Node = {
        "@type": "Event",
        "@id": _id("event", entity.id, "event"),
        "name": entity.name,
        "url": SitePath(page_url("event", entity.id)),
        "startDate": entity.date,
        "location": {"@type": "Place", "name": entity.place} if entity.place else None,
        "attendee": [person_ref(library, p) for p in entity.participants[: MAX_LIST * 2] if p in library.people],
        "subjectOf": [article_ref(library, a) for a in entity.articles[:MAX_LIST]],
    }
    return _drop_empty(node)


def organization(source: Source, description: str) -> Node:
    """A NewsMediaOrganization: an outlet, its curated description and website."""
    return _drop_empty(
        {
            "@type": "NewsMediaOrganization",
            "@id": _id("source", source.id, "organization"),
            "name": source.name,
            "url": SitePath(page_url("source", source.id)),
            "description": description,
            "sameAs": _http(source.url),
            "areaServed": source.country,
        }
    )


def breadcrumbs(trail: Sequence[Link], title: str, url: str) -> Node:
    """A BreadcrumbList from the page's breadcrumbs, ending at the page itself."""
    items = [*trail] if trail and trail[-1].url == url else [*trail, Link(url, title)]
    return {
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": i, "name": link.label, "item": SitePath(link.url)}
            for i, link in enumerate(items, 1)
        ],
    }


def web_page(title: str, url: str, description: str, kind: str = "WebPage", about: Node | None = None, items: Iterable[str] = ()) -> Node:
    """A WebPage, CollectionPage or the like; ``items`` (site paths) become its ItemList."""
    listed = list(items)
    node: Node = {
        "@type": kind,
        "@id": SitePath(url),
        "url": SitePath(url),
        "name": title,
        "description": description,
        "isPartOf": {"@id": SitePath(_WEBSITE)},
        "about": about,
        "mainEntity": {
            "@type": "ItemList",
            "numberOfItems": len(listed),
            "itemListElement": [{"@type": "ListItem", "position": i, "url": SitePath(u)} for i, u in enumerate(listed, 1)],
        }
        if listed
        else None,
    }
    return _drop_empty(node)


__all__ = [
    "SitePath",
    "article_ref",
    "breadcrumbs",
    "dumps",
    "event",
    "news_article",
    "organization",
    "person",
    "person_ref",
    "profile_page",
    "quotation",
    "script",
    "web_page",
]
