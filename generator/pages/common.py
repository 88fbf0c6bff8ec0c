"""Small pieces every page builder uses: links to entities, dates for readers, list items."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from generator.link import FOLDERS, Library, page_url
from generator.model import QuoteEntity, QuoteReport
from generator.views import Link, Pagination, QuoteItem, ReportView

_MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)


#: Index page title of each entity kind, for breadcrumbs.
INDEX_TITLES = {"article": "Articles", "person": "People", "quote": "Quotes", "event": "Events", "source": "Sources"}


@dataclass(frozen=True)
class Page:
    """One page to render: its kind, site path, title, template context and head metadata."""

    kind: str
    url: str
    title: str
    description: str
    context: dict[str, Any]
    date: str | None = None  # for the sitemap's lastmod and article:published_time
    breadcrumbs: tuple[Link, ...] = ()
    og_type: str = "website"
    image: str | None = None  # absolute http(s) URL for link previews
    graph: tuple[dict[str, Any], ...] = ()  # schema.org nodes (generator.jsonld)
    pagination: Pagination | None = None


def entity_crumbs(kind: str) -> tuple[Link, ...]:
    """Home, then the index of ``kind``: the trail above an entity page."""
    return (Link("/", "Home"), Link(f"/{FOLDERS[kind]}/", INDEX_TITLES[kind]))


def display_date(iso: str | None, missing: str = "Undated") -> str:
    """A date for readers: ``"2025-02-27"`` → ``"27 February 2025"``, ``"2024-02"`` → ``"February 2024"``."""
    if not iso:
        return missing
    parts = iso.split("-")
    try:
        if len(parts) == 3:
            return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
        if len(parts) == 2:
            return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    except (ValueError, IndexError):
        return iso
    return parts[0]


def month_label(iso: str) -> str:
    """``"2024-02"`` → ``"February 2024"``."""
    return display_date(iso[:7])


def plural(n: int, word: str, many: str | None = None) -> str:
    """``plural(1, "article")`` → ``"1 article"``, ``plural(3, "quote")`` → ``"3 quotes"``."""
    return f"{n:,} {word}" if n == 1 else f"{n:,} {many or word + 's'}"


def shorten(text: str, limit: int = 90) -> str:
    """Text cut at a word boundary with an ellipsis when longer than ``limit``."""
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def article_link(library: Library, article_id: str) -> Link:
    """A link to an article, noted with its outlet and date."""
    article = library.articles[article_id]
    source_id = library.article_source.get(article_id)
    source = library.sources[source_id].name if source_id else ""
    note = " · ".join(p for p in (source, display_date(article.date)) if p)
    return Link(page_url("article", article_id), article.title, note)


def person_link(library: Library, person_id: str, note: str = "") -> Link:
    """A link to a person page."""
    return Link(page_url("person", person_id), library.people[person_id].name, note)


def event_link(library: Library, event_id: str) -> Link:
    """A link to an event, noted with its date."""
    event = library.events[event_id]
    return Link(page_url("event", event_id), event.name, display_date(event.date, "date unknown"))


def newest_articles(library: Library, article_ids: list[str]) -> list[str]:
    """Article ids newest first, undated last, ties by id."""
    dated = sorted((a for a in article_ids if library.articles[a].date), key=lambda a: (library.articles[a].date or "", a))
    dated = sorted(dated, key=lambda a: library.articles[a].date or "", reverse=True)
    return dated + sorted(a for a in article_ids if not library.articles[a].date)


def newest_events(library: Library, event_ids: list[str]) -> list[str]:
    """Event ids newest first, undated last, ties by id."""
    dated = sorted((e for e in event_ids if library.events[e].date), key=lambda e: (library.events[e].date or "", e))
    dated = sorted(dated, key=lambda e: library.events[e].date or "", reverse=True)
    return dated + sorted(e for e in event_ids if not library.events[e].date)


def paragraph_anchor(index: int) -> str:
    """The element id of the paragraph at ``index`` on its article page."""
    return f"p{index + 1}"


#: Longest quote text a list card shows; the quote's own page has every word.
LIST_QUOTE_CHARS = 400


def outlet_count(library: Library, quote: QuoteEntity) -> int:
    """How many outlets report a quote; an article of unknown outlet counts as one."""
    return len({library.article_source.get(a) or f"article:{a}" for a in quote.articles})


def quote_item(library: Library, quote: QuoteEntity) -> QuoteItem:
    """A quote as an entry of a list."""
    return QuoteItem(
        url=page_url("quote", quote.id),
        text=shorten(quote.text, LIST_QUOTE_CHARS),
        partial=quote.partial,
        speaker=person_link(library, quote.speaker) if quote.speaker else None,
        date=quote.date,
        date_display=display_date(quote.date),
        article=article_link(library, quote.reports[0].article),
        outlets=outlet_count(library, quote),
    )


def marked_sentence(sentence: str, words: str) -> Markup:
    """The sentence around a quote with the quoted words in ``<mark>``."""
    at = sentence.find(words) if words else -1
    if at < 0:
        return Markup(escape(sentence))
    return Markup("{}<mark>{}</mark>{}").format(sentence[:at], words, sentence[at + len(words):])


def report_view(library: Library, report: QuoteReport) -> ReportView:
    """One article's report of a quote, with the sentence around the words."""
    article = library.articles[report.article]
    source_id = library.article_source.get(report.article)
    return ReportView(
        article=article_link(library, report.article),
        source=library.sources[source_id].name if source_id else None,
        date=article.date,
        date_display=display_date(article.date),
        speaker=person_link(library, report.speaker) if report.speaker else None,
        speaker_desc=report.source_desc,
        verb=report.verb,
        sentence_html=marked_sentence(report.sentence, report.text),
        text=report.text,
        line=report.line,
        anchor=paragraph_anchor(report.para),
    )
