"""Extraction rule ``events``: real-world happenings with a date, a place and participants.

Each sentence yields *candidates* (see :mod:`generator.extract.event_phrases`): named
happenings ("Munich Security Conference") and generic ones found by a trigger ("met with",
"a rally in", "the death of", "in a BBC interview"). Candidates are then merged, because
one happening is usually reported several times: the same conference in five sentences is
one event, "the meeting" points back at the meeting already found, and meetings "in Munich"
belong to the conference held there. Dates resolve against the publication date with
:mod:`generator.extract.dates`; participants are the article's people (``state.people``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.extract.dates import DateValue, find_date_expressions, resolve_date, sentence_tense
from generator.extract.event_phrases import (
    GATHERINGS,
    Spans,
    Trigger,
    clause_bounds,
    find_place,
    find_triggers,
    named_events,
    surname_of,
)
from generator.extract.state import ExtractState
from generator.extract.text import sentence_spans
from generator.model import EventRef

_FAMILY = {"talks": "meeting", "summit": "gathering", "conference": "gathering"}
_SPEAKER_KINDS = frozenset({"rally", "speech", "interview", "press conference"})
_OWN_PEOPLE_KINDS = frozenset({"death", "funeral", "vote", "debate", "hearing", "ceremony"})
_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# "The Labour leader told ...", "The new prime minister held ...": the last-named person.
_DESCRIPTION = re.compile(
    r"^\W*the\s+(?:[\w’'-]+\s+){0,3}?(?:leader|president|prime minister|minister|chancellor|"
    r"secretary|senator|governor|king|queen|premier|mayor|candidate|nominee|monarch)\b",
    re.IGNORECASE)


@dataclass
class _Event:
    """An event being assembled from one or more candidates."""

    kind: str
    name: str | None  # the name of a named event; generic ones are named at the end
    date: DateValue | None
    place: str | None
    participants: list[str]
    para: int
    line: int
    sentence: str
    pos: int  # sentence number: "the meeting" refers to the nearest earlier one
    outlet: str | None = None  # for interviews: "BBC"
    anaphoric: bool = False  # "the meeting": refers back, adds nothing new
    label: str | None = None  # for votes and the like: "Republican primary"
    noun: str = ""  # the trigger as written, singular: "town hall", "news conference"

    @property
    def family(self) -> str:
        """Kinds that can refer to each other: "the talks" may be the meeting just reported."""
        return _FAMILY.get(self.kind, self.kind)


@dataclass
class _Sentence:
    para: int
    line: int
    text: str
    people: Spans


def find_events(state: ExtractState) -> None:
    """Add an :class:`EventRef` for each distinct happening the article reports."""
    published = _published(state.article.date)
    sentences = _sentences(state)
    events: list[_Event] = []
    generic: list[_Event] = []
    subject: str | None = None  # the previous sentence's first person, for "he met ..."
    for number, sent in enumerate(sentences):
        spans = []
        for start, end, name, kind in named_events(sent.text, sent.people):
            lo, hi = clause_bounds(sent.text, start)
            people = [p for s, _, p in sent.people if lo <= s < hi]
            event = _Event(kind, name, _date_near(sent.text, start, end, lo, hi, published),
                           find_place(sent.text, end, hi, sent.people),
                           people[:1] if kind in _SPEAKER_KINDS else people,
                           sent.para, sent.line, sent.text, number)
            same = next((e for e in events if _key(e.name) == _key(name)), None)
            _absorb(same, event) if same else events.append(event)
            spans.append((start, end))
        for trigger in find_triggers(sent.text, sent.people, spans):
            generic.append(_candidate(trigger, sent, number, subject, published))
        if sent.people:
            subject = sent.people[0][2]
    # Undated, placeless meetings wait until every gathering has its date.
    late = [c for c in generic if c.family == "meeting" and not (c.date or c.place)]
    for cand in [c for c in generic if c not in late] + late:
        target = _target(events, cand, published)
        if target is not None:
            _absorb(target, cand)
        elif cand.date or cand.place or cand.label or (cand.participants
                                                       and not cand.anaphoric):
            # "the summit in Brussels" with nothing before it is new; an event nobody took
            # part in, never and nowhere, is noise.
            events.append(cand)
    _add_people_at_places(events, sentences)
    state.events.extend(_to_ref(e) for e in sorted(events, key=lambda e: e.pos))


def _published(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _sentences(state: ExtractState) -> list[_Sentence]:
    """The article's sentences with the people each mentions, in text order."""
    out = []
    for index, para in enumerate(state.article.paragraphs):
        if para.kind in ("heading", "credit"):
            continue  # headings and photo credits report no happenings
        for start, end in sentence_spans(para.text):
            text = para.text[start:end]
            people = []
            for person in state.people:
                spans = [(m.start - start, m.end - start) for m in person.mentions
                         if m.para == index and start <= m.start < end]
                if not person.mentions:  # people built by hand (tests): find the name
                    names = sorted({re.escape(person.name), re.escape(surname_of(person.name))},
                                   key=len, reverse=True)
                    spans = [m.span() for m in re.finditer(rf"\b(?:{'|'.join(names)})\b", text)]
                people += [(s, e, person.name) for s, e in spans]
            out.append(_Sentence(index, para.line, text, sorted(people)))
    return out


