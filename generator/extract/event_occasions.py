"""Trigger rules for scheduled and civic happenings: debates, hearings, visits, elections
and deaths, used by :mod:`generator.extract.event_triggers`.

These words are often abstract ("the debate over immigration", "a fair hearing", "the vote
share"), so each counts only in the shape of a happening: with a date, a venue, a type
("Republican primary debate"), a committee ("testified before the Senate Commerce
Committee"), or, for visits, announced for the future.
"""

from __future__ import annotations

import re

from generator.extract.dates import MONTHS
from generator.extract.event_phrases import CAP, STOP, Spans, Trigger, has_date, overlaps, person_at

_DATED_KINDS = {"inauguration": "ceremony", "coronation": "ceremony"}
# Modifiers that make a debate a scheduled happening rather than an argument.
_DEBATE_TYPES = (r"presidential|primary|televised|TV|leaders’?|vice-presidential|mayoral|"
                 r"leadership|candidates’?|Republican|Democratic|GOP|Senate|Commons|Lords|"
                 r"parliamentary|gubernatorial|council")
_DEBATE_MODIFIERS = re.compile(rf"(?:{_DEBATE_TYPES}|first|second|third|fourth|final)$",
                               re.IGNORECASE)
_UNNAMED_DEAD = re.compile(
    r"\b(?:an?|one|two|three|four|five|\d+)\s+(?:\w+\s+)?(?:man|woman|boy|girl|child|children|"
    r"teenager|person|people|residents?|drivers?|workers?|passengers?|pedestrians?|"
    r"soldiers?|civilians?|officers?|hikers?|students?)\s+(?:who\s+)?$", re.IGNORECASE)
_OFFICE = re.compile(r"\s+(?:office|officials?|board|commission|agency|department|chief|"
                     r"supervisor|administrator|workers?|law|staff)\b", re.IGNORECASE)
_CONTESTED = re.compile(r"\b(?:won|wins|winning|defeat(?:ed|ing|s)?|beat|beating|lost|loses|"
                        r"losing|conceded|concedes|(?:re-?)?elected|ran|runs|running)\b")
_POSSESSIVE = re.compile(r"[’']s?\b")
# "Abbott said that ... died": the person named before is the one reporting the death.
_REPORTED = re.compile(r"\b(?:said|says|told|tells|announced|confirmed|reported|that)\b")


def _modifiers(text: str, start: int, pattern: re.Pattern[str], people: Spans) -> str:
    """Up to four words before ``start`` that ``pattern`` accepts, people and stop words
    excluded: "The second Republican primary debate" → "second Republican primary"."""
    words: list[str] = []
    cursor = start
    for w in reversed(list(re.finditer(r"[\w’'-]+", text[max(0, start - 60):start]))):
        begin = max(0, start - 60) + w.start()
        if (len(words) == 4 or text[begin + len(w.group()):cursor].strip()
                or not pattern.fullmatch(w.group()) or w.group() in STOP
                or overlaps(people, begin, begin + len(w.group()))):
            break
        words.insert(0, w.group())
        cursor = begin
    return " ".join(words)


def debate(text: str, m: re.Match[str], noun: bool, anaphoric: bool,
            fresh: bool) -> Trigger | None:
    """A debate is a happening with a date, a venue ("at Brooklyn College") or a type
    ("Republican primary debate"); "the debate over immigration" is an argument."""
    start, end = m.start(), m.end()
    mods = _modifiers(text, start, _DEBATE_MODIFIERS, [])
    if not (noun or mods) or re.search(r"\b(?:to|will|would|not)\s*$", text[:start]):
        return None
    if anaphoric and not mods and re.search(r"\b(?:during|throughout)\s+the\s+$", text[:start]):
        return Trigger("debate", start, end, True)  # "told MPs during the debate": the one before
    venue = re.match(r"\s+at\s+(?:the\s+)?[A-Z]", text[end:])
    typed = any(re.fullmatch(_DEBATE_TYPES, w, re.IGNORECASE) for w in mods.split())
    if not (typed or venue or has_date(text, start, end)) or re.match(
            r"\s+(?:over|about)\b", text[end:]) and not has_date(text, start, end):
        return None
    label = f"{mods} debate".strip()
    return Trigger("debate", start, end, anaphoric and not fresh and not mods,
                   label=label[0].upper() + label[1:], fresh=fresh)


