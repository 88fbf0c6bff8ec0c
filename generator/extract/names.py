"""Extraction rule ``names``: find people's names and group each person's mentions.

Candidates come from :mod:`generator.extract.candidates`; this rule decides which are
people, using general signals only: organisation head nouns, place and nationality lists,
honorifics and titles, speech verbs next to a lone surname, and how the same words are used
elsewhere in the article. Mentions of one person are then grouped: "Sir Keir", "Starmer"
and "Keir Starmer" join the fullest name the article gives, "Mr de la Puente" and "Ms
Quispe" a double surname ("Gustavo de la Puente Ayala", "Rosa María Quispe Huamán"),
"Greaves" a suffixed name ("Walter P. Greaves Jr."), "Mr Xi" a family name written first.
Where relatives share a surname, the bare surname is the one not introduced as a relative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.extract import lexicon
from generator.extract.candidates import (
    SUFFIXES,
    Candidate,
    core_words,
    fold,
    paragraph_candidates,
)
from generator.extract.credits import credit_names, credit_zones, org_like
from generator.extract.state import ExtractState
from generator.extract.text import Token, looks_like_heading, tokens
from generator.model import ArticlePerson, Mention

_FIRST_NAME_HONORIFICS = frozenset({"sir", "dame", "lord", "lady"})
_INITIAL = re.compile(r"(?:[^\W\d_]\.)+")


@dataclass
class _Group:
    """Working record of one person while mentions are grouped.

    ``full`` and ``short`` only grow while names are grouped, so the derived keys are
    memoised on their lengths: :meth:`best` is asked for every lone surname.
    """

    full: list[Candidate] = field(default_factory=list)
    short: list[Candidate] = field(default_factory=list)
    _memo: tuple[int, int, tuple[str, ...], str, str, str, frozenset[str]] | None = field(
        default=None, repr=False)

    def all(self) -> list[Candidate]:
        return sorted(self.full + self.short, key=lambda c: (c.para, c.start))

    def keys(self) -> tuple[int, int, tuple[str, ...], str, str, str, frozenset[str]]:
        """(n full, n short, best name, surname, given name, last word, inner surnames):
        the keys a lone name is matched on, folded; see the accessors below."""
        memo = self._memo
        if memo is None or memo[0] != len(self.full) or memo[1] != len(self.short):
            best = self._best()
            core = core_words(best)
            # each run of the surnames, for "Ms Quispe" (Rosa María Quispe Huamán) and "Mr de
            # la Puente" (Gustavo de la Puente Ayala): a double surname is shortened
            words = [fold(w) for w in core[1:] if not _INITIAL.fullmatch(w)] if self.full else []
            inner = frozenset(" ".join(words[i:j]) for i in range(len(words))
                              for j in range(i + 1, len(words) + 1) if j - i < len(words))
            memo = self._memo = (  # full, short, best, surname, given, last, inner
                len(self.full), len(self.short), best,
                fold(" ".join(core[1:] if len(core) > 1 and self.full else core)),
                fold(core[0]) if self.full else "", fold(core[-1]), inner)
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
        return self.keys()[2]

    def surname(self) -> str:
        """Everything after the given name, folded."""
        return self.keys()[3]

    def given(self) -> str:
        """The given name, folded; "" for someone known only by surname."""
        return self.keys()[4]

    def last(self) -> str:
        """The last word of the best name, folded."""
        return self.keys()[5]


def _edit1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by at most one inserted, deleted or changed letter."""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) <= 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def _same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    ca, cb = core_words(a), core_words(b)
    if len(ca) < len(a) and len(cb) < len(b) and \
            fold(a[-1]).rstrip(".") != fold(b[-1]).rstrip("."):
        return False  # father and son: "Mark Hetrick Sr." is not "Mark Hetrick Jr."
    fa, fb = [fold(w) for w in ca], [fold(w) for w in cb]
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


# Words that open the name of a place, never a person's: "Santa Monica", "Fort Worth".
_PLACE_PREFIXES = frozenset({"san", "santa", "santo", "sao", "saint", "sainte", "ste", "st",
                             "fort", "ft", "port", "mount", "mt", "lake", "cape", "new"})


