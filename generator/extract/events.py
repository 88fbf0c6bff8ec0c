"""Extraction rule ``events``: real-world happenings with a date, a place and participants.

Three passes over one article. First every sentence yields *candidates*: named gatherings
("Munich Security Conference", "Nato's 75th Anniversary summit") and generic happenings
found by a trigger word ("met with", "a rally in", "the death of", "in a BBC interview").
Then candidates are merged: one conference mentioned in five sentences is one event, "the
meeting" points back to the meeting already found, and sideline meetings "in Munich" belong
to the conference held there. Last, each event gets a readable name. Dates are resolved
against the publication date with :mod:`generator.extract.dates`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from generator.extract.dates import (
    MONTHS,
    WEEKDAYS,
    DateValue,
    find_date_expressions,
    resolve_date,
    sentence_tense,
)
from generator.extract.state import ExtractState
from generator.extract.text import sentence_spans
from generator.model import EventRef

# ------------------------------------------------------------------- finding triggers

# Head nouns of named events and the kind they give; lower-case heads count only after
# capitalised modifiers ("Nato's 75th Anniversary summit", "Labour conference").
_HEADS = {"conference": "conference", "summit": "summit", "forum": "conference",
          "convention": "conference", "congress": "conference", "assembly": "conference",
          "symposium": "conference", "games": "games", "olympics": "games"}
GATHERINGS = frozenset({"conference", "summit", "games"})
# Congress and Assembly also name parliaments; only a number makes them a happening.
_NEEDS_NUMBER = frozenset({"congress", "assembly"})
_STOP = frozenset("The A An This That These Those Last Next Its His Her Their Our Your Every"
                  " In At On For With By From To Of And But".split())
_DETERMINERS = (r"a|an|the|his|her|their|its|our|this|that|one-on-one|bilateral|private|"
                r"closed-door|face-to-face|first|brief|emergency|further|several|two")
_ROLE_WORDS = (r"counterpart|leaders?|president|minister|chancellor|secretary|king|queen|"
               r"pope|officials?|delegation|envoy|ambassador|premier|prince|him|her|them")
_BOUNDARY = frozenset("to in at on with following after before during for of from by that "
                      "which who and or but as".split())
_PLACE_NOUNS = frozenset("jail prison penal colony hospital hotel palace stadium arena church "
                         "cathedral base camp airport residence embassy court courthouse "
                         "hall centre center square".split())
_NOT_PLACES = frozenset("Party Government Ministry Committee Department Times Post News "
                        "Telegraph Guardian Independent Journal".split())
_HONORIFICS = frozenset("Mr Mrs Ms Miss Dr Sir Dame Lord Lady President Prime Sen Rep Gov "
                        "King Queen Prince Pope".split())
_MONTH_OR_DAY = frozenset(MONTHS) | frozenset(WEEKDAYS)


@dataclass(frozen=True)
class Trigger:
    """A word or phrase that reports a happening, with what it says directly."""

    kind: str
    start: int
    end: int
    anaphoric: bool = False  # "the meeting": points back at an event already reported
    outlet: str | None = None  # "BBC" in "a BBC interview"
    who: tuple[str, ...] = ()  # people the phrase itself names ("the death of X")
    name: str | None = None  # for votes: "2024 presidential election"


Spans = list[tuple[int, int, str]]


def _person_at(people: Spans, start: int, limit: int) -> str | None:
    """The first person whose mention starts in [start, start + limit)."""
    return next((p for s, _, p in people if start <= s < start + limit), None)


def named_events(text: str, people: Spans) -> list[tuple[int, int, str, str]]:
    """Named gatherings as (start, end, name, kind): "Munich Security Conference"."""
    found = []
    for m in re.finditer(r"\b(" + "|".join(_HEADS) + r")\b", text, re.IGNORECASE):
        head = m.group(1)
        words = list(re.finditer(r"[\w’'.&-]+", text[: m.start()]))
        start, kept = m.start(), 0
        for w in reversed(words):
            word = w.group()
            if text[w.end(): start].strip():  # punctuation between words ends the name
                break
            capital = word[0].isupper() or word[0].isdigit()
            if word in ("of", "on", "for", "and") and kept:
                start = w.start()
                continue
            if (not capital or word in _STOP or word.rstrip(".") in _MONTH_OR_DAY
                    or any(s < w.end() and w.start() < e for s, e, _ in people)):
                break
            start, kept = w.start(), kept + 1
        while text[start:].split(" ", 1)[0] in ("of", "on", "for", "and"):
            start = text.index(" ", start) + 1
        end = m.end()
        year = re.match(r"\s+((?:19|20)\d\d)\b", text[end:])
        end += year.end() if year else 0
        name = text[start:end]
        if not kept or (head.lower() in _NEEDS_NUMBER and not re.search(r"\d|Annual", name)):
            continue
        if head[0].islower() and kept == 1 and start == 0:
            continue  # "Leaders summit": capitalised only because it opens the sentence
        found.append((start, end, re.sub(r"[’']s\b", "", name), _HEADS[head.lower()]))
    return found


def _verb_object(text: str, end: int, people: Spans) -> bool:
    """A person, pronoun or role right after a verb: "met (with) Trump", "meet leaders"."""
    after = text[end: end + 60]
    m = re.match(r"\s+(?:up\s+)?(?:with\s+)?(?:(?:the|his|her|their|[A-Z][\w.]*)\s+){0,5}", after)
    reach = m.end() if m else 0
    return (_person_at(people, end, reach + 2) is not None
            or bool(re.match(rf"\s+(?:up\s+)?(?:with\s+)?(?:\w+\s+){{0,3}}?(?:{_ROLE_WORDS})\b",
                             after, re.IGNORECASE)))


def _noun(text: str, start: int) -> tuple[bool, bool]:
    """(is a noun phrase, is definite): "a meeting", "the talks", "one-on-one meetings".

    The nearest determiner within three words decides, so in "the remarks during a
    meeting" the meeting is indefinite.
    """
    for word in reversed(text[max(0, start - 60):start].split()[-4:]):
        if re.fullmatch(_DETERMINERS, word, re.IGNORECASE):
            return True, word.lower() in ("the", "this", "that")
        if word.lower() in _BOUNDARY:  # "The Telegraph following meetings": not its article
            break
    return False, False


_GENERIC = re.compile(
    r"\b(?P<meet>met|meets?|meetings?)\b|\b(?P<talks>talks)\b|"
    r"\b(?P<discuss>discuss(?:ed|es)?)\b|\b(?P<call>(?:phone|telephone)\s+calls?)\b|"
    r"\b(?P<press>press\s+conference)\b|\b(?P<gathering>summit|conference|forum)s?\b|"
    r"\b(?P<rally>rall(?:y|ies))\b|\b(?P<interview>interviews?)\b|"
    r"\b(?P<speech>speech|keynote|address)\b|"
    r"\b(?P<vote>(?:(?:19|20)\d\d\s+)?(?:(?:general|presidential|parliamentary|local|snap|"
    r"mid-?term|leadership|national)\s+)?(?:election|referendum|ballot|primary|vote))\b|"
    r"\b(?P<death>death|killing|assassination|murder|funeral)\s+of\b|"
    r"\b(?P<died>died|was\s+killed|was\s+assassinated|was\s+murdered)\b",
    re.IGNORECASE)


def find_triggers(text: str, people: Spans, skip: list[tuple[int, int]]) -> list[Trigger]:
    """Generic happenings in one sentence; ``skip`` holds the named events' spans."""
    out = []
    for m in _GENERIC.finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        group = m.lastgroup or ""
        start, end, word = m.start(), m.end(), m.group().lower()
        noun, definite = _noun(text, start)
        with_person = _person_at(people, end, 45) if re.match(
            r"\s+(?:with|between)\b", text[end:]) else None
        anaphoric = definite and not with_person
        if group == "meet":
            if word == "meeting" and not noun and not _verb_object(text, end, people):
                continue
            if word in ("met", "meet", "meets") and not _verb_object(text, end, people):
                continue  # "failed to meet spending targets"
            out.append(Trigger("meeting", start, end, anaphoric and word.startswith("meeting")))
        elif group == "talks":
            if noun or with_person or re.match(r"\s+(?:with|between|on)\b", text[end:]):
                out.append(Trigger("talks", start, end, anaphoric))
        elif group in ("discuss", "call"):
            clause = re.match(r"[^.;]{0,80}?\bwith\s+", text[end:])
            if clause and (_person_at(people, end + clause.end(), 40) or re.match(
                    rf"(?:\w+\s+){{0,3}}(?:{_ROLE_WORDS})\b", text[end + clause.end():])):
                out.append(Trigger("talks", start, end))
        elif group == "press":
            out.append(Trigger("press conference", start, end, anaphoric))
        elif group == "gathering" and noun:
            out.append(Trigger(_HEADS[m.group("gathering").lower()], start, end, anaphoric))
        elif group in ("rally", "speech") and noun and not re.match(
                r"\s+(?:behind|around|support)", text[end:]):
            out.append(Trigger(group, start, end, anaphoric))
        elif group == "interview":
            outlet = re.search(r"\b(?:an?|the|his|her|their)\s+((?:[A-Z][\w.&’'-]*\s+){1,3})"
                               r"(?:\w+\s+)?$", text[max(0, start - 50):start])
            after = re.match(r"\s+with\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s?){1,3})", text[end:])
            name = outlet.group(1).strip() if outlet else None
            if after and not with_person:
                name = name or after.group(1).strip()
            if noun or name:
                out.append(Trigger("interview", start, end, anaphoric and not name, name,
                                   (with_person,) if with_person else ()))
        elif group == "vote" and not re.search(r"\b(?:to|will|would|could|should)\s*$",
                                               text[:start]):
            dated = re.match(r"\d", word) or find_date_expressions(text)
            if dated and not definite or dated and re.match(r"\d", word):
                out.append(Trigger("vote", start, end, name=m.group()))
        elif group == "death":
            who = _person_at(people, end, 60)
            if who:
                out.append(Trigger("death", start, end, who=(who,)))
        elif group == "died":
            who = next((p for s, e, p in reversed(people) if 0 <= start - e <= 25), None)
            if who:
                out.append(Trigger("death", start, end, who=(who,)))
    return out


