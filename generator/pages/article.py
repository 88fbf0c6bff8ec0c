"""Article pages: the text with person mentions linked and quotes highlighted, and for
each quote the other outlets that report the same words."""

from __future__ import annotations

from markupsafe import Markup, escape

from generator import jsonld
from generator.link import Library, page_url
from generator.model import Article, QuoteEntity
from generator.pages.common import (
    Page,
    display_date,
    entity_crumbs,
    event_link,
    paragraph_anchor,
    person_link,
    shorten,
)
from generator.views import ArticleQuote, ArticleView, Link, ParagraphView, SourceBadge

#: Other outlets named under a quote on an article page; the quote page lists them all.
OTHER_OUTLETS_SHOWN = 3

# Span kinds, in the order they open when they start at the same offset.
_QUOTE, _MENTION = 0, 1


def _spans(library: Library, article: Article) -> dict[int, list[tuple[int, int, int, str]]]:
    """Per paragraph: (start, end, kind, url) of every quote and linkable mention."""
    spans: dict[int, list[tuple[int, int, int, str]]] = {}
    for quote_id in library.quotes_by_article.get(article.id, []):
        for report in library.quotes[quote_id].reports:
            if report.article == article.id:
                spans.setdefault(report.para, []).append(
                    (report.start, report.end, _QUOTE, page_url("quote", quote_id))
                )
    extraction = library.extractions.get(article.id)
    for person in extraction.people if extraction else []:
        person_id = library.person_of.get((article.id, person.name))
        if person_id is None:
            continue
        for mention in person.mentions:
            spans.setdefault(mention.para, []).append(
                (mention.start, mention.end, _MENTION, page_url("person", person_id))
            )
    return spans


def paragraph_html(text: str, spans: list[tuple[int, int, int, str]], url_for) -> Markup:  # type: ignore[no-untyped-def]
    """Escape ``text`` and wrap non-overlapping spans in links.

    Quotes win over mentions: a mention inside a quote stays plain text, because a link
    cannot hold another link. Overlapping or out-of-range spans are dropped, so bad
    offsets can never break the markup.
    """
    chosen: list[tuple[int, int, int, str]] = []
    for start, end, kind, url in sorted(spans, key=lambda s: (s[2], s[0], -s[1])):
        if not 0 <= start < end <= len(text):
            continue
        if any(start < e and s < end for s, e, _, _ in chosen):
            continue
        chosen.append((start, end, kind, url))
    out: list[str] = []
    position = 0
    for start, end, kind, url in sorted(chosen):
        out.append(escape(text[position:start]))
        css = "quote" if kind == _QUOTE else "mention"
        out.append(Markup('<a class="{}" href="{}">{}</a>').format(css, url_for(url), text[start:end]))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)


def outlet_reports(library: Library, quote: QuoteEntity) -> list[tuple[str, str]]:
    """(outlet, first article from it) for every outlet reporting a quote, in report order.

    An article whose outlet is unknown counts as an outlet of its own.
    """
    seen: dict[str, str] = {}
    for article_id in quote.articles:
        seen.setdefault(library.article_source.get(article_id) or f"article:{article_id}", article_id)
    return list(seen.items())


def quote_reach(library: Library, outlets: list[tuple[str, str]], article_id: str) -> tuple[int, tuple[str, ...]]:
    """How many other outlets report a quote, and the articles of the first few of them."""
    own = library.article_source.get(article_id) or f"article:{article_id}"
    others = [(outlet, a) for outlet, a in outlets if outlet != own]
    return len(others), tuple(a for _, a in others[:OTHER_OUTLETS_SHOWN])


def _article_quote(library: Library, quote: QuoteEntity, article_id: str) -> ArticleQuote:
    count, shown = quote_reach(library, outlet_reports(library, quote), article_id)
    others = []
    for other in shown:
        source_id = library.article_source.get(other)
        label = library.sources[source_id].name if source_id else shorten(library.articles[other].title, 60)
        others.append(Link(page_url("article", other), label, display_date(library.articles[other].date, "")))
    speaker = library.people[quote.speaker].name if quote.speaker else ""
    return ArticleQuote(
        link=Link(page_url("quote", quote.id), shorten(quote.text, 120), speaker),
        outlets=count,
        others=tuple(others),
        more=count - len(others),
    )


def source_badge(library: Library, article_id: str) -> SourceBadge | None:
    """The outlet box shown on an article."""
    source_id = library.article_source.get(article_id)
    if source_id is None:
        return None
    source = library.sources[source_id]
    return SourceBadge(
        link=Link(page_url("source", source_id), source.name),
        description=source.description,
        country=source.country,
        ownership=source.ownership,
    )


def article_page(library: Library, article: Article, url_for) -> Page:  # type: ignore[no-untyped-def]
    """The page of one article."""
    spans = _spans(library, article)
    paragraphs = tuple(
        ParagraphView(p.kind, paragraph_html(p.text, spans.get(i, []), url_for), p.line, paragraph_anchor(i))
        for i, p in enumerate(article.paragraphs)
    )
    quotes = tuple(_article_quote(library, library.quotes[q], article.id) for q in library.quotes_by_article.get(article.id, []))
    people = tuple(person_link(library, p) for p in library.people_by_article.get(article.id, []))
    view = ArticleView(
        id=article.id,
        url=page_url("article", article.id),
        title=article.title,
        title_derived=article.title_derived,
        file=article.file,
        source=source_badge(library, article.id),
        date=article.date,
        date_display=display_date(article.date),
        original_url=article.url,
        author=article.author,
        image=article.image,
        caption=article.caption,
        credit=article.credit,
        paragraphs=paragraphs,
        people=tuple(sorted(people, key=lambda link: link.label)),
        quotes=quotes,
        events=tuple(event_link(library, e) for e in library.events_by_article.get(article.id, [])),
    )
    first_text = next((p.text for p in article.paragraphs if p.kind == "text"), "")
    description = shorten(first_text, 160)
    crumbs = entity_crumbs("article")
    return Page(
        kind="article",
        url=view.url,
        title=article.title,
        description=description,
        context={"article": view},
        date=article.date,
        breadcrumbs=crumbs,
        og_type="article",
        image=article.image if article.image and article.image.startswith(("http://", "https://")) else None,
        graph=(jsonld.news_article(library, article, description), jsonld.breadcrumbs(crumbs, article.title, view.url)),
    )


__all__ = ["article_page", "outlet_reports", "paragraph_anchor", "paragraph_html", "quote_reach", "source_badge"]
