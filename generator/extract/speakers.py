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
from generator.extract.discourse import build_references, last_sentence_subject, sentence_of
from generator.extract.state import ExtractState, Reference
from generator.model import Quote

_FILLER = re.compile(
    r"(?:[’']s?)?(?:\s*,[^,“”\"]{1,160}(?=,)){0,3}\s*,?\s*(?:(?:who|has|have|had|is|was|were|are|will|"
    r"would|also|then|later|again|once|not|never|been|did|does|do|first|\w+ly|"
    r"(?:is|was|are|were) (?:understood|said|believed|reported|thought|expected|due|set|"
    r"likely|able|about|going|prepared|poised|ready) to(?: have)?|went on to|continued to|appeared to|seemed to|tried to|"
    r"used to|wants? to|in a statement|on [A-Z]\w+day|in an interview)\s+)*",
)
_LEAD = re.compile(r"[\s,—–\-:;]*")


# A passive with its agent: "was billed by Commission officials as".
_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(\w+ed)\s+by\s+")
# Between a possessive and the name its noun phrase is in apposition with.
_OWNED_GAP = re.compile(r"[’']?s?\s+(?:[\w\-]+\s+){0,3}[\w\-]+,\s*")
_VERB_WORD = re.compile(r"[A-Za-z’']+(?:\s+(?:to|back)\b)?")
# Verbs that report a reply with "back": "Quiñones-Baptiste shot back".
_BACK_VERBS = frozenset({"shot", "fired", "hit", "pushed", "snapped", "struck", "wrote"})
_PHRASAL = frozenset(f"{verb} back" for verb in _BACK_VERBS)


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
    for m in _VERB_WORD.finditer(text, start, end):
        word = m.group().lower()
        if (word.endswith(" to") and word != "according to") or (
                word.endswith(" back") and word.split()[0] not in _BACK_VERBS):
            word = word.split()[0]
            m_end = m.start() + len(word)
        else:
            m_end = m.end()
        if word in lexicon.speech_verb_forms() or word == "according to" or \
                word in _PHRASAL or word in lexicon.words("speech_nouns"):
            out.append(_Span(m.start(), m_end, text[m.start():m_end]))
    return out


