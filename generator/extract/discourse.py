"""Who is being talked about: every reference to a person in text order, resolved.

Names come from the ``names`` rule; descriptions, unnamed sources and pronouns from
:mod:`generator.extract.references`; :mod:`generator.extract.resolution` says whom each
description and pronoun refers to. This is a small centering heuristic, not a parser; it
is shared by ``roles`` and ``speakers``.
"""

from __future__ import annotations

import re

from generator.extract.references import (
    CLOSES_APPOSITION,
    OWNER_APPOSITION,
    PRONOUNS,
    SUBORDINATORS,
    desc_refs,
    inside_quote,
    is_subject,
    last_sentence_subject,
    prev_word,
    sentence_of,
    source_refs,
    titles_name,
    unnamed_refs,
)
from generator.extract.resolution import resolve
from generator.extract.state import ExtractState, Reference

__all__ = ["build_references", "inside_quote", "last_sentence_subject", "prev_word", "sentence_of"]

def build_references(state: ExtractState, add_roles: bool = False) -> list[Reference]:
    """Every person reference in the article, in order, resolved as far as the text allows."""
    refs: list[Reference] = []
    paras = state.article.paragraphs
    for person in state.people:
        for m in person.mentions:
            if m.para < 0 or (m.para, m.start) in state.credit_mentions:
                continue  # a byline or photo credit is no antecedent
            poss = bool(re.match(r"[’']s?\b", paras[m.para].text[m.end:]))
            refs.append(Reference(m.para, m.start, m.end, m.text, "name", person.name,
                                  possessive=poss))
    by_para: dict[int, list[Reference]] = {}
    for r in refs:
        by_para.setdefault(r.para, []).append(r)
    for i, para in enumerate(paras):
        names = by_para.get(i, [])
        extra = desc_refs(para.text, i) + source_refs(para.text, i) + [
            Reference(i, m.start(), m.end(), m.group(), "pronoun",
                      possessive=m.group().lower() in ("his", "her"))
            for m in PRONOUNS.finditer(para.text)] + unnamed_refs(para.text, i)
        for r in extra:
            inside = [n for n in names if n.start < r.end and r.start < n.end]
            if r.kind == "source" and inside and all(
                    r.start <= n.start and n.end <= r.end and (n.end < r.end or r.start < n.start)
                    for n in inside):
                # "A Trump campaign spokesman said", "a spokesperson for Avery said": the
                # name only qualifies the source
                refs[:] = [x for x in refs if not any(x is n for n in inside)]
                refs.append(r)
            elif not inside and not titles_name(para.text, r, names):
                refs.append(r)
    refs.sort(key=lambda r: (r.para, r.start))
    appositions: set[int] = set()
    listed: set[int] = set()  # descriptions in a list of descriptions
    for prev, r in zip([None, *refs], refs):
        text = paras[r.para].text
        r.subject = r.kind != "source" and is_subject(text, r)
        gap = text[prev.end:r.start] if prev is not None and prev.para == r.para else "."
        apposition = prev is not None and {prev.kind, r.kind} == {"name", "description"} \
            and gap.strip() == ","
        if prev is not None and prev.kind == r.kind == "description" and \
                re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", gap):
            listed.update((id(prev), id(r)))  # "the German chancellor, the Nato chief and ..."
        if apposition and prev is not None:
            appositions.add(id(r))
            r.subject = prev.subject or r.subject
        elif prev is not None and r.subject and not (id(prev) in appositions and gap.strip() == ",") \
                and not (r.possessive and OWNER_APPOSITION.match(text, prev.end)) and re.fullmatch(
                r"[’']?s?\s*(?:,|,?\s*and|,?\s*or)\s*", gap):
            r.subject = prev.subject = False  # a list: "the German chancellor, the Nato ..."
    for i, r in enumerate(refs):
        text = paras[r.para].text
        r.sentence = sentence_of(state, r.para, r.start)[0]
        word = prev_word(text, r.start)
        if r.subject and r.kind == "name" and word == "," and CLOSES_APPOSITION.match(
                text, r.end):
            # "she held up a photograph of her mother, the poet Grace Abernathy, who ...":
            # a name set off after the sentence already has its subject is an apposition
            subjects = [p for p in refs[max(0, i - 6):i] if p.para == r.para and p.subject
                        and p.sentence == r.sentence and not p.possessive
                        and p.kind in ("name", "pronoun") and id(p) not in appositions]
            if subjects and text[subjects[-1].end:r.start].strip() != ",":
                r.subject = False
        r.main = r.subject and word not in SUBORDINATORS
        if r.kind == "unnamed":
            r.subject = r.main
    resolve(state, refs, add_roles, listed)
    return refs
