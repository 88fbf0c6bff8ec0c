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
from generator.extract.credits import credit_names, credit_zones
from generator.extract.state import ExtractState
from generator.extract.text import Token, looks_like_heading, tokens
from generator.model import ArticlePerson, Mention

_FIRST_NAME_HONORIFICS = frozenset({"sir", "dame", "lord", "lady"})


@dataclass
class _Group:
    """Working record of one person while mentions are grouped.

    ``full`` and ``short`` only grow while names are grouped, so the derived keys are
    memoised on their lengths: :meth:`best` is asked for every lone surname.
    """

    full: list[Candidate] = field(default_factory=list)
    short: list[Candidate] = field(default_factory=list)
    _memo: tuple[int, int, tuple[str, ...], str, str, str] | None = field(default=None,
                                                                         repr=False)

    def all(self) -> list[Candidate]:
        return sorted(self.full + self.short, key=lambda c: (c.para, c.start))

    def _keys(self) -> tuple[int, int, tuple[str, ...], str, str, str]:
        memo = self._memo
        if memo is None or memo[0] != len(self.full) or memo[1] != len(self.short):
            best = self._best()
            memo = self._memo = (
                len(self.full), len(self.short), best,
                fold(" ".join(best[1:] if len(best) > 1 else best)),
                fold(best[0]) if self.full else "", fold(best[-1]))
        return memo

    def _best(self) -> tuple[str, ...]:
        if not self.full:
            return self.short[0].words
        counts: dict[tuple[str, ...], int] = {}
        for c in self.full:
            counts[c.words] = counts.get(c.words, 0) + 1
        if len(counts) == 1:
            return next(iter(counts))
        lasts = [fold(c.words[-1]) for c in self.full + self.short]
        # longest, then the one whose surname the article uses most ("Margaret Pruitt
        # Landry", not her maiden name "Margaret Ellen Pruitt"), then the most frequent
        return max(counts, key=lambda w: (len(w), lasts.count(fold(w[-1])), counts[w]))

    def best(self) -> tuple[str, ...]:
        """The fullest name the article gives this person, as words."""
        return self._keys()[2]

    def surname(self) -> str:
        """Everything after the given name, folded."""
        return self._keys()[3]

    def given(self) -> str:
        """The given name, folded; "" for someone known only by surname."""
        return self._keys()[4]

    def last(self) -> str:
        """The last word of the best name, folded."""
        return self._keys()[5]


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
        # a maiden name: "Margaret Ellen Pruitt" is "Margaret Pruitt Landry"
        return len(fa) >= 2 and len(fb) >= 2 and fa[0] == fb[0] and (
            fa[-1] in fb[1:-1] or fb[-1] in fa[1:-1])
    if fa[0] == fb[0] and (set(fa) <= set(fb) or set(fb) <= set(fa)):
        return True  # a middle name or initial added: "George W. Bush"
    return len(fa) == len(fb) == 2 and min(len(fa[0]), len(fb[0])) >= 4 and _edit1(fa[0], fb[0])


# A brand written in camel case: "BookScan", "BlackRock", "WhatsApp" (but "McDonald",
# "MacArthur", "DeSantis" and "FitzGerald" are names).
_CAMEL = re.compile(r"(?!Fitz)[A-Z][a-z]{3,}[A-Z]")
# A contraction that starts a sentence: "I’ll", "We’re", "That’s".
_CONTRACTION = re.compile(r"[A-Z][a-z]*[’'](?:ll|m|d|ve|re|s|t)")


def _plausible(c: Candidate) -> bool:
    """False for things capitalised like names: organisations, places, acronyms, brands."""
    words = [w for w in c.words if w not in lexicon.PARTICLES]
    if not words or fold(c.text) in lexicon.words("places") or \
            fold(c.text) in lexicon.words("outlets"):
        return False
    if any(_CAMEL.match(w) or _CONTRACTION.fullmatch(w) for w in words):
        return False
    last = c.name[-1]
    if last.lower in lexicon.not_surnames() or (last.text.isupper() and len(last.text) > 1):
        return False
    if any(w.lower().rstrip(".") in lexicon.words("non_names") for w in words):
        return False
    if last.lower in lexicon.words("role_words") or (len(words) == 1 and (
            last.lower in lexicon.titles() or last.lower in lexicon.words("source_nouns"))):
        return False  # "The Defence Secretary", "Minister"
    return not any(ch.isdigit() for ch in c.text)


_ORG_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+(?:(?:for|of|on)\s+(?:the\s+)?|&\s+)$")
# Jobs held at an employer: "an analyst at Morgan Stanley" names a firm, not a person.
_EMPLOYEES = lexicon.words("role_words") | {
    "partner", "researcher", "fellow", "trader", "banker", "engineer", "reporter", "editor",
    "journalist", "officer", "lecturer", "student", "employee", "worker", "investor",
    "consultant", "associate", "economist", "analyst", "strategist", "professor", "director"}