def _plausible(c: Candidate) -> bool:
    """False for things capitalised like names: organisations, places, acronyms, brands."""
    words = [w for w in c.words if w not in lexicon.PARTICLES]
    if not words or c.name[0].lower in SUFFIXES or fold(c.text) in lexicon.words("places") or \
            fold(c.text) in lexicon.words("outlets") or \
            len(c.name) >= 2 and fold(c.name[0].lower) in _PLACE_PREFIXES:
        return False
    if any(_CAMEL.match(w) or _CONTRACTION.fullmatch(w) for w in words):
        return False
    last = c.name[len(core_words(c.words)) - 1]
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
_HEAD_OF = re.compile(r"([\w\-]+)\s+of\s+(?:the\s+)?$")
# "in Jackson Hole, Wyoming", "near Jackson Hole, Wyo.": a place before its state or country.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|to)\s+$")
# Gatherings named after their place: "tells Jackson Hole gathering".
_EVENT_NOUNS = frozenset({"gathering", "symposium", "retreat", "conference", "summit", "forum"})
# Places named after someone or somewhere: "the Royal Gwent hospital", "Heathrow airport".
_SITE_NOUNS = frozenset({"hospital", "school", "academy", "college", "university", "church",
                         "cathedral", "mosque", "synagogue", "temple", "airport", "station",
                         "stadium", "arena", "park", "street", "road", "avenue", "bridge",
                         "river", "lake", "valley", "county", "district", "cemetery"})
_PLACE_AFTER = re.compile(r",\s+([A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)(?=[,.;:)]|\s*$)")


def _place_or_gathering(text: str, c: Candidate) -> bool:
    """True for a place named like a person: "in Jackson Hole, Wyoming", "near Jackson
    Hole, Wyo.", "the Jackson Hole economic symposium", "the Royal Gwent hospital"."""
    noun = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[c.end:])
    if noun and noun.group(1) in _SITE_NOUNS:
        return True  # "the Royal Gwent hospital", "Coweta fire station"
    if c.title:
        return False
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
    head = _HEAD_OF.search(text, max(0, start - 60), start)
    if head and not c.title and head.group(1).lower() in lexicon.words("role_words"):
        return True  # "the chief executive of Cantor Fitzgerald"
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
    return _speech_next_to(text, c) or fold(c.name[-1].text) in lone or \
        fold(" ".join(c.words[1:])) in lone  # "Pádraig Ó Floinn" … "Ó Floinn, who"


def _speech_next_to(text: str, c: Candidate) -> bool:
    # no comma between: in "Susan Close, who held her seat of Port Adelaide, said" the
    # name before the comma ends a clause, and the subject came before it
    after = re.match(r"\s*(?:\w+ly\s+)?(\w+)", text[c.end:])
    verb = after.group(1).lower() if after else ""
    if verb in lexicon.speech_verb_forms() and verb not in lexicon.words("speech_verbs") and \
            not verb.endswith("ing"):
        return True  # "Smith said", not "the Treasury note", "all I’ll say", "Additional reporting"
    before = text[max(0, c.start - 80):c.start].rstrip().lower()
    return bool(re.search(r"\b(?:said|says|according to|asked|told)$", before))


def gender_of(person: ArticlePerson) -> str | None:
    """``"m"``, ``"f"`` or None, from honorifics in the mentions or a known given name."""
    for m in person.mentions:
        first = m.text.split()[0].rstrip(".").lower()
        if lexicon.HONORIFICS.get(first) in ("m", "f"):
            return lexicon.HONORIFICS[first]
    given = lexicon.gender_of_first(person.name.split()[0]) \
        if " " in person.name or not person.surname_only else None
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


_AFTER_BYLINE_PLACE = re.compile(r"\s+(?:in|at)\s+([A-Z].*)")
_AFTER_CREDIT = re.compile(r"\s*(?:,|/|\||\s[-–—]|\s+for)\s+([A-Z].*)")


