"""Extraction rule ``speakers``: who said each quote, with the verb and the source.

Attribution is looked for nearest-first: an attribution right after the closing mark
("…,” Starmer told reporters", "…,” said Sen. Doe"), then the nearest speech verb or
speech noun before the quote in its sentence and that verb's subject ("Lavrov insisted
that …", "the former president’s warning that …", "according to X", "X was brief: “…”"),
then a speech verb later in the sentence; for a whole quote, then the person the next
sentence names ("“It was chaos.” Maria Lopez, 42, was …") or who spoke in the sentence
before ("Brentford said in a statement that … “…”"); then the subject of the sentence.
An organisation or someone unnamed ("His office said", "A woman …, who declined to give
her name, said", "…,” it read") gives no speaker. Pronouns and descriptions are resolved
by :mod:`generator.extract.discourse`. A quote with no attribution of its own inherits
from the quote it continues or from its neighbours; a fragment nobody is reported as
saying (a scare quote) is dropped. A quote nested in another is said by the subject of
the speech verb that introduces it.
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
# What may stand between a speech verb and its subject's name: "said the former Sen. Jo
# Doe", "said neighbor Wanda Pickens", "wrote columnist Frank Bruni", "said longtime Coweta
# resident Jo Doe": titles and a few words of a job, not a preposition or a clause.
_SKIP = re.compile(r"(?:(?:[A-Z][a-z]*\.|[A-Z][\w\-]+|(?!(?:of|for|to|in|on|at|by|with|from|"
                   r"about|that|and|or|but|as|he|she|it|they|we|was|is|had|has|would|will|"
                   r"who|which|when)\s)[a-z][a-z\-]*)\s+){0,4}")
_LEAD = re.compile(r"[\s,—–\-:;]*")
_READ = re.compile(r"(?:it|the\s+(?:[\w\-]+\s+)?(?:statement|post|letter|release|message|note|"
                   r"notice|filing|email|memo|sign))\s+read\b")
# A name that only looks like a participle: "Downing Street said", not "Speaking to …".
_PROPER_PAIR = re.compile(r"[A-Z]\w*ing\s+[A-Z]")
# A role set off before the name it describes, after a speech verb.
_ROLE_THEN_NAME = re.compile(r"\s+(?:the|a|an|his|her|its|their)\s+(?:[\w’'\-]+\s+){0,4}?"
                             r"[\w\-]+,\s+")
_OPENERS = " “\"‘•·▪●‣■"  # what may stand before a sentence's first word


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
        skip = _SKIP.match(text, pos)
        end = skip.end() if skip else pos
        verb = next((m for m in re.finditer(r"[a-z]+", text[pos:end])
                     if m.group() in lexicon.speech_verb_forms()), None)
        if verb is not None:
            end = pos + verb.start()  # "…,” the company told Smith": not Smith
        for r in self.refs_in(para, pos, len(text)):
            if r.start == pos or (skip and pos <= r.start <= end and
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
        here = [r for r in self.refs_in(para, s, pos) if r.subject and (
            r.person or r.kind == "source" or r.kind == "unnamed")]
        if here:
            first = here[0]
            if first.possessive and not self.text(para)[s:first.start].strip(_OPENERS):
                owner = self.owned(first)  # "Her opponent, Dov Hirsch, has called ..."
                if owner.kind == "name" and owner.end <= pos:
                    return owner
                head = re.match(r"[’']?s?\s+([a-z][\w\-]*)", self.text(para)[first.end:])
                if owner.kind != "name" and head and first.end + head.end() <= pos and \
                        head.group(1) not in lexicon.words("speech_nouns"):
                    # "His office said": someone of his, not he ("His statement said" is)
                    return Reference(para, first.start, first.end + head.end(),
                                     self.text(para)[first.start:first.end + head.end()], "other")
            return first
        before = [r for p in (para - 1, para) for r in self.by_para.get(p, ())
                  if (r.para, r.start) < (para, s) and r.subject
                  and (r.person or r.kind == "unnamed") and not self.in_quote(r.para, r.start)]
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
                not (words[0].endswith("ing") and not _PROPER_PAIR.match(clause)) and not any(
                    w in lexicon.PRONOUN_GENDER or w in ("they", "who") for w in words) and (
                not prior or (prior[-1].possessive and re.fullmatch(
                    r"[’']s?\s+[a-z]+\s+", text[prior[-1].end:verb.start()]))):
            return Reference(para, s0, verb.start(), clause, "other")  # "The pair agreed"
        return self.subject(para, verb.start())

    def named_next(self, para: int, end: int) -> tuple[Reference | None, str | None]:
        """Who the sentence after ``end`` names as the speaker of what came before: its
        subject, or whom its opening speech verb names; not when it quotes someone too."""
        text = self.text(para)
        nxt = next(((a, b) for a, b in self.state.sentences(para) if a >= end), None)
        if nxt is None or any(nxt[0] <= a < nxt[1] for a, _ in self.quote_spans.get(para, [])):
            return None, None
        r = self.ref_at(para, nxt[0])
        if r is not None and r.kind == "name" and r.subject and r.main and not r.possessive:
            return r, None
        verbs = _verbs(text, nxt[0], nxt[1])
        if verbs and len(text[nxt[0]:verbs[0].start()].split()) <= 3:
            verb = verbs[0]
            of = re.match(r"\s+of\s+", text[verb.end():]) \
                if verb.group().lower() in lexicon.words("speech_nouns") else None
            r = self.ref_at(para, verb.end() + of.end()) if of else \
                self.ref_at(para, verb.end() + 1) if text[verb.end():verb.end() + 1] == " " \
                else None  # "… So says Ana Lopez.", "That was the verdict of Dr Jo Doe"
            if r is not None and r.kind == "name" or r is not None and r.possessive:
                return (self.owned(r) if r.possessive else r), verb.group()
            r = self.direct_subject(para, verb, nxt[0])
            if r is not None and r.kind == "name":
                return r, verb.group()  # "That was how Ortiz described it."
        return None, None

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
        read = _READ.match(text, pos)
        if read and close < nxt:  # "…,” it read: a statement, nobody's words
            return _Found(Reference(q.para, pos, read.end(), read.group(), "other"), "read", 2)
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
            role = _ROLE_THEN_NAME.match(text, verbs[0].end())
            r = self.ref_at(q.para, role.end()) if role else None
            if r and r.kind == "name" and re.match(r"\s*(?:[,.;:—–]|$)", text[r.end:]):
                return _Found(r, verbs[0].group(), 2)  # "said its medical director, Dr Jo Doe."
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
        colon = text[s0:opening].rstrip()
        if colon.endswith(":"):
            # "Asked whether ..., Halvorsen-Berg was brief: “No.”": the clause's subject
            subjects = [r for r in self.refs_in(q.para, s0, s0 + len(colon))
                        if r.subject and (r.person or r.kind == "source")]
            main = [r for r in subjects if r.main]
            if subjects:
                return _Found((main or subjects)[0], None, 2)
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
        # 3b. a whole quote that opens its paragraph, said by whom the next sentence names:
        # "“It was chaos.” Maria Lopez, 42, was buying shoes …", "… So says Ana Lopez."
        if not q.partial and not text[:opening].strip():
            r, verb = self.named_next(q.para, s1)
            if r is not None:
                return _Found(r, verb, 1)
        # 4. for a whole quote, who spoke in the sentence before: "Brentford said in a
        # statement that … “We will be seeking clarity.”", "…, says Dr Meng, … “…”"
        p0 = max((a for a, b in self.state.sentences(q.para) if b <= s0), default=s0) \
            if not q.partial else s0
        for verb in reversed([v for v in _verbs(text, p0, s0)
                              if not self.in_quote(q.para, v.start())]):
            vs0, vs1 = sentence_of(self.state, q.para, verb.start())
            if any(vs0 <= a < vs1 for a, _ in self.quote_spans.get(q.para, [])):
                break  # a sentence with a quote of its own: neighbours decide
            r = self.verb_subject(q.para, verb, vs0)
            if r is not None:
                return _Found(r, verb.group(), 1)
            if verb.group().lower() not in lexicon.words("speech_nouns"):
                break
        # 5. the subject of the sentence (or, weakly, of the sentences before)
        r = self.subject(q.para, opening)
        spans = self.quote_spans.get(q.para, [])
        if r and (self.refs_in(q.para, s0, opening) or r.para == q.para and not q.partial and (
                not any(a < opening for a, _ in spans)  # the paragraph's first quote
                or p0 <= r.start < s0 and not any(p0 <= a < s0 for a, _ in spans))):
            # "Chris Murphy disagreed. “It will work.”", "… she said. Chen disagreed. “…”"
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


_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")


def _attribute_nested(attributor: _Attributor, q: Quote, outer: Quote) -> None:
    """A quote the speaker reports inside their own: “She used to say, ‘…’”.

    The subject of the speech verb that introduces it says it: the person named or referred
    to nearest before that verb ("She would hand back a chapter … and say, ‘…’", "The last
    thing she said to me was, ‘…’"); "I" or "we" ("When Rishi rang, I told him, ‘…’"), or
    nobody, is the outer speaker.
    """
    text = attributor.text(q.para)
    lead = text[outer.start:q.start]
    cut = [m.end() for m in re.finditer(r"[.!?]\s", lead)]
    c0 = outer.start + (cut[-1] if cut else 0)
    verbs = [v for v in _verbs(text, c0, q.start)
             if v.group().lower() in lexicon.speech_verb_forms()]
    q.verb = verbs[-1].group() if verbs else None
    q.speaker = outer.speaker
    if not verbs:
        return
    v0 = verbs[-1].start()
    ref = next((r for r in reversed(attributor.by_para.get(q.para, ())) if c0 <= r.start < v0
                and r.kind in ("name", "pronoun", "description") and not r.possessive), None)
    first = [m.start() for m in _FIRST_PERSON.finditer(text, c0, v0)]
    if ref is not None and (not first or ref.start > first[-1]):
        q.speaker = ref.person
        person = attributor.state.person(ref.person) if ref.person else None
        head = ref.text.split()[-1].lower()
        if ref.kind == "description" and not (person and any(
                head in role.lower() for role in person.roles)):
            q.speaker = None  # "the doctor said, ‘Keep him warm’": someone unnamed


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
