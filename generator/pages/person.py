"""Person pages: roles, quotes, activity over time and the people around them."""

from __future__ import annotations

from collections.abc import Callable

from markupsafe import Markup

from generator import charts, jsonld
from generator.link import Library, page_url
from generator.model import Person
from generator.pages.common import (
    Page,
    article_link,
    display_date,
    entity_crumbs,
    event_link,
    newest_articles,
    newest_events,
    person_link,
    plural,
    quote_item,
)
from generator.pages.network import EGO_SIZE, ego_network
from generator.pages.sublists import more_link, sublist
from generator.views import PersonView, RoleView

_ROLE_EVIDENCE = 3  # articles named under each role; the articles list has the rest
_ROLES = 25  # roles listed, earliest first


def _roles(library: Library, person: Person) -> tuple[RoleView, ...]:
    by_title: dict[str, list[tuple[str, str]]] = {}
    titles: dict[str, str] = {}
    for role in person.roles:
        key = role.title.casefold()
        titles.setdefault(key, role.title)
        by_title.setdefault(key, []).append((role.date or "", role.article))
    views = []
    for key, records in by_title.items():
        dates = sorted(d for d, _ in records if d)
        evidence = newest_articles(library, sorted({a for _, a in records if a in library.articles}))
        views.append(
            (
                dates[0] if dates else "9999",
                titles[key],
                RoleView(
                    title=titles[key],
                    since=display_date(dates[0], "") if dates else "",
                    until=display_date(dates[-1], "") if len(dates) > 1 and dates[-1] != dates[0] else "",
                    evidence=tuple(article_link(library, a) for a in evidence[:_ROLE_EVIDENCE]),
                ),
            )
        )
    return tuple(view for _, _, view in sorted(views, key=lambda v: (v[0], v[1]))[:_ROLES])


def person_charts(library: Library, person: Person, quote_ids: list[str], event_ids: list[str]) -> tuple[Markup, Markup]:
    """Mentions per month (bars), and quotes and events over time (dots), on one axis."""
    article_dates = [library.articles[a].date for a in person.articles]
    quote_dates = [library.quotes[q].date for q in quote_ids]
    event_dates = [library.events[e].date for e in event_ids]
    buckets = charts.time_buckets([*article_dates, *quote_dates, *event_dates])
    per = "year" if buckets.by_year else "month"
    activity = charts.bar_chart(
        "activity-chart",
        f"Articles mentioning {person.name}, by {per}",
        buckets,
        charts.Series("Articles", ("article", "articles"), "article", buckets.count(article_dates)),
    )
    timeline = charts.timeline_chart(
        "person-timeline-chart",
        f"Quotes by and events with {person.name}, by {per}",
        buckets,
        [
            charts.Series("Quotes", ("quote", "quotes"), "quote", buckets.count(quote_dates)),
            charts.Series("Events", ("event", "events"), "event", buckets.count(event_dates)),
        ],
    )
    return activity, timeline


def network_picture(library: Library, person: Person, url_for: Callable[[str], str]) -> Markup:
    """The person in the middle, the people most often mentioned with them around."""
    around, links = ego_network(library, person.id)
    if not around:
        return Markup("")
    nodes = [
        charts.Node(other, library.people[other].name, url_for(page_url("person", other)), n, f"{plural(n, 'article')} together")
        for other, n in around
    ]
    edges = [charts.Edge(a, b, n) for a, b, n in links]
    centre = charts.Node(person.id, person.name, None, 0)
    return charts.network_chart("network-chart", f"People mentioned with {person.name}", nodes, edges, centre)


def person_page(library: Library, person: Person, body: Markup, url_for: Callable[[str], str]) -> Page:
    """The page of one person."""
    quote_ids = library.quotes_by_person.get(person.id, [])
    event_ids = newest_events(library, library.events_by_person.get(person.id, []))
    article_ids = newest_articles(library, person.articles)
    activity, timeline = person_charts(library, person, quote_ids, event_ids)
    co = library.co_mentions.get(person.id, [])[:EGO_SIZE]
    view = PersonView(
        id=person.id,
        url=page_url("person", person.id),
        name=person.name,
        aliases=tuple(person.aliases),
        summary=person.summary,
        body_html=body,
        roles=_roles(library, person),
        quotes=tuple(quote_item(library, library.quotes[q]) for q in quote_ids[: sublist("person", "quotes").shown]),
        events=tuple(event_link(library, e) for e in event_ids[: sublist("person", "events").shown]),
        articles=tuple(article_link(library, a) for a in article_ids[: sublist("person", "articles").shown]),
        co_mentioned=tuple(person_link(library, other, plural(n, "article")) for other, n in co),
        more_quotes=more_link(library, "person", person.id, "quotes"),
        more_events=more_link(library, "person", person.id, "events"),
        more_articles=more_link(library, "person", person.id, "articles"),
        quote_count=len(quote_ids),
        event_count=len(event_ids),
        article_count=len(person.articles),
        activity_chart=activity,
        timeline_chart=timeline,
        network_chart=network_picture(library, person, url_for),
    )
    roles = ", ".join(r.title for r in view.roles[:2])
    description = f"{person.name}{': ' + roles if roles else ''}. {plural(len(quote_ids), 'quote')}, {plural(len(person.articles), 'article')}."
    crumbs = entity_crumbs("person")
    graph = (
        jsonld.profile_page(person, description),
        jsonld.person(library, person, article_ids),
        jsonld.breadcrumbs(crumbs, person.name, view.url),
    )
    return Page("person", view.url, person.name, description, {"person": view}, breadcrumbs=crumbs, og_type="profile", graph=graph)


__all__ = ["person_charts", "person_page"]
