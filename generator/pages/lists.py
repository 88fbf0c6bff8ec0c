"""Index pages, the timeline, the home page and free-standing content pages.

Indexes and the timeline are split into numbered pages (generator.pages.paging) so no
page grows with the corpus; their pictures sit on the first page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from markupsafe import Markup

from generator import charts, jsonld
from generator.link import FOLDERS, Library, page_url
from generator.model import ContentPage
from generator.pages.common import (
    INDEX_TITLES,
    Page,
    article_link,
    display_date,
    event_link,
    month_label,
    newest_articles,
    person_link,
    plural,
    quote_item,
)
from generator.pages.network import most_connected
from generator.pages.paging import (
    LINKS_PER_PAGE,
    QUOTES_PER_PAGE,
    TIMELINE_PER_PAGE,
    chunks,
    page_path,
    pagination,
    shown,
    title_of_page,
)
from generator.views import (
    NO_HTML,
    ContentView,
    HomeView,
    IndexView,
    Link,
    QuoteItem,
    TimelineEntry,
    TimelineMonth,
    TimelineView,
)

_HOME_ITEMS = 10
_HOME = (Link("/", "Home"),)
#: Above this many months the timeline's month list names years instead.
_NAV_MONTHS = 36


def _index(
    kind: str,
    intro: str,
    unit: str,
    items: Sequence[Link] | Sequence[QuoteItem],
    per_page: int,
    chart: Markup = NO_HTML,
    chart_title: str = "",
) -> list[Page]:
    """Every page of one index."""
    base = f"/{FOLDERS[kind]}/"
    title = INDEX_TITLES[kind]
    pages = chunks(items, per_page)
    out = []
    for number, here in enumerate(pages, 1):
        url = page_path(base, number)
        quotes = tuple(i for i in here if isinstance(i, QuoteItem))
        links = tuple(i for i in here if isinstance(i, Link))
        view = IndexView(
            kind,
            title,
            intro,
            items=links,
            quotes=quotes,
            shown=shown(number, per_page, len(items), unit),
            chart=chart if number == 1 else NO_HTML,
            chart_title=chart_title if number == 1 else "",
        )
        full_title = title_of_page(title, number, len(pages))
        crumbs = _HOME if number == 1 else (*_HOME, Link(base, title))
        graph = (
            jsonld.web_page(full_title, url, intro, "CollectionPage", items=[*(q.url for q in quotes), *(link.url for link in links)]),
            jsonld.breadcrumbs(crumbs, full_title, url),
        )
        out.append(
            Page("index", url, full_title, intro, {"index": view}, breadcrumbs=crumbs, graph=graph, pagination=pagination(base, number, len(pages)))
        )
    return out


def _people_chart(library: Library, url_for: Callable[[str], str]) -> Markup:
    """The most connected people and the links between them, with a table of the same."""
    ranked, links = most_connected(library)
    if len(ranked) < 2:
        return Markup("")
    nodes = [
        charts.Node(p, library.people[p].name, url_for(page_url("person", p)), n, f"mentioned with {plural(n, 'person', 'people')}")
        for p, n in ranked
    ]
    title = f"The {len(nodes)} people mentioned with the most others"
    svg = charts.network_chart("people-network", title, nodes, [charts.Edge(a, b, n) for a, b, n in links])
    ties: dict[str, list[tuple[int, str]]] = {}
    for a, b, n in links:
        ties.setdefault(a, []).append((-n, library.people[b].name))
        ties.setdefault(b, []).append((-n, library.people[a].name))
    rows = [
        (library.people[p].name, ", ".join(f"{name} ({-n})" for n, name in sorted(ties.get(p, []))[:5]) or "—")
        for p, _ in ranked
    ]
    return charts.figure(svg, charts.network_table(title, rows), "chart-figure--network")


def index_pages(library: Library, url_for: Callable[[str], str]) -> list[Page]:
    """Every page of every index: articles, people, quotes, events, sources."""
    people = sorted(library.people.values(), key=lambda p: (p.name.split()[-1].casefold() if p.name.split() else "", p.name, p.id))
    person_links = [
        person_link(
            library,
            p.id,
            f"{plural(len(p.articles), 'article')}, {plural(len(library.quotes_by_person.get(p.id, [])), 'quote')}",
        )
        for p in people
    ]
    quotes = sorted(library.quotes.values(), key=lambda q: (q.date or "", q.id), reverse=True)
    events = sorted(library.events.values(), key=lambda e: (e.date or "", e.id), reverse=True)
    sources = sorted(library.sources.values(), key=lambda s: (s.name.casefold(), s.id))
    chart = _people_chart(library, url_for)
    return [
        *_index("article", f"{plural(len(library.articles), 'article')}, newest first.", "articles",
                [article_link(library, a) for a in newest_articles(library, list(library.articles))], LINKS_PER_PAGE),
        *_index("person", f"{plural(len(people), 'person', 'people')} named in the articles, by surname.", "people",
                person_links, LINKS_PER_PAGE, chart, "Who appears with whom" if chart else ""),
        *_index("quote", f"{plural(len(quotes), 'quote')}, newest first.", "quotes",
                [quote_item(library, q) for q in quotes], QUOTES_PER_PAGE),
        *_index("event", f"{plural(len(events), 'event')}, newest first.", "events",
                [event_link(library, e.id) for e in events], LINKS_PER_PAGE),
        *_index("source", f"{plural(len(sources), 'outlet')}.", "outlets",
                [Link(page_url("source", s.id), s.name, plural(len(s.articles), "article")) for s in sources], LINKS_PER_PAGE),
    ]


# ------------------------------------------------------------------------ timeline


def _timeline_entries(library: Library) -> tuple[list[TimelineEntry], list[TimelineEntry]]:
    """Dated entries newest first, and undated ones."""
    # The date has its own column, so a link's note keeps only what else it says.
    entries = []
    for a in library.articles.values():
        source_id = library.article_source.get(a.id)
        note = library.sources[source_id].name if source_id else ""
        entries.append(TimelineEntry(a.date or "", display_date(a.date), "article", Link(page_url("article", a.id), a.title, note)))
    entries += [
        TimelineEntry(
            e.date or "",
            display_date(e.date, "Date unknown"),
            "event",
            Link(page_url("event", e.id), e.name, e.place or ""),
            tuple(person_link(library, p) for p in e.participants[:8] if p in library.people),
        )
        for e in library.events.values()
    ]
    dated = sorted((e for e in entries if e.date), key=lambda e: (e.date, e.kind, e.link.url), reverse=True)
    undated = sorted((e for e in entries if not e.date), key=lambda e: (e.kind, e.link.label, e.link.url))
    return dated, undated


def _timeline_chart(library: Library, month_urls: dict[str, str], url_for: Callable[[str], str]) -> Markup:
    article_dates = [a.date for a in library.articles.values()]
    quote_dates = [q.date for q in library.quotes.values()]
    event_dates = [e.date for e in library.events.values()]
    buckets = charts.time_buckets([*article_dates, *quote_dates, *event_dates])
    first_month: dict[str, str] = {}
    for month in sorted(month_urls, reverse=True):  # a year's section starts at its latest month
        first_month.setdefault(month[:4] if buckets.by_year else month, month_urls[month])
    hrefs = [url_for(first_month[k]) if k in first_month else None for k in buckets.keys]
    return charts.timeline_chart(
        "timeline-chart",
        f"Articles, quotes and events by {'year' if buckets.by_year else 'month'}",
        buckets,
        [
            charts.Series("Articles", ("article", "articles"), "article", buckets.count(article_dates)),
            charts.Series("Quotes", ("quote", "quotes"), "quote", buckets.count(quote_dates)),
            charts.Series("Events", ("event", "events"), "event", buckets.count(event_dates)),
        ],
        hrefs,
    )


def timeline_pages(library: Library, url_for: Callable[[str], str]) -> list[Page]:
    """Articles and events by month, newest first, on as many pages as they need."""
    base = "/timeline/"
    dated, undated = _timeline_entries(library)
    everything = [*dated, *undated]
    pages = chunks(everything, TIMELINE_PER_PAGE)
    # Where each month starts: the page its first entry is on.
    month_urls: dict[str, str] = {}
    for number, here in enumerate(pages, 1):
        for entry in here:
            month_urls.setdefault(entry.date[:7] if entry.date else "undated", f"{page_path(base, number)}#{entry.date[:7] or 'undated'}")
    months = [m for m in month_urls if m != "undated"]
    if len(months) <= _NAV_MONTHS:
        nav = [Link(month_urls[m], month_label(m)) for m in months]
    else:
        years: dict[str, str] = {}
        for m in months:  # newest first: a year's section starts at its latest month
            years.setdefault(m[:4], month_urls[m])
        nav = [Link(url, year) for year, url in years.items()]
    if "undated" in month_urls:
        nav.append(Link(month_urls["undated"], "Undated"))
    chart = _timeline_chart(library, {m: month_urls[m] for m in months}, url_for)
    out = []
    seen: set[str] = set()
    for number, here in enumerate(pages, 1):
        groups: dict[str, list[TimelineEntry]] = {}
        for entry in here:
            if entry.date:
                groups.setdefault(entry.date[:7], []).append(entry)
        page_months = []
        for month, items in groups.items():
            label = month_label(month) + (" (continued)" if month in seen else "")
            seen.add(month)
            page_months.append(TimelineMonth(label, month, tuple(items)))
        view = TimelineView(
            months=tuple(page_months),
            undated=tuple(e for e in here if not e.date),
            nav=tuple(nav),
            chart=chart if number == 1 else NO_HTML,
            shown=shown(number, TIMELINE_PER_PAGE, len(everything), "entries"),
        )
        url = page_path(base, number)
        title = title_of_page("Timeline", number, len(pages))
        description = "Articles and events by month."
        crumbs = _HOME if number == 1 else (*_HOME, Link(base, "Timeline"))
        graph = (
            jsonld.web_page(title, url, description, "CollectionPage", items=[e.link.url for e in here]),
            jsonld.breadcrumbs(crumbs, title, url),
        )
        out.append(
            Page("timeline", url, title, description, {"timeline": view}, breadcrumbs=crumbs, graph=graph, pagination=pagination(base, number, len(pages)))
        )
    return out


# ---------------------------------------------------------------------------- home


def is_upcoming(date: str | None, newest: str | None) -> bool:
    """Whether an event dated ``date`` (YYYY, YYYY-MM or YYYY-MM-DD) comes after ``newest``,
    the date of the newest article, at the precision the event's date has."""
    if not date or not newest:
        return False
    return date > newest[: len(date)]