def _date_near(text: str, start: int, end: int, lo: int, hi: int,
               published: date | None) -> DateValue | None:
    """The clause's date expression for the phrase at [start, end).

    One just after the phrase wins ("met ... on Thursday"); otherwise the nearest one
    within 160 characters ("On Sunday, Lammy is expected to ...").
    """
    found = [f for f in find_date_expressions(text) if lo <= f[0] < hi]
    after = [f for f in found if end <= f[0] <= end + 80]
    near = [f for f in found if min(abs(f[0] - start), abs(f[1] - start)) <= 160]
    chosen = after[0] if after else min(near, key=lambda f: min(abs(f[0] - start),
                                                                abs(f[1] - start)), default=None)
    if chosen is None:
        return None
    return resolve_date(chosen[2], published, sentence_tense(text, chosen[0]))


def _candidate(trigger: Trigger, sent: _Sentence, number: int, subject: str | None,
               published: date | None) -> _Event:
    lo, hi = clause_bounds(sent.text, trigger.start)
    in_clause = [(s, p) for s, _, p in sent.people if lo <= s < hi]
    if trigger.kind in _OWN_PEOPLE_KINDS:
        people = list(trigger.who)
    elif trigger.kind in _SPEAKER_KINDS:
        # The speaker is the clause's subject, usually its first name; a participial opening
        # ("Speaking at a rally ..., Mr Trump said") puts the subject after the trigger.
        people = [p for _, p in in_clause][:1] + list(trigger.who)
    else:
        people = [p for _, p in in_clause]
    if subject and not trigger.anaphoric and trigger.kind not in _OWN_PEOPLE_KINDS:
        head = sent.text[lo:trigger.start]
        named_before = any(s < trigger.start for s, _ in in_clause)
        if not named_before and (_DESCRIPTION.search(head) or _PRONOUN.search(head)
                                 or (not people and _PRONOUN.search(sent.text[lo:hi]))):
            people.insert(0, subject)  # "he met ..." continues the previous sentence's subject
    when = _date_near(sent.text, trigger.start, trigger.end, lo, hi, published)
    return _Event(trigger.kind, None, when, find_place(sent.text, trigger.end, hi, sent.people),
                  list(dict.fromkeys(people)), sent.para, sent.line, sent.text, number,
                  trigger.outlet, trigger.anaphoric, trigger.label,
                  _singular(sent.text[trigger.start:trigger.end]))


def _singular(words: str) -> str:
    noun = " ".join(words.lower().split())
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def _dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.value.startswith(b.value) or b.value.startswith(a.value)


def _absorb(into: _Event, other: _Event) -> None:
    """Merge ``other`` into ``into``: union of participants, the more precise date.

    A reference back ("the meeting") adds at most a place: in "The meeting came days after
    Macron's talks on Monday" neither Macron nor Monday belong to the meeting.
    """
    into.place = into.place or other.place
    if other.anaphoric:
        return
    into.participants = list(dict.fromkeys(into.participants + other.participants))
    into.outlet = into.outlet or other.outlet
    if other.date is None:
        return
    if into.date is None or (_dates_agree(into.date, other.date)
                             and len(other.date.value) > len(into.date.value)):
        into.date = other.date
    elif not _dates_agree(into.date, other.date) and len(into.date.value) == 10 == len(
            other.date.value):
        # Two days of one gathering (Saturday's and Sunday's sessions) make a range.
        days = sorted(d for d in (into.date.value, into.date.end, other.date.value,
                                  other.date.end) if d)
        into.date = DateValue(days[0], days[-1], "range")