def clause_bounds(text: str, pos: int) -> tuple[int, int]:
    """The part of a sentence around ``pos`` between semicolons and spaced dashes."""
    lo, hi = 0, len(text)
    for m in re.finditer(r";|\s[-–—]\s", text):
        if m.end() <= pos:
            lo = m.end()
        elif m.start() >= pos:
            hi = m.start()
            break
    return lo, hi


_CAP_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")


def find_place(text: str, start: int, end: int, people: Spans) -> str | None:
    """The first "in/at <Place>" within 80 characters after ``start``, up to ``end``."""

    def is_person(a: int, b: int) -> bool:
        return any(s < b and a < e for s, e, _ in people)

    for m in re.finditer(r"\b(?:in|at)\s+(?:(the)\s+|(an?)\s+)?", text[start:end]):
        if m.start() > 80:
            break
        pos = start + m.end()
        run = _CAP_RUN.match(text, pos)
        if not run or is_person(run.start(), run.end()):
            continue
        place = run.group().rstrip(".")
        if place.split()[0] in _MONTH_OR_DAY | _HONORIFICS or place.split()[-1] in _NOT_PLACES:
            continue
        noun = re.match(r"\s+([a-z]+)", text[run.end():])
        if m.group(2):  # "in an Arctic jail": with "a", only a place noun makes it a place
            if not noun or noun.group(1) not in _PLACE_NOUNS:
                continue
            return f"{place} {noun.group(1)}"
        more = re.match(r",\s+(" + _CAP_RUN.pattern + r")(?=[,.;]|\s+[a-z]|$)", text[run.end():])
        if more and not is_person(run.end(), run.end() + more.end()) and not re.search(
                r"[’']s$", more.group(1)) and more.group(1).split()[0] not in _HONORIFICS:
            place += ", " + more.group(1)
        return place
    return None


