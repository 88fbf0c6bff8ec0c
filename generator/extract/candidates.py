"""Candidate person names: runs of capitalised words, split from the titles before them.

A candidate is what a reader would underline as "a name": "PM Keir Starmer" gives the
name "Keir Starmer" with the title "PM"; "Mrs von der Leyen" gives the honorific "Mrs"
and the surname "von der Leyen". Whether a candidate really is a person is decided in
:mod:`generator.extract.names`, which sees the whole article.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cached_property

from generator.extract import lexicon
from generator.extract.text import Token, name_tokens

_POSSESSIVE = re.compile(r"(?:[’']s|(?<=s)[’'])$")
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
# Honours and ranks written after a name, not part of it: "Gerald Finch KC", "Jo Doe OBE".
POST_NOMINALS = frozenset({"kc", "qc", "sc", "obe", "mbe", "cbe", "kbe", "dbe", "frs"})
_SENTENCE_OPENERS = "“\"‘'([—–-"
_NICK_OPEN = frozenset({" “", ' "', " ‘"})
_NICK_CLOSE = frozenset({"” ", '" ', "’ "})


@dataclass
class Candidate:
    """A possible name in one paragraph."""

    para: int
    name: list[Token]  # the name words, possessive stripped
    honorific: str | None  # "Mr", "Sir", "Sen." directly before the name
    title: list[Token]  # title and organisation words before the name ("PM", "US")
    start: int  # mention span: honorific (if any) to the end of the name
    end: int
    sentence_initial: bool
    known: bool = False  # a curated name from content/people
    credit: bool = False  # from a byline or photo credit: a person by convention

    @cached_property
    def words(self) -> tuple[str, ...]:
        """The name words as strings."""
        return tuple(t.text for t in self.name)

    @property
    def text(self) -> str:
        """The name without honorific, as written."""
        return " ".join(self.words)


def fold(text: str) -> str:
    """Case- and accent-insensitive key ("Jérôme" and "jerome" fold alike)."""
    if text.isascii():
        return text.casefold()
    norm = unicodedata.normalize("NFKD", text)
    return "".join(c for c in norm if not unicodedata.combining(c)).casefold()


_INITIAL = re.compile(r"[^\W\d_]\.")


def _is_titleish(tok: Token) -> bool:
    low = tok.lower
    return (low in lexicon.titles() or low in lexicon.words("demonyms")
            or low in lexicon.words("places") or low in lexicon.words("org_heads")
            or low in ("of", "the", "and")
            or (tok.text.isupper() and len(tok.text) > 1 and not _INITIAL.fullmatch(tok.text)))


def core_words(words: tuple[str, ...]) -> tuple[str, ...]:
    """The name without generational suffixes: "Walter P. Greaves Jr." → Walter P. Greaves."""
    end = len(words)
    if end < 2 or len(words[-1]) > 4:
        return words  # most names: no suffix can be that long
    while end > 1 and words[end - 1].lower().rstrip(".") in SUFFIXES:
        end -= 1
    return words[:end]


# Words that open a surname and may also be given names: "Ruairí Mac Giolla Bhríde".
_SURNAME_PREFIXES = frozenset({"mac", "mc", "ó", "ní", "nic", "uí", "ap", "fitz", "abu", "ibn",
                               "bin", "ben", "van", "von", "de", "del", "della", "di", "da",
                               "du", "le", "la", "st"})


def _initials(tok: Token) -> bool:
    """Two capitals written as a given name ("JD Vance", "AJ Brown"), not an acronym."""
    low = tok.text.lower()
    return len(tok.text) == 2 and tok.text.isalpha() and tok.text.isupper() and not (
        low in lexicon.words("places") or low in lexicon.words("non_names")
        or low in lexicon.words("demonyms") or low in lexicon.titles()
        or low in lexicon.expansions("role_abbreviations") or low in _ACRONYMS)


# Two-letter acronyms seen before names that are not initials.
_ACRONYMS = frozenset({"us", "uk", "eu", "un", "mp", "pm", "tv", "ai", "gp", "dj", "hr", "pr",
                       "it", "ap", "pa", "bp", "ge", "hp", "vp", "dc", "la", "nz", "sa"})


def _runs(text: str, toks: list[Token]) -> list[list[Token]]:
    """Maximal runs of capitalised words joined by single spaces, particles or "of"."""
    runs: list[list[Token]] = []
    cap = [t.is_cap for t in toks]
    n = len(toks)
    starts = [i for i in range(n) if cap[i]]
    taken = -1  # runs never overlap: a start inside the previous run is skipped
    for i in starts:
        if i <= taken:
            continue
        run = [toks[i]]
        j = i + 1
        while j < n and not _POSSESSIVE.search(run[-1].text):
            gap = text[run[-1].end:toks[j].start]
            if gap != " " and gap != "\u00a0":
                if gap in _NICK_OPEN and cap[j] and j + 1 < n and cap[j + 1] and \
                        text[toks[j].end:toks[j + 1].start] in _NICK_CLOSE:
                    run.append(toks[j + 1])  # a nickname inside: Robert “Bobby” Tiger
                    j += 2
                    continue
                break
            if cap[j]:
                run.append(toks[j])
                j += 1
                continue
            # lower-case particles and "of (the)" only when a capitalised word follows
            k = j
            while k < n and not cap[k] and (
                toks[k].text in lexicon.PARTICLES or toks[k].text in ("of", "the")
            ) and text[toks[k - 1].end:toks[k].start] in (" ", "\u00a0") and k - j < 3:
                k += 1
            if k > j and k < n and cap[k] and text[toks[k - 1].end:toks[k].start] == " ":
                run.extend(toks[j:k + 1])
                j = k + 1
                continue
            break
        runs.append(run)
        taken = j - 1
    return runs


_PEERAGES = frozenset({"lord", "lady", "baroness", "baron", "viscount", "viscountess"})


def _before_of(run: list[Token]) -> list[Token]:
    """A name cut from its employer or home: "Shirley Meng of the University of Chicago",
    "Larry Biegelsen of Wells Fargo".

    Only when a given name and a surname come before "of": "Secretary of State Antony
    Blinken" and "Bank of England" stay whole.
    """
    if len(run) < 3:
        return run
    for k, tok in enumerate(run):
        if tok.text == "of":
            before, after = run[:k], run[k + 1:]
            if len(before) == 2 and before[0].lower in _PEERAGES:
                return before  # a peer's territorial title: "Baroness Finlay of Llandaff"
            if len(before) >= 2 and after and not _is_titleish(before[-1]) and any(
                    lexicon.gender_of_first(t.text) for t in before[:-1]):
                return before
            return run
    return run


def _strip_possessive(tok: Token) -> Token:
    m = _POSSESSIVE.search(tok.text)
    if not m or len(tok.text) - len(m.group()) < 2:
        return tok
    return Token(tok.text[: m.start()], tok.start, tok.end - len(m.group()))


def _at_sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos].rstrip(" " + _SENTENCE_OPENERS)
    return not before or before[-1] in ".!?:…\"”’"


def paragraph_candidates(text: str, para: int, lowercase_words: set[str],
                         toks: list[Token] | None = None) -> list[Candidate]:
    """The name candidates of one paragraph (``toks``: its name tokens, when known).

    ``lowercase_words`` are the words the article also uses in lower case: a capitalised
    sentence opener that is an ordinary word elsewhere ("Speaking", "Despite") is dropped.
    """
    out = []
    non_names = lexicon.words("non_names")
    for run in _runs(text, name_tokens(text) if toks is None else toks):
        run = _before_of(run)
        run = run[:-1] + [_strip_possessive(run[-1])]
        initial = _at_sentence_start(text, run[0].start)
        while run and (run[0].lower in non_names or run[0].lower in ("the", "a")
                       or (initial and run[0].lower in lowercase_words
                           and run[0].lower not in lexicon.titles()
                           and not (len(run) > 1 and run[0].lower in lexicon.CAP_PARTICLES))):
            run = run[1:]
            initial = False
        while len(run) >= 3 and lexicon.gender_of_first(run[1].text) and \
                not lexicon.gender_of_first(run[0].text) and not _is_titleish(run[0]) and \
                run[1].lower not in _SURNAME_PREFIXES:
            # a job before a name: "Meteorologist Kara O'Donnell", not "Ruairí Mac Giolla"
            run = run[1:]
        while len(run) > 2 and run[-1].lower in POST_NOMINALS and run[-1].text.isupper():
            run = run[:-1]
        if not run:
            continue
        split = -1
        core = len(run)
        while core > 1 and run[core - 1].lower in SUFFIXES:
            core -= 1
        for i, tok in enumerate(run[: core - 1]):
            if _is_titleish(tok) and not (i == core - 2 and _initials(tok)) or tok.text.islower() and split == i - 1 and tok.text in ("of", "the"):
                split = i
        title, name = run[: split + 1], run[split + 1:]
        while name and name[0].text.islower() and name[0].text in ("of", "the"):
            title, name = title + name[:1], name[1:]
        if not name:
            continue
        honorific = None
        start = name[0].start
        if title and (title[-1].lower in lexicon.HONORIFICS
                      or title[-1].lower in lexicon.SHORT_TITLES):
            honorific = title[-1].text
            if title[-1].lower in lexicon.HONORIFICS:
                start = title[-1].start
        out.append(Candidate(para, name, honorific, title, start, name[-1].end,
                             _at_sentence_start(text, (title or name)[0].start)))
    return out
