"""Name candidates the page gives outside running text: bylines, photo credits and the
site's curated people (``known_people``).

A byline may be a heading line of its own ("Eleanor Pask", "Martha Kellaway in New
York", "Jane Doe for NPR", "Rowena Castellano Health policy editor").
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.candidates import Candidate, fold
from generator.extract.credits import credit_names, credit_zones, org_like
from generator.extract.state import ExtractState
from generator.extract.text import Token, tokens


def known_candidates(state: ExtractState) -> list[Candidate]:
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


# A byline with the author's job run on after the name, as the Guardian's scrapes read:
# "Rowena Castellano Health policy editor", "Jane Doe Political correspondent".
_NEWSROOM_JOBS = frozenset({"editor", "correspondent", "reporter", "writer", "columnist",
                            "journalist", "critic", "contributor", "producer"})
_NAME_THEN_JOB = re.compile(r"([A-Z][\w’'\-]+\s+[A-Z][\w’'\-]+)\s+[A-Z]?[a-z]+(?:\s+[\w\-]+){0,3}")


def _name_with_job(text: str) -> tuple[int, int, str] | None:
    """The name of a heading line that is a name followed by a newsroom job."""
    match = _NAME_THEN_JOB.fullmatch(text)
    if not match or text.split()[-1].lower() not in _NEWSROOM_JOBS or \
            lexicon.gender_of_first(text.split()[0]) is None:
        return None
    return match.start(1), match.end(1), match.group(1)


def credit_candidates(state: ExtractState, headings: set[int]) -> list[Candidate]:
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
        job_byline = _name_with_job(text) if i in headings and i < 5 and not zones else None
        if job_byline:
            out.append(_credit_candidate(i, text, *job_byline))
    return out
