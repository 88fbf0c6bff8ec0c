"""Names for the happenings the ``events`` rule finds, and their :class:`EventRef`.

Named gatherings keep their names; generic ones are named from what was found:
"Starmer–Trump meeting", "Trump rally in Conway", "Death of Alexey Navalny",
"Whitcombe interview on Meet the Press", "Senate Commerce Committee hearing".
"""

from __future__ import annotations

import re

from generator.extract.event_merge import SPEAKER_KINDS, Event
from generator.extract.event_phrases import surname_of
from generator.model import ArticlePerson, EventRef


def to_ref(event: Event, short: dict[str, str]) -> EventRef:
    """The event as the model stores it, named."""
    return EventRef(
        name=event.name or generic_name(event, short), kind=event.kind,
        date=event.date.value if event.date else None, place=event.place,
        participants=event.participants, para=event.para, line=event.line,
        sentence=event.sentence, date_end=event.date.end if event.date else None)


def short_names(people: list[ArticlePerson]) -> dict[str, str]:
    """What to call each person in an event's name: the one word of their name the article
    uses alone ("Xi" for Xi Jinping), else the surname; the full name when two people
    would share it ("Charles Landry", "Margaret Landry")."""
    short = {}
    for person in people:
        surname = surname_of(person.name)
        if re.fullmatch(r"[IVX]+", surname) and " " in person.name:
            surname = person.name.split()[0]  # "Charles III" is "Charles", not "III"
        used = any(m.text != person.name and m.text.endswith(surname) for m in person.mentions)
        alone = [m.text for m in person.mentions
                 if " " not in m.text and m.text in person.name.split()]
        short[person.name] = surname if used or not alone else max(sorted(set(alone)),
                                                                    key=alone.count)
    counts = {s: list(short.values()).count(s) for s in short.values()}
    return {name: name if counts[s] > 1 else s for name, s in short.items()}


def _upper_first(text: str) -> str:
    return text[:1].upper() + text[1:]


def generic_name(event: Event, short: dict[str, str] | None = None) -> str:
    """A name for an event found by a trigger: "Starmer–Trump meeting", "Trump rally in
    Conway", "Death of Alexey Navalny"."""
    names = [(short or {}).get(p) or surname_of(p) for p in event.participants]
    where = ""
    if event.place:
        town = re.escape(event.place.split(",")[0])
        at = re.search(rf"\bat\s+(?:the\s+)?{town}", event.sentence)
        where = f" {'at' if at else 'in'} {event.place}"
    if event.kind in ("death", "funeral"):
        if names:
            return f"{event.kind.capitalize()} of {event.participants[0]}"
        return (event.noun or event.kind).capitalize() + where
    if event.kind == "ruling" and names:  # "Abernathy ruling", not "Federal judge ruling"
        return f"{names[0]} ruling{where}"
    if event.venues and event.label:  # a speech at a named gathering
        who = f"{names[0]} {event.noun}" if names else event.noun.capitalize()
        return f"{who} at {event.label}"
    if event.kind == "visit" and event.label:
        return f"{names[0]} {event.label}" if names else _upper_first(event.label)
    if event.label:
        return event.label + where
    if event.kind == "interview":
        if event.noun == "show" and event.outlet:
            return f"{names[0]} interview on {event.outlet}" if names else event.outlet
        outlet = f"{event.outlet} interview" if event.outlet else "Interview"
        return f"{outlet} with {names[0]}" if names else outlet
    if event.kind in ("meeting", "talks", "debate"):
        noun = event.noun if event.noun in ("phone call", "working dinner", "dinner", "lunch",
                                            "breakfast", "joint appearance") else event.kind
        who = "–".join(names[:3])
        if re.search(r"\bevent\b", event.noun):  # "White House event with governors"
            return _upper_first(event.noun)
        if who and (event.kind != "debate" or len(names) > 1):
            return f"{who} {noun}"
        return _upper_first(event.noun or noun) + where
    if event.kind in ("summit", "conference", "ceremony"):
        return _upper_first(event.noun) + where
    noun = event.noun if event.kind in SPEAKER_KINDS else event.kind
    label = f"{names[0]} {noun}" if names else noun.capitalize()
    return label + where