def _committee(text: str, end: int) -> str | None:
    """The committee named after a testimony: "before the Senate Commerce Committee"."""
    # "the Commons environment, food and rural affairs committee": capitalised first word
    m = re.match(r"\s*(?:before|to)?\s*(?:the\s+)?((?:(?:" + CAP + r"|[a-z]+,?)\s+){0,7}"
                 r"(?:Committee|Subcommittee|Inquiry|committee|subcommittee|inquiry))\b",
                 text[end:])
    return m.group(1) if m and m.group(1)[0].isupper() else None


def hearing(text: str, m: re.Match[str], noun: bool, anaphoric: bool,
             fresh: bool) -> Trigger | None:
    """A hearing, or a testimony before a committee, which is one."""
    start, end, word = m.start(), m.end(), m.group().lower()
    if word.startswith("hearing"):
        label = _modifiers(text, start, re.compile(r"[A-Z][\w’'-]*|public|court|bail|"
                                                   r"confirmation|impeachment|sentencing|"
                                                   r"committee|subcommittee|congressional"), [])
        if not (noun or label) or re.search(r"\b(?:fair|a\s+good)\s+$", text[:start]):
            return None
        if not (label or has_date(text, start, end) or anaphoric or fresh
                or re.match(r"\s+(?:on|into|before|at)\b", text[end:])):
            return None
        return Trigger("hearing", start, end, anaphoric and not label and not fresh,
                       label=f"{label[0].upper()}{label[1:]} hearing" if label else None,
                       fresh=fresh)
    committee = _committee(text, end)
    if committee is None and not has_date(text, start, end):
        return None
    if word.startswith("told") and committee is None:
        return None
    return Trigger("hearing", start, end, label=f"{committee} hearing" if committee else None,
                   scope="speaker")


def visit(text: str, m: re.Match[str], people: Spans, noun: bool,
           anaphoric: bool) -> Trigger | None:
    """An announced visit or trip: "a visit to Brussels next month by X", "will travel to"."""
    start, end, word = m.start(), m.end(), m.group().lower()
    travel = word.startswith("travel") or bool(  # "is expected to visit the area on Thursday"
        re.search(r"\b(?:to|will)\s+$", text[:start]) and word == "visit")
    if not (travel or noun):
        return None
    by = re.search(r"\bby\s+", text[end:end + 80])
    who = person_at(people, end + by.end(), end + by.end() + 40) if by else None
    owner = re.search(r"[’']s\s+(?:[\w-]+\s+){0,2}$", text[max(0, start - 40):start])
    if who is None and owner:  # "ahead of Xi's state visit": Xi's
        at = max(0, start - 40) + owner.start()
        who = next((p for s, e, p in people if e == at), None)
    dest = None
    if travel or re.match(r"\s+to\s", text[end:]):
        dest = re.match(r"\s*(?:to\s+)?((?:the\s+)?(?:" + CAP + r"(?:\s+" + CAP
                        + r")*|region|area))", text[end:])
    label = f"visit to {dest.group(1).rstrip('.')}" if dest else None
    # "on the third day of his state visit": a happening in itself, whenever it is told
    state = re.search(r"\b(?:state|official)\s+$", text[max(0, start - 12):start])
    if state:
        label = f"state {label or 'visit'}"
    # "recalled his own visit to Lisbon in 2023": a past visit its year dates
    own = re.search(r"\b(?:his|her|their)\s+(?:own\s+|first\s+|last\s+)?$", text[:start]) and \
        re.match(r"[^,.;]{0,30}?\bin\s+(?:19|20)\d\d\b", text[end:])
    return Trigger("visit", start, end, anaphoric and not who and not own,
                   who=(who,) if who else (), label=label, scope="own" if who else "speaker",
                   future_only=not (state or own), noun="state visit" if state else None)


