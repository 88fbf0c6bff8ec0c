"""Extraction rule ``names``: find people's names and group each person's mentions.

Candidates come from :mod:`generator.extract.candidates` (running text) and
:mod:`generator.extract.name_credits` (bylines, photo credits, curated names); which of
them are people is decided with :mod:`generator.extract.name_evidence`, and each person's
mentions are grouped with :mod:`generator.extract.name_groups`: "Sir Keir", "Starmer" and
"Keir Starmer" join the fullest name the article gives.
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.candidates import Candidate, core_words, fold, paragraph_candidates
from generator.extract.credits import credit_names
from generator.extract.name_credits import credit_candidates, known_candidates
from generator.extract.name_evidence import (
    Employers,
    has_evidence,
    inside_org_or_title,
    lone_evidence,
    place_or_gathering,
    plausible,
    plural_noun,
    relative,
    relative_by_given_name,
    work_or_business,
)
from generator.extract.name_groups import NameGroup, merge_aliases, pick, same_person
from generator.extract.state import ExtractState
from generator.extract.text import looks_like_heading
from generator.model import ArticlePerson, Mention


def gender_of(person: ArticlePerson) -> str | None:
    """``"m"``, ``"f"`` or None, from honorifics in the mentions or a known given name."""
    for m in person.mentions:
        first = m.text.split()[0].rstrip(".").lower()
        if lexicon.HONORIFICS.get(first) in ("m", "f"):
            return lexicon.HONORIFICS[first]
    given = lexicon.gender_of_first(person.name.split()[0]) \
        if " " in person.name or not person.surname_only else None
    return given if given in ("m", "f") else None



def find_names(state: ExtractState) -> None:
    """Find the people named in the article and group their mentions into ``state.people``."""
    paras = state.article.paragraphs
    lower = {w for p in paras for w in re.findall(r"(?<![\w’'])[a-z][a-z’'\-]*", p.text)}
    headings = {i for i, p in enumerate(paras) if looks_like_heading(p)}
    credits = credit_candidates(state, headings)
    cands = [c for i, p in enumerate(paras)
             for c in paragraph_candidates(p.text, i, lower, state.name_tokens(i))
             if not any(k.para == i and k.start < c.end and c.start < k.end for k in credits)]
    known = known_candidates(state) + credits
    state.credit_mentions = {(c.para, c.start) for c in credits}
    groups: list[NameGroup] = []

    def add_full(c: Candidate) -> None:
        for g in groups:
            if any(same_person(c.words, f.words) for f in g.full):
                g.full.append(c)
                return
        groups.append(NameGroup(full=[c]))

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
              if full and place_or_gathering(paras[c.para].text, c)}
    # the outlet the article names itself is never a person ("the Italian told Sky Sports")
    places.add(fold(state.article.source or ""))
    for c, full in zip(cands, is_full):
        if full and c.para not in headings and fold(c.text) not in places and plausible(c) and \
                not inside_org_or_title(paras[c.para].text, c) and \
                has_evidence(paras[c.para].text, c, lone) and \
                not work_or_business(paras[c.para].text, c):  # last: the rarest test
            add_full(c)
    for c in known:
        if len(c.name) >= 2:
            add_full(c)
    singles = [c for c, full in zip(cands, is_full) if not full or c.para in headings]
    singles.sort(key=lambda c: (c.honorific is None and not c.title, c.para, c.start))
    known_keys = {fold(k) for k in state.options.known_people}
    relatives = {id(g) for g in groups if relative(paras, min(g.full, key=lambda f: (
        f.para, f.start)))}
    employers = Employers(paras, cands)
    for c in singles + [k for k in known if len(k.name) == 1]:
        text = paras[c.para].text
        if len(core_words(c.words)) >= 2 and \
                c.name[0].text.lower() not in lexicon.CAP_PARTICLES:  # heading
            target = next((g for g in groups if any(same_person(c.words, f.words)
                                                    for f in g.full)), None)
            if target:
                target.full.append(c)
            continue
        target = pick(groups, c, c.honorific, relatives)
        if target:
            target.short.append(c)
        elif relative_by_given_name(text, c):
            groups.append(NameGroup(full=[c]))  # "Gardner's wife, Linda, works at a store"
        elif c.para not in headings and plausible(c) and not inside_org_or_title(text, c) and (
            c.honorific or fold(c.text) in known_keys
            or lone_evidence(text, c, employers) and not plural_noun(c.text)
        ) and not work_or_business(text, c):
            groups.append(NameGroup(short=[c]))
    merge_aliases(paras, cands + known, groups)
    state.people = [_person(state, g) for g in sorted(groups, key=lambda g: min(
        (m.para, m.start) for m in g.all()))]
    state.people += _authors(state, groups)


def _authors(state: ExtractState, groups: list[NameGroup]) -> list[ArticlePerson]:
    """People of the byline kept outside the paragraphs (``Article.author``).

    Their mentions have ``para == -1`` and offsets into the author string, so nothing
    that walks paragraphs sees them.
    """
    author = state.article.author or ""
    out: list[ArticlePerson] = []
    for start, end, name in credit_names(author, byline=True):
        words = tuple(name.split())
        if any(same_person(words, f.words) for g in groups for f in g.full) or \
                any(p.name == name for p in out):
            continue
        out.append(ArticlePerson(name=name, mentions=[Mention(author[start:end], -1, start,
                                                              end, 0)]))
    return out


def _person(state: ExtractState, g: NameGroup) -> ArticlePerson:
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
