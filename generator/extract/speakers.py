"""Extraction rule ``speakers``: who said each quote, with the verb and the source.

Each quote's own attribution is found by :class:`~generator.extract.attribution.Attributor`
(nearest cue first). A quote with no attribution of its own inherits from the quote it
continues, from its neighbours, or from a quote elsewhere whose words it repeats (a
subheading "Developer: ‘We listened’"); a fragment nobody is reported as saying (a scare
quote) is dropped. A quote nested in another is said by the subject of the speech verb
that introduces it.
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.attribution import Attributor, Found, speech_cues
from generator.extract.state import ExtractState
from generator.model import Quote


def _continues(state: ExtractState, prev: Quote, q: Quote) -> bool:
    """True when ``q`` opens the paragraph after one that ended inside ``prev``."""
    paras = state.article.paragraphs
    return (q.para == prev.para + 1 and not paras[q.para].text[: q.start - 1].strip()
            and not paras[prev.para].text[prev.end:].strip())


def attribute_quotes(state: ExtractState) -> None:
    """Set speaker, verb and source_desc on every quote; drop unattributed scare quotes."""
    if not state.quotes:
        return
    attributor = Attributor(state)
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


def _attribute_nested(attributor: Attributor, q: Quote, outer: Quote) -> None:
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
    verbs = [v for v in speech_cues(text, c0, q.start)
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


def _attribute(state: ExtractState, attributor: Attributor) -> None:
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
    _attribute_echoes(quotes, found)
    state.quotes = [q for q, f in zip(quotes, found) if f.strength or not q.partial]


_WORDS = re.compile(r"[^\W_]+")


def _attribute_echoes(quotes: list[Quote], found: list[Found]) -> None:
    """A quote that repeats words someone is clearly reported saying elsewhere is theirs:
    a subheading "Developer: ‘We listened’" echoes "“We listened. …,” Okonkwo said"."""
    weak = [(q, f) for q, f in zip(quotes, found) if f.strength < 2 and " " in q.text.strip()]
    if not weak:
        return  # every quote attributed in its own sentence, or one word ("shame")
    strong = [(" ".join(_WORDS.findall(q.text.lower())), q) for q, f in zip(quotes, found)
              if f.strength == 2 and f.ref is not None]
    for q, f in weak:
        words = " ".join(_WORDS.findall(q.text.lower()))
        if words.count(" ") < 1:
            continue
        source = next((s for text, s in strong if s is not q and f" {words} " in f" {text} "),
                      None)
        if source is not None:
            q.speaker, q.source_desc, f.strength = source.speaker, source.source_desc, 2
