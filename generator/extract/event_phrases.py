"""Phrases that name happenings and places, found in one sentence for the ``events`` rule.

Pure functions over a sentence and the people it mentions (``Spans``: start, end and
ArticlePerson name, in sentence offsets). They find named gatherings ("Munich Security
Conference"), the "in/at <Place>" phrase that says where, and the clause a phrase sits in.
Generic happenings found by trigger words ("met with", "a rally") are in
:mod:`generator.extract.event_triggers`, which shares the helpers defined here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from generator.extract.dates import MONTHS, WEEKDAYS, find_date_expressions

Spans = list[tuple[int, int, str]]

# Head nouns of named events and their kind; a lower-case head counts only after
# capitalised modifiers ("Nato's 75th Anniversary summit", "State of the Union address").
HEADS = {"conference": "conference", "summit": "summit", "forum": "conference",
         "convention": "conference", "congress": "conference", "assembly": "conference",
         "symposium": "conference", "dialogue": "conference", "games": "games",
         "olympics": "games",
         "address": "speech", "speech": "speech"}
GATHERINGS = frozenset({"conference", "summit", "games"})
_HEAD = re.compile(r"\b(" + "|".join(HEADS) + r")\b", re.IGNORECASE)
_NEEDS_NUMBER = frozenset({"congress", "assembly"})  # else a parliament, not a happening
_CONNECTORS = frozenset({"of", "on", "for", "and", "the", "de"})
STOP = frozenset([
    "The", "A", "An", "This", "That", "These", "Those", "Last", "Next", "Its", "His", "Her",
    "Their", "Our", "Your", "Every", "In", "At", "On", "For", "With", "By", "From", "To", "Of",
    "And", "But", "During", "After", "Before"
])
DETERMINERS = re.compile(r"a|an|the|his|her|their|its|our|this|that|one-on-one|bilateral|"
                          r"private|closed-door|face-to-face|first|brief|emergency|further|"
                          r"several|two|[\w-]+[’']s", re.IGNORECASE)
BOUNDARY = frozenset([
    "to", "in", "at", "on", "with", "following", "after", "before", "during", "for", "of", "from",
    "by", "that", "which", "who", "and", "or", "but", "as"
])
_HONORIFICS = frozenset([
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "President", "Prime", "Sen",
    "Rep", "Gov", "King", "Queen", "Prince", "Pope"
])
_MONTH_OR_DAY = frozenset(MONTHS) | frozenset(WEEKDAYS)
# A name followed by these acts as an organisation, not a happening.
_ORGANISATION_USE = re.compile(r",\s*which\s+represents|\s+(?:said|says|represents|announced|"
                               r"warned|argued|urged|declined|stated|welcomed|estimated)\b")
# "led by the Georgia State Conference of the NAACP", "hosted by the World Economic Forum"
_BY_ORGANISATION = re.compile(r"\bby\s+(?:the\s+)?$")
CAP = r"[A-Z][\w.&’'-]*"  # a capitalised word
_CAP_RUN = re.compile(r"[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'.-]*)*")
# "talks on energy and the war in Ukraine": a topic phrase; a place inside it is the topic's.
_TOPIC = re.compile(r"\b(?:on|about|over)\s+(?:the\s+)?[a-z]")


@cache
def event_words(name: str) -> frozenset[str]:
    """The entries of ``generator/data/events_<name>.txt`` (one a line, ``#`` comments)."""
    text = resources.files("generator.data").joinpath(f"events_{name}.txt").read_text(
        encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines()
                     if ln.strip() and not ln.startswith("#"))


@dataclass(frozen=True)
class Trigger:
    """A phrase that reports a happening, with what the phrase itself says.

    ``scope`` says who takes part: "speaker" (the clause's subject, its first person),
    "clause" (everyone the clause names), "pair" (the people around a "met" verb),
    "own" (only ``who``, the people the phrase itself names) or "subject" (the first
    person of the sentence before: "Her death on Monday").
    """

    kind: str
    start: int
    end: int
    anaphoric: bool = False  # "the meeting": points back at an event already reported
    outlet: str | None = None  # "BBC" in "a BBC interview", "Meet the Press" for a show
    who: tuple[str, ...] = ()  # people the phrase names: "the death of X", "talks with X"
    label: str | None = None  # "Republican primary", "Senate Commerce Committee hearing"
    scope: str = "clause"
    noun: str | None = None  # how to name it: "working dinner", "phone call", "panel"
    fresh: bool = False  # "her own hearing", "another meeting": not one reported before
    future_only: bool = False  # visits: only ones announced for the future are events


def word_starts(starts: frozenset[str]) -> re.Pattern[str]:
    """A pattern for lower-cased text that finds the words beginning with one of ``starts``
    (the first letters every match of a pattern begins with: "met", "mee", "talk"), as a
    trie: "m(?:e(?:e|t)|id)" rather than a hundred alternatives tried one after another."""
    def trie(words: list[str]) -> str:
        groups: dict[str, list[str]] = {}
        for word in words:
            groups.setdefault(word[:1], []).append(word[1:])
        parts = []
        for head in sorted(groups):
            rest = sorted(w for w in groups[head] if w)
            tail = trie(rest) if rest else ""
            optional = "" in groups[head] and rest
            parts.append(re.escape(head) + (f"(?:{tail})?" if optional else
                                            f"(?:{tail})" if tail else ""))
        return "|".join(parts)
    return re.compile(r"(?<!\w)(?:" + trie(sorted(starts)) + ")")


_TOKEN = re.compile(r"\w+")
# "1986", "2024": how a year begins, for word_starts()
YEAR_STARTS = frozenset(f"{century}{d}" for century in ("19", "20") for d in "0123456789")


def scan(pattern: re.Pattern[str], starts: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match begins a word, tried only
    at the words ``starts`` (from :func:`word_starts`) finds in the lower-cased text.

    Trying a pattern of forty alternatives at every character of every sentence was most of
    the rule's time; a word's first letters rule out nearly all of them at once.
    """
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters: try every word
        lowered = _TOKEN.sub(lambda t: t.group().lower()[:len(t.group())].ljust(
            len(t.group())), text)
    end = 0
    for hit in starts.finditer(lowered):
        start = hit.start()
        if start < end:
            continue
        m = pattern.match(text, start)
        if m is not None:
            end = m.end()
            yield m


def has_date(text: str, start: int, end: int) -> bool:
    """True when a date expression starts within 40 characters before or 60 after."""
    return any(start - 40 <= s <= end + 60 for s, _, _ in find_date_expressions(text))


def person_at(people: Spans, start: int, end: int) -> str | None:
    """The first person whose mention starts in [start, end)."""
    return next((p for s, _, p in people if start <= s < end), None)


def overlaps(people: Spans, start: int, end: int) -> bool:
    """True when a person's mention overlaps [start, end)."""
    return any(s < end and start < e for s, e, _ in people)


def named_events(text: str, people: Spans) -> list[tuple[int, int, str, str]]:
    """Named happenings as (start, end, name, kind): "Munich Security Conference"."""
    found: list[tuple[int, int, str, str]] = []
    low = text.lower()
    if not any(head in low for head in HEADS):  # most sentences name no gathering
        return found
    for m in _HEAD.finditer(text):
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
                    DETERMINERS.fullmatch(word) or word in BOUNDARY):
                lower = 1  # one topic word: "COP28 climate summit", "White House press ..."
                continue
            if overlaps(people, w.start(), w.end()) and not kept:
                break  # "Trump rally": a person's happening, not a name
            if (not (word[0].isupper() or word[0].isdigit()) or word in STOP
                    or word.rstrip(".") in _MONTH_OR_DAY):
                break  # a person's name inside a name stays: "the Jackson Hole conference"
            start, kept = w.start(), kept + 1
        end = m.end()
        year = re.match(r"\s+(?:19|20)\d\d\b", text[end:])
        end += year.end() if year else 0
        name = text[start:end]
        if not kept or (head.lower() in _NEEDS_NUMBER and not re.search(r"\d|Annual", name)):
            continue
        if head[0].islower() and kept == 1 and start == 0:
            continue  # "Leaders summit": capitalised only because it opens the sentence
        if _ORGANISATION_USE.match(text, end) or _BY_ORGANISATION.search(text, 0, start):
            continue  # "The Financial Services Forum, which represents banks, said"
        kind = "press conference" if re.search(r"(?:press|news) conf", name, re.IGNORECASE) else (
            HEADS[head.lower()])
        found.append((start, end, re.sub(r"[’']s\b", "", name), kind))
    return found


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
    topic = _TOPIC.search(text, start, end)
    for m in re.finditer(r"\b(?:in|at|outside)\s+(?:(the)\s+|(an?)\s+)?", text[start:end]):
        if m.start() > 80 or (topic and start + m.start() > topic.start()):
            break
        run = _CAP_RUN.match(text, start + m.end())
        if not run or overlaps(people, run.start(), run.end()):
            continue
        place = run.group().rstrip(".")
        words = place.split()
        if (words[0] in _MONTH_OR_DAY | _HONORIFICS or words[-1] in event_words("not_places")
                or re.search(r"[’']s$", place)):
            continue  # "at the Fed’s annual symposium": a possessive is no place
        noun = re.match(r"\s+([a-z]+)", text[run.end():])
        if noun and noun.group(1) in event_words("place_nouns"):  # "in an Arctic jail", "the Filoli estate"
            return f"{place} {noun.group(1)}"
        if m.group(2):  # after "a", only a place noun makes a place: not "in a BBC studio"
            continue
        more = re.match(r",\s+(" + _CAP_RUN.pattern + r")(?=[,.;]|\s+[a-z]|$)", text[run.end():])
        if more:
            extra = more.group(1).rstrip(".")
            if not (overlaps(people, run.end(), run.end() + more.end())
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
