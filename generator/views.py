"""View objects: the only things templates see.

Templates never touch the model or the library; they get these plain, read-only
dataclasses. Every ``url`` is a site path starting with ``/`` (``/people/keir-starmer/``);
templates pass it through ``url_for`` to get the link for the configured base URL.
Fields typed ``Markup`` hold HTML that the view builder has already escaped and
assembled; everything else is plain text that Jinja's autoescape escapes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from markupsafe import Markup

#: The empty HTML fragment: the default of optional ``Markup`` fields (immutable, so shared).
NO_HTML = Markup("")


@dataclass(frozen=True)
class Link:
    """A link to any page: where it goes and what to call it."""

    url: str
    label: str
    note: str = ""  # a short grey annotation: a date, a role, a count


@dataclass(frozen=True)
class SiteView:
    """Site-wide values for the base layout."""

    title: str
    description: str
    language: str
    base_url: str  # absolute, ends with "/"
    nav: tuple[Link, ...]
    stylesheet: str  # site path of the fingerprinted CSS
    generator: str  # "briefing 0.1.0"
    feed: str  # site path of the Atom feed
    search_script: str = "/static/search.js"  # site path of the fingerprinted search script


@dataclass(frozen=True)
class Pagination:
    """Where one page of a long list sits among its pages (``/quotes/page/2/``)."""

    number: int  # this page, from 1
    count: int  # how many pages the list has
    prev: str | None  # site path of the previous page
    next: str | None  # site path of the next page
    pages: tuple[Link | None, ...]  # numbered links to show; None marks a gap ("…")


@dataclass(frozen=True)
class PageMeta:
    """Per-page values for the base layout (<title>, canonical link, social cards, JSON-LD)."""

    kind: str  # home, article, person, quote, event, source, index, timeline, page, 404
    title: str
    url: str
    description: str
    breadcrumbs: tuple[Link, ...] = ()
    og_type: str = "website"  # Open Graph type: "website", "article", "profile"
    image: str | None = None  # absolute http(s) URL of a picture for link previews
    published: str | None = None  # ISO date for article:published_time
    jsonld: Markup = NO_HTML  # schema.org JSON, already escaped for a <script> element
    pagination: Pagination | None = None  # for rel=prev/next and the page list


# ---------------------------------------------------------------------------- article


@dataclass(frozen=True)
class ParagraphView:
    """One paragraph, with person mentions linked and quotes highlighted (``html``)."""

    kind: str  # text, heading, caption, credit
    html: Markup
    line: int
    anchor: str = ""  # element id, "p3" for the third paragraph (glued paragraphs share a line)


@dataclass(frozen=True)
class SourceBadge:
    """What a reader should know about an outlet, shown on each of its articles."""

    link: Link
    description: str | None
    country: str | None
    ownership: str | None  # "state-affiliated" and the like


@dataclass(frozen=True)
class ArticleQuote:
    """A quote as listed on an article, with the other outlets that report the same words."""

    link: Link  # label = the words, note = speaker name
    outlets: int  # other outlets reporting the same words (an outlet counts once)
    others: tuple[Link, ...] = ()  # the first few other reports: label = outlet, note = date
    more: int = 0  # other reports not listed in ``others`` (the quote page lists them all)


@dataclass(frozen=True)
class ArticleView:
    """An article page."""

    id: str
    url: str
    title: str
    title_derived: bool
    file: str
    source: SourceBadge | None
    date: str | None  # ISO
    date_display: str  # "27 February 2025" or "Undated"
    original_url: str | None
    author: str | None
    image: str | None
    caption: str | None
    credit: str | None
    paragraphs: tuple[ParagraphView, ...]
    people: tuple[Link, ...]
    quotes: tuple[ArticleQuote, ...]
    events: tuple[Link, ...]


# ----------------------------------------------------------------------------- person


@dataclass(frozen=True)
class RoleView:
    """A role with the article that states it and that article's date."""

    title: str
    since: str  # display date of the first article stating it, or ""
    until: str  # display date of the last article stating it, or ""
    evidence: tuple[Link, ...]


@dataclass(frozen=True)
class QuoteItem:
    """A quote as listed on a person, event or index page."""

    url: str
    text: str
    partial: bool
    speaker: Link | None
    date: str | None  # ISO date of the first report
    date_display: str
    article: Link  # the first report
    outlets: int  # how many outlets report the same words


@dataclass(frozen=True)
class PersonView:
    """A person page."""

    id: str
    url: str
    name: str
    aliases: tuple[str, ...]
    summary: str | None
    body_html: Markup  # curated Markdown from content/people, or empty
    roles: tuple[RoleView, ...]
    quotes: tuple[QuoteItem, ...]  # newest first, the first few when there are many
    events: tuple[Link, ...]
    articles: tuple[Link, ...]
    co_mentioned: tuple[Link, ...]  # note = "3 articles"
    more_quotes: Link | None = None  # "All 230 quotes", to their own pages, when the list was cut
    more_events: Link | None = None
    more_articles: Link | None = None
    quote_count: int = 0  # every quote, however many are listed
    event_count: int = 0
    article_count: int = 0
    activity_chart: Markup = NO_HTML  # mentions per month (bars)
    timeline_chart: Markup = NO_HTML  # quotes and events over time
    network_chart: Markup = NO_HTML  # the people most often mentioned with this one


