"""Where a quote's attribution is written: the speech cue and whom it names.

Attribution is looked for nearest-first: an attribution right after the closing mark
("…,” Starmer told reporters", "…,” said Sen. Doe"), then the nearest speech verb or
speech noun before the quote in its sentence and that verb's subject ("Lavrov insisted
that …", "the former president’s warning that …", "according to X", "X was brief: “…”"),
then a speech verb later in the sentence; for a whole quote, then the person the next
sentence names ("“It was chaos.” Maria Lopez, 42, was …") or who spoke in the sentence
before ("Brentford said in a statement that … “…”"); then the subject of the sentence.
An organisation or someone unnamed ("His office said", "A woman …, who declined to give
her name, said", "…,” it read") gives no speaker. Pronouns and descriptions are resolved
by :mod:`generator.extract.discourse`. A name alone before a colon labels the quote
after it ("Rovers striker Kieran Mbeki-Doyle: “We gave everything”"). What to do with a
quote that has no attribution of its own is :mod:`generator.extract.speakers`' business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract import lexicon
from generator.extract.discourse import build_references, last_sentence_subject, sentence_of
from generator.extract.state import ExtractState, Reference
from generator.model import Quote

# An adverb ("later", "reportedly"), not a noun that ends like one: "Her family said".
_ADVERB = (r"(?!(?:family|ally|assembly|rally|supply|monopoly|anomaly|lily|belly|bully|"
           r"jelly|folly|tally|italy|daily|weekly|monthly|quarterly)\b)\w+ly")
_FILLER = re.compile(
    r"(?:[’']s?)?(?:\s*,[^,“”\"]{1,160}(?=,)){0,3}\s*,?\s*(?:(?:who|has|have|had|is|was|were|are|will|"
    r"would|also|then|later|again|once|not|never|been|did|does|do|first|" + _ADVERB + "|"
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
# An open relative clause before a name: its names are objects of the clause's verb.
_RELATIVE_CLAUSE = re.compile(r",\s+(?:who|which|whose)\s+[^,;:“”\"]*$")
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
# Every word or phrase that is a speech cue, looked up once per word of a paragraph.
_CUES = lexicon.speech_verb_forms() | lexicon.words("speech_nouns") | _PHRASAL | {"according to"}


@dataclass
class Found:
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


def speech_cues(text: str, start: int, end: int) -> list[_Span]:
    """Speech verbs, speech nouns and "according to" between ``start`` and ``end``."""
    out = []
    cues = _CUES
    for m in _VERB_WORD.finditer(text, start, end):
        word = m.group().lower()
        m_end = m.end()
        if " " in word and word not in cues:  # "told to", "pushed back": the verb alone
            word = word.split()[0]
            m_end = m.start() + len(word)
        if word in cues:
            out.append(_Span(m.start(), m_end, text[m.start():m_end]))
    return out


class Attributor:
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
            if _RELATIVE_CLAUSE.search(text, s0, r.start):
                continue  # "Lindsay Hoyle, who introduced Ferraz, said": not Ferraz
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
        if len(words) >= 2 and words[0] in ("his", "her", "their", "its") and \
                words[-1] not in lexicon.words("speech_nouns"):
            return Reference(para, s0, verb.start(), clause, "other")  # "her family said"
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
        verbs = speech_cues(text, nxt[0], nxt[1])
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

    def label_before(self, para: int, s0: int, opening: int) -> Reference | None:
        """A name that labels the quote after its colon, alone in its clause but for a
        job: "…; Rovers striker Kieran Mbeki-Doyle: “We gave everything”" (not "Starmer
        said of Trump: “…”", whose clause has a verb)."""
        text = self.text(para)
        head = text[s0:opening].rstrip()
        if not head.endswith(":"):
            return None
        before = self.refs_in(para, s0, len(head) + s0)
        if not before or before[-1].kind not in ("name", "source") or \
                text[before[-1].end:s0 + len(head) - 1].strip():
            return None
        clause = re.split(r"[;:—–|]", text[s0:before[-1].start])[-1]
        words = re.findall(r"[\w’'\-]+", clause)
        if all(w[0].isupper() or w.lower() in lexicon.words("role_words")
               or w.lower() in lexicon.titles() for w in words):
            return before[-1]
        return None

    def find(self, q: Quote) -> Found:
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
            return Found(Reference(q.para, pos, read.end(), read.group(), "other"), "read", 2)
        r = self.ref_at(q.para, pos)
        if r and close < nxt:
            # the first speech cue after the name, with only asides and adverbs between:
            # "…,” Sen. Michael Nowak, R-N.Y., added"
            verbs = speech_cues(text, r.end, nxt)
            if verbs and _FILLER.fullmatch(text, r.end, verbs[0].start()):
                return Found(r, verbs[0].group(), 2)
        verbs = speech_cues(text, pos, nxt)
        if verbs and verbs[0].start() == pos:
            r = self.ref_at(q.para, verbs[0].end() + 1)
            if r:
                # "said Quiñones-Baptiste’s campaign manager, Yusuf Adeyemi"
                return Found(self.owned(r) if r.possessive else r, verbs[0].group(), 2)
            role = _ROLE_THEN_NAME.match(text, verbs[0].end())
            r = self.ref_at(q.para, role.end()) if role else None
            if r and r.kind == "name" and re.match(r"\s*(?:[,.;:—–]|$)", text[r.end:]):
                return Found(r, verbs[0].group(), 2)  # "said its medical director, Dr Jo Doe."
        # 2. a name labelling the quote, then the nearest speech cue before the quote in
        # its sentence
        s0, _ = sentence_of(self.state, q.para, opening)
        labelled = self.label_before(q.para, s0, opening)
        if labelled is not None:
            return Found(labelled, None, 2)  # "Rovers striker Kieran Mbeki-Doyle: “…”"
        cues = [v for v in speech_cues(text, s0, opening) if not self.in_quote(q.para, v.start())]
        passive = _PASSIVE.search(text, s0, opening)
        if passive and not self.in_quote(q.para, passive.start()):
            # "was billed by Commission officials as a “strategic reset”"
            r = self.ref_at(q.para, passive.end())
            if r and len(text[r.end:opening]) <= 40 and not self.refs_in(q.para, r.end, opening):
                return Found(r, passive.group(1), 2)
        for verb in reversed(cues):
            # "The official said the agency had asked for “…”": the nearest cue with its
            # subject written beside it, before any cue whose subject must be guessed
            r = self.direct_subject(q.para, verb, s0)
            if r:
                return Found(r, verb.group(), 2)
        colon = text[s0:opening].rstrip()
        if colon.endswith(":"):
            before = self.refs_in(q.para, s0, s0 + len(colon))
            # "Asked whether ..., Halvorsen-Berg was brief: “No.”": the clause's subject;
            # "A senior German official put it more bluntly: “…”": nobody named
            subjects = [r for r in before if (r.subject and r.person) or r.kind == "source"
                        and not text[s0:r.start].strip(_OPENERS)]
            main = [r for r in subjects if r.main]
            if subjects:
                return Found((main or subjects)[0], None, 2)
        for verb in reversed(cues):
            r = self.verb_subject(q.para, verb, s0)
            if r:
                return Found(r, verb.group(), 2)
            if verb.group().lower() not in lexicon.words("speech_nouns"):
                break
        # 3. a speech verb later in the sentence: "…” in Ukraine, PM Keir Starmer has claimed
        _, s1 = sentence_of(self.state, q.para, max(close - 1, 0))
        for verb in speech_cues(text, close, min(nxt, s1)):
            r = self.verb_subject(q.para, verb, close)
            if r:
                return Found(r, verb.group(), 2)
        # 3b. a whole quote that opens its paragraph, said by whom the next sentence names:
        # "“It was chaos.” Maria Lopez, 42, was buying shoes …", "… So says Ana Lopez."
        if not q.partial and not text[:opening].strip():
            r, cue = self.named_next(q.para, s1)
            if r is not None:
                return Found(r, cue, 1)
        # 4. for a whole quote, who spoke in the sentence before: "Brentford said in a
        # statement that … “We will be seeking clarity.”", "…, says Dr Meng, … “…”"
        p0 = max((a for a, b in self.state.sentences(q.para) if b <= s0), default=s0) \
            if not q.partial else s0
        for verb in reversed([v for v in speech_cues(text, p0, s0)
                              if not self.in_quote(q.para, v.start())]):
            vs0, vs1 = sentence_of(self.state, q.para, verb.start())
            if any(vs0 <= a < vs1 for a, _ in self.quote_spans.get(q.para, [])):
                break  # a sentence with a quote of its own: neighbours decide
            r = self.verb_subject(q.para, verb, vs0)
            if r is not None:
                return Found(r, verb.group(), 1)
            if verb.group().lower() not in lexicon.words("speech_nouns"):
                break
        # 5. the subject of the sentence (or, weakly, of the sentences before)
        r = self.subject(q.para, opening)
        spans = self.quote_spans.get(q.para, [])
        if r and (self.refs_in(q.para, s0, opening) or r.para == q.para and not q.partial and (
                not any(a < opening for a, _ in spans)  # the paragraph's first quote
                or p0 <= r.start < s0 and not any(p0 <= a < s0 for a, _ in spans))):
            # "Chris Murphy disagreed. “It will work.”", "… she said. Chen disagreed. “…”"
            return Found(r, None, 1)
        return Found(r if r and not q.partial else None, None, 0)
