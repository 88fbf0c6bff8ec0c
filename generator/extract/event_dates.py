"""When a happening took place: the date phrases of the ``events`` rule.

Which date expression of a sentence belongs to a happening, and in which tense it resolves
against the publication date: "Saturday's rally", "a 2005 interview", "74 days before an
election", "days before the by-election on Thursday". Also the days the article reports
people acting ("Powell said Friday"), which undated reports of their speeches take.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from generator.extract.dates import (
    DateValue,
    find_date_expressions,
    resolve_ahead,
    resolve_date,
    sentence_tense,
)
from generator.extract.event_occasions import month_in
from generator.extract.event_phrases import Spans

# "before the by-election": the happening comes after the sentence's own time.
_AHEAD = re.compile(r"\b(?:before|ahead\s+of|in\s+the\s+run-up\s+to|in\s+time\s+for)\s+"
                    r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)
# A present perfect just before a date does not date it: nobody "has met" on a day.
_PERFECT = re.compile(r"\b(?:has|have)\s+(?:\w+ly\s+|not\s+|never\s+|already\s+)?[a-z]+"
                      r"(?:ed|en|wn|un|ght)\b[^.;,]{0,60}$")
# Between a name and the day it acted: "Powell said Friday", "Whitcombe (R-N.H.) on Sunday".
_PEG_GAP = re.compile(r"(?:\s*\([^)]{1,30}\))?(?:\s+[a-z][\w-]*){0,4}\s+")
# A date that says when a state began or ended, not when a happening took place.
_NOT_WHEN = re.compile(r"(?:since|until|by)\b", re.IGNORECASE)
# "joint patrols from 2026": when a state begins, not when the happening took place
_FROM = re.compile(r"\b(?:from|until|till)\s+(?:(?:early|late|mid)[\s-]+)?$", re.IGNORECASE)
# "X, the soprano who sang at the coronation in 1953, has died": the date of the aside
_ASIDE = re.compile(r",\s+(?:[^,;]*?\s)?(?:who|which|whose|where)\s[^,;]*$")
# "convicted over a protest that closed a runway in 2023": after a verb, the date of the
# relative clause that follows belongs to that clause
_RELATIVE = re.compile(r"\s(?:that|which|who)\s")
# "told the committee that ... the spills in March": a date the testimony is about
_REPORTED = re.compile(r"(?:told|tells|testified|said|says)\b[^.;]*?\bthat\b")
# "his speech ... recalled his own visit to Lisbon in 2023": the year of the visit
_OWN_TRIP = re.compile(r"\b(?:his|her|their)\s+(?:own\s+|first\s+|last\s+)?(?:visit|trip)\b")
_ACROSS = re.compile(r"\b(?:ahead\s+of|before|after|following|until)\b", re.IGNORECASE)
_MONTH_NAMES = {name: number for number, name in enumerate(
    ("January", "February", "March", "April", "May", "June", "July", "August", "September",
     "October", "November", "December"), 1)}


def after_publication(value: DateValue | None, published: date | None) -> bool:
    """True for a date after publication: nobody has taken part in that yet."""
    return bool(value and published and value.value > published.isoformat()[:len(value.value)])


def date_of(text: str, start: int, end: int, lo: int, hi: int, published: date | None,
          label: str | None = None, quoted: Sequence[tuple[int, int]] = ()
          ) -> tuple[DateValue | None, bool]:
    """The date of the phrase at [start, end), and whether it was written in full.

    A possessive date before the phrase wins ("Saturday's rally"); then one just after it
    ("met ... on Thursday"); otherwise the nearest one within 160 characters ("On Sunday,
    Lammy is expected to ..."). "74 days before an election" puts the election 74 days
    ahead; a month in the label dates it ("the November election"). Dates inside the
    ``quoted`` spans are the speaker's ("“She worked until the last week,” he told ...").
    """
    found = [f for f in find_date_expressions(text)
             if lo <= f[0] < hi and not _NOT_WHEN.match(f[2]) and not _FROM.search(text, 0, f[0])
             and not any(s <= f[0] < e for s, e in quoted)
             and not _REPORTED.match(text, start, f[0])
             and not (f[1] <= start and "," in text[f[1]:start] and _ASIDE.search(text, 0, f[0]))
             and not (f[0] >= end and text[start:end].endswith("ed")
                      and _RELATIVE.search(text, end, f[0]))
             and not (f[0] >= end and _OWN_TRIP.search(text, end, f[0]))]
    for s, e, expression in found:
        gap = text[e:start]
        if e <= start and (re.fullmatch(r"[’']s\s+(?:[\w-]+\s+){0,3}", gap) or (
                re.fullmatch(r"\s+(?:[\w-]+\s+){0,2}", gap) and re.search(r"\d{4}$", expression))):
            # "Saturday's rally", "last month's debate", "a 2005 interview"
            return _resolve(text, s, expression, start, published), False
        if e <= start and expression.endswith("before") and re.fullmatch(
                r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?", gap) and not any(
                    end <= f[0] <= end + 20 for f in found):
            ahead = resolve_ahead(expression, published)
            if ahead is not None or month_in(label) is None:
                return ahead, False  # "months before the November election": November
    month = month_in(label)
    if month is not None:
        name = next(n for n, v in _MONTH_NAMES.items() if v == month)
        return resolve_date(f"in {name}", published, sentence_tense(text, start)), False
    after = [f for f in found if end <= f[0] <= end + 80]
    # a date before the phrase, across "ahead of" or "after", dates the other happening:
    # "spoke by phone on Monday ahead of Xi's state visit"
    near = [f for f in found if min(abs(f[0] - start), abs(f[1] - start)) <= 160
            and not (f[1] <= start and _ACROSS.search(text, f[1], start))]
    chosen = after[0] if after else min(near, key=lambda f: min(abs(f[0] - start),
                                                                abs(f[1] - start)), default=None)
    if chosen is None:
        return None, False
    value = _resolve(text, chosen[0], chosen[2], start, published)
    # "Wednesday, Nov. 20, 2024": the weekday is chosen, the full date beside it agrees
    explicit = bool(value and len(value.value) == 10 and any(
        re.search(r"\d{4}", f[2]) and resolve_date(f[2], None) == value for f in found))
    return value, explicit


def _resolve(text: str, at: int, expression: str, start: int,
             published: date | None) -> DateValue | None:
    tense = sentence_tense(text, at)
    if (tense == "past" and _PERFECT.search(text[:at]) and re.search(r"\d", expression)
            and not re.search(r"\d{4}", expression)):
        tense = "present"  # "has qualified for the debate on Sept. 27": the debate's own time
    if tense != "future" and _AHEAD.search(text[:start]) and sentence_tense(
            text[:start], start) != "past":
        tense = "future"  # "days before the by-election on Thursday"
    return resolve_date(expression, published, tense)


def announced(text: str, at: int, when: DateValue | None, published: date | None) -> bool:
    """A visit announced for the future (a past one is the background of other events)."""
    if when is not None and published is not None:
        return after_publication(when, published)
    return sentence_tense(text, at) == "future" or bool(
        re.search(r"\bnext\s+(?:week|month|year)\b", text, re.IGNORECASE))


def day_pegs(sentences: list[tuple[str, Spans]], published: date | None
             ) -> list[tuple[int, str, DateValue]]:
    """(sentence, person, day) for each name followed by the day that person acted, within
    the week before publication: "Jerome Powell signaled Friday", "Okonjo dismissed the
    claim on Friday"."""
    if published is None:
        return []
    out = []
    for number, (text, names) in enumerate(sentences):
        found = find_date_expressions(text)
        for _, end, person in names:
            hit = next((f for f in found if end < f[0] <= end + 40
                        and _PEG_GAP.fullmatch(text, end, f[0])), None)
            if hit is None:
                continue
            value = resolve_date(hit[2], published, sentence_tense(text, hit[0]))
            if value and value.precision == "day" and (
                    published - timedelta(days=7) <= date.fromisoformat(value.value) <= published):
                out.append((number, person, value))
    return out
