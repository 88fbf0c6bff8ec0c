"""Extraction rule ``quotes``: direct and partial quotations, verbatim, with offsets.

Double marks (curly or straight) delimit quotes; single marks nest inside them, and are
only taken as the outer marks in an article that uses no double marks at all. Apostrophes
inside words ("didn’t", "Tories’") are never marks. Marks are paired per paragraph, so an
unbalanced mark cannot derail the rest of the article; a paragraph that ends inside a quote
continues it, by the newspaper convention, in the next paragraph that opens with a mark.
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.state import ExtractState
from generator.extract.text import sentence_spans
from generator.model import Quote

_OPEN_D, _CLOSE_D = "“„«", "”»"
_TITLE_CUES = re.compile(
    r"(?:so-called|nicknamed|dubbed|known as|titled|entitled|headlined|the word|the words|"
    r"the term|the phrase|hashtag|slogan|book|film|song|album|show|series|podcast|documentary"
    r"|novel|play|programme|program|report|article|column|op-ed|essay|headline|banner)\s*$",
    re.IGNORECASE,
)


def _double_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the text inside each pair of double marks."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for i, ch in enumerate(text):
        if ch in _OPEN_D or (ch == '"' and open_at is None):
            open_at = i + 1  # an unclosed earlier mark is dropped: resynchronise here
        elif (ch in _CLOSE_D or ch == '"') and open_at is not None:
            if i > open_at:
                spans.append((open_at, i, True))
            open_at = None
    if open_at is not None and text[open_at:].strip():
        end = len(text.rstrip())
        spans.append((open_at, end, False))
    return spans


def _single_spans(text: str) -> list[tuple[int, int, bool]]:
    """Quotes in single marks ‘…’ for articles that use them as the outer marks."""
    spans = []
    for m in re.finditer(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\S)(.+?)(?<=\S)[’'](?![\w])", text):
        spans.append((m.start(1), m.end(1), True))
    return spans


def _strip_nested(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop single marks that wrap the whole quote: “‘You didn’t pay?’” → You didn’t pay?"""
    inner = text[start:end]
    if len(inner) > 2 and inner[0] in "‘'" and inner.rstrip()[-1] in "’'":
        return start + 1, start + len(inner.rstrip()) - 1
    return start, end


def _is_title(inner: str, before: str, after: str) -> bool:
    """Titles, names and nicknames in quotation marks, which nobody is reported saying."""
    if _TITLE_CUES.search(before):
        return True
    words = re.findall(r"[^\W\d_][\w’'\-]*", inner)
    if before.rstrip().split()[-1:] and before.rstrip()[-1:].isalpha() and \
            before.rstrip().split()[-1][0].isupper() and after[:2].strip()[:1].isupper():
        return True  # a nickname between given name and surname: Dwayne "The Rock" Johnson
    long_words = [w for w in words if len(w) > 3]
    return (bool(long_words) and len(words) <= 8 and not re.search(r"[.!?,]\W*$", inner)
            and all(w[0].isupper() for w in long_words) and before.strip() != ""
            and not before.rstrip().endswith(":"))


def _partial(text: str, start: int, prev_end: int, sent_start: int) -> bool:
    """True when the quote is a fragment embedded in the reporter's own sentence."""
    before = text[max(prev_end, sent_start):start - 1]
    stripped = before.strip()
    if not stripped or stripped.endswith(":"):
        return False
    words = re.findall(r"[\w’']+", stripped.lower())
    if words and words[-1] in lexicon.speech_verb_forms() and text[start:start + 1].isupper():
        return False  # He said "No way."
    if stripped.endswith(","):
        if any(w in lexicon.speech_verb_forms() for w in words[-4:]) and len(words) <= 8:
            return False  # "he said, “...”" or the second half of a split quote
    return True


def _sentence(text: str, start: int, end: int) -> str:
    spans = [s for s in sentence_spans(text) if s[0] < end and s[1] > start - 1]
    if not spans:
        return text.strip()
    return text[spans[0][0]:spans[-1][1]].strip()


def find_quotes(state: ExtractState) -> None:
    """Find every quotation in the article and append it to ``state.quotes``."""
    paras = state.article.paragraphs
    any_double = any(ch in '“”"„«»' for p in paras for ch in p.text)
    for index, para in enumerate(paras):
        text = para.text
        spans = _double_spans(text) if any_double else _single_spans(text)
        sentences = sentence_spans(text)
        prev_end = 0
        for start, end, _closed in spans:
            s_start, s_end = _strip_nested(text, start, end)
            inner = text[s_start:s_end]
            if not inner.strip():
                continue
            before, after = text[:start - 1], text[end + 1:]
            if _is_title(inner, before, after):
                prev_end = end + 1
                continue
            sent_start = max((s for s, _ in sentences if s <= start - 1), default=0)
            state.quotes.append(Quote(
                text=inner, speaker=None,
                partial=_partial(text, start, prev_end, sent_start),
                para=index, start=s_start, end=s_end, line=para.line,
                sentence=_sentence(text, start, end),
            ))
            prev_end = end + 1