_WORKS_AT = re.compile(r"([\w\-]+)\s+at\s+$")
# "in Jackson Hole, Wyoming", "near Jackson Hole, Wyo.": a place before its state or country.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|to)\s+$")
# Gatherings named after their place: "tells Jackson Hole gathering".
_EVENT_NOUNS = frozenset({"gathering", "symposium", "retreat", "conference", "summit", "forum"})
_PLACE_AFTER = re.compile(r",\s+([A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)(?=[,.;:)]|\s*$)")


def _place_or_gathering(text: str, c: Candidate) -> bool:
    """True for a place named like a person: "in Jackson Hole, Wyoming", "near Jackson
    Hole, Wyo.", "the Jackson Hole economic symposium"."""
    if c.title:
        return False
    noun = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[c.end:])
    if noun and (noun.group(1) in _EVENT_NOUNS or noun.group(2) in _EVENT_NOUNS):
        return True
    place = _PLACE_AFTER.match(text[c.end:])
    return bool(place and _PLACE_BEFORE.search(text, max(0, c.start - 20), c.start) and (
        place.group(1).lower().rstrip(".") in lexicon.words("places")
        or place.group(1).rstrip(".") in lexicon.STATE_ABBREVIATIONS))


def _inside_org_or_title(text: str, c: Candidate) -> bool:
    """True for "Fiscal Studies" in "Institute for Fiscal Studies", a quoted title, an
    employer ("an analyst at Morgan Stanley") or a place ("in Jackson Hole, Wyoming")."""
    start = c.title[0].start if c.title else c.start
    if _ORG_BEFORE.search(text, max(0, start - 120), start) or \
            _ORG_BEFORE.search(text, max(0, c.start - 120), c.start):
        return True
    works = _WORKS_AT.search(text, max(0, start - 120), start)
    if works and not c.title and works.group(1).lower() in _EMPLOYEES:
        return True
    if _place_or_gathering(text, c):
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
    word_before = re.search(r"([\w\-]+)\s+$", text[max(0, c.start - 80):c.start])
    if word_before and word_before.group(1).lower() in lexicon.words("role_words"):
        return True
    after = text[c.end:]
    if re.match(r"[’']?s?,\s+(?:who\b|\d{1,3},|[DRI]-[A-Z])", after):
        return True
    appos = re.match(r",\s+(?:the|a|an)?\s*([^,.;“”]{0,80})", after)
    if appos and any(w in lexicon.words("role_words") or w in lexicon.titles()
                     for word in re.findall(r"[\w\-]+", appos.group(1).lower())[:6]
                     for w in (word, word.rsplit("-", 1)[-1])):  # "the vice-president"
        return True
    return _speech_next_to(text, c) or fold(c.name[-1].text) in lone


def _speech_next_to(text: str, c: Candidate) -> bool:
    after = re.match(r"[,]?\s*(?:\w+ly\s+)?(\w+)", text[c.end:])
    if after and after.group(1).lower() in lexicon.speech_verb_forms() and \
            after.group(1).lower() not in lexicon.words("speech_verbs"):
        return True  # "Smith said", not "the Treasury note" nor "all I’ll say"
    before = text[max(0, c.start - 80):c.start].rstrip().lower()
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


def _credit_candidate(para: int, text: str, start: int, end: int, name: str) -> Candidate:
    words = name.split()
    toks, pos = [], start
    for word in words:
        pos = text.index(word[0], pos) if word[0] in text[pos:end] else pos
        at = next(m.start() for m in re.finditer(r"\S+", text[pos:end]))
        toks.append(Token(word, pos + at, pos + at + len(word)))
        pos = pos + at + len(word)
    return Candidate(para, toks, None, [], start, end, False, credit=True)


def _credit_candidates(state: ExtractState, headings: set[int]) -> list[Candidate]:
    """Names in bylines and photo credits, and a byline set as its own heading line.

    "Martha Kellaway in New York" or "Eleanor Pask" alone on a line near the top of the
    page is the author: a heading that is nothing but a name-shaped byline.
    """
    out = []
    for i, para in enumerate(state.article.paragraphs):
        text = para.text
        zones = credit_zones(text, para.kind)
        if i in headings and para.kind not in ("credit", "caption") and (i < 5 or zones):
            found = credit_names(text, byline=True)
            if len(found) == 1 and not text[:found[0][0]].strip() and (
                    i < 5 and not text[found[0][1]:].strip(" ,|")
                    or re.fullmatch(r"\s+(?:in|at)\s+[A-Z].*", text[found[0][1]:])):
                zones = [(0, len(text), True)]
        for zs, ze, byline in zones:
            for s, e, name in credit_names(text[zs:ze], byline):
                out.append(_credit_candidate(i, text, zs + s, zs + e, name))
    return out