def surname_of(name: str) -> str:
    """The surname as written, particles kept: "Ursula von der Leyen" → "von der Leyen"."""
    words = name.split()
    i = len(words) - 1
    while i > 0 and words[i - 1].islower():
        i -= 1
    return " ".join(words[i:])


# -------------------------------------------------------------------- assembling

_FAMILY = {"talks": "meeting", "summit": "gathering", "conference": "gathering"}
_PRONOUN = re.compile(r"\b(?:he|she|they)\b", re.IGNORECASE)
_SPEAKER_KINDS = frozenset({"rally", "speech", "interview", "press conference"})


@dataclass
class _Event:
    """An event being assembled from one or more candidates."""

    kind: str
    name: str | None  # set for named events; generic ones are named at the end
    date: DateValue | None
    place: str | None
    participants: list[str]
    para: int
    line: int
    sentence: str
    pos: int  # sentence number, for "the nearest earlier event"
    outlet: str | None = None  # for interviews: "BBC"
    anaphoric: bool = False  # "the meeting": refers back, adds nothing new

    @property
    def family(self) -> str:
        """Kinds that refer to each other: "the talks" can mean the meeting just reported."""
        return _FAMILY.get(self.kind, self.kind)


@dataclass
class _Sentence:
    para: int
    line: int
    text: str
    people: Spans  # (start, end, ArticlePerson.name) in sentence offsets, in text order


