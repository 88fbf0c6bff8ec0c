"""Photo captions and photographer credits, as scrapers leave them in the text.

Forms read (offsets are kept so each part gets its own column):

* a caption with a credit after a separator: "... Munich Security Conference - Tom
  Pullen/Tom Pullen", "Trump in Ohio | AFP via Getty Images";
* a caption with a parenthesised credit: "... in Washington. (AP Photo/Evan Vucci)";
* a caption with a labelled credit: "... in Munich. Photograph: Tom Pullen/Reuters";
* a labelled line: "Image: ...", "Photo: ...", "Caption: ...", "Credit: ...";
* a credit alone on its line: "Getty Images", "(AP Photo/Evan Vucci)".

A credit without a label must look like one: a name with a slash ("Tom Pullen/Reuters")
or a photo word ("Getty Images", "AP Photo"), so an outlet suffix on a headline
("— RT World News") is never taken for a credit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.ingest.text import looks_like_name, word_count

# Words that only ever appear in photo credits.
# fmt: off
_PHOTO_WORDS = frozenset({
    "getty", "images", "photo", "photos", "photograph", "photographs", "photography", "picture",
    "pictures", "shutterstock", "alamy", "pool", "handout", "courtesy", "wire",
})
# fmt: on
_CREDIT_LABEL = re.compile(
    r"(?:photo(?:graph)?s?\s+credit|image\s+credit|picture\s+credit|credits?|"
    r"photograph(?:s|y)?|photos?|pictures?|images?)\s*:\s*",
    re.IGNORECASE,
)
_LINE_LABEL = re.compile(r"(?P<label>caption|image|photo|picture)\s*:\s*", re.IGNORECASE)
_SEPARATORS = (" - ", " – ", " — ", " | ")
_MAX_CREDIT_WORDS = 8
_MAX_CAPTION_WORDS = 60


@dataclass(frozen=True)
class Figure:
    """A caption and/or credit, with offsets into the line they came from."""

    caption: str | None = None
    caption_at: int = 0
    credit: str | None = None
    credit_at: int = 0


def looks_like_credit(text: str, *, labelled: bool = False) -> bool:
    """True for a photo credit; unlabelled ones need a slash or a photo word."""
    text = text.strip()
    if not looks_like_name(text, max_words=_MAX_CREDIT_WORDS):
        return False
    if labelled:
        return True
    return "/" in text or _has_photo_word(text)


def dedupe_credit(credit: str) -> str:
    """Drop a name repeated around a slash: "Tom Pullen/Tom Pullen" → "Tom Pullen".

    The result is always a prefix of ``credit``, so its column stays right.
    """
    first, slash, second = credit.partition("/")
    if slash and first.strip().casefold() == second.strip().casefold():
        return first.rstrip()
    return credit


def parse_figure_line(line: str, *, loose: bool = False) -> Figure | None:
    """Caption and credit of a line that is plainly a figure line, else ``None``.

    ``line`` is already stripped. ``loose`` (at the top of an article or right after an
    image) also accepts a bare "Name/Name" credit line, which elsewhere could be prose.
    """
    label = _LINE_LABEL.match(line)
    if label:
        return _labelled(line, label)
    credit = credit_only(line, loose=loose)
    if credit is not None:
        return credit
    return split_caption(line, 0)


def credit_only(line: str, *, loose: bool = False) -> Figure | None:
    """A line that is only a credit: "Getty Images", "Credit: Jane Doe", "(AP Photo/X)"."""
    label = _CREDIT_LABEL.match(line)
    at = label.end() if label else 0
    end = len(line)
    if line.startswith("(", at) and line.endswith(")"):
        at, end = at + 1, end - 1
    body = line[at:end]
    if not looks_like_credit(body, labelled=label is not None):
        return None
    credit = dedupe_credit(body.strip())
    if label is None and not loose and credit == body.strip() and not _has_photo_word(body):
        return None  # "Israel/Gaza Conflict" in the body is a heading, not a credit
    return Figure(credit=credit, credit_at=at)


def split_caption(text: str, offset: int, *, labelled: bool = False) -> Figure | None:
    """``text`` as caption plus trailing credit, or ``None`` when no credit ends it.

    ``offset`` is added to the returned offsets (where ``text`` sits in its line).
    ``labelled`` (the line said "Image:") lets any short name in brackets be the credit:
    "Image: Trump at a rally (AP)".
    """
    if word_count(text) > _MAX_CAPTION_WORDS + _MAX_CREDIT_WORDS:
        return None
    for finder in (_parenthesised, _labelled_credit, _separated):
        found = finder(text, labelled)
        if found is not None:
            cut, start, end = found
            caption = text[:cut].rstrip()
            if not caption:
                return None
            credit = dedupe_credit(text[start:end].strip())
            return Figure(caption, offset, credit, offset + start)
    return None


def _has_photo_word(text: str) -> bool:
    return bool({w.strip("()").lower() for w in re.split(r"[\s/]+", text)} & _PHOTO_WORDS)


def _labelled(line: str, label: re.Match[str]) -> Figure | None:
    """Lines labelled "Image: <caption>[ credit]" or "Photo: <credit>"."""
    rest_at = label.end()
    rest = line[rest_at:]
    if not rest.strip():
        return None
    short_name = looks_like_name(rest, max_words=3)
    if label.group("label").lower() != "caption" and (looks_like_credit(rest) or short_name):
        return Figure(credit=dedupe_credit(rest.strip()), credit_at=rest_at)
    figure = split_caption(rest, rest_at, labelled=True)
    return figure or Figure(caption=rest.strip(), caption_at=rest_at)


def _parenthesised(text: str, labelled: bool) -> tuple[int, int, int] | None:
    if not text.endswith(")"):
        return None
    start = text.rfind("(")
    inner = text[start + 1 : -1]
    if start <= 0 or not (looks_like_credit(inner) or (labelled and looks_like_name(inner, 4))):
        return None
    return start, start + 1, len(text) - 1


def _labelled_credit(text: str, _labelled: bool) -> tuple[int, int, int] | None:
    # Search only the tail: a credit is short, and long lines stay linear.
    tail_from = max(0, len(text) - 120)
    for match in _CREDIT_LABEL.finditer(text, tail_from):
        after_space = match.start() > 0 and text[match.start() - 1].isspace()
        if after_space and looks_like_credit(text[match.end() :], labelled=True):
            return match.start(), match.end(), len(text)
    return None


def _separated(text: str, _labelled: bool) -> tuple[int, int, int] | None:
    cut = max(text.rfind(sep) for sep in _SEPARATORS)
    if cut <= 0 or not looks_like_credit(text[cut + 3 :]):
        return None
    return cut, cut + 3, len(text)
