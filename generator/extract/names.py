"""Extraction rule ``names``: find people's names and group each person's mentions.

Candidates come from :mod:`generator.extract.candidates`; this rule decides which are
people, using general signals only: organisation head nouns, place and nationality lists,
honorifics and titles, speech verbs next to a lone surname, and how the same words are used
elsewhere in the article. Mentions of one person are then grouped: "Sir Keir", "Starmer"
and "Keir Starmer" join the fullest name the article gives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.extract import lexicon
from generator.extract.candidates import Candidate, fold, paragraph_candidates
from generator.extract.state import ExtractState
from generator.extract.text import looks_like_heading, tokens
from generator.model import ArticlePerson, Mention

_FIRST_NAME_HONORIFICS = frozenset({"sir", "dame", "lord", "lady"})


@dataclass
class _Group:
    """Working record of one person while mentions are grouped."""

    full: list[Candidate] = field(default_factory=list)
    short: list[Candidate] = field(default_factory=list)

    def all(self) -> list[Candidate]:
        return sorted(self.full + self.short, key=lambda c: (c.para, c.start))

    def best(self) -> tuple[str, ...]:
        if not self.full:
            return self.short[0].words
        counts: dict[tuple[str, ...], int] = {}
        for c in self.full:
            counts[c.words] = counts.get(c.words, 0) + 1
        return max(counts, key=lambda w: (len(w), counts[w]))

    def surname(self) -> str:
        words = self.best()
        return fold(" ".join(words[1:] if len(words) > 1 else words))

    def given(self) -> str:
        return fold(self.best()[0]) if self.full else ""


def _edit1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one inserted, deleted or changed letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    fa, fb = [fold(w) for w in a], [fold(w) for w in b]
    if fa == fb:
        return True
    if fa[-1] != fb[-1]:
        return False
    if fa[0] == fb[0] and (set(fa) <= set(fb) or set(fb) <= set(fa)):
        return True  # a middle name or initial added: "George W. Bush"
    return len(fa) == len(fb) == 2 and min(len(fa[0]), len(fb[0])) >= 4 and _edit1(fa[0], fb[0])


def _plausible(c: Candidate) -> bool:
    """False for things capitalised like names: organisations, places, acronyms."""
    words = [w for w in c.words if w not in lexicon.PARTICLES]
    if not words or fold(c.text) in lexicon.words("places"):
        return False
    last = c.name[-1]
    bad = lexicon.words("org_heads") | lexicon.words("non_names") | lexicon.words("places")
    if last.lower in bad | lexicon.words("demonyms") or (last.text.isupper() and len(last.text) > 1):
        return False
    if any(w.lower().rstrip(".") in lexicon.words("non_names") for w in words):
        return False
    if last.lower in lexicon.words("role_words") or (len(words) == 1 and (
            last.lower in lexicon.titles() or last.lower in lexicon.words("source_nouns"))):
        return False  # "The Defence Secretary", "Minister"
    return not any(ch.isdigit() for ch in c.text)


def _inside_org_or_title(text: str, c: Candidate) -> bool:
    """True for "Fiscal Studies" in "Institute for Fiscal Studies" or a quoted title."""
    start = c.title[0].start if c.title else c.start
    org = r"[A-Z][\w’'\-]*\s+(?:(?:for|of|on)\s+(?:the\s+)?|&\s+)$"
    if re.search(org, text[:start]) or re.search(org, text[:c.start]):
        return True
    before, after = text[:start].rstrip(), text[c.end:].lstrip()
    return before[-1:] in ("“", '"') and after[:1] in ("”", '"')


def _has_evidence(text: str, c: Candidate, lone: set[str]) -> bool:
    """Whether a full name without a known given name shows it belongs to a person.

    Evidence: a title or honorific, a role word just before it ("analyst Dana Whitfield"),
    an apposition ("…, a spokesman for …", "…, who", "…, 45,"), a speech verb, or the
    surname used alone elsewhere in the article ("Mr. Dimon").
    """
    if lexicon.gender_of_first(c.name[0].text) or c.honorific or c.known:
        return True
    if c.title and any(t.lower in lexicon.titles() or t.lower in lexicon.words("role_words")
                       for t in c.title):
        return True
    word_before = re.search(r"([\w\-]+)\s+$", text[: c.start])
    if word_before and word_before.group(1).lower() in lexicon.words("role_words"):
        return True
    after = text[c.end:]
    if re.match(r"[’']?s?,\s+(?:who\b|\d{1,3},|[DRI]-[A-Z])", after):
        return True
    appos = re.match(r",\s+(?:the|a|an)?\s*([^,.;“”]{0,80})", after)
    if appos and any(w.lower() in lexicon.words("role_words") or w.lower() in lexicon.titles()
                     for w in re.findall(r"[\w\-]+", appos.group(1))[:6]):
        return True
    return _speech_next_to(text, c) or fold(c.name[-1].text) in lone


def _speech_next_to(text: str, c: Candidate) -> bool:
    after = re.match(r"[,]?\s*(?:\w+ly\s+)?(\w+)", text[c.end:])
    if after and after.group(1).lower() in lexicon.speech_verb_forms():
        return True
    before = text[: c.start].rstrip().lower()
    return bool(re.search(r"\b(?:said|says|according to|asked|told)$", before))


def gender_of(person: ArticlePerson) -> str | None:
    """``"m"``, ``"f"`` or None, from honorifics in the mentions or a known given name."""
    for m in person.mentions:
        first = m.text.split()[0].rstrip(".").lower()
        if lexicon.HONORIFICS.get(first) in ("m", "f"):
            return lexicon.HONORIFICS[first]
    given = lexicon.gender_of_first(person.name.split()[0]) if " " in person.name else None
    return given if given in ("m", "f") else None


def _known_candidates(state: ExtractState) -> list[Candidate]:
    out = []
    for name in state.options.known_people:
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        for i, para in enumerate(state.article.paragraphs):
            for m in pattern.finditer(para.text):
                toks = [t for t in tokens(para.text) if m.start() <= t.start < m.end()]
                if toks:
                    out.append(Candidate(i, toks, None, [], m.start(), m.end(), False, True))
    return out


def _pick(groups: list[_Group], c: Candidate, honorific: str | None) -> _Group | None:
    """The person a lone surname or given name refers to, if any."""
    key = fold(c.text)
    by_surname = [g for g in groups if g.surname() == key or fold(g.best()[-1]) == key]
    hon = (honorific or "").rstrip(".").lower()
    by_given = [g for g in groups if g.full and g.given() == key
                and (not hon or hon in _FIRST_NAME_HONORIFICS)]
    options = by_surname or by_given
    want = lexicon.HONORIFICS.get(hon)
    if want in ("m", "f"):
        fitting = [g for g in options if lexicon.gender_of_first(g.best()[0]) in (want, None, "u")
                   or not g.full]
        options = fitting or options
    if len(options) > 1:
        before = [g for g in options if any((m.para, m.start) < (c.para, c.start) for m in g.all())]
        if before:
            return max(before, key=lambda g: max((m.para, m.start) for m in g.all()
                                                 if (m.para, m.start) < (c.para, c.start)))
    return options[0] if options else None


def find_names(state: ExtractState) -> None:
    """Find the people named in the article and group their mentions into ``state.people``."""
    paras = state.article.paragraphs
    lower = {w for p in paras for w in re.findall(r"(?<![\w’'])[a-z][a-z’'\-]*", p.text)}
    headings = {i for i, p in enumerate(paras) if looks_like_heading(p)}
    cands = [c for i, p in enumerate(paras) for c in paragraph_candidates(p.text, i, lower)]
    known = _known_candidates(state)
    groups: list[_Group] = []

    def add_full(c: Candidate) -> None:
        for g in groups:
            if any(_same_person(c.words, f.words) for f in g.full):
                g.full.append(c)
                return
        groups.append(_Group(full=[c]))

    lone = {fold(c.text) for c in cands if len(c.name) == 1 or c.honorific}
    is_full = [len(c.name) >= 2 and c.name[0].text.lower() not in lexicon.CAP_PARTICLES
               for c in cands]
    for c, full in zip(cands, is_full):
        if full and c.para not in headings and _plausible(c) and \
                not _inside_org_or_title(paras[c.para].text, c) and \
                _has_evidence(paras[c.para].text, c, lone):
            add_full(c)
    for c in known:
        if len(c.name) >= 2:
            add_full(c)
    singles = [c for c, full in zip(cands, is_full) if not full or c.para in headings]
    singles.sort(key=lambda c: (c.honorific is None and not c.title, c.para, c.start))
    known_keys = {fold(k) for k in state.options.known_people}
    for c in singles + [k for k in known if len(k.name) == 1]:
        text = paras[c.para].text
        if len(c.name) >= 2 and c.name[0].text.lower() not in lexicon.CAP_PARTICLES:  # heading
            target = next((g for g in groups if any(_same_person(c.words, f.words)
                                                    for f in g.full)), None)
            if target:
                target.full.append(c)
            continue
        target = _pick(groups, c, c.honorific)
        if target:
            target.short.append(c)
        elif c.para not in headings and _plausible(c) and not _inside_org_or_title(text, c) and (
            c.honorific or fold(c.text) in known_keys
            or (c.title and c.title[-1].lower in lexicon.titles())
            or _speech_next_to(text, c)
        ):
            groups.append(_Group(short=[c]))
    state.people = [_person(state, g) for g in sorted(groups, key=lambda g: min(
        (m.para, m.start) for m in g.all()))]


def _person(state: ExtractState, g: _Group) -> ArticlePerson:
    mentions: list[Mention] = []
    seen: list[tuple[int, int, int]] = []
    honorific = None
    for c in g.all():
        para = state.article.paragraphs[c.para]
        if any(p == c.para and s <= c.start < e for p, s, e in seen):
            continue  # a known name and a candidate covering the same words
        seen.append((c.para, c.start, c.end))
        mentions.append(Mention(para.text[c.start:c.end], c.para, c.start, c.end, para.line))
        honorific = honorific or c.honorific
    return ArticlePerson(name=" ".join(g.best()), mentions=mentions, honorific=honorific,
                         surname_only=not g.full)

