"""Index pages, the timeline, the home page and free-standing content pages."""

from __future__ import annotations

from markupsafe import Markup

from generator.link import FOLDERS, Library, page_url
from generator.model import ContentPage
from generator.pages.common import (
    Page,
    article_link,
    display_date,
    event_link,
    month_label,
    newest_articles,
    person_link,
    plural,
)
from generator.pages.entities import quote_item
from generator.views import (
    ContentView,
    HomeView,
    IndexView,
    Link,
    TimelineEntry,
    TimelineMonth,
    TimelineView,
)

_HOME_ITEMS = 10


def index_pages(library: Library) -> list[Page]:
    """One index page per kind."""
    people = sorted(library.people.values(), key=lambda p: (p.name.split()[-1].casefold(), p.name))
    indexes = [
        IndexView(
            "article",
            "Articles",
            f"{plural(len(library.articles), 'article')}, newest first.",
            items=tuple(article_link(library, a) for a in newest_articles(library, list(library.articles))),
        ),
        IndexView(
            "person",
            "People",
            f"{plural(len(people), 'person')} named in the articles, by surname.",
            items=tuple(
                person_link(
                    library,
                    p.id,
                    ", ".join(
                        x
                        for x in (
                            plural(len(p.articles), "article"),
                            plural(len(library.quotes_by_person.get(p.id, [])), "quote"),
                        )
                    ),
                )
                for p in people
            ),
        ),
        IndexView(
            "quote",
            "Quotes",
            f"{plural(len(library.quotes), 'quote')}, newest first.",
            quotes=tuple(
                quote_item(library, q)
                for q in sorted(library.quotes.values(), key=lambda q: (q.date or "", q.id), reverse=True)
            ),
        ),
        IndexView(
            "event",
            "Events",
            f"{plural(len(library.events), 'event')}, newest first.",
            items=tuple(
                event_link(library, e.id)
                for e in sorted(library.events.values(), key=lambda e: (e.date or "", e.id), reverse=True)
            ),
        ),
        IndexView(
            "source",
            "Sources",
            f"{plural(len(library.sources), 'outlet')}.",
            items=tuple(
                Link(page_url("source", s.id), s.name, plural(len(s.articles), "article"))
                for s in sorted(library.sources.values(), key=lambda s: (s.name.casefold(), s.id))
            ),
        ),
    ]
    return [
        Page("index", f"/{FOLDERS[view.kind]}/", view.title, view.intro, {"index": view})
        for view in indexes
    ]


def timeline_page(library: Library) -> Page:
    """Articles, events and quotes by month, newest first."""
    entries: list[TimelineEntry] = []
    for article_id, article in library.articles.items():
        entries.append(
            TimelineEntry(
                article.date or "",
                display_date(article.date),
                "article",
                article_link(library, article_id),
            )
        )
    for event in library.events.values():
        entries.append(
            TimelineEntry(
                event.date or "",
                display_date(event.date, "Date unknown"),
                "event",
                event_link(library, event.id),
                tuple(person_link(library, p) for p in event.participants),
            )
        )
    dated = sorted(
        (e for e in entries if e.date),
        key=lambda e: (e.date, e.kind, e.link.url),
        reverse=True,
    )
    months: dict[str, list[TimelineEntry]] = {}
    for entry in dated:
        months.setdefault(entry.date[:7], []).append(entry)
    view = TimelineView(
        months=tuple(TimelineMonth(month_label(m), m, tuple(items)) for m, items in months.items()),
        undated=tuple(sorted((e for e in entries if not e.date), key=lambda e: (e.kind, e.link.label))),
    )
    return Page("timeline", "/timeline/", "Timeline", "Articles and events by month.", {"timeline": view})


def home_page(library: Library, intro: Markup) -> Page:
    """The latest briefings: articles, most quoted people, events, quotes."""
    quoted = sorted(
        library.quotes_by_person.items(), key=lambda item: (-len(item[1]), library.people[item[0]].name)
    )[:_HOME_ITEMS]
    events = sorted(library.events.values(), key=lambda e: (e.date or "", e.id), reverse=True)[:_HOME_ITEMS]
    latest_quotes = sorted(library.quotes.values(), key=lambda q: (q.date or "", q.id), reverse=True)
    view = HomeView(
        intro_html=intro,
        latest_articles=tuple(
            article_link(library, a) for a in newest_articles(library, list(library.articles))[:_HOME_ITEMS]
        ),
        quoted_people=tuple(person_link(library, p, plural(len(q), "quote")) for p, q in quoted),
        recent_events=tuple(event_link(library, e.id) for e in events),
        latest_quotes=tuple(quote_item(library, q) for q in latest_quotes[:_HOME_ITEMS]),
        counts=(
            ("articles", len(library.articles), "/articles/"),
            ("people", len(library.people), "/people/"),
            ("quotes", len(library.quotes), "/quotes/"),
            ("events", len(library.events), "/events/"),
            ("sources", len(library.sources), "/sources/"),
        ),
    )
    return Page("home", "/", "Home", "Who said what, and when: briefings from the news.", {"home": view})


def content_page(page: ContentPage, body: Markup) -> Page:
    """A free-standing page from content/pages."""
    title = str(page.meta.get("title", page.slug))
    url = f"/{page.slug}/"
    view = ContentView(title=title, url=url, body_html=body)
    return Page("page", url, title, str(page.meta.get("description", title)), {"content": view})


def not_found_page() -> Page:
    """The 404 page; hosts serve it for any missing path."""
    return Page("404", "/404.html", "Page not found", "This page does not exist.", {})
