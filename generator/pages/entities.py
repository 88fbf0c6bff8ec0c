"""Pages of quotes, events and sources (people have generator.pages.person)."""

from __future__ import annotations

import difflib

from markupsafe import Markup, escape

from generator import jsonld
from generator.link import Library, page_url
from generator.model import Event, QuoteEntity, Source
from generator.pages.common import (
    Page,
    article_link,
    display_date,
    entity_crumbs,
    newest_articles,
    person_link,
    report_view,
    shorten,
)
from generator.pages.sublists import more_link, sublist
from generator.views import EventView, Link, QuoteView, SourceView, VariantView

_VARIANTS = 20  # variant wordings shown on a quote page
_PARTICIPANTS = 100  # people listed on an event page
_SENTENCES = 30  # reporting sentences shown on an event page


def word_diff(a: str, b: str) -> Markup:
    """``b`` against ``a`` word by word, with ``<del>`` and ``<ins>`` marks."""
    old, new = a.split(), b.split()
    out: list[Markup] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if op == "equal":
            out.append(Markup(escape(" ".join(old[i1:i2]))))
            continue
        if i2 > i1:
            out.append(Markup("<del>{}</del>").format(" ".join(old[i1:i2])))
        if j2 > j1:
            out.append(Markup("<ins>{}</ins>").format(" ".join(new[j1:j2])))
    return Markup(" ").join(out)


def quote_page(library: Library, quote: QuoteEntity) -> Page:
    """The page of one quote and the articles reporting it (the first few when many)."""
    shown = sublist("quote", "reports").shown
    variants = tuple(
        VariantView(
            Link(page_url("quote", v), shorten(library.quotes[v].text, 120), display_date(library.quotes[v].date)),
            word_diff(quote.text, library.quotes[v].text),
        )
        for v in quote.variants[:_VARIANTS]
    )
    view = QuoteView(
        id=quote.id,
        url=page_url("quote", quote.id),
        text=quote.text,
        partial=quote.partial,
        speaker=person_link(library, quote.speaker) if quote.speaker else None,
        speaker_desc=quote.source_desc,
        date_display=display_date(quote.date),
        reports=tuple(report_view(library, r) for r in quote.reports[:shown]),
        variants=variants,
        conflicts=tuple(library.conflicts.get(quote.id, [])[:shown]),
        more_reports=more_link(library, "quote", quote.id, "reports"),
        report_count=len(quote.reports),
    )
    who = library.people[quote.speaker].name if quote.speaker else (quote.source_desc or "Unattributed")
    title = f"{who}: “{shorten(quote.text, 60)}”"
    crumbs = entity_crumbs("quote")
    graph = (jsonld.quotation(library, quote), jsonld.breadcrumbs(crumbs, title, view.url))
    return Page("quote", view.url, title, shorten(f"{who}: {quote.text}", 160), {"quote": view}, quote.date, breadcrumbs=crumbs, graph=graph)


def event_page(library: Library, event: Event, body: Markup) -> Page:
    """The page of one event."""
    participants = [p for p in event.participants if p in library.people]
    view = EventView(
        id=event.id,
        url=page_url("event", event.id),
        name=event.name,
        kind=event.kind,
        date=event.date,
        date_display=display_date(event.date, "Date unknown"),
        place=event.place,
        participants=tuple(person_link(library, p) for p in participants[:_PARTICIPANTS]),
        articles=tuple(article_link(library, a) for a in newest_articles(library, event.articles)[: sublist("event", "articles").shown]),
        sentences=tuple((article_link(library, a), s) for a, s in event.sentences if s)[:_SENTENCES],
        body_html=body,
        more_articles=more_link(library, "event", event.id, "articles"),
        article_count=len(event.articles),
    )
    where = f" in {event.place}" if event.place else ""
    description = f"{event.name}{where}, {view.date_display}."
    crumbs = entity_crumbs("event")
    graph = (jsonld.event(library, event), jsonld.breadcrumbs(crumbs, event.name, view.url))
    return Page("event", view.url, event.name, description, {"event": view}, event.date, breadcrumbs=crumbs, graph=graph)


def source_page(library: Library, source: Source, body: Markup) -> Page:
    """The page of one outlet."""
    view = SourceView(
        id=source.id,
        url=page_url("source", source.id),
        name=source.name,
        description=source.description,
        country=source.country,
        ownership=source.ownership,
        website=source.url,
        body_html=body,
        articles=tuple(article_link(library, a) for a in newest_articles(library, source.articles)[: sublist("source", "articles").shown]),
        more_articles=more_link(library, "source", source.id, "articles"),
        article_count=len(source.articles),
    )
    description = source.description or f"Articles from {source.name}."
    crumbs = entity_crumbs("source")
    graph = (jsonld.organization(source, description), jsonld.breadcrumbs(crumbs, source.name, view.url))
    return Page("source", view.url, source.name, description, {"source": view}, breadcrumbs=crumbs, graph=graph)


__all__ = ["event_page", "quote_page", "source_page", "word_diff"]
