"""How the ``events`` rule folds repeated reports of one happening into one event.

One happening is usually reported several times: the same conference in five sentences,
"the meeting" pointing back at the meeting already found, meetings "in Munich" at the
conference held there, a speech told once in the lead and again with its venue. These
functions decide which earlier event a new candidate reports again, merge the two, and
give undated happenings the date of the day the article is about.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from generator.extract.dates import DateValue
from generator.extract.event_phrases import GATHERINGS

_FAMILY = {"talks": "meeting", "summit": "gathering", "conference": "gathering",
           "ceremony": "gathering", "games": "gathering"}
SPEAKER_KINDS = frozenset({"rally", "speech", "interview", "press conference"})
# Kinds whose undated reports take the date the article's lead gives their speaker.
_PEGGED_KINDS = SPEAKER_KINDS | {"ceremony", "hearing", "debate", "ruling"}
ALL_GATHERINGS = GATHERINGS | {"ceremony"}


@dataclass
class Event:
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
    fresh: bool = False  # "her own hearing": not one reported before
    joined: bool = False  # "told the Commons during the debate": a reference back, taken part in
    explicit: bool = False  # the date is written in full ("Nov. 20, 2024")
    sequel: bool = False  # "later", "afterwards": the same day as what came before
    venues: list[str] = field(default_factory=list)  # named gatherings it took place at

    @property
    def family(self) -> str:
        """Kinds that can refer to each other: "the talks" may be the meeting just reported."""
        return _FAMILY.get(self.kind, self.kind)


def key(name: str | None) -> str:
    """A name folded for comparison: case, possessives, "the" and punctuation dropped."""
    return " ".join(re.sub(r"[’']s\b|\bthe\b|\W+", " ", (name or "").casefold()).split())


def dates_agree(a: DateValue | None, b: DateValue | None) -> bool:
    """Equal, one a prefix of the other, or one unknown."""
    return a is None or b is None or a.value.startswith(b.value) or b.value.startswith(a.value)


def absorb(into: Event, other: Event, keep_date: bool = False) -> None:
    """Merge ``other`` into ``into``: union of participants, the more precise date.

    A reference back ("the meeting") adds at most a place, or a date written in full: in
    "The meeting came days after Macron's talks on Monday" neither Macron nor Monday
    belong to the meeting. ``keep_date``: a gathering merged into a speech given there
    lasts longer than the speech, so its dates say nothing about the speech's.
    """
    into.place = into.place or other.place
    if other.anaphoric:
        if into.date is None and other.explicit:
            into.date, into.explicit = other.date, True
        if other.joined:
            into.participants = list(dict.fromkeys(into.participants + other.participants))
        return
    into.participants = list(dict.fromkeys(into.participants + other.participants))
    into.outlet = into.outlet or other.outlet
    into.label = into.label or other.label
    if other.date is None or keep_date:
        return
    if into.date is None or (dates_agree(into.date, other.date)
                             and len(other.date.value) > len(into.date.value)):
        into.date = other.date
    elif not dates_agree(into.date, other.date) and len(into.date.value) == 10 == len(
            other.date.value):
        # Two days of one gathering (Saturday's and Sunday's sessions) make a range.
        days = sorted(d for d in (into.date.value, into.date.end, other.date.value,
                                  other.date.end) if d)
        into.date = DateValue(days[0], days[-1], "range")


def is_future(value: DateValue, published: date | None) -> bool:
    """True when ``value`` lies in a later month than publication."""
    return bool(published and value.value[:7] > published.isoformat()[:7])


def target(events: list[Event], cand: Event, published: date | None) -> Event | None:
    """The event already known that ``cand`` reports again, if any."""
    if cand.anaphoric:  # "the meeting": the latest one reported before it
        # "the general election due in April 2026" is no "vote in July" reported before
        earlier = [e for e in events if e.pos <= cand.pos and e.family == cand.family
                   and not (cand.label and e.label and key(cand.label) != key(e.label))]
        return max(earlier, key=lambda e: e.pos, default=None)
    gatherings = [e for e in events if e.kind in ALL_GATHERINGS and (e.name or e.date or e.place)
                  and dates_agree(e.date, cand.date)]
    named = [e for e in gatherings if e.name]
    if cand.place:
        for e in named:  # "meetings in Munich" at the "Munich Security Conference"
            if key(cand.place) == key(e.name):
                cand.place = None
                return e
            if e.place == cand.place or key(cand.place) in key(e.name).split():
                return e
    same_kind = [e for e in named if e.family == cand.family]
    if same_kind and not cand.participants:  # "a July summit" and "Nato's ... summit"
        return min(same_kind, key=lambda e: abs(e.pos - cand.pos))
    current = [e for e in gatherings if not (e.date and is_future(e.date, published))]
    if len(current) == 1 and _on_the_sidelines(cand, current[0]):
        return current[0]
    for e in events:  # the same happening reported again in other words
        if e.family != cand.family or e.name or not dates_agree(e.date, cand.date):
            continue
        if e.place and cand.place and e.place != cand.place:
            continue
        if cand.label and key(cand.label) == key(e.label):
            return e
        if cand.family == "vote" and cand.date and e.date and cand.date.precision == "day" and (
                cand.date == e.date):  # "voted on June 8th", "faced recall votes that Sunday"
            return e
        if cand.family == "ruling" and cand.date and cand.date == e.date and not (
                set(cand.participants).isdisjoint(e.participants) and cand.participants
                and e.participants):  # "the court on Friday struck down ..., ruling 6-3"
            return e
        if len(cand.participants) >= 2 and set(cand.participants) <= set(e.participants):
            return e
        if cand.kind in ("death", "funeral") and cand.participants == e.participants:
            return e
        if (cand.kind == e.kind and cand.participants and cand.participants == e.participants
                and cand.date and cand.date == e.date and cand.date.precision == "day"):
            return e  # one person's visit or resignation on one day, told twice
        if cand.family == "hearing" and not cand.fresh and _same_hearing(e, cand) and (
                _ahead(cand.date, published) == _ahead(e.date, published)):
            return e  # not "testified three weeks ago" and "a hearing set for Oct. 9"
    return None


def _ahead(value: DateValue | None, published: date | None) -> bool:
    """A day after publication: a hearing set, not one held."""
    return bool(value and published and value.precision == "day"
                and value.value > published.isoformat())


def _on_the_sidelines(cand: Event, gathering: Event) -> bool:
    """Undated meetings and speeches in an article about one gathering happened there;
    so did "this year's talks", which say no more than the gathering's own date does."""
    if cand.family == "meeting" and cand.place is None and cand.date is None:
        return gathering.name is not None and gathering.date is not None
    if cand.kind == "speech" and cand.place is None and cand.date is None:
        return not cand.noun.startswith(("statement", "panel"))
    return (cand.family == "meeting" and not cand.participants and cand.date is not None
            and gathering.date is not None and gathering.date.value.startswith(cand.date.value))


