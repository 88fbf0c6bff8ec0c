"""Lists too long for their entity's page, on numbered pages of their own.

A person quoted four hundred times shows the newest fifty quotes on ``/people/x/`` and
links to ``/people/x/quotes/`` (then ``/people/x/quotes/page/2/``, …) for all of them;
the same goes for a person's articles and events, an event's or an outlet's articles and
a quote's reports. These pages exist only for lists longer than their entity page shows,
and show nothing their entity page's fingerprint does not already cover.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator import jsonld
from generator.link import FOLDERS, Library, page_url
from generator.pages.common import (
    Page,
    article_link,
    entity_crumbs,
    event_link,
    newest_articles,
    newest_events,
    quote_item,
    report_view,
    shorten,
)
from generator.pages.paging import (
    LINKS_PER_PAGE,
    QUOTES_PER_PAGE,
    REPORTS_PER_PAGE,
    page_count,
    page_path,
    pagination,
    shown,
    title_of_page,
)
from generator.views import IndexView, Link


@dataclass(frozen=True)
class SubList:
    """One list of an entity that may overflow: its name in the URL and its sizes."""

    name: str  # URL segment: quotes, articles, events, reports
    item: str  # what it lists: quote, article, event, report
    shown: int  # how many the entity's own page shows
    per_page: int  # how many each page of the full list shows


#: The lists of each entity kind that get pages of their own when they are long.
SUBLISTS: dict[str, tuple[SubList, ...]] = {
    "person": (
        SubList("quotes", "quote", 50, QUOTES_PER_PAGE),
        SubList("articles", "article", 50, LINKS_PER_PAGE),
        SubList("events", "event", 50, LINKS_PER_PAGE),
    ),
    "quote": (SubList("reports", "report", 50, REPORTS_PER_PAGE),),
    "event": (SubList("articles", "article", 50, LINKS_PER_PAGE),),
    "source": (SubList("articles", "article", 100, LINKS_PER_PAGE),),
}
_UNITS = {"quote": ("quote", "quotes"), "article": ("article", "articles"), "event": ("event", "events"), "report": ("report", "reports")}


def sublist(kind: str, name: str) -> SubList:
    """The list ``name`` of entities of ``kind``."""
    return next(s for s in SUBLISTS[kind] if s.name == name)


def list_size(library: Library, kind: str, entity_id: str, name: str) -> int:
    """How long a list is, without sorting it."""
    if kind == "person":
        if name == "quotes":
            return len(library.quotes_by_person.get(entity_id, []))
        if name == "events":
            return len(library.events_by_person.get(entity_id, []))
        return len(library.people[entity_id].articles)
    if kind == "quote":
        return len(library.quotes[entity_id].reports)
    if kind == "event":
        return len(library.events[entity_id].articles)
    return len(library.sources[entity_id].articles)


def list_items(library: Library, kind: str, entity_id: str, name: str) -> list[str]:
    """A list's ids in the order pages show them (report numbers for a quote's reports)."""
    if kind == "person":
        if name == "quotes":
            return list(library.quotes_by_person.get(entity_id, []))
        if name == "events":
            return newest_events(library, library.events_by_person.get(entity_id, []))
        return newest_articles(library, library.people[entity_id].articles)
    if kind == "quote":
        return [str(i) for i in range(len(library.quotes[entity_id].reports))]
    if kind == "event":
        return newest_articles(library, library.events[entity_id].articles)
    return newest_articles(library, library.sources[entity_id].articles)


def list_base(kind: str, entity_id: str, name: str) -> str:
    """The site path of a list's first page: ``/people/x/quotes/``."""
    return f"{page_url(kind, entity_id)}{name}/"


def sublist_urls(library: Library, kind: str, entity_id: str) -> list[str]:
    """Every page of every list of an entity that is longer than its page shows."""
    urls: list[str] = []
    for sub in SUBLISTS.get(kind, ()):
        total = list_size(library, kind, entity_id, sub.name)
        if total > sub.shown:
            base = list_base(kind, entity_id, sub.name)
            urls += [page_path(base, n) for n in range(1, page_count(total, sub.per_page) + 1)]
    return urls