# ------------------------------------------------------------------------------ quote


@dataclass(frozen=True)
class ReportView:
    """One article's report of a quote."""

    article: Link
    source: str | None
    date: str | None  # ISO date of the reporting article
    date_display: str
    speaker: Link | None  # as this article attributes it
    speaker_desc: str | None  # "a Labour source"
    verb: str | None
    sentence_html: Markup  # the sentence with the quoted words marked
    text: str  # this report's exact wording
    line: int
    anchor: str = ""  # id of the paragraph on the article page


@dataclass(frozen=True)
class VariantView:
    """A near-identical wording of the same quote, with the differences marked."""

    link: Link
    diff_html: Markup  # <del>/<ins> marked differences


@dataclass(frozen=True)
class QuoteView:
    """A quote page."""

    id: str
    url: str
    text: str
    partial: bool
    speaker: Link | None
    speaker_desc: str | None
    date_display: str
    reports: tuple[ReportView, ...]  # the first few when there are many
    variants: tuple[VariantView, ...]
    conflicts: tuple[str, ...]  # "RT attributes these words to X; BBC to Y"
    more_reports: Link | None = None  # "All 130 reports", to their own pages, when the list was cut
    report_count: int = 0  # every report, however many are listed


# ------------------------------------------------------------------------------ event


@dataclass(frozen=True)
class EventView:
    """An event page."""

    id: str
    url: str
    name: str
    kind: str
    date: str | None
    date_display: str  # "17 February 2024", "February 2024", "Date unknown"
    place: str | None
    participants: tuple[Link, ...]
    articles: tuple[Link, ...]
    sentences: tuple[tuple[Link, str], ...]  # (article, sentence reporting it)
    body_html: Markup
    more_articles: Link | None = None  # "All 300 articles", to their own pages, when the list was cut
    article_count: int = 0  # every article, however many are listed


# ----------------------------------------------------------------------------- source


@dataclass(frozen=True)
class SourceView:
    """A source (outlet) page."""

    id: str
    url: str
    name: str
    description: str | None
    country: str | None
    ownership: str | None
    website: str | None
    body_html: Markup
    articles: tuple[Link, ...]
    more_articles: Link | None = None  # "All 900 articles", to their own pages, when the list was cut
    article_count: int = 0  # every article, however many are listed


# -------------------------------------------------------------------- lists and pages


@dataclass(frozen=True)
class IndexView:
    """One page of a list: an index of one kind, or all the quotes of one person and the like."""

    kind: str  # article, person, quote, event, source, report
    title: str
    intro: str
    items: tuple[Link, ...] = ()
    quotes: tuple[QuoteItem, ...] = ()  # filled instead of ``items`` for lists of quotes
    reports: tuple[ReportView, ...] = ()  # filled instead of ``items`` for a quote's reports
    eyebrow: str = "Index"
    shown: str = ""  # "Showing 201–400 of 2,280 people"
    chart: Markup = NO_HTML  # a picture of the whole list, on its first page
    chart_title: str = ""


@dataclass(frozen=True)
class TimelineEntry:
    """One dated thing on the timeline."""

    date: str
    date_display: str
    kind: str  # article, event, quote
    link: Link
    people: tuple[Link, ...] = ()


@dataclass(frozen=True)
class TimelineMonth:
    """The timeline entries of one month, newest first."""

    label: str  # "February 2025"
    anchor: str  # "2025-02"
    entries: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class TimelineView:
    """One page of the timeline."""

    months: tuple[TimelineMonth, ...]  # the months on this page
    undated: tuple[TimelineEntry, ...]  # on the last page
    nav: tuple[Link, ...] = ()  # every month (or year) of the timeline, linked to its page
    chart: Markup = NO_HTML  # articles, quotes and events per month, on the first page
    shown: str = ""  # "Showing 201–400 of 9,000 entries"


@dataclass(frozen=True)
class HomeView:
    """The home page: the latest briefings."""

    intro_html: Markup  # content/pages/index.md body, if any
    latest_articles: tuple[Link, ...]
    quoted_people: tuple[Link, ...]  # note = "12 quotes"
    recent_events: tuple[Link, ...]  # dated on or before the newest article, newest first
    latest_quotes: tuple[QuoteItem, ...]
    counts: tuple[tuple[str, int, str], ...] = field(default=())  # (label, n, url)
    upcoming_events: tuple[Link, ...] = ()  # dated after the newest article, soonest first


@dataclass(frozen=True)
class ContentView:
    """A free-standing page from content/pages."""

    title: str
    url: str
    body_html: Markup
