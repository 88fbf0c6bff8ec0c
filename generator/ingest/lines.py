"""What a single line is when it is not article text.

:func:`classify_line` is pure: it looks at one stripped line and says whether it is
boilerplate, a bare URL, a date or timestamp, a byline, or a photo caption/credit.
``None`` means the line is article text. The layout walk decides what to do with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.boilerplate import Boilerplate
from generator.ingest.captions import Figure, parse_figure_line, split_caption
from generator.ingest.dates import (
    PRIORITY_PLAIN,
    FoundDate,
    is_relative_time,
    iso_date_prefix,
    parse_date_line,
    split_trailing_date,
)
from generator.ingest.text import ends_clause, looks_like_name, word_count

_URL = re.compile(r"(?:(?:image|photo|picture)\s*:\s*)?(?P<url>https?://\S+)", re.IGNORECASE)
# fmt: off
_IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg", ".bmp",
                     ".tif", ".tiff")
# fmt: on
_BYLINE = re.compile(
    r"(?:by|written\s+by|words\s+by|(?:additional\s+)?reporting\s+by|author)\s*:?\s+",
    re.IGNORECASE,
)
_BYLINE_SEPARATORS = re.compile(r",|;|\|| [-–—] ")
# Reuters-style sign-offs after the byline names: "; Editing by Jane Doe".
_CREDIT_ROLE = re.compile(
    r"(?:additional\s+)?(?:reporting|editing|writing)\s+by\s+.*", re.IGNORECASE
)
# "Jane Doe, John Roe and Ann Poe": more names after the first one's comma.
_MORE_NAMES = re.compile(r"(?:[^,]+,\s*)*[^,]+?\s+and\s+[^,]+")
_MAX_BYLINE = 150
_MAX_DATED_CAPTION_WORDS = 40


@dataclass(frozen=True)
class LineMeta:
    """A line that is not article text, and what it holds.

    ``kind`` is one of ``boilerplate``, ``url``, ``image``, ``date``, ``byline``,
    ``figure`` (a caption and/or credit) or ``dated_text`` (a date prefix before text
    that stays a paragraph from ``text_at``).
    """

    kind: str
    url: str | None = None
    date: FoundDate | None = None
    author: str | None = None
    figure: Figure | None = None
    text_at: int = 0


def classify_line(text: str, boiler: Boilerplate, *, head: bool, loose: bool) -> LineMeta | None:
    """What the stripped line ``text`` is, or ``None`` when it is article text.

    ``head`` is True before the first paragraph of text (where a date prefix may carry a
    caption); ``loose`` is True where a bare "Name/Name" line can only be a credit.
    """
    if boiler.matches(text) or is_relative_time(text):
        return LineMeta("boilerplate")
    url = bare_url(text)
    if url is not None:
        return LineMeta("image" if is_image_url(url) else "url", url=url)
    found = parse_date_line(text)
    if found is not None:
        return LineMeta("date", date=found)
    dated = _dated_line(text, head)
    if dated is not None:
        return dated
    dated_byline = split_trailing_date(text)  # "By Jane Doe - 02/23/25 12:14 PM ET"
    if dated_byline is not None and (author := parse_byline(dated_byline[0])) is not None:
        return LineMeta("byline", author=author, date=dated_byline[1])
    author = parse_byline(text)
    if author is not None:
        return LineMeta("byline", author=author)
    figure = parse_figure_line(text, loose=loose)
    if figure is not None:
        return LineMeta("figure", figure=figure)
    return None


def bare_url(text: str) -> str | None:
    """The URL when the whole line is one (optionally labelled "Image:")."""
    plain = " " not in text and "://" in text[:16]
    if not plain and not text.lower().startswith(("image", "photo", "picture")):
        return None
    match = _URL.fullmatch(text)
    return match.group("url") if match else None


def is_image_url(url: str) -> bool:
    """True when the URL's path ends in an image file extension."""
    path = url.split("?", 1)[0].split("#", 1)[0].lower()
    return path.endswith(_IMAGE_EXTENSIONS)


def parse_byline(text: str) -> str | None:
    """The author names of a byline ("By Jane Doe and John Roe, Associated Press")."""
    match = _BYLINE.match(text)
    if not match or len(text) > _MAX_BYLINE:
        return None
    rest = text[match.end() :]
    cut = _BYLINE_SEPARATORS.search(rest)
    name = (rest[: cut.start()] if cut else rest).strip()
    tail = rest[cut.end() :].strip() if cut else ""
    if word_count(name) < 2 or not looks_like_name(name, max_words=8):
        return None
    if cut and cut.group() == "," and _MORE_NAMES.fullmatch(tail) and all(
            2 <= word_count(part) <= 4 and looks_like_name(part, max_words=4)
            for part in re.split(r",\s*|\s+and\s+", tail)):
        return f"{name}, {tail}"  # "By Jane Doe, John Roe and Ann Poe"
    if tail and not (_is_affiliation(tail) or _CREDIT_ROLE.fullmatch(tail)):
        return None
    return name


def _is_affiliation(text: str) -> bool:
    """What follows the names: an outlet or a job ("Associated Press", "Political
    reporter"), short, capitalised, not a sentence."""
    return text[0].isupper() and word_count(text) <= 6 and not ends_clause(text)


def _dated_line(text: str, head: bool) -> LineMeta | None:
    """A date prefix before more text: "date 2024-02-17 <caption> - <credit>".

    Without a label the prefix is only trusted at the top of the article. What follows
    is a caption when it ends in a credit or is caption-sized, else it stays text.
    """
    prefixed = iso_date_prefix(text)
    if prefixed is None:
        return None
    found, rest_at = prefixed
    if not head and found.priority == PRIORITY_PLAIN:
        return None
    rest = text[rest_at:]
    figure = split_caption(rest, rest_at)
    if figure is None and head and word_count(rest) <= _MAX_DATED_CAPTION_WORDS:
        figure = Figure(caption=rest, caption_at=rest_at)
    if figure is not None:
        return LineMeta("figure", date=found, figure=figure)
    return LineMeta("dated_text", date=found, text_at=rest_at)
