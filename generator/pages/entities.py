"""Pages of people, quotes, events and sources."""

from __future__ import annotations

import difflib

from markupsafe import Markup, escape

from generator.link import Library, page_url
from generator.model import Event, Person, QuoteEntity, Source
from generator.pages.article import paragraph_anchor
from generator.pages.common import (
    Page,
    article_link,
    display_date,
    event_link,
    newest_articles,
    person_link,
    plural,
    shorten,
)
from generator.views import (
    EventView,
    Link,
    PersonView,
    QuoteItem,
    QuoteView,
    ReportView,
    RoleView,
    SourceView,
    VariantView,
)

_CO_MENTIONS = 12  # how many co-mentioned people a person page lists


def quote_item(library: Library, quote: QuoteEntity) -> QuoteItem:
    """A quote as an entry of a list."""
    return QuoteItem(
        url=page_url("quote", quote.id),
        text=quote.text,
        partial=quote.partial,
        speaker=person_link(library, quote.speaker) if quote.speaker else None,
        date=quote.date,
        date_display=display_date(quote.date),
        article=article_link(library, quote.reports[0].article),
        outlets=len(quote.articles),
    )


def _roles(library: Library, person: Person) -> tuple[RoleView, ...]:
    by_title: dict[str, list[tuple[str, str]]] = {}
    for role in person.roles:
        key = role.title.casefold()
        by_title.setdefault(key, []).append((role.date or "", role.article))
    views = []
    for key, records in by_title.items():
        title = next(r.title for r in person.roles if r.title.casefold() == key)
        dates = sorted(d for d, _ in records if d)
        evidence = tuple(
            article_link(library, a) for a in sorted({a for _, a in records if a in library.articles})
        )
        views.append(
            RoleView(
                title=title,
                since=display_date(dates[0], "") if dates else "",
                until=display_date(dates[-1], "") if len(dates) > 1 and dates[-1] != dates[0] else "",
                evidence=evidence,
            )
        )
    return tuple(sorted(views, key=lambda v: (min((r.date or "9999") for r in person.roles if r.title.casefold() == v.title.casefold()), v.title)))


def person_page(library: Library, person: Person, body: Markup) -> Page:
    """The page of one person."""
    quotes = tuple(quote_item(library, library.quotes[q]) for q in library.quotes_by_person.get(person.id, []))
    co = library.co_mentions.get(person.id, [])[:_CO_MENTIONS]
    view = PersonView(
        id=person.id,
        url=page_url("person", person.id),
        name=person.name,
        aliases=tuple(person.aliases),
        summary=person.summary,
        body_html=body,
        roles=_roles(library, person),
        quotes=quotes,
        events=tuple(event_link(library, e) for e in library.events_by_person.get(person.id, [])),
        articles=tuple(article_link(library, a) for a in newest_articles(library, person.articles)),
        co_mentioned=tuple(person_link(library, other, plural(n, "article")) for other, n in co),
    )
    roles = ", ".join(r.title for r in view.roles[:2])
    description = f"{person.name}{': ' + roles if roles else ''}. {plural(len(quotes), 'quote')}, {plural(len(person.articles), 'article')}."
    return Page("person", view.url, person.name, description, {"person": view})


def _marked_sentence(sentence: str, words: str) -> Markup:
    at = sentence.find(words) if words else -1
    if at < 0:
        return Markup(escape(sentence))
    return Markup("{}<mark>{}</mark>{}").format(sentence[:at], words, sentence[at + len(words):])


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
    """The page of one quote and every article reporting it."""
    reports = tuple(
        ReportView(
            article=article_link(library, r.article),
            source=library.sources[library.article_source[r.article]].name
            if r.article in library.article_source
            else None,
            date=library.articles[r.article].date,
            date_display=display_date(library.articles[r.article].date),
            speaker=person_link(library, r.speaker) if r.speaker else None,
            speaker_desc=r.source_desc,
            verb=r.verb,
            sentence_html=_marked_sentence(r.sentence, r.text),
            text=r.text,
            line=r.line,
            anchor=paragraph_anchor(r.para),
        )
        for r in quote.reports
    )
    variants = tuple(
        VariantView(
            Link(page_url("quote", v), shorten(library.quotes[v].text, 120), display_date(library.quotes[v].date)),
            word_diff(quote.text, library.quotes[v].text),
        )
        for v in quote.variants
    )
    view = QuoteView(
        id=quote.id,
        url=page_url("quote", quote.id),
        text=quote.text,
        partial=quote.partial,
        speaker=person_link(library, quote.speaker) if quote.speaker else None,
        speaker_desc=quote.source_desc,
        date_display=display_date(quote.date),
        reports=reports,
        variants=variants,
        conflicts=tuple(library.conflicts.get(quote.id, [])),
    )
    who = library.people[quote.speaker].name if quote.speaker else (quote.source_desc or "Unattributed")
    title = f"{who}: “{shorten(quote.text, 60)}”"
    return Page("quote", view.url, title, shorten(f"{who}: {quote.text}", 160), {"quote": view}, quote.date)


def event_page(library: Library, event: Event, body: Markup) -> Page:
    """The page of one event."""
    view = EventView(
        id=event.id,
        url=page_url("event", event.id),
        name=event.name,
        kind=event.kind,
        date=event.date,
        date_display=display_date(event.date, "Date unknown"),
        place=event.place,
        participants=tuple(person_link(library, p) for p in event.participants),
        articles=tuple(article_link(library, a) for a in newest_articles(library, event.articles)),
        sentences=tuple((article_link(library, a), s) for a, s in event.sentences if s),
        body_html=body,
    )
    where = f" in {event.place}" if event.place else ""
    description = f"{event.name}{where}, {view.date_display}."
    return Page("event", view.url, event.name, description, {"event": view}, event.date)


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
        articles=tuple(article_link(library, a) for a in newest_articles(library, source.articles)),
    )
    description = source.description or f"Articles from {source.name}."
    return Page("source", view.url, source.name, description, {"source": view})
