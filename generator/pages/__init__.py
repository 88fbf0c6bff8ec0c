"""Pages: the library → every page of the site as (kind, url, view context).

Builders only read the library; they never change it. Each returns :class:`Page` values
whose context holds view objects (generator.views), the only thing templates see.
Entity pages can be skipped by URL (``wanted``) when their fingerprint says they have
not changed; :func:`page_refs` lists every page without building any view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from markupsafe import Markup

from generator.link import Library, page_url
from generator.pages.article import article_page
from generator.pages.common import Page, display_date
from generator.pages.entities import event_page, person_page, quote_page, source_page
from generator.pages.lists import content_page, home_page, index_pages, not_found_page, timeline_page

__all__ = ["Page", "PageRef", "build_pages", "page_refs", "display_date", "HOME_SLUG"]

#: The content/pages file whose body becomes the home page's introduction.
HOME_SLUG = "index"


@dataclass(frozen=True)
class PageRef:
    """A page's kind, path and date, known without rendering it (for the sitemap)."""

    kind: str
    url: str
    date: str | None = None


def page_refs(library: Library) -> list[PageRef]:
    """Every entity page of the site."""
    refs = [PageRef("article", page_url("article", a.id), a.date) for a in library.articles.values()]
    refs += [PageRef("person", page_url("person", p)) for p in library.people]
    refs += [PageRef("quote", page_url("quote", q.id), q.date) for q in library.quotes.values()]
    refs += [PageRef("event", page_url("event", e.id), e.date) for e in library.events.values()]
    refs += [PageRef("source", page_url("source", s)) for s in library.sources]
    return refs


def build_pages(
    library: Library,
    bodies: dict[str, Markup],
    url_for: Callable[[str], str],
    wanted: Callable[[str], bool] = lambda _url: True,
) -> list[Page]:
    """The site-wide pages and every entity page ``wanted`` accepts, in a stable order."""

    def body(page: object) -> Markup:
        path = getattr(page, "path", None)
        return bodies.get(path, Markup("")) if path else Markup("")

    pages: list[Page] = []
    home = next((p for p in library.pages if p.slug == HOME_SLUG), None)
    pages.append(home_page(library, body(home)))
    pages.extend(article_page(library, a, url_for) for a in library.articles.values() if wanted(page_url("article", a.id)))
    pages.extend(person_page(library, p, body(p.curated)) for p in library.people.values() if wanted(page_url("person", p.id)))
    pages.extend(quote_page(library, q) for q in library.quotes.values() if wanted(page_url("quote", q.id)))
    pages.extend(event_page(library, e, body(e.curated)) for e in library.events.values() if wanted(page_url("event", e.id)))
    pages.extend(source_page(library, s, body(s.curated)) for s in library.sources.values() if wanted(page_url("source", s.id)))
    pages.extend(index_pages(library))
    pages.append(timeline_page(library))
    pages.extend(content_page(p, body(p)) for p in library.pages if p.slug != HOME_SLUG)
    pages.append(not_found_page())
    return pages