def home_page(library: Library, intro: Markup) -> Page:
    """The latest briefings: articles, most quoted people, events, quotes.

    "Upcoming" means after the newest article's date, never after the clock, so the same
    articles give the same page on any day.
    """
    quoted = sorted(
        library.quotes_by_person.items(), key=lambda item: (-len(item[1]), library.people[item[0]].name, item[0])
    )[:_HOME_ITEMS]
    newest = max((a.date for a in library.articles.values() if a.date), default=None)
    dated = [e for e in library.events.values() if e.date]
    upcoming = sorted((e for e in dated if is_upcoming(e.date, newest)), key=lambda e: (e.date or "", e.id))
    recent = sorted((e for e in dated if not is_upcoming(e.date, newest)), key=lambda e: (e.date or "", e.id), reverse=True)
    latest_quotes = sorted(library.quotes.values(), key=lambda q: (q.date or "", q.id), reverse=True)
    view = HomeView(
        intro_html=intro,
        latest_articles=tuple(
            article_link(library, a) for a in newest_articles(library, list(library.articles))[:_HOME_ITEMS]
        ),
        quoted_people=tuple(person_link(library, p, plural(len(q), "quote")) for p, q in quoted),
        recent_events=tuple(event_link(library, e.id) for e in recent[:_HOME_ITEMS]),
        upcoming_events=tuple(event_link(library, e.id) for e in upcoming[:_HOME_ITEMS]),
        latest_quotes=tuple(quote_item(library, q) for q in latest_quotes[:_HOME_ITEMS]),
        counts=(
            ("articles", len(library.articles), "/articles/"),
            ("people", len(library.people), "/people/"),
            ("quotes", len(library.quotes), "/quotes/"),
            ("events", len(library.events), "/events/"),
            ("sources", len(library.sources), "/sources/"),
        ),
    )
    description = "Who said what, and when: briefings from the news."
    graph = (jsonld.web_page("Home", "/", description, items=[link.url for link in view.latest_articles]),)
    return Page("home", "/", "Home", description, {"home": view}, graph=graph)


def content_page(page: ContentPage, body: Markup) -> Page:
    """A free-standing page from content/pages."""
    title = str(page.meta.get("title", page.slug))
    url = f"/{page.slug}/"
    view = ContentView(title=title, url=url, body_html=body)
    description = str(page.meta.get("description", title))
    graph = (jsonld.web_page(title, url, description), jsonld.breadcrumbs(_HOME, title, url))
    return Page("page", url, title, description, {"content": view}, breadcrumbs=_HOME, graph=graph)


def not_found_page() -> Page:
    """The 404 page; hosts serve it for any missing path."""
    description = "This page does not exist."
    return Page("404", "/404.html", "Page not found", description, {}, graph=(jsonld.web_page("Page not found", "/404.html", description),))


def search_page() -> Page:
    """The search page: a form that works without JavaScript, results from the Pagefind index."""
    description = "Search the articles, people, quotes, events and outlets of this site."
    return Page("search", "/search/", "Search", description, {}, graph=(jsonld.web_page("Search", "/search/", description),))


__all__ = ["content_page", "home_page", "index_pages", "is_upcoming", "not_found_page", "search_page", "timeline_pages"]
