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
from generator.model import Quote

_OPEN_D, _CLOSE_D = "“„«", "”»"
_TITLE_CUES = re.compile(
    r"(?:so-called|nicknamed|dubbed|known as|titled|entitled|headlined|the word|the words|"
    r"the term|the phrase|hashtag|slogan|book|film|song|album|show|series|podcast|documentary"
    r"|novel|play|programme|program|report|article|column|op-ed|essay|headline|banner)\s*$",
    re.IGNORECASE,
)


_DOUBLE_MARK = re.compile('[“„«”»"]')


def _double_spans(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, closed) of the text inside each pair of double marks."""
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for m in _DOUBLE_MARK.finditer(text):
        i, ch = m.start(), m.group()
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


# A label given, not words said: "rates the stock “hold”", "rated it “outperform”".
_RATED = re.compile(r"\b(?:rates|rated|rating|rate|upgraded|downgraded|cut|raised)\s+"
                    r"(?:(?:the|its|their|it|them)\s+)?(?:(?:stock|shares|company|bank|group)\s+)?"
                    r"(?:(?:to|at|as|a|an)\s+)?[“\"‘']?$")
# A name used as a modifier: "whose members run a “souls to the polls” program".
_NAMED_BEFORE = re.compile(r"\b(?:a|an|the|its|their|our|his|her)\s*$", re.IGNORECASE)
_NAMED_AFTER = re.compile(
    r"\s*(?:program|programme|campaign|initiative|movement|policy|strategy|scheme|slogan|"
    r"project|drive|tour|festival|event|series|plan|rule|doctrine|model|approach)s?\b")


def _is_title(inner: str, before: str, after: str) -> bool:
    """Titles, names and nicknames in quotation marks, which nobody is reported saying."""
    if _TITLE_CUES.search(before, max(0, len(before) - 60)):
        return True
    if _RATED.search(before, max(0, len(before) - 50)) and len(inner.split()) <= 2:
        return True  # an analyst's rating: "who rates the stock “hold”"
    if _NAMED_BEFORE.search(before, max(0, len(before) - 8)) and _NAMED_AFTER.match(after) \
            and not re.search(r"[.!?,]\W*$", inner):
        return True
    words = re.findall(r"[^\W\d_][\w’'\-]*", inner)
    if before.rstrip().split()[-1:] and before.rstrip()[-1:].isalpha() and \
            before.rstrip().split()[-1][0].isupper() and after[:2].strip()[:1].isupper():
        return True  # a nickname between given name and surname: Dwayne "The Rock" Johnson
    long_words = [w for w in words if len(w) > 3]
    if not (long_words and len(words) <= 8 and all(w[0].isupper() for w in long_words)
            and before.strip() != "" and not before.rstrip().endswith(":")):
        return False
    if not re.search(r"[.!?,]\W*$", inner):
        return True
    # American style puts the comma inside the marks: “The Salt Orchard,” a novel ...
    # A title has two words or more and no speech verb after it (“Disgraceful,” he said).
    following = re.findall(r"[a-z]+", after[:40].lower())[:3]
    return (len(words) >= 2 and not re.search(r"[!?]\W*$", inner)
            and not re.search(r"[.!?”\"]\s*$", before)  # not a sentence of its own
            and not any(w in lexicon.speech_verb_forms() for w in following))


def _partial(text: str, start: int, prev_end: int, sent_start: int) -> bool:
    """True when the quote is a fragment embedded in the reporter's own sentence."""
    before = text[max(prev_end, sent_start):start - 1]
    stripped = before.strip()
    if not stripped or stripped.endswith(":"):
        return False
    words = re.findall(r"[\w’']+", stripped.lower())
    if words and words[-1] in lexicon.speech_verb_forms() and text[start:start + 1].isupper():
        return False  # He said "No way."
    # "he said, “...”" or the second half of a split quote is whole
    return not (stripped.endswith(",") and len(words) <= 8
                and any(w in lexicon.speech_verb_forms() for w in words[-4:]))


def _sentence(text: str, sentences: list[tuple[int, int]], start: int, end: int) -> str:
    spans = [s for s in sentences if s[0] < end and s[1] > start - 1]
    if not spans:
        return text.strip()
    return text[spans[0][0]:spans[-1][1]].strip()


def find_quotes(state: ExtractState) -> None:
    """Find every quotation in the article and append it to ``state.quotes``."""
    paras = state.article.paragraphs
    marked = [_DOUBLE_MARK.search(p.text) is not None for p in paras]
    any_double = any(marked)
    for index, para in enumerate(paras):
        text = para.text
        # a paragraph without double marks in an article with them is a headline-style
        # standfirst, whose quotes take single marks: "… on a ‘sustainable path’"
        double = any_double and marked[index] and not _singles_outside(text)
        spans = _double_spans(text) if double else _single_spans(text)
        if not spans:
            continue
        sentences = state.sentences(index)
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
                sentence=_sentence(text, sentences, start, end),
            ))
            if any_double:
                state.quotes += _reported_inside(text, index, para.line, s_start, s_end,
                                                 state.quotes[-1].sentence, double)
            prev_end = end + 1


def _singles_outside(text: str) -> bool:
    """True for a paragraph quoted in single marks with double ones nested inside, as
    tabloids write: 'The doctor said, "Keep him warm." How am I supposed to?'"""
    if "‘" not in text and " '" not in text and not text.startswith("'"):
        return False  # no opening single mark: apostrophes only
    singles = _single_spans(text)
    return bool(singles) and all(any(s <= m.start() < e for s, e, _ in singles)
                                 for m in _DOUBLE_MARK.finditer(text))


def _reported_inside(text: str, para: int, line: int, start: int, end: int,
                     sentence: str, double: bool = True) -> list[Quote]:
    """Quotes reported inside a quote: “She used to say, ‘Nobody ever drained a swamp’”.

    Only a nested quote set off by a comma or colon after a speech verb of its clause
    counts ("… and say, ‘…’", "The last thing she said to me was, ‘…’"); single marks
    around a word or a title inside a quote ("the ‘special relationship’") are not
    reported speech.
    """
    out = []
    inner = text[start:end]
    for s, e, _ in _single_spans(inner) if double else _double_spans(inner):
        lead = text[start:start + s - 1]
        if not lead.rstrip().endswith((",", ":")):
            continue
        clause = re.split(r"[.!?]\s", lead)[-1]
        if any(w in lexicon.speech_verb_forms() for w in re.findall(r"[a-z]+", clause.lower())):
            out.append(Quote(text=text[start + s:start + e], speaker=None, partial=False,
                             para=para, start=start + s, end=start + e, line=line,
                             sentence=sentence))
    return out