def _heading_byline(rest: str, name: str, top: bool) -> bool:
    """Whether a heading line that opens with a name-shaped ``name`` is a byline or a
    credit, from what follows the name (``rest``): nothing near the top of the page, a
    place ("Martha Kellaway in New York"), or an outlet ("Jane Doe for NPR", "JANE DOE,
    Tulsa World"). "Democracy Dies in Darkness" is a slogan: no given name, no place."""
    if not rest.strip(" ,|"):
        return top
    place = _AFTER_BYLINE_PLACE.fullmatch(rest)
    if place:
        return lexicon.gender_of_first(name.split()[0]) is not None or \
            fold(place.group(1).split(",")[0].strip()) in lexicon.words("places")
    outlet = _AFTER_CREDIT.fullmatch(rest)
    return bool(outlet and org_like(outlet.group(1)))


def _credit_candidates(state: ExtractState, headings: set[int]) -> list[Candidate]:
    """Names in bylines and photo credits, and a byline set as its own heading line.

    "Martha Kellaway in New York" or "Eleanor Pask" alone on a line near the top of the
    page is the author: a heading that is nothing but a name-shaped byline.
    """
    out = []
    for i, para in enumerate(state.article.paragraphs):
        text = para.text
        zones = credit_zones(text, para.kind)
        if i in headings and para.kind not in ("credit", "caption"):
            found = credit_names(text, byline=True)
            if len(found) == 1 and not text[:found[0][0]].strip() and \
                    _heading_byline(text[found[0][1]:], found[0][2], i < 5 or bool(zones)):
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


def _pick(groups: list[_Group], c: Candidate, honorific: str | None,
          relatives: set[int] | None = None) -> _Group | None:
    """The person a lone surname or given name refers to, if any.

    When several people share the surname, one introduced as someone's relative ("Her
    son, Karim el-Mansouri") is not the one the bare surname stands for.
    """
    key = fold(" ".join(core_words(c.words)))
    keyed = [(g, g.keys()) for g in groups]
    by_surname = [g for g, k in keyed if k[3] == key or k[5] == key]
    hon = (honorific or "").rstrip(".").lower()
    by_given = [g for g, k in keyed if k[4] == key and (not hon or hon in _FIRST_NAME_HONORIFICS)]
    # a double surname shortened: "Ms Quispe" is Rosa María Quispe Huamán
    options = by_surname or by_given or [g for g, k in keyed if key in k[6]] or [
        # a family name written first: "Mr Xi" is Xi Jinping, "Ms Kim" Kim Min-ji
        g for g, k in keyed if k[4] == key]
    want = lexicon.HONORIFICS.get(hon)
    if want in ("m", "f"):
        fitting = [g for g in options if lexicon.gender_of_first(g.best()[0]) in (want, None, "u")
                   or not g.full]
        options = fitting or options
    if len(options) > 1 and relatives:
        options = [g for g in options if id(g) not in relatives] or options
    if len(options) > 1:
        before = [g for g in options if any((m.para, m.start) < (c.para, c.start) for m in g.all())]
        if before:
            return max(before, key=lambda g: max((m.para, m.start) for m in g.all()
                                                 if (m.para, m.start) < (c.para, c.start)))
    return options[0] if options else None


# "Her son, Karim el-Mansouri", "his younger brother Oskar Lindqvist", "Her father, Johan".
_KIN = ("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
        "widow", "widower", "uncle", "aunt", "cousin", "nephew", "niece", "grandson",
        "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "twin")
_RELATIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w\-]+[’']s?)\s+(?:[a-z\-]+\s+)?"
                              r"(?:" + "|".join(_KIN) + r")s?\s*,?\s*$")


_EMPLOYER = re.compile(r"\b([A-Z][\w’'\-]+)\s+(?:[a-z][a-z\-]+\s+)?([a-z][a-z\-]+)\b")