def _key(name: str | None) -> str:
    return " ".join(re.sub(r"[’']s\b|\bthe\b|\W+", " ", (name or "").casefold()).split())


def _target(events: list[_Event], cand: _Event, published: date | None) -> _Event | None:
    """The event already known that ``cand`` reports again, if any."""
    if cand.anaphoric:  # "the meeting": the latest one reported before it
        earlier = [e for e in events if e.pos <= cand.pos and e.family == cand.family]
        return max(earlier, key=lambda e: e.pos, default=None)
    gatherings = [e for e in events if e.name and e.kind in GATHERINGS
                  and _dates_agree(e.date, cand.date)]
    if cand.place:
        for e in gatherings:  # "meetings in Munich" at the "Munich Security Conference"
            if _key(cand.place) == _key(e.name):
                cand.place = None
                return e
            if e.place == cand.place or _key(cand.place) in _key(e.name).split():
                return e
    same_kind = [e for e in gatherings if e.family == cand.family]
    if same_kind and not cand.participants:  # "a July summit" and "Nato's ... summit"
        return min(same_kind, key=lambda e: abs(e.pos - cand.pos))
    if cand.family == "meeting" and cand.place is None and cand.date is None:
        # Undated meetings in an article about one gathering happened on its sidelines.
        current = [e for e in gatherings if e.date and not _is_future(e.date, published)]
        if len(current) == 1:
            return current[0]
    for e in events:  # the same happening reported again in other words
        if e.family != cand.family or e.name or not _dates_agree(e.date, cand.date):
            continue
        if e.place and cand.place and e.place != cand.place:
            continue
        if cand.label and _key(cand.label) == _key(e.label):
            return e
        if len(cand.participants) >= 2 and set(cand.participants) <= set(e.participants):
            return e
        if cand.kind in ("death", "funeral") and cand.participants == e.participants:
            return e
    return None


def _is_future(value: DateValue, published: date | None) -> bool:
    return bool(published and value.value[:7] > published.isoformat()[:7])


def _add_people_at_places(events: list[_Event], sentences: list[_Sentence]) -> None:
    """People said to be "in Munich" take part in the gathering held in Munich."""
    for event in events:
        if event.kind not in GATHERINGS or not event.place:
            continue
        town = re.escape(event.place.split(",")[0])
        for sent in sentences:
            for m in re.finditer(rf"\b(?:in|at)\s+{town}\b", sent.text):
                near = [p for s, e, p in sent.people if m.start() - 70 <= s and e <= m.end() + 40]
                event.participants = list(dict.fromkeys(event.participants + near))


def _to_ref(event: _Event) -> EventRef:
    return EventRef(
        name=event.name or _generic_name(event), kind=event.kind,
        date=event.date.value if event.date else None, place=event.place,
        participants=event.participants, para=event.para, line=event.line,
        sentence=event.sentence, date_end=event.date.end if event.date else None)


def _generic_name(event: _Event) -> str:
    """"Starmer–Trump meeting", "Trump rally in Conway", "Death of Alexey Navalny"."""
    names = [surname_of(p) for p in event.participants]
    where = f" in {event.place}" if event.place else ""
    if event.kind in ("death", "funeral"):
        return f"{event.kind.capitalize()} of {event.participants[0]}" if names else "Death"
    if event.label:
        return event.label + where
    if event.kind == "interview":
        outlet = f"{event.outlet} interview" if event.outlet else "Interview"
        return f"{outlet} with {names[0]}" if names else outlet
    if event.kind in ("meeting", "talks"):
        who = "–".join(names[:3])
        return f"{who} {event.kind}" if who else f"{event.kind.capitalize()}{where}"
    noun = event.noun if event.kind in _SPEAKER_KINDS | {"summit", "conference"} else event.kind
    label = f"{names[0]} {noun}" if names else noun.capitalize()
    return label + where