def more_link(library: Library, kind: str, entity_id: str, name: str) -> Link | None:
    """An "All 230 quotes" link when the entity's page cuts the list ``name`` short."""
    sub = sublist(kind, name)
    total = list_size(library, kind, entity_id, name)
    if total <= sub.shown:
        return None
    return Link(list_base(kind, entity_id, name), f"All {total:,} {_UNITS[sub.item][1]}", f"this page shows the first {sub.shown}")


def _entity_name(library: Library, kind: str, entity_id: str) -> str:
    """The entity's name, for titles and breadcrumbs."""
    if kind == "person":
        return library.people[entity_id].name
    if kind == "quote":
        return f"“{shorten(library.quotes[entity_id].text, 60)}”"
    if kind == "event":
        return library.events[entity_id].name
    return library.sources[entity_id].name


_TITLES = {
    ("person", "quotes"): "Quotes by {}",
    ("person", "articles"): "Articles mentioning {}",
    ("person", "events"): "Events with {}",
    ("quote", "reports"): "Reports of {}",
    ("event", "articles"): "Articles on {}",
    ("source", "articles"): "Articles from {}",
}
_EYEBROWS = {"person": "Person", "quote": "Quote", "event": "Event", "source": "Source"}


def _list_view(library: Library, kind: str, entity_id: str, sub: SubList, title: str, here: list[str], shown_note: str) -> IndexView:
    """The view of one page of a list: quote cards, reports or links."""
    eyebrow = _EYEBROWS[kind]
    if sub.item == "quote":
        quotes = tuple(quote_item(library, library.quotes[q]) for q in here)
        return IndexView(sub.item, title, "Newest first.", quotes=quotes, eyebrow=eyebrow, shown=shown_note)
    if sub.item == "report":
        reports = tuple(report_view(library, library.quotes[entity_id].reports[int(i)]) for i in here)
        return IndexView(sub.item, title, "Every article that reports these words.", reports=reports, eyebrow=eyebrow, shown=shown_note)
    if sub.item == "event":
        links = tuple(event_link(library, e) for e in here)
    else:
        links = tuple(article_link(library, a) for a in here)
    return IndexView(sub.item, title, "Newest first.", items=links, eyebrow=eyebrow, shown=shown_note)


def sublist_page(library: Library, kind: str, entity_id: str, name: str, number: int) -> Page:
    """Page ``number`` of an entity's long list."""
    sub = sublist(kind, name)
    items = list_items(library, kind, entity_id, name)
    count = page_count(len(items), sub.per_page)
    number = min(max(number, 1), count)
    here = items[(number - 1) * sub.per_page : number * sub.per_page]
    entity_name = _entity_name(library, kind, entity_id)
    title = _TITLES[(kind, name)].format(entity_name)
    base = list_base(kind, entity_id, name)
    url = page_path(base, number)
    view = _list_view(library, kind, entity_id, sub, title, here, shown(number, sub.per_page, len(items), _UNITS[sub.item][1]))
    item_urls = [*(q.url for q in view.quotes), *(r.article.url for r in view.reports), *(link.url for link in view.items)]
    crumbs = (*entity_crumbs(kind), Link(page_url(kind, entity_id), entity_name))
    full_title = title_of_page(title, number, count)
    description = f"{title}: {len(items):,} in all."
    about = jsonld.person_ref(library, entity_id) if kind == "person" else {"@id": jsonld.SitePath(page_url(kind, entity_id))}
    graph = (
        jsonld.web_page(full_title, url, description, "CollectionPage", about=about, items=item_urls),
        jsonld.breadcrumbs(crumbs, full_title, url),
    )
    return Page("index", url, full_title, description, {"index": view}, breadcrumbs=crumbs, graph=graph, pagination=pagination(base, number, count))


def parse_list_url(url: str) -> tuple[str, str, str | None, int]:
    """``/people/x/quotes/page/2/`` → ``("person", "x", "quotes", 2)``; an entity page has no list."""
    kinds = {folder: kind for kind, folder in FOLDERS.items()}
    parts = url.strip("/").split("/")
    kind, entity_id = kinds[parts[0]], parts[1]
    if len(parts) == 2:
        return kind, entity_id, None, 1
    number = int(parts[4]) if len(parts) == 5 and parts[3] == "page" else 1
    return kind, entity_id, parts[2], number


__all__ = ["SUBLISTS", "SubList", "list_items", "list_size", "more_link", "parse_list_url", "sublist", "sublist_page", "sublist_urls"]