class _Attributor:
    def __init__(self, state: ExtractState) -> None:
        self.state = state
        self.refs = state.references or build_references(state)
        self.by_para: dict[int, list[Reference]] = {}
        for r in self.refs:
            self.by_para.setdefault(r.para, []).append(r)
        self.quote_spans: dict[int, list[tuple[int, int]]] = {}
        for q in state.quotes:
            self.quote_spans.setdefault(q.para, []).append((q.start - 1, q.end + 1))

    def text(self, para: int) -> str:
        return self.state.article.paragraphs[para].text

    def in_quote(self, para: int, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.quote_spans.get(para, []))

    def refs_in(self, para: int, start: int, end: int) -> list[Reference]:
        return [r for r in self.by_para.get(para, ()) if start <= r.start and r.end <= end
                and not self.in_quote(para, r.start)]

    def ref_at(self, para: int, pos: int) -> Reference | None:
        text = self.text(para)
        skip = re.match(r"(?:(?:the|a|an|former|[A-Z][a-z]*\.|[A-Z][\w\-]+)\s+){0,4}", text[pos:])
        for r in self.refs_in(para, pos, len(text)):
            if r.start == pos or (skip and pos <= r.start <= pos + skip.end() and
                                  not text[pos:r.start].strip().endswith(",")):
                return r
        return None

    def owned(self, r: Reference) -> Reference:
        """Who a possessive's noun phrase names: "Her opponent, Dov Hirsch," gives Dov
        Hirsch; "Trump's spokeswoman" gives someone unnamed (a reference to nobody)."""
        text = self.text(r.para)
        for nxt in self.refs_in(r.para, r.end, min(len(text), r.end + 80)):
            if nxt.kind == "name" and _OWNED_GAP.fullmatch(text[r.end:nxt.start]):
                return nxt
            break
        m = re.match(r"[’']?s?\s+((?:[\w\-]+\s+){0,3}[\w\-]+)", text[r.end:])
        return Reference(r.para, r.start, r.end + (m.end() if m else 0),
                         text[r.start:r.end + (m.end() if m else 0)], "other")

    def subject(self, para: int, pos: int) -> Reference | None:
        """The subject of the sentence around ``pos``, else of the sentences before it."""
        s, _ = sentence_of(self.state, para, pos)
        here = [r for r in self.refs_in(para, s, pos) if r.subject and (r.person or
                                                                        r.kind == "source")]
        if here:
            first = here[0]
            if first.possessive and first.start == s:
                owner = self.owned(first)  # "Her opponent, Dov Hirsch, has called ..."
                if owner.kind == "name" and owner.end <= pos:
                    return owner
            return first
        before = [r for p in (para - 1, para) for r in self.by_para.get(p, ())
                  if (r.para, r.start) < (para, s) and r.subject and r.person
                  and not self.in_quote(r.para, r.start)]
        last = last_sentence_subject(before)
        return last[0] if last else None

    def direct_subject(self, para: int, verb: _Span, s0: int) -> Reference | None:
        """The subject written right next to a speech cue: "Lavrov insisted", "said Sen.
        Doe, D-Ore.", "according to a Labour source"."""
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
        return None

    def verb_subject(self, para: int, verb: _Span, s0: int) -> Reference | None:
        text = self.text(para)
        direct = self.direct_subject(para, verb, s0)
        if direct is not None or verb.group().lower() == "according to":
            return direct
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
            # the first speech cue after the name, with only asides and adverbs between:
            # "…,” Sen. Michael Nowak, R-N.Y., added"
            verbs = _verbs(text, r.end, nxt)
            if verbs and _FILLER.fullmatch(text, r.end, verbs[0].start()):
                return _Found(r, verbs[0].group(), 2)
        verbs = _verbs(text, pos, nxt)
        if verbs and verbs[0].start() == pos:
            r = self.ref_at(q.para, verbs[0].end() + 1)
            if r:
                # "said Quiñones-Baptiste’s campaign manager, Yusuf Adeyemi"
                return _Found(self.owned(r) if r.possessive else r, verbs[0].group(), 2)
        # 2. the nearest speech cue before the quote in its sentence
        s0, _ = sentence_of(self.state, q.para, opening)
        cues = [v for v in _verbs(text, s0, opening) if not self.in_quote(q.para, v.start())]
        passive = _PASSIVE.search(text, s0, opening)
        if passive and not self.in_quote(q.para, passive.start()):
            # "was billed by Commission officials as a “strategic reset”"
            r = self.ref_at(q.para, passive.end())
            if r and len(text[r.end:opening]) <= 40 and not self.refs_in(q.para, r.end, opening):
                return _Found(r, passive.group(1), 2)
        for verb in reversed(cues):
            # "The official said the agency had asked for “…”": the nearest cue with its
            # subject written beside it, before any cue whose subject must be guessed
            r = self.direct_subject(q.para, verb, s0)
            if r:
                return _Found(r, verb.group(), 2)
        for verb in reversed(cues):
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
    outer = {id(q): o for q in state.quotes for o in state.quotes
             if o is not q and o.para == q.para and o.start < q.start and q.end <= o.end}
    nested = [q for q in state.quotes if id(q) in outer]
    state.quotes = [q for q in state.quotes if id(q) not in outer]
    _attribute(state, attributor)
    for q in nested:
        _attribute_nested(attributor, q, outer[id(q)])
    kept = {id(q) for q in state.quotes}
    state.quotes = sorted(state.quotes + [q for q in nested if id(outer[id(q)]) in kept],
                          key=lambda q: (q.para, q.start))


def _attribute_nested(attributor: _Attributor, q: Quote, outer: Quote) -> None:
    """A quote the speaker reports inside their own: “She used to say, ‘…’”.

    The subject of the verb that introduces it says it: "I" or "we" is the outer
    speaker; a name or a pronoun is whom it refers to.
    """
    text = attributor.text(q.para)
    cue = re.search(r"(\w+)\s+(?:(?:used|went\s+on|would|had|has|have|did)\s+(?:to\s+)?)?"
                    r"([a-z]+)(?:\s+\w+){0,2}\s*[,:]\s*[‘']$", text[outer.start:q.start])
    q.verb = cue.group(2) if cue else None
    q.speaker = outer.speaker
    if cue and cue.group(1).lower() not in ("i", "we"):
        at = outer.start + cue.start(1)
        ref = next((r for r in attributor.refs if r.para == q.para and r.start == at), None)
        if ref is not None:
            q.speaker = ref.person


def _attribute(state: ExtractState, attributor: _Attributor) -> None:
    """Attribute the quotes that are not nested inside another."""
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