def find_events(state: ExtractState) -> None:
    """Add an :class:`EventRef` for each distinct happening the article reports."""
    published = _published(state.article.date)
    named: list[_Event] = []
    generic: list[_Event] = []
    sentences = _sentences(state)
    subject: str | None = None  # the previous sentence's first person, for "he met ..."
    for number, sent in enumerate(sentences):
        spans = []
        for start, end, name, kind in named_events(sent.text, sent.people):
            lo, hi = clause_bounds(sent.text, start)
            people = [p for s, _, p in sent.people if lo <= s < hi]
            place = find_place(sent.text, end, hi, sent.people)
            named.append(_Event(kind, name, _date_near(sent.text, start, lo, hi, published),
                                place, people, sent.para, sent.line, sent.text, number))
            spans.append((start, end))
        for trigger in find_triggers(sent.text, sent.people, spans):
            generic.append(_candidate(trigger, sent, number, subject, published))
        if sent.people:
            subject = sent.people[0][2]
    events = _merge_named(named)
    # Undated, placeless meetings wait until every gathering has its date (second pass).
    late = [c for c in generic if c.family == "meeting" and not (c.date or c.place
                                                                 or c.anaphoric)]
    for cand in [c for c in generic if c not in late] + late:
        target = _target(events, cand, published)
        if target is not None:
            _absorb(target, cand, keep_date=cand.anaphoric)
        elif not cand.anaphoric:
            events.append(cand)
    _add_people_at_places(events, sentences)
    state.events.extend(_to_ref(e) for e in sorted(events, key=lambda e: e.pos))


