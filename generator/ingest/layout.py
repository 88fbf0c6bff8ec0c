"""The layout of a scraped plain-text article, read top to bottom.

The walk keeps one flag, ``head``: True until the first line of article text. In the
head a line may be the headline; everywhere a line may be page furniture (boilerplate,
URLs, dates, bylines, captions), which :func:`classify_line` recognises. Runs of text
lines between blank lines become paragraphs: one per line (scrapes put a paragraph on
each line), or one per run when the run is hard-wrapped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.errors import Diagnostic
from generator.ingest.boilerplate import Boilerplate
from generator.ingest.captions import Figure
from generator.ingest.dates import FoundDate, note_date
from generator.ingest.lines import LineMeta, classify_line
from generator.ingest.outlets import looks_like_outlet, split_outlet
from generator.ingest.paragraphs import is_hard_wrapped, mark_headings, split_glued
from generator.ingest.text import (
    ends_clause,
    ends_sentence,
    leading_space,
    looks_like_name,
    normalise_space,
    word_count,
)
from generator.model import Paragraph

#: A headline without an outlet suffix has at most this many words.
HEADLINE_WORDS = 20
_MAX_CAPTION_AFTER_CREDIT = 40  # words of a caption line that follows its credit line
# "WASHINGTON (AP) —", "KYIV, Ukraine (Reuters) -": a wire dateline names the agency.
_DATELINE = re.compile(
    r"[A-Z][A-Z.'\- ]{1,40}(?:,[ ][\w. ]{1,30})?"
    r"[ ]\((?P<agency>[A-Z][\w&.]{0,20}(?:[ ][A-Z][\w&.]{0,20}){0,2})\)[ ]?[—–-]"
)


@dataclass
class Draft:
    """Everything found in one article so far; the layout rules fill it in."""

    title: str | None = None
    source: str | None = None
    url: str | None = None
    author: str | None = None
    image: str | None = None
    caption: str | None = None
    credit: str | None = None
    dates: list[FoundDate] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    # Bare non-image URLs with the number of paragraphs before them.
    urls: list[tuple[int, str]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add_meta(self, meta: LineMeta, line: int, col: int) -> None:
        """Record what a non-text line holds; captions and credits become paragraphs."""
        if meta.date is not None:
            self.dates.append(meta.date)
            self.source = self.source or meta.date.outlet
        if meta.kind == "image" and self.image is None:
            self.image = meta.url
        elif meta.kind == "url" and meta.url:
            self.urls.append((len(self.paragraphs), meta.url))
        elif meta.kind == "byline" and self.author is None:
            self.author = meta.author
        if meta.figure is not None:
            self.add_figure(meta.figure, line, col)

    def add_figure(self, figure: Figure, line: int, col: int) -> None:
        """A caption and/or credit as paragraphs; the first of each is the article's."""
        if figure.caption:
            self.paragraphs.append(
                Paragraph(figure.caption, line, "caption", col + figure.caption_at)
            )
            if self.caption is None:
                self.caption = figure.caption
                self.credit = self.credit if figure.credit is None else figure.credit
        if figure.credit:
            self.paragraphs.append(Paragraph(figure.credit, line, "credit", col + figure.credit_at))
            self.credit = self.credit or figure.credit

    def finish(self, guess_headings: bool = True) -> None:
        """Settle what needs the whole article: headings, the URL, a dateline source.

        ``guess_headings`` is False for Markdown, whose headings are marked up.
        """
        if guess_headings:
            self.paragraphs = mark_headings(self.paragraphs)
        # A bare URL above or below the text is the article's; one inside it is a link.
        text_at = [i for i, p in enumerate(self.paragraphs) if p.kind == "text"]
        head, tail = (text_at[0], text_at[-1]) if text_at else (0, -1)
        outside = (u for n, u in self.urls if n <= head or n > tail)
        self.url = self.url or next(outside, None)
        if self.source is None and text_at:
            match = _DATELINE.match(self.paragraphs[head].text)
            self.source = match.group("agency") if match else None
        if self.source is not None and _DOMAIN.fullmatch(self.source):
            self.source = _outlet_of_domain(self.source, self) or self.source
        if not self.dates:  # only "2 hours ago" at the top: an editor's note may date it
            notes = (note_date(p.text) for p in self.paragraphs if p.kind == "text")
            self.dates = [found for found in notes if found is not None][:1]

    def best_date(self) -> FoundDate | None:
        """The date with the strongest label; the first one among equals."""
        return max(self.dates, key=lambda d: d.priority, default=None)