# "Known to nearly everyone as Peggy, Mrs. Landry ...", "Margaret Landry, known as Peggy,"
_ALIAS = re.compile(r"\b(?:[Kk]nown|[Nn]icknamed|[Cc]alled)(?:\s+(?:to|by)\s+[^,.;“”]{1,40}?)?"
                    r"\s+as\s+[“\"‘']?([A-Z][a-z]+)[”\"’']?|\b[Nn]icknamed\s+[“\"‘']?([A-Z][a-z]+)")


def _merge_aliases(paras: list, cands: list[Candidate], groups: list[_Group]) -> None:
    """Join a nickname to the person it names, with any "Nickname Surname" mentions.

    The person is the name right after the phrase ("…as Peggy, Mrs. Landry") or right
    before it ("Margaret Landry, known as Peggy,"). Mentions by nickname join as short
    mentions, so the name the article gives in full stays the person's name.
    """
    where = {id(c): g for g in groups for c in g.full + g.short}
    for i, para in enumerate(paras):
        for m in _ALIAS.finditer(para.text):
            alias = fold(m.group(1) or m.group(2))
            here = [c for c in cands if c.para == i and id(c) in where]
            after = next((c for c in here if c.start >= m.end() and re.fullmatch(
                r"[,\s]*", para.text[m.end():c.start])), None)
            before = next((c for c in reversed(here) if c.end <= m.start() and re.fullmatch(
                r"[’']?s?,?\s*", para.text[c.end:m.start()])), None)
            ref = after or before
            if ref is None:
                continue
            target = where[id(ref)]
            last = fold(target.best()[-1])
            for g in groups:
                words = [fold(w) for w in g.best()]
                if g is not target and words[0] == alias and (len(words) == 1 or
                                                               words[-1] == last):
                    target.short += g.full + g.short
                    g.full, g.short, g._memo = [], [], None
    groups[:] = [g for g in groups if g.full or g.short]


def _pick(groups: list[_Group], c: Candidate, honorific: str | None) -> _Group | None:
    """The person a lone surname or given name refers to, if any."""
    key = fold(c.text)
    by_surname = [g for g in groups if g.surname() == key or g.last() == key]
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
    credits = _credit_candidates(state, headings)
    cands = [c for i, p in enumerate(paras)
             for c in paragraph_candidates(p.text, i, lower, state.name_tokens(i))
             if not any(k.para == i and k.start < c.end and c.start < k.end for k in credits)]
    known = _known_candidates(state) + credits
    state.credit_mentions = {(c.para, c.start) for c in credits}
    groups: list[_Group] = []

    def add_full(c: Candidate) -> None:
        for g in groups:
            if any(_same_person(c.words, f.words) for f in g.full):
                g.full.append(c)
                return
        groups.append(_Group(full=[c]))

    # a word in capitals alone is a dateline or an acronym ("JACKSON HOLE, Wyo. (AP)")
    cands = [c for c in cands if not (len(c.name) == 1 and c.name[0].text.isupper()
                                      and len(c.name[0].text) > 1 and not c.honorific)]
    lone = {fold(c.text) for c in cands if len(c.name) == 1 or c.honorific}
    is_full = [len(c.name) >= 2 and c.name[0].text.lower() not in lexicon.CAP_PARTICLES
               for c in cands]
    # a name used once as a place is a place throughout ("at Jackson Hole on Saturday")
    places = {fold(c.text) for c, full in zip(cands, is_full)
              if full and _place_or_gathering(paras[c.para].text, c)}
    for c, full in zip(cands, is_full):
        if full and c.para not in headings and fold(c.text) not in places and _plausible(c) and \
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
    _merge_aliases(paras, cands + known, groups)
    state.people = [_person(state, g) for g in sorted(groups, key=lambda g: min(
        (m.para, m.start) for m in g.all()))]
    state.people += _authors(state, groups)


def _authors(state: ExtractState, groups: list[_Group]) -> list[ArticlePerson]:
    """People of the byline kept outside the paragraphs (``Article.author``).

    Their mentions have ``para == -1`` and offsets into the author string, so nothing
    that walks paragraphs sees them.
    """
    author = state.article.author or ""
    out: list[ArticlePerson] = []
    for start, end, name in credit_names(author, byline=True):
        words = tuple(name.split())
        if any(_same_person(words, f.words) for g in groups for f in g.full) or \
                any(p.name == name for p in out):
            continue
        out.append(ArticlePerson(name=name, mentions=[Mention(author[start:end], -1, start,
                                                              end, 0)]))
    return out


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

