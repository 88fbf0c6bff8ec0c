"""The plain data that flows between pipeline stages.

Stages talk only through these dataclasses. Everything here is JSON-serialisable with
:func:`to_dict` / ``from_dict`` so per-article results can be cached without pickle.
Positions are kept from ingest through extraction: a paragraph knows its source line, and
a mention or quote knows its paragraph and character offsets in that paragraph's text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any, TypeVar

from generator.errors import Diagnostic

T = TypeVar("T")


def to_dict(obj: Any) -> Any:
    """A JSON-ready dict of a model dataclass (nested dataclasses included)."""
    return asdict(obj)


def _build(cls: type[T], data: dict[str, Any]) -> T:
    known = {f.name for f in fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in known})


# --------------------------------------------------------------------------- ingest


@dataclass(frozen=True)
class Paragraph:
    """One block of article text with the 1-based source line it starts on.

    ``kind`` is ``"text"`` for body paragraphs, ``"heading"`` for section headings
    inside the body, ``"caption"`` for a photo caption and ``"credit"`` for the
    photographer credit that follows it. ``col`` is the 1-based column where the text
    starts on that line (paragraphs glued together on one line share the line).
    """

    text: str
    line: int
    kind: str = "text"
    col: int = 1


@dataclass
class Article:
    """One ingested article: metadata and paragraphs, before any extraction."""

    id: str  # stable slug, from the file name
    file: str  # path of the seed file relative to seeds/, POSIX separators
    title: str  # headline, or a title derived from the text when it has none
    title_derived: bool  # True when the text has no headline and ``title`` was derived
    source: str | None  # outlet name ("RT", "The Telegraph") or None when unknown
    date: str | None  # publication date, ISO YYYY-MM-DD, or None
    url: str | None = None
    author: str | None = None
    image: str | None = None  # an image URL found in the text or front matter
    caption: str | None = None
    credit: str | None = None  # photographer credit of the caption
    timestamp: str | None = None  # full publication timestamp when the text gives one
    paragraphs: list[Paragraph] = field(default_factory=list)
    format: str = "text"  # "text" for scraped .txt, "markdown" for .md with front matter
    content_hash: str = ""  # sha256 of the file bytes
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an article from :func:`to_dict` output."""
        data = dict(data)
        data["paragraphs"] = [_build(Paragraph, p) for p in data.get("paragraphs", [])]
        data["diagnostics"] = [_build(Diagnostic, d) for d in data.get("diagnostics", [])]
        return _build(cls, data)


# -------------------------------------------------------------------------- extract


@dataclass(frozen=True)
class Mention:
    """Where a person is named in an article: surface text and position."""

    text: str  # exactly as in the text: "Sir Keir", "Mr Trump", "Starmer"
    para: int  # index into Article.paragraphs
    start: int  # character offsets of ``text`` in that paragraph
    end: int
    line: int  # source line of the paragraph


@dataclass
class ArticlePerson:
    """A person as one article knows them: all their mentions, one local key."""

    name: str  # the fullest name the article gives, without honorifics: "Keir Starmer"
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # roles the text states
    honorific: str | None = None  # "Sir", "Mr", "Sen." when the text uses one
    # True when the article never gives a full name (surname only), so resolve must decide.
    surname_only: bool = False

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ArticlePerson:
        """Rebuild from :func:`to_dict` output."""
        data = dict(data)
        data["mentions"] = [_build(Mention, m) for m in data.get("mentions", [])]
        return _build(cls, data)


@dataclass
class Quote:
    """One direct or partial quotation in one article."""

    text: str  # verbatim text between the marks
    speaker: str | None  # ArticlePerson.name in the same article, or None
    partial: bool  # a fragment embedded in the reporter's sentence
    para: int
    start: int  # offsets of ``text`` (inside the marks) in the paragraph
    end: int
    line: int
    verb: str | None = None  # the speech verb: "said", "told", "insisted"
    sentence: str = ""  # the sentence around it, for context
    source_desc: str | None = None  # "a Labour source" when the source is unnamed

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Quote:
        """Rebuild from :func:`to_dict` output."""
        return _build(cls, data)