def dated(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    """Elections and votes: only with a year or a date nearby, else too generic."""
    start, end = m.start(), m.end()
    if re.search(r"\b(?:to|will|would|could|should|not)\s*$", text[:start]):
        return None  # "to vote", "will debate": a verb
    if _OFFICE.match(text, end):
        return None  # "the Richmond County elections office": an office, not an election
    phrase = re.sub(r"\s+day$", "", m.group(), flags=re.IGNORECASE)
    head = phrase.split()[-1].lower()
    kind = _DATED_KINDS.get(head, "vote")
    mods = re.search(r"(?<![\w-])((?:[A-Z][\w’'-]*\s+){1,3})$", text[:start])
    label = phrase
    if mods and not overlaps(people, mods.start(1), mods.end(1)):
        words = mods.group(1).split()
        while words and words[0] in STOP:  # "The Republican primary" → "Republican primary"
            words.pop(0)
        label = " ".join(words + [label])
    label = label[0].upper() + label[1:]
    if not (m.group()[0].isdigit() or has_date(text, start, end) or month_in(label)):
        return None
    # "the vote" points back at a vote already reported; "the next election" does not
    anaphoric = label.lower() == phrase.lower() and bool(re.search(r"\bthe\s+$", text[:start], re.IGNORECASE))
    # "Bell won the runoff on Tuesday, defeating Carraway": the candidates the clause names
    contested = kind == "vote" and bool(_CONTESTED.search(text))
    if kind == "ceremony":  # "the coronation of Queen Elizabeth II"
        of = re.match(r"\s+of\s+(?:\w+\s+){0,2}", text[end:])
        crowned = person_at(people, end, end + of.end() + 1) if of else None
        return Trigger(kind, start, end, anaphoric and not crowned, label=label,
                       who=(crowned,) if crowned else (), scope="own")
    return Trigger(kind, start, end, anaphoric, label=label,
                   scope="clause" if contested else "own")


def died(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    """"X died", "X, who ... , died on Sunday", "a man who died of ...": whose death."""
    start, end = m.start(), m.end()
    # "Her husband, the conductor X, died": "Her" is not who died
    people = [x for x in people if text[x[0]:x[1]].lower() not in ("his", "her", "their")]
    unnamed = _UNNAMED_DEAD.search(text[max(0, start - 60):start])  # "three people died"
    relative = re.search(r",?\s+(?:who|that)\s+$", text[:start])
    person: str | None = None
    if relative:  # "X, who died in 2019" is X's; "a man who died" is nobody named
        person = next((p for s, e, p in people if relative.start() - 1 <= e <= relative.start()),
                      None)
    elif not unnamed:
        # "El-Mansouri's husband, the painter ..., died": the relative died, not El-Mansouri
        person = next((p for s, e, p in reversed(people) if 0 <= start - e <= 80
                       and not _REPORTED.search(text, e, start)
                       and not _POSSESSIVE.match(text, e)), None)
        if (people and people[0][0] <= 3 and not _POSSESSIVE.match(text, people[0][1])
                and re.search(r",\s+(?:[^,]*?\s)?(?:who|whose)\s[^;]*,\s+(?:has\s+|had\s+)?$",
                              text[people[0][1]:start])):
            person = people[0][2]  # "X, the soprano who sang at ... in 1953, has died"
        if person is None and people and people[0][0] <= 3 and not re.search(
                r"[.;]", text[people[0][1]:start]) and not _REPORTED.search(
                text, people[0][1], start) and not _POSSESSIVE.match(text, people[0][1]):
            person = people[0][2]  # the sentence's subject, past a relative clause
    if person is not None:
        return Trigger("death", start, end, who=(person,), scope="own")
    return Trigger("death", start, end, scope="own", noun="death") if unnamed else None


def month_in(label: str | None) -> int | None:
    """The month a label opens with: "November presidential election" → 11."""
    first = (label or "").split(" ", 1)[0].rstrip(".")
    return MONTHS.get(first) if first[:1].isupper() else None
