"""Extraction rule ``speakers``: who said each quote, with the verb and the source.

Attribution is looked for nearest-first: an attribution right after the closing mark
("…,” Starmer told reporters", "…,” said Sen. Doe"), then the nearest speech verb or
speech noun before the quote in its sentence and that verb's subject ("Lavrov insisted
that …", "the former president’s warning that …", "according to X"), then a speech verb
later in the sentence, then the subject of the sentence. Pronouns and descriptions are
resolved by :mod:`generator.extract.discourse`. A quote with no attribution of its own
inherits from the quote it continues or from its neighbours; a fragment nobody is
reported as saying (a scare quote) is dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract import lexicon
from generator.extract.discourse import build_references, sentence_of
from generator.extract.state import ExtractState, Reference
from generator.model import Quote

_FILLER = re.compile(
    r"(?:[’']s?)?(?:\s*,[^,“”\"]{0,160},)?\s*,?\s*(?:(?:who|has|have|had|is|was|were|are|will|"
    r"would|also|then|later|again|once|not|never|been|did|does|do|first|\w+ly|"
    r"(?:is|was|are|were) (?:understood|said|believed|reported|thought|expected|due|set|"
    r"likely|able|about|going|prepared|poised|ready) to(?: have)?|went on to|continued to|appeared to|seemed to|tried to|"
    r"used to|wants? to|in a statement|on [A-Z]\w+day|in an interview)\s+)*",
)
_LEAD = re.compile(r"[\s,—–\-:;]*")


@dataclass
class _Found:
    ref: Reference | None
    verb: str | None
    strength: int  # 2 a speech cue, 1 a sentence subject or neighbour, 0 nothing


@dataclass(frozen=True)
class _Span:
    """A speech verb, speech noun or "according to" in a paragraph."""

    s: int
    e: int
    text: str

    def start(self) -> int:
        return self.s

    def end(self) -> int:
        return self.e

    def group(self) -> str:
        return self.text


def _verbs(text: str, start: int, end: int) -> list[_Span]:
    """Speech verbs, speech nouns and "according to" between ``start`` and ``end``."""
    out = []
    for m in re.finditer(r"[A-Za-z’']+(?:\s+to\b)?", text[start:end]):
        word = m.group().lower()
        if word.endswith(" to") and word != "according to":
            word = word.split()[0]
            m_end = start + m.start() + len(word)
        else:
            m_end = start + m.end()
        if word in lexicon.speech_verb_forms() or word == "according to" or \
                word in lexicon.words("speech_nouns"):
            out.append(_Span(start + m.start(), m_end, text[start + m.start():m_end]))
    return out


class _Attributor:
    def __init__(self, state: ExtractState) -> None:
        self.state = state
        self.refs = state.references or build_references(state)
        self.quote_spans = {}
        for q in state.quotes:
            self.quote_spans.setdefault(q.para, []).append((q.start - 1, q.end + 1))

    def text(self, para: int) -> str:
        return self.state.article.paragraphs[para].text

    def in_quote(self, para: int, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quote_spans.get(para, []))

    def refs_in(self, para: int, start: int, end: int) -> list[Reference]:
        return [r for r in self.refs if r.para == para and start <= r.start and r.end <= end
                and not self.in_quote(para, r.start)]

    def ref_at(self, para: int, pos: int) -> Reference | None:
        text = self.text(para)
        skip = re.match(r"(?:(?:the|a|an|former|[A-Z][a-z]*\.|[A-Z][\w\-]+)\s+){0,4}", text[pos:])
        for r in self.refs_in(para, pos, len(text)):
            if r.start == pos or (skip and pos <= r.start <= pos + skip.end() and
                                  not text[pos:r.start].strip().endswith(",")):
                return r
        return None

    def subject(self, para: int, pos: int) -> Reference | None:
        """The subject of the sentence around ``pos``, else of the sentences before it."""
        s, _ = sentence_of(self.state, para, pos)
        here = [r for r in self.refs_in(para, s, pos) if r.subject and (r.person or
                                                                        r.kind == "source")]
        if here:
            return here[0]
        before = [r for r in self.refs if (r.para, r.start) < (para, s) and r.subject
                  and r.person and r.para >= para - 1 and not self.in_quote(r.para, r.start)]
        return before[-1] if before else None

    def verb_subject(self, para: int, verb: _Span, s0: int) -> Reference | None:
        text = self.text(para)
        if verb.group().lower() == "according to":
            return self.ref_at(para, verb.end() + 1)
        for r in reversed(self.refs_in(para, s0, verb.start())[-3:]):
            if _FILLER.fullmatch(text[r.end:verb.start()]):
                return r
        after = self.ref_at(para, verb.end() + 1) if text[verb.end():verb.end() + 1] == " " \
            else None
        if after and verb.group().lower() in lexicon.speech_verb_forms() and \
                not after.possessive and re.match(r"\s*(?:[,.:;—–“\"]|$)", text[after.end:]):
            return after  # "said Sen. Doe, D-Ore." / "said a Labour source."
        if verb.group().lower() in lexicon.words("speech_nouns"):
            return None
        clause = re.split(r"[,;:—–]", text[s0:verb.start()].rstrip().rstrip(","))[-1].strip()
        words = clause.lower().split()
        prior = self.refs_in(para, s0, verb.start())
        if words and words[-1] not in ("and", "or", "but", "to", "then") and \
                not words[0].endswith("ing") and not any(
                    w in lexicon.PRONOUN_GENDER or w in ("they", "who") for w in words) and (
                not prior or (prior[-1].possessive and re.fullmatch(
                    r"[’']s?\s+[a-z]+\s+", text[prior[-1].end:verb.start()]))):
            return Reference(para, s0, verb.start(), clause, "other")  # "The pair agreed"
        return self.subject(para, verb.start())

    def find(self, q: Quote) -> _Found:
        text = self.text(q.para)
        close = q.end
        while close < len(text) and text[close] in "”\"’'":
            close += 1
        opening = q.start - 1
        while opening > 0 and text[opening - 1] in "“\"‘'":
            opening -= 1
        nxt = min([s for s, _ in self.quote_spans.get(q.para, []) if s > q.end] + [len(text)])
        lead = _LEAD.match(text, close)
        pos = lead.end() if lead else close
        # 1. right after the closing mark: "…,” Starmer said / said Starmer
        r = self.ref_at(q.para, pos)
        if r and close < nxt:
            rest = text[r.end:nxt]
            m = _FILLER.match(rest)
            verbs = _verbs(text, r.end + (m.end() if m else 0), nxt)
            if verbs and verbs[0].start() == r.end + (m.end() if m else 0):
                return _Found(r, verbs[0].group(), 2)
        verbs = _verbs(text, pos, nxt)
        if verbs and verbs[0].start() == pos:
            r = self.ref_at(q.para, verbs[0].end() + 1)
            if r:
                return _Found(r, verbs[0].group(), 2)
        # 2. the nearest speech cue before the quote in its sentence
        s0, _ = sentence_of(self.state, q.para, opening)
        for verb in reversed([v for v in _verbs(text, s0, opening)
                              if not self.in_quote(q.para, v.start())]):
            r = self.verb_subject(q.para, verb, s0)
            if r:
                return _Found(r, verb.group(), 2)
            if verb.group().lower() not in lexicon.words("speech_nouns"):
                break
        # 3. a speech verb later in the sentence: "…” in Ukraine, PM Keir Starmer has claimed
        _, s1 = sentence_of(self.state, q.para, max(close - 1, 0))
        for verb in _verbs(text, close, min(nxt, s1)):
            r = self.verb_subject(q.para, verb, close)
            if r:
                return _Found(r, verb.group(), 2)
        # 4. the subject of the sentence (or, weakly, of the sentences before)
        r = self.subject(q.para, opening)
        if r and self.refs_in(q.para, s0, opening):
            return _Found(r, None, 1)
        return _Found(r if r and not q.partial else None, None, 0)


def _continues(state: ExtractState, prev: Quote, q: Quote) -> bool:
    """True when ``q`` opens the paragraph after one that ended inside ``prev``."""
    paras = state.article.paragraphs
    return (q.para == prev.para + 1 and not paras[q.para].text[: q.start - 1].strip()
            and not paras[prev.para].text[prev.end:].strip())


def attribute_quotes(state: ExtractState) -> None:
    """Set speaker, verb and source_desc on every quote; drop unattributed scare quotes."""
    if not state.quotes:
        return
    attributor = _Attributor(state)
    found = [attributor.find(q) for q in state.quotes]
    for q, f in zip(state.quotes, found):
        if f.ref is not None and f.strength:
            q.speaker = f.ref.person
            q.source_desc = f.ref.text if f.ref.kind == "source" else None
            if f.ref.kind == "other":
                q.speaker = None
            q.verb = f.verb
    quotes = state.quotes
    for i, q in enumerate(quotes):
        if found[i].strength == 2:
            continue
        weak = found[i].ref
        prev = quotes[i - 1] if i else None
        if prev and _continues(state, prev, q):
            q.speaker, q.source_desc, found[i].strength = prev.speaker, prev.source_desc, 2
            continue
        if found[i].strength == 1:
            continue
        neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(quotes)
                      and quotes[j].para == q.para and found[j].strength]
        if not neighbours and not q.partial:
            neighbours = [j for j in (i - 1, i + 1) if 0 <= j < len(quotes)
                          and abs(quotes[j].para - q.para) == 1 and found[j].strength == 2
                          and not quotes[j].partial]
        if neighbours:
            j = neighbours[0]
            q.speaker, q.source_desc, found[i].strength = (quotes[j].speaker,
                                                           quotes[j].source_desc, 1)
        elif weak is not None and found[i].strength == 0:
            q.speaker = weak.person  # a whole quote after a paragraph about its speaker
            q.source_desc = weak.text if weak.kind == "source" else None
            found[i].strength = 1
    state.quotes = [q for q, f in zip(quotes, found) if f.strength or not q.partial]