# A company by how it is written about: "Shares of Medtronic", "Medtronic shares", "Medtronic,
# which".
_COMPANY = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+([A-Z][\w’'\-]+)|\b([A-Z][\w’'\-]+)(?:[’']s)?"
                      r"\s+(?:shares|stock)\b|\b([A-Z][\w’'\-]+),\s+which\b")


class _Employers:
    """Words the article uses for an employer, found the first time one is asked about:
    one that qualifies a job ("Exeter manager Gareth O’Callaghan", "Bolton boss"), the
    first word of an organisation's name ("Exeter" of "Exeter City") and a company ("Shares
    of Medtronic")."""

    def __init__(self, paras: list, cands: list[Candidate]) -> None:
        self.paras, self.cands = paras, cands
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            roles, heads = lexicon.words("role_words"), lexicon.words("org_heads")
            self.words = {fold(m.group(1)) for p in self.paras
                          for m in _EMPLOYER.finditer(p.text) if m.group(2) in roles}
            self.words |= {fold(c.name[0].text) for c in self.cands
                           if len(c.name) >= 2 and c.name[-1].lower in heads}
            self.words |= {fold(m.group(1) or m.group(2) or m.group(3)) for p in self.paras
                           for m in _COMPANY.finditer(p.text)}
        return word in self.words


def _lone_evidence(text: str, c: Candidate, employers: _Employers) -> bool:
    """Whether a lone word is a person: a title before it ("Coach Reid") or a speech verb
    beside it, though not after "in" or "at" ("… at the University of California, Davis,
    said" names a place) nor "the" ("the Dane said"), nor for a word the article uses for
    an employer ("Exeter manager Gareth O’Callaghan … Exeter posted on X")."""
    if c.title and c.title[-1].lower in lexicon.titles() and c.title[-1].lower != "st" and \
            c.title[-1].lower not in lexicon.words("org_heads"):  # not "BBC Radio Devon"
        return True  # nor "St Ives"
    return _speech_next_to(text, c) and not _PLACE_BEFORE.search(
        text, max(0, c.start - 20), c.start) and text[max(0, c.start - 4):c.start] != "the " \
        and fold(c.text) not in employers


def _relative_by_given_name(text: str, c: Candidate) -> bool:
    """A relative named by a given name alone, set off after the kinship word: "Gardner's
    wife, Linda, works at a dollar store", "his son Jack"."""
    return len(c.name) == 1 and not c.honorific and not c.title and \
        lexicon.gender_of_first(c.name[0].text) is not None and \
        re.match(r"[,.;)]|\s+(?:and|who|said|says)\b", text[c.end:]) is not None and \
        _RELATIVE_BEFORE.search(text, max(0, c.start - 60), c.start) is not None


def _relative(paras: list, c: Candidate) -> bool:
    """True when a person is introduced as somebody's relative: "Her son, Karim ..."."""
    text = paras[c.para].text
    return _RELATIVE_BEFORE.search(text, max(0, c.start - 60), c.start) is not None


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
    cores = [core_words(c.words) for c in cands]
    lone = {fold(" ".join(w)) for c, w in zip(cands, cores)
            if len(w) == 1 or c.honorific or c.name[0].lower in lexicon.CAP_PARTICLES}
    is_full = [len(w) >= 2 and c.name[0].text.lower() not in lexicon.CAP_PARTICLES
               for c, w in zip(cands, cores)]
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
    relatives = {id(g) for g in groups if _relative(paras, min(g.full, key=lambda f: (
        f.para, f.start)))}
    employers = _Employers(paras, cands)
    for c in singles + [k for k in known if len(k.name) == 1]:
        text = paras[c.para].text
        if len(core_words(c.words)) >= 2 and \
                c.name[0].text.lower() not in lexicon.CAP_PARTICLES:  # heading
            target = next((g for g in groups if any(_same_person(c.words, f.words)
                                                    for f in g.full)), None)
            if target:
                target.full.append(c)
            continue
        target = _pick(groups, c, c.honorific, relatives)
        if target:
            target.short.append(c)
        elif _relative_by_given_name(text, c):
            groups.append(_Group(full=[c]))  # "Gardner's wife, Linda, works at a store"
        elif c.para not in headings and _plausible(c) and not _inside_org_or_title(text, c) and (
            c.honorific or fold(c.text) in known_keys
            or _lone_evidence(text, c, employers)
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