def _same_hearing(a: Event, b: Event) -> bool:
    """Two committee names that differ are two hearings; "a Senate hearing" and "told the
    Energy Committee" may be one."""
    named = [e.label for e in (a, b) if e.label and "committee" in e.label.lower()]
    return len(named) < 2 or key(named[0]) == key(named[1])


def merge_duplicates(events: list[Event]) -> list[Event]:
    """One speaker's rally, speech or interview reported twice (once in a caption, once in
    the text; once with the town, once with the state; once dated, once "in a speech"
    with neither date nor place) is one event."""
    kept: list[Event] = []
    for event in events:
        same = next((k for k in kept if _duplicates(k, event)), None)
        if same is None and event.date is None and event.place is None:
            alike = [k for k in kept if k.kind == event.kind and k.kind in SPEAKER_KINDS
                     and k.participants[:1] == event.participants[:1] and event.participants
                     and not (k.outlet and event.outlet and key(k.outlet) != key(event.outlet))]
            same = alike[0] if len(alike) == 1 else None
        if same is None:
            kept.append(event)
        else:
            if same.place and event.place and len(event.place) > len(same.place):
                same.place = event.place
            absorb(same, event)
    return kept


def _duplicates(a: Event, b: Event) -> bool:
    if a.family != b.family or a.kind not in SPEAKER_KINDS or not (a.participants
                                                                   and b.participants):
        return False
    if a.participants[0] != b.participants[0] or not (a.date and b.date) or not dates_agree(
            a.date, b.date):
        return False
    if a.outlet and b.outlet and key(a.outlet) != key(b.outlet):
        return False
    if a.place and b.place and not (a.date.precision == b.date.precision == "day"
                                    and a.date.value == b.date.value):
        pa, pb = set(key(a.place).split()), set(key(b.place).split())
        return pa <= pb or pb <= pa
    return True  # one speaker's speech on one day, wherever each report puts it


def inherit_dates(events: list[Event], pegs: list[tuple[int, str, DateValue]]) -> None:
    """An undated speech, interview or ceremony takes the day the article reports its
    speaker acting ("Powell said Friday"), as does anything done "later" that day."""
    for event in events:
        if event.date is not None or not (event.kind in _PEGGED_KINDS or event.sequel):
            continue
        found = [(pos, value) for pos, person, value in pegs
                 if person in event.participants and pos <= event.pos]
        if found:
            event.date = max(found, key=lambda f: f[0])[1]
        elif event.noun == "show" and pegs:  # Sunday's shows: the day the article reports
            event.date = min(pegs, key=lambda f: f[0])[2]


def add_people_at_places(events: list[Event], sentences: list[tuple[str, list[tuple[int, int, str]]]]
                         ) -> None:
    """People said to be "in Munich" take part in the gathering held in Munich."""
    for event in events:
        if event.kind not in GATHERINGS or not event.place:
            continue
        town = re.escape(event.place.split(",")[0])
        for text, people in sentences:
            for m in re.finditer(rf"\b(?:in|at)\s+{town}\b", text):
                near = [p for s, e, p in people if m.start() - 70 <= s and e <= m.end() + 40]
                event.participants = list(dict.fromkeys(event.participants + near))


def fold_venues(events: list[Event]) -> list[Event]:
    """A gathering named after the place of a speech given there ("the Jackson Hole
    conference" and Powell's speech in Jackson Hole, Wyoming) is the speech's venue, not
    another event, unless people took part in it who did not in the speech."""
    kept = []
    for event in events:
        host = next((s for s in events if s is not event and _venue_of(event, s)), None)
        if host is None:
            kept.append(event)
        else:
            host.venues.append(key(event.name))
    return kept


def _venue_of(gathering: Event, speech: Event) -> bool:
    if not (gathering.name and gathering.kind in ALL_GATHERINGS and speech.kind in SPEAKER_KINDS
            and speech.place and set(gathering.participants) <= set(speech.participants)):
        return False
    words = key(gathering.name).split()[:-1]  # without the head noun
    return bool(words) and set(words) <= set(key(speech.place).split())
