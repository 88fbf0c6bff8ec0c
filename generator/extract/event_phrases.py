"""Phrases that report happenings, found in one sentence for the ``events`` rule.

Pure functions over a sentence and the people it mentions (``Spans``: start, end and
ArticlePerson name, in sentence offsets). They find named gatherings ("Munich Security
Conference"), trigger words of generic happenings ("met with", "a rally", "the death of"),
and the "in/at <Place>" phrase that says where. Words count only in the grammatical shape
that makes them a happening: "a meeting" and "met with Trump" do, "failed to meet targets"
does not; "the meeting" is marked anaphoric because it points back at an earlier one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.dates import MONTHS, WEEKDAYS, find_date_expressions

Spans = list[tuple[int, int, str]]

# Head nouns of named events and their kind; a lower-case head counts only after
# capitalised modifiers ("Nato's 75th Anniversary summit", "State of the Union address").
HEADS = {"conference": "conference", "summit": "summit", "forum": "conference",
         "convention": "conference", "congress": "conference", "assembly": "conference",
         "symposium": "conference", "games": "games", "olympics": "games",
         "address": "speech", "speech": "speech"}
GATHERINGS = frozenset({"conference", "summit", "games"})
_NEEDS_NUMBER = frozenset({"congress", "assembly"})  # else a parliament, not a happening
_CONNECTORS = frozenset({"of", "on", "for", "and", "the", "de"})
_STOP = frozenset([
    "The", "A", "An", "This", "That", "These", "Those", "Last", "Next", "Its", "His", "Her",
    "Their", "Our", "Your", "Every", "In", "At", "On", "For", "With", "By", "From", "To", "Of",
    "And", "But", "During", "After", "Before"
])
_DETERMINERS = re.compile(r"a|an|the|his|her|their|its|our|this|that|one-on-one|bilateral|"
                          r"private|closed-door|face-to-face|first|brief|emergency|further|"
                          r"several|two|[\w-]+[’']s", re.IGNORECASE)
_BOUNDARY = frozenset([
    "to", "in", "at", "on", "with", "following", "after", "before", "during", "for", "of", "from",
    "by", "that", "which", "who", "and", "or", "but", "as"
])
_ROLE_WORDS = (r"counterparts?|leaders?|presidents?|ministers?|chancellor|secretary|king|"
               r"queen|pope|officials?|delegation|envoys?|ambassadors?|premier|prince|"
               r"him|her|them")
_INTRANSITIVE = re.compile(r"\s*(?:[,.;]|$)|\s+(?:with|in|at|on|for|privately|briefly|"
                           r"virtually|face|again|last|this|later|earlier|today|yesterday|"
                           r"twice|separately|up)\b")
_PLACE_NOUNS = frozenset([
    "jail", "prison", "colony", "hospital", "hotel", "palace", "stadium", "arena", "church",
    "cathedral", "base", "camp", "airport", "residence", "embassy", "court", "courthouse", "hall",
    "centre", "center", "square", "estate"
])
_NOT_PLACES = frozenset([
    "Party", "Government", "Ministry", "Committee", "Department", "Times", "Post", "News",
    "Telegraph", "Guardian", "Independent", "Journal"
])
_HONORIFICS = frozenset([
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "President", "Prime", "Sen",
    "Rep", "Gov", "King", "Queen", "Prince", "Pope"
])
_MONTH_OR_DAY = frozenset(MONTHS) | frozenset(WEEKDAYS)
# A name followed by these acts as an organisation, not a happening.
_ORGANISATION_USE = re.compile(r",\s*which\s+represents|\s+(?:said|says|represents|announced|"
                               r"warned|argued|urged|declined|stated|welcomed|estimated)\b")
_CAP_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")

_GENERIC = re.compile(
    r"\b(?P<meet>met|meets?|meetings?)\b|\b(?P<talks>talks)\b|"
    r"\b(?P<discuss>discuss(?:ed|es)?|(?:phone|telephone)\s+calls?)\b|"
    r"\b(?P<press>(?:press|news)\s+conferences?|press\s+briefings?)\b|"
    r"\b(?P<gathering>summit|conference|forum)s?\b|"
    r"\b(?P<rally>rall(?:y|ies)|town\s+halls?|campaign\s+(?:events?|stops?))\b|"
    r"\b(?P<interview>interviews?)\b|"
    r"(?<!hate )(?<!free )\b(?P<speech>speech|keynote|address(?=\s+to\b))\b|"
    r"\b(?P<dated>(?:(?:19|20)\d\d\s+)?(?:(?:general|presidential|parliamentary|local|snap|"
    r"mid-?term|leadership|national|European)\s+)?(?:election|referendum|ballot|vote)|"
    r"primary(?=\s+(?:in|on|election|race|contest|vote)\b|[,.;]|\s*$)|"
    r"(?:presidential|televised|TV|leaders’?|vice-presidential|Republican|Democratic|primary)"
    r"\s+debate|(?:Senate|House|court|congressional|committee|confirmation|impeachment|bail|"
    r"sentencing|public)\s+hearing|inauguration|coronation)\b|"
    r"\b(?P<death>death|killing|assassination|murder|funeral)\s+of\b|"
    r"\b(?P<died>died|was\s+killed|was\s+assassinated|was\s+murdered)\b",
    re.IGNORECASE)
_DATED_KINDS = {"debate": "debate", "hearing": "hearing", "inauguration": "ceremony",
                "coronation": "ceremony"}


@dataclass(frozen=True)
class Trigger:
    """A phrase that reports a happening, with what the phrase itself says."""

    kind: str
    start: int
    end: int
    anaphoric: bool = False  # "the meeting": points back at an event already reported
    outlet: str | None = None  # "BBC" in "a BBC interview"
    who: tuple[str, ...] = ()  # people the phrase names: "the death of X", "talks with X"
    label: str | None = None  # for dated happenings: "Republican primary"


def _person_at(people: Spans, start: int, end: int) -> str | None:
    """The first person whose mention starts in [start, end)."""
    return next((p for s, _, p in people if start <= s < end), None)


def _overlaps(people: Spans, start: int, end: int) -> bool:
    return any(s < end and start < e for s, e, _ in people)


def named_events(text: str, people: Spans) -> list[tuple[int, int, str, str]]:
    """Named happenings as (start, end, name, kind): "Munich Security Conference"."""
    found = []
    for m in re.finditer(r"\b(" + "|".join(HEADS) + r")\b", text, re.IGNORECASE):
        head = m.group(1)
        start = cursor = m.start()
        kept = lower = 0
        for w in reversed(list(re.finditer(r"[\w’'.&-]+", text[: m.start()]))):
            word = w.group()
            if text[w.end(): cursor].strip():  # punctuation between words ends a name
                break
            cursor = w.start()
            if word in _CONNECTORS and kept:
                continue  # "State of the Union": inside a name, only if more capitals follow
            if not kept and not lower and word.islower() and not (
                    _DETERMINERS.fullmatch(word) or word in _BOUNDARY):
                lower = 1  # one topic word: "COP28 climate summit", "White House press ..."
                continue
            if (not (word[0].isupper() or word[0].isdigit()) or word in _STOP
                    or word.rstrip(".") in _MONTH_OR_DAY or _overlaps(people, w.start(), w.end())):
                break
            start, kept = w.start(), kept + 1
        end = m.end()
        year = re.match(r"\s+(?:19|20)\d\d\b", text[end:])
        end += year.end() if year else 0
        name = text[start:end]
        if not kept or (head.lower() in _NEEDS_NUMBER and not re.search(r"\d|Annual", name)):
            continue
        if head[0].islower() and kept == 1 and start == 0:
            continue  # "Leaders summit": capitalised only because it opens the sentence
        if _ORGANISATION_USE.match(text, end):
            continue  # "The Financial Services Forum, which represents banks, said"
        kind = "press conference" if re.search(r"(?:press|news) conf", name, re.IGNORECASE) else (
            HEADS[head.lower()])
        found.append((start, end, re.sub(r"[’']s\b", "", name), kind))
    return found


def _noun(text: str, start: int) -> tuple[bool, bool]:
    """(is a noun phrase, is definite): "a meeting", "the talks", "Trump's rally".

    The nearest determiner within three words decides, so "the remarks during a meeting"
    is indefinite; a preposition in between means the determiner belongs elsewhere.
    """
    for word in reversed(text[max(0, start - 60):start].split()[-4:]):
        if _DETERMINERS.fullmatch(word):
            return True, word.lower() in ("the", "this", "that")
        if word.lower() in _BOUNDARY:
            break
    return False, False


def _with_person(text: str, end: int, people: Spans) -> str | None:
    """The person right after "with"/"between", before any comma: "talks with Trump"."""
    m = re.match(r"\s+(?:with|between)\s+", text[end:])
    if not m:
        return None
    rest = text[end + m.end(): end + m.end() + 60]
    stop = re.search(r"[,.;]", rest)
    return _person_at(people, end + m.end(), end + m.end() + (stop.start() if stop else 60))


def _meets(text: str, end: int, people: Spans) -> bool:
    """"met" is a meeting when used alone or with a person or role as object."""
    after = text[end:end + 60]
    if _INTRANSITIVE.match(after):
        return True
    stop = re.search(r"[,.;]", after)
    if _person_at(people, end, end + (stop.start() if stop else 40)):
        return True
    return bool(re.match(rf"\s+(?:\w+\s+){{0,3}}?(?:{_ROLE_WORDS})\b", after, re.IGNORECASE))


_OUTLET_BEFORE = re.compile(r"\b(?:an?|the|his|her|their)\s+(?:[a-z]+\s+)?"
                            r"((?:[A-Z][\w.&’'-]*\s+){1,3})(?:[a-z]+\s+)?$")
_TOLD_OUTLET = re.compile(r"\btold\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s+){1,3})(?:in|during)\s+an?\s+$")
_WITH_OUTLET = re.compile(r"\s+with\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s?){1,3})")


def _outlet(text: str, start: int, end: int, people: Spans) -> str | None:
    """The outlet of an interview: "a BBC interview", "told Fox News in an interview"."""
    lo = max(0, start - 60)
    m = _OUTLET_BEFORE.search(text, lo, start) or _TOLD_OUTLET.search(text, lo, start)
    m = m or _WITH_OUTLET.match(text, end)
    if not m or _overlaps(people, m.start(1), m.end(1)):
        return None
    return m.group(1).strip()


def find_triggers(text: str, people: Spans, skip: list[tuple[int, int]]) -> list[Trigger]:
    """Generic happenings in one sentence; ``skip`` holds the named events' spans."""
    out = []
    for m in _GENERIC.finditer(text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        group, start, end, word = m.lastgroup or "", m.start(), m.end(), m.group().lower()
        noun, definite = _noun(text, start)
        with_person = _with_person(text, end, people)
        who = (with_person,) if with_person else ()
        anaphoric = definite and not with_person
        if group == "meet":
            if word == "meetings" or (noun and word == "meeting") or _meets(text, end, people):
                out.append(Trigger("meeting", start, end, anaphoric and noun, who=who))
        elif group == "talks" and (noun or re.match(r"\s+(?:with|between|on)\b", text[end:])):
            out.append(Trigger("talks", start, end, anaphoric, who=who))
        elif group == "discuss":
            clause = re.match(r"[^.;]{0,80}?\bwith\s+", text[end:])
            if clause and (_person_at(people, end + clause.end(), end + clause.end() + 40)
                           or re.match(rf"(?:\w+\s+){{0,3}}(?:{_ROLE_WORDS})\b",
                                       text[end + clause.end():])):
                out.append(Trigger("talks", start, end))
        elif group == "press":
            out.append(Trigger("press conference", start, end, anaphoric))
        elif group == "gathering" and noun:
            out.append(Trigger(HEADS[m.group("gathering").lower()], start, end, anaphoric))
        elif group in ("rally", "speech") and noun and not re.match(
                r"\s+(?:behind|around|support)", text[end:]):
            out.append(Trigger(group if group == "speech" else "rally", start, end, anaphoric,
                               who=who))
        elif group == "interview" and noun:
            outlet = _outlet(text, start, end, people)
            out.append(Trigger("interview", start, end, anaphoric and not outlet, outlet, who))
        elif group == "dated":
            trigger = _dated(text, m, people)
            if trigger:
                out.append(trigger)
        elif group == "death":
            person = _person_at(people, end, end + 60)
            kind = "funeral" if word.startswith("funeral") else "death"
            if person:
                out.append(Trigger(kind, start, end, who=(person,)))
        elif group == "died":
            person = next((p for s, e, p in reversed(people) if 0 <= start - e <= 80), None)
            if person:
                out.append(Trigger("death", start, end, who=(person,)))
    return out


def _dated(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    """Votes, debates, hearings: only with a year or a date nearby, else too generic."""
    start, end = m.start(), m.end()
    if re.search(r"\b(?:to|will|would|could|should|not)\s*$", text[:start]):
        return None  # "to vote", "will debate": a verb
    dated = m.group()[0].isdigit() or any(
        start - 40 <= s and e <= end + 60 for s, e, _ in find_date_expressions(text))
    if not dated:
        return None
    head = m.group().split()[-1].lower()
    kind = _DATED_KINDS.get(head, "vote")
    mods = re.search(r"((?:[A-Z][\w’'-]*\s+){1,3})$", text[:start])
    label = m.group()
    if mods and not _overlaps(people, mods.start(1), mods.end(1)):
        words = mods.group(1).split()
        while words and words[0] in _STOP:  # "The Republican primary" → "Republican primary"
            words.pop(0)
        label = " ".join(words + [label])
    return Trigger(kind, start, end, label=label[0].upper() + label[1:])


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


def find_place(text: str, start: int, end: int, people: Spans) -> str | None:
    """The first "in/at <Place>" within 80 characters after ``start``, before ``end``."""
    for m in re.finditer(r"\b(?:in|at|outside)\s+(?:(the)\s+|(an?)\s+)?", text[start:end]):
        if m.start() > 80:
            break
        run = _CAP_RUN.match(text, start + m.end())
        if not run or _overlaps(people, run.start(), run.end()):
            continue
        place = run.group().rstrip(".")
        words = place.split()
        if words[0] in _MONTH_OR_DAY | _HONORIFICS or words[-1] in _NOT_PLACES:
            continue
        noun = re.match(r"\s+([a-z]+)", text[run.end():])
        if noun and noun.group(1) in _PLACE_NOUNS:  # "in an Arctic jail", "the Filoli estate"
            return f"{place} {noun.group(1)}"
        if m.group(2):  # after "a", only a place noun makes a place: not "in a BBC studio"
            continue
        more = re.match(r",\s+(" + _CAP_RUN.pattern + r")(?=[,.;]|\s+[a-z]|$)", text[run.end():])
        if more:
            extra = more.group(1).rstrip(".")
            if not (_overlaps(people, run.end(), run.end() + more.end())
                    or re.search(r"[’']s$", extra) or extra.split()[0] in _HONORIFICS):
                place += ", " + extra
        return place
    return None


_PARTICLES = frozenset(["von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la",
                        "le", "dos", "das", "al", "el", "bin", "ibn", "ter", "ten"])


def surname_of(name: str) -> str:
    """The surname as written, particles kept: "Ursula von der Leyen" → "von der Leyen"."""
    words = name.split()
    i = len(words) - 1
    while i > 1 and words[i - 1].lower() in _PARTICLES:  # "Alexander De Croo" → "De Croo"
        i -= 1
    return " ".join(words[i:])