# A bare domain as the outlet ("tulsaworld.com"), and the capitalised runs that may spell it.
_DOMAIN = re.compile(r"(?:www\.)?(?P<stem>[a-z0-9-]+)\.(?:com|co\.uk|org|net|news)", re.IGNORECASE)
_CAPITALISED_RUN = re.compile(r"[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,3}")


def _outlet_of_domain(domain: str, draft: Draft) -> str | None:
    """The outlet's name as the page prints it for a domain: "Tulsa World" in a byline or
    credit for "tulsaworld.com"."""
    match = _DOMAIN.fullmatch(domain)
    stem = match.group("stem").lower().replace("-", "") if match else ""
    texts = [draft.author or "", draft.credit or ""] + [p.text for p in draft.paragraphs]
    for text in texts:
        for run in _CAPITALISED_RUN.finditer(text):
            words = run.group().split()
            for i in range(len(words)):  # "Dakota Whitehorse-Ames Tulsa World"
                if "".join(words[i:]).lower().replace("-", "") == stem and len(words) - i >= 2:
                    return " ".join(words[i:])
    return None


def layout_text(text: str, boiler: Boilerplate) -> Draft:
    """Read a plain-text article into a :class:`Draft`."""
    walk = _TextWalk(text.split("\n"), boiler)
    walk.run()
    walk.draft.finish()
    return walk.draft


_NAME_RUN = re.compile(r"[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+)+")


def _names_others(line: str, author: str | None) -> bool:
    """Whether a byline ``line`` names someone the article's ``author`` does not."""
    if author is None:
        return False
    return any(name not in author for name in _NAME_RUN.findall(line))


def _is_bare_name(text: str) -> bool:
    """Two to four capitalised words and nothing else: "Jane Doe"."""
    return 2 <= word_count(text) <= 4 and looks_like_name(text, max_words=4)


#: An outlet line under the author's name is short: "The Columbus Dispatch", "USA TODAY".
_OUTLET_LINE_WORDS = 5
#: How far below a first line its date line may be for the line to be the headline.
_LINES_TO_DATE = 3


