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


@dataclass(frozen=True)
class PageMeta:
    """Per-page values for the base layout (<title>, canonical link, breadcrumbs)."""

    kind: str  # home, article, person, quote, event, source, index, timeline, page, 404
    title: str
    url: str
    description: str
    breadcrumbs: tuple[Link, ...] = ()


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
    quotes: tuple[Link, ...]  # label = the words, note = speaker name
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
    outlets: int  # how many articles report the same words


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
    quotes: tuple[QuoteItem, ...]  # newest first
    events: tuple[Link, ...]
    articles: tuple[Link, ...]
    co_mentioned: tuple[Link, ...]  # note = "3 articles"


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
    reports: tuple[ReportView, ...]
    variants: tuple[VariantView, ...]
    conflicts: tuple[str, ...]  # "RT attributes these words to X; BBC to Y"


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


# -------------------------------------------------------------------- lists and pages


@dataclass(frozen=True)
class IndexView:
    """An index of one kind: people, articles, quotes, events, sources."""

    kind: str
    title: str
    intro: str
    items: tuple[Link, ...] = ()
    quotes: tuple[QuoteItem, ...] = ()  # filled instead of ``items`` for the quote index


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
    """The timeline page."""

    months: tuple[TimelineMonth, ...]
    undated: tuple[TimelineEntry, ...]


@dataclass(frozen=True)
class HomeView:
    """The home page: the latest briefings."""

    intro_html: Markup  # content/pages/index.md body, if any
    latest_articles: tuple[Link, ...]
    quoted_people: tuple[Link, ...]  # note = "12 quotes"
    recent_events: tuple[Link, ...]
    latest_quotes: tuple[QuoteItem, ...]
    counts: tuple[tuple[str, int, str], ...] = field(default=())  # (label, n, url)


@dataclass(frozen=True)
class ContentView:
    """A free-standing page from content/pages."""

    title: str
    url: str
    body_html: Markup
