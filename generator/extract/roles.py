"""Extraction rule ``roles``: the roles the text states for each person.

Three places state a role: a title before the name ("Russian Foreign Minister Sergey
Lavrov", "Shadow home secretary Yvette Cooper"), an apposition after it ("David Lammy, the
shadow foreign secretary,") and a description that stands for the person ("The Labour
leader told ..."). Descriptions are resolved by :mod:`generator.extract.discourse`, whose
references this rule leaves in ``state.references`` for the speakers rule.
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.discourse import build_references
from generator.extract.state import ExtractState
from generator.model import ArticlePerson

_JOIN = frozenset({"of", "and", "the", "for"})
_PARTY = {"D": "Democrat", "R": "Republican", "I": "Independent"}


def _role_word(word: str) -> bool:
    low = word.lower().rstrip(".")
    return low in lexicon.words("role_words") or (
        low in lexicon.titles() and low not in lexicon.HONORIFICS)


def _title_before(text: str, start: int) -> list[str]:
    """Roles written as a title before a name: "Senior Conservative MP and ... chair"."""
    words = list(re.finditer(r"[\w’'\-.]+", text[:start]))
    run: list[str] = []
    pos = start
    for m in reversed(words):
        word = m.group()
        if text[m.end():pos].strip():
            break  # punctuation between: the title run has ended
        low = word.lower().rstrip(".")
        if low in lexicon.HONORIFICS and not run:
            pos = m.start()
            continue
        if word[0].isupper() or _role_word(word) or low in _JOIN or \
                low in lexicon.words("demonyms") or low in ("former", "shadow", "deputy"):
            if (low in lexicon.words("non_names") and low not in _JOIN) or low in ("a", "an"):
                break
            run.insert(0, word.rstrip("."))
            pos = m.start()
            continue
        break
    while run and run[0].lower() in _JOIN:
        run.pop(0)
    while run and run[-1].lower() in _JOIN:
        run.pop()
    if not any(_role_word(w) for w in run):
        return []
    parts = re.split(r"\s+and\s+", " ".join(run))
    return [p for p in parts if any(_role_word(w) for w in p.split())]


def _apposition(text: str, end: int) -> list[str]:
    """Roles in an apposition: ", the head of Nato and a former Norwegian prime minister,"."""
    after = text[end:]
    party = re.match(r"[’']?s?,\s+([DRI])-([A-Z][\w.]*)", after)
    if party:
        return [f"{_PARTY[party.group(1)]}, {party.group(2)}"]
    m = re.match(r",\s+((?:the|a|an)\s+)?([^,;:.“”\"()]{2,90}?)(?=,|\.|;|$|\s+who\b|\s+said\b)",
                 after)
    if not m:
        return []
    roles = []
    for part in re.split(r"\s+and\s+(?:the|a|an)\s+", m.group(2)):
        words = part.split()
        if words and len(words) <= 10 and any(_role_word(w) for w in words[:6]):
            roles.append(part.strip())
    return roles


_ABBREVIATED = {"sen": "Senator", "rep": "Representative", "gov": "Governor", "lt": "Lieutenant",
                "gen": "General", "col": "Colonel", "capt": "Captain", "pm": "Prime Minister",
                "amb": "Ambassador", "atty": "Attorney", "pres": "President", "sgt": "Sergeant"}


def _add(person: ArticlePerson, role: str) -> None:
    role = re.sub(r"\s+", " ", role).strip(" ,")
    role = " ".join(_ABBREVIATED.get(w.lower().rstrip("."), w) for w in role.split())
    if role and role.lower() not in {r.lower() for r in person.roles}:
        person.roles.append(role[0].upper() + role[1:])


def find_roles(state: ExtractState) -> None:
    """Attach stated roles to ``state.people`` and resolve descriptions of people."""
    paras = state.article.paragraphs
    for person in state.people:
        for mention in person.mentions:
            text = paras[mention.para].text
            for role in _title_before(text, mention.start) + _apposition(text, mention.end):
                _add(person, role)
    state.references = build_references(state, add_roles=True)
