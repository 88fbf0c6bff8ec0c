"""Pages: the library → every page of the site as (kind, url, view context).

Builders only read the library; they never change it. Each returns :class:`Page` values
whose context holds view objects (generator.views), the only thing templates see.
Entity pages, and the pages of their long lists (``/people/x/quotes/page/2/``), can be
skipped by URL (``wanted``) when their fingerprint says they have not changed;
:func:`page_refs` lists every one of them without building any view.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from markupsafe import Markup

from generator.link import RESERVED_SLUGS, Library, page_url
from generator.model import ContentPage
from generator.pages.article import article_page
from generator.pages.common import Page, display_date
from generator.pages.entities import event_page, quote_page, source_page
from generator.pages.lists import (
    content_page,
    home_page,
    index_pages,
    not_found_page,
    search_page,
    timeline_pages,
)
from generator.pages.person import person_page
from generator.pages.sublists import parse_list_url, sublist_page, sublist_urls

__all__ = ["HOME_SLUG", "Page", "PageRef", "build_pages", "display_date", "entity_pages", "page_refs", "site_pages"]

#: The content/pages file whose body becomes the home page's introduction.
HOME_SLUG = "index"


@dataclass(frozen=True)
class PageRef:
    """A page's kind, path and date, known without rendering it (for the sitemap)."""

    kind: str
    url: str
    date: str | None = None


def _body(bodies: dict[str, Markup], page: ContentPage | None) -> Markup:
    """The rendered Markdown of a curated file, or nothing."""
    return bodies.get(page.path, Markup("")) if page is not None else Markup("")


def page_refs(library: Library) -> list[PageRef]:
    """Every entity page of the site, and every page of their long lists."""
    refs = [PageRef("article", page_url("article", a.id), a.date) for a in library.articles.values()]
    refs += [PageRef("person", page_url("person", p)) for p in library.people]
    refs += [PageRef("quote", page_url("quote", q.id), q.date) for q in library.quotes.values()]
    refs += [PageRef("event", page_url("event", e.id), e.date) for e in library.events.values()]
    refs += [PageRef("source", page_url("source", s)) for s in library.sources]
    for kind, ids in (("person", library.people), ("quote", library.quotes), ("event", library.events), ("source", library.sources)):
        refs += [PageRef("index", url) for entity_id in ids for url in sublist_urls(library, kind, entity_id)]
    return refs


def entity_pages(
    library: Library, bodies: dict[str, Markup], url_for: Callable[[str], str], urls: Iterable[str]
) -> Iterator[Page]:
    """The entity pages at ``urls`` (``/people/x/``, ``/people/x/quotes/``), built one at a time."""

    for url in urls:
        kind, entity_id, sublist, number = parse_list_url(url)
        if sublist is not None:
            yield sublist_page(library, kind, entity_id, sublist, number)
        elif kind == "article":
            yield article_page(library, library.articles[entity_id], url_for)
        elif kind == "person":
            person = library.people[entity_id]
            yield person_page(library, person, _body(bodies, person.curated), url_for)
        elif kind == "quote":
            yield quote_page(library, library.quotes[entity_id])
        elif kind == "event":
            event = library.events[entity_id]
            yield event_page(library, event, _body(bodies, event.curated))
        else:
            source = library.sources[entity_id]
            yield source_page(library, source, _body(bodies, source.curated))


def site_pages(library: Library, bodies: dict[str, Markup], url_for: Callable[[str], str]) -> list[Page]:
    """The pages that are not about one entity: home, indexes, timeline, content, search, 404.

    ``url_for`` makes the links inside the indexes' and timeline's pictures.
    """

    home = next((p for p in library.pages if p.slug == HOME_SLUG), None)
    pages = [home_page(library, _body(bodies, home)), *index_pages(library, url_for), *timeline_pages(library, url_for)]
    pages.extend(content_page(p, _body(bodies, p)) for p in library.pages if p.slug != HOME_SLUG and p.slug not in RESERVED_SLUGS)
    pages.append(search_page())
    pages.append(not_found_page())
    return pages


def build_pages(
    library: Library,
    bodies: dict[str, Markup],
    url_for: Callable[[str], str],
    wanted: Callable[[str], bool] = lambda _url: True,
) -> list[Page]:
    """Every entity page ``wanted`` accepts, then the site-wide pages."""
    urls = [ref.url for ref in page_refs(library) if wanted(ref.url)]
    return [*entity_pages(library, bodies, url_for, urls), *site_pages(library, bodies, url_for)]