def _published(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _sentences(state: ExtractState) -> list[_Sentence]:
    """The article's sentences with the people each one mentions, in text order."""
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
                if not person.mentions:  # hand-built people (tests): find the name itself
                    pattern = rf"\b(?:{re.escape(person.name)}|{re.escape(surname_of(person.name))})\b"
                    spans = [m.span() for m in re.finditer(pattern, text)]
                people += [(s, e, person.name) for s, e in spans]
            out.append(_Sentence(index, para.line, text, sorted(people)))
    return out


def _date_near(text: str, at: int, lo: int, hi: int, published: date | None) -> DateValue | None:
    """The date expression in the clause nearest to offset ``at`` (within 160 characters)."""
    found = [f for f in find_date_expressions(text) if lo <= f[0] < hi]
    if not found:
        return None
    start, end, _ = min(found, key=lambda f: min(abs(f[0] - at), abs(f[1] - at)))
    if min(abs(start - at), abs(end - at)) > 160:
        return None
    return resolve_date(text[start:end], published, sentence_tense(text, start))


def _candidate(trigger: Trigger, sent: _Sentence, number: int, subject: str | None,
               published: date | None) -> _Event:
    lo, hi = clause_bounds(sent.text, trigger.start)
    in_clause = [(s, p) for s, _, p in sent.people if lo <= s < hi]
    before = [p for s, p in in_clause if s < trigger.start]
    if trigger.anaphoric:
        people = []  # "The meeting came days after X's talks": X was not at the meeting
    elif trigger.kind in ("death", "vote"):
        people = list(trigger.who)
    elif trigger.kind in _SPEAKER_KINDS:
        # The speaker is the clause's subject, usually its first name; a participial opening
        # ("Speaking at a rally ..., Mr Trump said") puts the subject after the trigger.
        people = [p for _, p in in_clause][:1] + list(trigger.who)
    else:
        people = [p for _, p in in_clause]
    if subject and not trigger.anaphoric and trigger.kind not in ("death", "vote"):
        pronoun = _PRONOUN.search(sent.text[lo:hi])
        if pronoun and (not people or (not before and pronoun.start() + lo < trigger.start)):
            people.insert(0, subject)  # "he met ..." continues the previous sentence's subject
    place = find_place(sent.text, trigger.end, hi, sent.people)
    when = None if trigger.anaphoric else _date_near(sent.text, trigger.start, lo, hi,
                                                     published)
    return _Event(trigger.kind, trigger.name, when, place, list(dict.fromkeys(people)),
                  sent.para, sent.line, sent.text, number, trigger.outlet, trigger.anaphoric)


def _dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    return a is None or b is None or a.value.startswith(b.value) or b.value.startswith(a.value)


def _absorb(into: _Event, other: _Event, keep_date: bool = False) -> None:
    """Merge ``other`` into ``into``: union of participants, the more precise date."""
    into.participants = list(dict.fromkeys(into.participants + other.participants))
    into.place = into.place or other.place
    into.outlet = into.outlet or other.outlet
    if keep_date or other.date is None:
        return
    if into.date is None or (_dates_agree(into.date, other.date)
                             and len(other.date.value) > len(into.date.value)):
        into.date = other.date
    elif not _dates_agree(into.date, other.date) and len(into.date.value) == 10 == len(
            other.date.value):
        # Two days of one gathering (Saturday's and Sunday's sessions) make a range.
        days = sorted(filter(None, [into.date.value, into.date.end, other.date.value,
                                    other.date.end]))
        into.date = DateValue(days[0], days[-1], "range")


def _key(name: str | None) -> str:
    return " ".join(re.sub(r"[’']s\b|\bthe\b|\W+", " ", (name or "").casefold()).split())


def _merge_named(named: list[_Event]) -> list[_Event]:
    events: list[_Event] = []
    for event in named:
        same = next((e for e in events if _key(e.name) == _key(event.name)), None)
        if same:
            _absorb(same, event)
        else:
            events.append(event)
    return events


def _target(events: list[_Event], cand: _Event, published: date | None) -> _Event | None:
    """The already-known event ``cand`` is part of, if any."""
    if cand.anaphoric:  # "the meeting": the latest meeting reported before it
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
    for e in events:  # the same people meeting again, said differently
        if (e.family == cand.family and e.name is None and _dates_agree(e.date, cand.date)
                and (e.place is None or cand.place is None or e.place == cand.place)
                and len(cand.participants) >= 2
                and set(cand.participants) <= set(e.participants)):
            return e
    return None


def _is_future(value: DateValue, published: date | None) -> bool:
    return bool(published and value.value[:7] > published.isoformat()[:7])


def _add_people_at_places(events: list[_Event], sentences: list[_Sentence]) -> None:
    """People "in Munich" are participants of the gathering held in Munich."""
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
    if event.kind == "death":
        return f"Death of {event.participants[0]}" if event.participants else "Death"
    if event.kind == "interview":
        outlet = f"{event.outlet} interview" if event.outlet else "Interview"
        return f"{outlet} with {names[0]}" if names else outlet
    if event.kind in ("meeting", "talks"):
        who = "–".join(names[:3])
        return f"{who} {event.kind}" if who else f"{event.kind.capitalize()}{where}"
    label = f"{names[0]} {event.kind}" if names else event.kind.capitalize()
    return label + where
