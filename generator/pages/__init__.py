"""Pages: the library → every page of the site as (kind, url, view context).

Builders only read the library; they never change it. Each returns :class:`Page` values
whose context holds view objects (generator.views), the only thing templates see.
"""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from generator.link import Library
from generator.pages.article import article_page
from generator.pages.common import Page, display_date
from generator.pages.entities import event_page, person_page, quote_page, source_page
from generator.pages.lists import content_page, home_page, index_pages, not_found_page, timeline_page

__all__ = ["Page", "build_pages", "display_date", "HOME_SLUG"]

#: The content/pages file whose body becomes the home page's introduction.
HOME_SLUG = "index"


def build_pages(
    library: Library, bodies: dict[str, Markup], url_for: Callable[[str], str]
) -> list[Page]:
    """Every page of the site, in a stable order."""

    def body(page: object) -> Markup:
        path = getattr(page, "path", None)
        return bodies.get(path, Markup("")) if path else Markup("")

    pages: list[Page] = []
    home = next((p for p in library.pages if p.slug == HOME_SLUG), None)
    pages.append(home_page(library, body(home)))
    pages.extend(article_page(library, a, url_for) for a in library.articles.values())
    pages.extend(person_page(library, p, body(p.curated)) for p in library.people.values())
    pages.extend(quote_page(library, q) for q in library.quotes.values())
    pages.extend(event_page(library, e, body(e.curated)) for e in library.events.values())
    pages.extend(source_page(library, s, body(s.curated)) for s in library.sources.values())
    pages.extend(index_pages(library))
    pages.append(timeline_page(library))
    pages.extend(content_page(p, body(p)) for p in library.pages if p.slug != HOME_SLUG)
    pages.append(not_found_page())
    return pages