@dataclass
class EventRef:
    """One real-world happening as one article reports it."""

    name: str  # "Munich Security Conference", "Starmer–Trump meeting"
    kind: str  # meeting, talks, conference, summit, rally, interview, speech, vote, death
    date: str | None  # YYYY, YYYY-MM or YYYY-MM-DD resolved against the publication date
    place: str | None
    participants: list[str]  # ArticlePerson.name values
    para: int
    line: int
    sentence: str = ""
    date_end: str | None = None  # last day of a range ("last week")

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> EventRef:
        """Rebuild from :func:`to_dict` output."""
        return _build(cls, data)


@dataclass
class Extraction:
    """Everything extracted from one article; a pure function of it and the options."""

    article: str  # Article.id
    people: list[ArticlePerson] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[EventRef] = field(default_factory=list)
    source: str | None = None  # an outlet inferred from the text ("told this newspaper")
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Extraction:
        """Rebuild from :func:`to_dict` output."""
        data = dict(data)
        data["people"] = [ArticlePerson.from_dict(p) for p in data.get("people", [])]
        data["quotes"] = [Quote.from_dict(q) for q in data.get("quotes", [])]
        data["events"] = [EventRef.from_dict(e) for e in data.get("events", [])]
        data["diagnostics"] = [_build(Diagnostic, d) for d in data.get("diagnostics", [])]
        return _build(cls, data)


# ------------------------------------------------------------------------- content


@dataclass
class ContentPage:
    """A curated Markdown file from content/ with its front matter."""

    kind: str  # "people", "events", "sources" or "pages"
    path: str  # relative to the site root
    slug: str
    meta: dict[str, Any]  # front matter
    body: str  # Markdown source
    body_line: int  # source line where the body starts
    html: str = ""  # rendered by the content stage, wiki-links resolved at link time


# ----------------------------------------------------------------- resolve and link


@dataclass(frozen=True)
class RoleRecord:
    """A role a person held, as stated by one article on its date."""

    title: str
    article: str
    date: str | None


@dataclass
class Person:
    """One real person across the whole corpus."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)  # every surface form and spelling
    roles: list[RoleRecord] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    summary: str | None = None  # curated one-line summary
    curated: ContentPage | None = None


@dataclass(frozen=True)
class QuoteReport:
    """One article's report of a quote."""

    article: str
    speaker: str | None  # person id as that article attributes it
    sentence: str
    line: int
    para: int
    start: int
    end: int
    verb: str | None
    text: str  # the exact wording in this article
    source_desc: str | None = None


@dataclass
class QuoteEntity:
    """The same words, however many articles report them."""

    id: str
    text: str
    speaker: str | None  # person id, or None for an unnamed source
    partial: bool
    date: str | None  # date of the earliest report
    reports: list[QuoteReport] = field(default_factory=list)
    variants: list[str] = field(default_factory=list)  # ids of near-identical quotes
    source_desc: str | None = None

    @property
    def articles(self) -> list[str]:
        """Ids of every article reporting it, in report order."""
        return list(dict.fromkeys(r.article for r in self.reports))


@dataclass
class Event:
    """One real-world happening across the corpus."""

    id: str
    name: str
    kind: str
    date: str | None
    place: str | None
    participants: list[str] = field(default_factory=list)  # person ids
    articles: list[str] = field(default_factory=list)
    sentences: list[tuple[str, str]] = field(default_factory=list)  # (article id, sentence)
    date_end: str | None = None
    curated: ContentPage | None = None


@dataclass
class Source:
    """An outlet and the articles it published."""

    id: str
    name: str
    articles: list[str] = field(default_factory=list)
    description: str | None = None
    country: str | None = None
    ownership: str | None = None  # e.g. "state-affiliated"
    url: str | None = None
    curated: ContentPage | None = None
