"""Grouping the mentions of one person: "Sir Keir", "Starmer" and "Keir Starmer".

A lone surname or given name joins the person whose fullest name it matches
(:func:`pick`); a double surname may be shortened ("Ms Quispe" is Rosa María Quispe
Huamán), a family name written first ("Mr Xi"), a nickname joined by "known as"
(:func:`merge_aliases`). Where relatives share a surname, the bare surname is the one not
introduced as a relative.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from generator.extract import lexicon
from generator.extract.candidates import Candidate, core_words, fold

_FIRST_NAME_HONORIFICS = frozenset({"sir", "dame", "lord", "lady"})
_INITIAL = re.compile(r"(?:[^\W\d_]\.)+")


@dataclass
class NameGroup:
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


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
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



# "Known to nearly everyone as Peggy, Mrs. Landry ...", "Margaret Landry, known as Peggy,"
_ALIAS = re.compile(r"\b(?:[Kk]nown|[Nn]icknamed|[Cc]alled)(?:\s+(?:to|by)\s+[^,.;“”]{1,40}?)?"
                    r"\s+as\s+[“\"‘']?([A-Z][a-z]+)[”\"’']?|\b[Nn]icknamed\s+[“\"‘']?([A-Z][a-z]+)")


def merge_aliases(paras: list, cands: list[Candidate], groups: list[NameGroup]) -> None:
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


def pick(groups: list[NameGroup], c: Candidate, honorific: str | None,
          relatives: set[int] | None = None) -> NameGroup | None:
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