class _TextWalk:
    """One pass over the lines; ``block`` collects the current run of text lines."""

    def __init__(self, lines: list[str], boiler: Boilerplate) -> None:
        self.lines = lines
        self.boiler = boiler
        self.draft = Draft()
        self.head = True
        self.after_figure = False
        self.block: list[int] = []

    def run(self) -> None:
        index = 0
        while index < len(self.lines):
            index = self.step(index)
        self.flush()

    def step(self, index: int) -> int:
        """Handle the line at ``index``; return the index of the next line to read."""
        raw = self.lines[index]
        text = raw.strip()
        if not text:
            self.flush()
            return index + 1
        meta = self.classify(text)
        if meta is not None:
            self.flush()
            return self.take_meta(meta, index)
        if self.head and self.draft.title is None and self.is_headline(index, text):
            title, outlet = split_outlet(normalise_space(text))
            self.draft.title, self.draft.source = title, outlet
            return index + 1
        if self.head and self.is_author_line(index, text):
            self.draft.author = normalise_space(text)
            below = self.next_nonblank(index + 1)
            if below is not None and self.is_outlet_line(below):
                # "Jane Doe" then "The Columbus Dispatch": the outlet she writes for
                outlet = normalise_space(self.lines[below])
                self.draft.source = self.draft.source or outlet
                return below + 1
            return index + 1
        self.head = self.after_figure = False
        self.block.append(index)
        return index + 1

    def classify(self, text: str) -> LineMeta | None:
        return classify_line(
            text, self.boiler, head=self.head, loose=self.head or self.after_figure
        )

    def take_meta(self, meta: LineMeta, index: int) -> int:
        raw = self.lines[index]
        col = leading_space(raw) + 1
        if meta.kind == "byline" and _names_others(raw, self.draft.author):
            # a sign-off under the story ("…; Editing by Jane Doe") naming people the
            # byline at the top does not: kept as a credit, so they are not lost
            self.draft.paragraphs.append(
                Paragraph(normalise_space(raw), index + 1, "credit", col))
            return index + 1
        self.draft.add_meta(meta, index + 1, col)
        if meta.kind == "dated_text":
            self.head = False
            self.emit([index], first_offset=meta.text_at)
        self.after_figure = meta.kind in ("image", "figure")
        figure = meta.figure
        bare_credit = figure is not None and not figure.caption and figure.credit_at == 0
        if bare_credit and self.draft.caption is None:
            return self.caption_below_credit(index)
        return index + 1

    def caption_below_credit(self, index: int) -> int:
        """A credit alone on its line ("Getty Images") with the caption right under it,
        as on BBC-style pages. The caption is short and has no full stop, which sets it
        apart from a paragraph."""
        below = index + 1
        if below >= len(self.lines) or not self.lines[below].strip():
            return below
        text = self.lines[below].strip()
        if (
            self.classify(text) is not None
            or word_count(text) > _MAX_CAPTION_AFTER_CREDIT
            or ends_sentence(text)
        ):
            return below
        col = leading_space(self.lines[below]) + 1
        self.draft.add_figure(Figure(caption=normalise_space(text)), below + 1, col)
        return below + 1

    def is_headline(self, index: int, text: str) -> bool:
        """An outlet suffix makes a headline; otherwise it must be short, end without
        sentence punctuation and be followed by body text."""
        if split_outlet(text)[1] is not None:
            return True
        if word_count(text) > HEADLINE_WORDS or ends_clause(text) or not text[0].isupper():
            return False
        if self.next_nonblank(0) == index and self.date_line_near(index + 1):
            return True  # the page's first line, a standfirst and a byline above the date
        below, following = self.next_text(index + 1)
        if following is not None and _is_bare_name(following):
            below, following = self.next_text(below + 1)  # the author's name
            if following is not None and self.is_outlet_line(below):
                below, following = self.next_text(below + 1)  # and the outlet's
        return following is not None and (
            ends_sentence(following) or word_count(following) > word_count(text)
        )

    def is_author_line(self, index: int, text: str) -> bool:
        """A bare name under the headline, followed by page furniture (a date line):
        "Jane Doe" on its own line is the author, not the first paragraph."""
        if self.draft.title is None or self.draft.author is not None:
            return False
        if not _is_bare_name(text):
            return False
        below = self.next_nonblank(index + 1)
        if below is not None and self.is_outlet_line(below):
            return True
        return below is not None and self.classify(self.lines[below].strip()) is not None

    def date_line_near(self, start: int) -> bool:
        """Whether one of the next few non-blank lines from ``start`` is a date line."""
        seen = 0
        for index in range(start, len(self.lines)):
            text = self.lines[index].strip()
            if not text:
                continue
            meta = self.classify(text)
            if meta is not None and meta.date is not None:
                return True
            seen += 1
            if seen == _LINES_TO_DATE:
                return False
        return False

    def next_nonblank(self, start: int) -> int | None:
        """Index of the next line with any text from ``start``."""
        return next((i for i in range(start, len(self.lines)) if self.lines[i].strip()), None)

    def is_outlet_line(self, index: int) -> bool:
        """A short outlet name alone on its line with page furniture (a date) right under
        it: "The Columbus Dispatch" between the author's name and "Published …"."""
        text = self.lines[index].strip()
        if word_count(text) > _OUTLET_LINE_WORDS or not looks_like_outlet(text):
            return False
        below = self.next_nonblank(index + 1)
        return below is not None and self.classify(self.lines[below].strip()) is not None

    def next_text(self, start: int) -> tuple[int, str | None]:
        """Index and text of the next line of article text from ``start``."""
        for index in range(start, len(self.lines)):
            text = self.lines[index].strip()
            if text and self.classify(text) is None:
                return index, text
        return len(self.lines), None

    def flush(self) -> None:
        """Turn the collected run of text lines into paragraphs."""
        if not self.block:
            return
        if is_hard_wrapped([self.lines[i] for i in self.block]):
            self.emit(self.block)
        else:
            for index in self.block:
                self.emit([index])
        self.block = []

    def emit(self, indices: list[int], first_offset: int = 0) -> None:
        """Paragraphs from lines that form one paragraph, split where glued."""
        pieces: list[list[str]] = []
        starts: list[tuple[int, int]] = []
        for number, index in enumerate(indices):
            raw = self.lines[index]
            lead = leading_space(raw)
            body = raw.strip()[first_offset if number == 0 else 0 :]
            offset0 = lead + (first_offset if number == 0 else 0)
            for piece_number, (offset, piece) in enumerate(split_glued(body)):
                if piece_number == 0 and pieces:
                    pieces[-1].append(piece)
                    continue
                pieces.append([piece])
                col = offset0 + offset + leading_space(piece) + 1
                starts.append((index + 1, col))
        for parts, (line, col) in zip(pieces, starts):
            text = normalise_space(" ".join(parts))
            if text:
                self.draft.paragraphs.append(Paragraph(text, line, "text", col))
