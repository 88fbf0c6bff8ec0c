"""Extraction rule ``roles``: the roles the text states for each person.

Four places state a role: a title before the name ("Russian Foreign Minister Sergey
Lavrov", "Shadow home secretary Yvette Cooper"), an apposition after it ("David Lammy, the
shadow foreign secretary,"), a role set off before it ("Egypt's foreign minister, Badr
Abdelatty, said") and a description that stands for the person ("The Labour leader told
..."). Descriptions are resolved by :mod:`generator.extract.discourse`, whose references
this rule leaves in ``state.references`` for the speakers rule.

A role attaches only to the name it is written against: a role in apposition to one person
in a list never reaches the subject of the sentence. Finally each person's roles are
tidied (:func:`tidy_roles`) so one office reads one way.
"""

from __future__ import annotations

import re
from functools import cache

from generator.extract import lexicon
from generator.extract.discourse import build_references
from generator.extract.state import ExtractState
from generator.extract.text import ABBREVIATIONS
from generator.model import ArticlePerson

_JOIN = frozenset({"of", "and", "the", "for"})
_PARTY = {"D": "Democrat", "R": "Republican", "I": "Independent"}
_MODIFIERS = frozenset({"former", "shadow", "deputy", "acting", "interim", "outgoing"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its"})
_RELATIVES = frozenset({"who", "whose", "whom", "which", "where", "when", "that"})
# Words that end the noun part of a role: its head noun comes just before them.
_AFTER_HEAD = frozenset({"of", "at", "for", "from", "in", "on", "with", "to", "as", "and",
                         "since", "until", "after", "before", "during", "who", "which"})
# Capitalised words that are never part of a title: "Friday Foreign Minister X" is two things.
_CALENDAR = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
_LOWER_IN_TITLES = frozenset({"of", "the", "for", "and", "at", "in", "on", "to", "from",
                              "with", "a", "an", "by", "or"})
# Kinship is a relationship, not a role, though "Sister" and "Father" are titles.
_KIN = frozenset({"sister", "brother", "father", "mother", "son", "daughter", "wife",
                  "husband", "widow", "widower", "uncle", "aunt", "cousin", "nephew", "niece",
                  "grandson", "granddaughter", "grandfather", "grandmother", "partner"})
_WORD = re.compile(r"[\w’'\-.]+")


def _role_word(word: str, strict: bool = False) -> bool:
    """A head noun of a role, including compounds: "schoolteacher", "co-founder".

    ``strict`` leaves out the titles that are not in our role word list (nameparser's
    long list holds "first" and "developer" as well as "senator").
    """
    low = word.lower().rstrip(".")
    if low in _KIN:
        return False
    if low in lexicon.words("role_words") or (
            not strict and low in lexicon.titles() and low not in lexicon.HONORIFICS):
        return True
    tail = low.rsplit("-", 1)[-1]
    return tail != low and tail in lexicon.words("role_words") or low.endswith(_long_roles())


@cache
def _long_roles() -> tuple[str, ...]:
    """Role words long enough to end a compound: "schoolteacher", "co-founder"."""
    return tuple(sorted(w for w in lexicon.words("role_words") if len(w) >= 6))


def _ends_sentence(word: str) -> bool:
    """True for "House." closing a sentence; False for "Sen.", "U.S." or an initial."""
    if not word.endswith("."):
        return False
    low = word.lower().rstrip(".")
    return not (low in ABBREVIATIONS or low in lexicon.expansions("role_abbreviations")
                or re.fullmatch(r"(?:[A-Za-z]\.)+", word))


def _title_word(word: str, text: str, start: int) -> bool:
    """Whether ``word`` can belong to a title run before a name."""
    low = word.lower().rstrip(".")
    if low in ("a", "an") or low in _CALENDAR:
        return False
    if word[0].isupper() or _role_word(word) or low in _JOIN or \
            low in lexicon.words("demonyms") or low in _MODIFIERS:
        # "Labour", "Nato" and "Senate" qualify a title mid-sentence; "However" does not
        before = text[max(0, start - 20):start].rstrip() or text[:start].rstrip()
        initial = not before or before[-1] in ".!?“\"‘"
        return not (low in lexicon.words("non_names") and low not in _JOIN
                    and not _role_word(word) and (initial or not word[0].isupper()))
    return False


def _title_before(text: str, start: int, names: set[tuple[int, int]]) -> list[str]:
    """Roles written as a title before a name: "Senior Conservative MP and ... chair".

    One lower-case modifier may sit inside the title when a qualifier precedes it
    ("Dutch caretaker premier Mark Rutte"). The title stops at another person's name
    (``names`` holds the mention spans): in "former Gov. Nikki Haley and Sen. Tim Scott"
    only "Sen." is Scott's.
    """
    words = list(_WORD.finditer(text, max(0, start - 300), start))
    run: list[str] = []
    pending: str | None = None  # a lower-case modifier waiting for a qualifier on its left
    pos = start
    for m in reversed(words):
        word = m.group()
        if text[m.end():pos].strip() or _ends_sentence(word) or \
                any(s <= m.start() < e for s, e in names):
            break  # punctuation, a sentence end or a name between: the title has ended
        low = word.lower().rstrip(".")
        if low in lexicon.HONORIFICS:
            if run:
                break  # "Mrs Justice Okonjo": the honorific is not part of the role
            pos = m.start()
            continue
        if _title_word(word, text, m.start()):
            if pending is not None:
                if not (word[0].isupper() or low in lexicon.words("demonyms") or low == "the"):
                    break
                run.insert(0, pending)
                pending = None
            run.insert(0, word if re.fullmatch(r"(?:[A-Za-z]\.)+", word) else word.rstrip("."))
            pos = m.start()
            continue
        if pending is None and run and _role_word(run[0]) and word.isalpha() and \
                word.islower() and low not in lexicon.words("non_names") and \
                low not in lexicon.speech_verb_forms():
            pending, pos = word, m.start()
            continue
        break
    if run and run[-1].lower() in _JOIN:
        return []  # "a spokeswoman for the Dunleavy campaign": the name is no title's
    while run and run[0].lower() in _JOIN:
        run.pop(0)
    if not any(_role_word(w) for w in run):
        return []
    parts = re.split(r"\s+and\s+", " ".join(run))
    return [p for p in parts if any(_role_word(w) for w in p.split())]


def _nominal(words: list[str]) -> list[str]:
    """The noun part of a role phrase: the words before "of", "at", "who" ..."""
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in _AFTER_HEAD:
            return words[:i]
    return words


def _is_role_phrase(words: list[str], determiner: bool) -> bool:
    """Whether an apposition states a role.

    Its head noun must be a role word; after an article a role word or "former" anywhere
    in the noun part will do (", a former newspaper reporter in Tucson,"). Without an
    article it must start like a title, not like a verb (", dropped his opposition").
    """
    if not words or len(words) > 10 or words[0].lower() in _RELATIVES:
        return False
    first = words[0]
    if not determiner and not (first[0].isupper() or _role_word(first) or first.lower()
                               in _MODIFIERS or first.lower() in lexicon.words("demonyms")):
        return False
    nominal = _nominal(words)
    if _role_word(nominal[-1]):
        return True
    return determiner and any(_role_word(w, strict=True) or w.lower() in _MODIFIERS
                              for w in nominal)


# Apposition text: no clause punctuation; a full stop only inside "U.S." or "St.Louis".
_PHRASE = r"(?:[^,;:.“”\"()]|(?<=\b[A-Z])\.|\.(?=\w))"
# A trailing time: "chief of staff for nine years", "chair since 2019".
_TIME = re.compile(r"\s+(?:for|since|until|from|in|between|during)\s+(?:\w+\s+){0,2}?"
                   r"(?:\d|years?\b|months?\b|decades?\b|weeks?\b).*$")
_PHRASE_END = r"(?=,|;|:|(?<!\b[A-Z])\.(?!\w)|$|\s+who\b|\s+said\b|[“”\"()])"


def _apposition(text: str, end: int) -> list[str]:
    """Roles in an apposition: ", the head of Nato and a former Norwegian prime minister,".

    The phrase must be a noun phrase headed by a role word, so ", who chairs ..." and
    ", dropped his opposition ..." state no role.
    """
    after = text[end:]
    party = re.match(r"[’']?s?,\s+([DRI])-([A-Z][\w.]*)", after)
    if party:
        return [f"{_PARTY[party.group(1)]}, {party.group(2)}"]
    m = re.match(r",\s+(?:who\s+(?:is|was|has\s+been|had\s+been|became)\s+)?"
                 r"((?:the|a|an|his|her|their)\s+)?(" + _PHRASE + r"{2,90}?)" + _PHRASE_END, after)
    if not m:
        return []
    roles = []
    for i, part in enumerate(re.split(r"\s+and\s+(?:the|a|an)\s+", _TIME.sub("", m.group(2)))):
        if _is_role_phrase(part.split(), determiner=bool(m.group(1)) or i > 0):
            roles.append(part.strip())
    return roles


def _role_set_before(text: str, start: int, end: int, name_ends: set[int]) -> list[str]:
    """A role set off by commas before a name: "Her campaign manager, Luis Ortega, said".

    Not when that role is itself in apposition to an earlier name ("Kaja Kallas, the
    Estonian prime minister, Sir Keir set out"), and only when the name closes the
    apposition with a comma or a full stop.
    """
    before = text[:start]
    if not re.search(r",\s*$", before) or not re.match(r"[’']?s?\s*[,.;]|\s*$", text[end:]):
        return []
    comma = before.rstrip()[:-1]
    words: list[str] = []
    pos = len(comma)
    for m in reversed(list(_WORD.finditer(comma))):
        word, low = m.group(), m.group().lower()
        if comma[m.end():pos].strip() or _ends_sentence(word) or len(words) >= 6:
            break
        if low in _DETERMINERS:
            pos = m.start()
            break
        if word.islower() and (low in lexicon.words("non_names")
                               or low in lexicon.speech_verb_forms()):
            break
        words.insert(0, word)  # possessors included: "The grid operator's chief executive"
        pos = m.start()
    if not words or not _role_word(words[-1], strict=True):
        return []
    if any(re.fullmatch(r",\s*", comma[e:pos]) for e in name_ends):
        return []  # the role belongs to the name before it
    return [" ".join(words)]


def _expand(role: str) -> str:
    """Abbreviations spelled out ("PM" → "Prime Minister"), whitespace and ends cleaned."""
    role = re.sub(r"\s+", " ", role).strip(" ,;:")
    table = lexicon.expansions("role_abbreviations")
    return " ".join(table.get(w.lower().rstrip("."), w) for w in role.split())


def _title_case(role: str) -> str:
    """Title Case, keeping function words low and words like "U.S." or "JPMorgan" as written."""
    out = []
    for i, word in enumerate(role.split()):
        if i and word.lower() in _LOWER_IN_TITLES:
            out.append(word.lower())
        elif any(c.isupper() for c in word[1:]) or any(c.isdigit() or c == "." for c in word):
            out.append(word)
        else:
            out.append("-".join(p[:1].upper() + p[1:] for p in word.split("-")))
    return " ".join(out)


def normalise_role(role: str) -> str:
    """A role as it should read: no leading article, abbreviations expanded, Title Case."""
    words = _expand(role).split()
    while words and words[0].lower() in _DETERMINERS:
        words.pop(0)
    return _title_case(" ".join(words))


def _contains(longer: tuple[str, ...], shorter: tuple[str, ...]) -> bool:
    """True when ``shorter``'s words all appear, in order, in the longer ``longer``."""
    rest = iter(longer)
    return len(longer) > len(shorter) and all(word in rest for word in shorter)


def tidy_roles(roles: list[str]) -> list[str]:
    """Normalised roles without repeats or strict sub-phrases of another role.

    "Prime Minister" goes when "British Prime Minister" is there, "Former President" when
    "Former US President" is; the text's wording is otherwise kept as it is.
    """
    out: list[str] = []
    for role in roles:
        role = normalise_role(role)
        if role and role.casefold() not in {r.casefold() for r in out}:
            out.append(role)
    keys = [tuple(r.casefold().split()) for r in out]
    return [r for r, k in zip(out, keys) if not any(_contains(o, k) for o in keys)]


def _add(person: ArticlePerson, role: str) -> None:
    role = _expand(role)
    if role and role.lower() not in {r.lower() for r in person.roles}:
        person.roles.append(role[0].upper() + role[1:])


def find_roles(state: ExtractState) -> None:
    """Attach stated roles to ``state.people`` and resolve descriptions of people."""
    paras = state.article.paragraphs
    spans: dict[int, set[tuple[int, int]]] = {}
    for person in state.people:
        for mention in person.mentions:
            spans.setdefault(mention.para, set()).add((mention.start, mention.end))
    for person in state.people:
        for mention in person.mentions:
            if mention.para < 0 or paras[mention.para].kind == "credit":
                continue  # a byline or a photo credit states no role
            text, names = paras[mention.para].text, spans[mention.para]
            for role in _title_before(text, mention.start, names) + \
                    _apposition(text, mention.end) + \
                    _role_set_before(text, mention.start, mention.end, {e for _, e in names}):
                _add(person, role)
    state.references = build_references(state, add_roles=True)
    for person in state.people:
        person.roles = tidy_roles(person.roles)
