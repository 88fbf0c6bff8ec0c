"""What a happening found in one sentence takes from the rest of the article, for the
``events`` rule: the authors of a published study, the judge of a ruling whose sentence
says only "a federal judge", the date of the disaster its identified victims died in, and
the day a news conference or a call was held when the article names none.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from generator.extract.dates import DateValue, find_date_expressions, resolve_date, sentence_tense
from generator.extract.event_merge import Event
from generator.model import ArticlePerson

Spans = list[tuple[int, int, str]]
Sentences = list[tuple[str, Spans]]

_AUTHOR = re.compile(r"\b(?:(?:lead|senior|first|co-?|principal)\s*)?authors?\b|"
                     r"\bled\s+the\s+(?:study|research|team)\b|\bprincipal\s+investigator\b",
                     re.IGNORECASE)
_JUDGE_ROLE = re.compile(r"\b(?:judge|justice|magistrate)\b", re.IGNORECASE)
# Kinds held on the day the article reports when it says no other: "said on a call with
# analysts", "said at his post-match news conference".
_NEWS_DAY_KINDS = frozenset({"press conference"})
_NEWS_OF_DEATH = ("death", "killing", "assassination", "murder")


def add_context(events: list[Event], sentences: Sentences, people: list[ArticlePerson],
                published: date | None, day: DateValue | None) -> list[Event]:
    """Fill in participants and dates each happening's own sentence could not give;
    ``day`` is the :func:`news_day`. A death reported unnamed ("a man died following a
    stabbing") and again when the victim is named is one death."""
    # a match report's interviews with players were given after the game
    game = next((e for e in events if e.kind == "match" and e.participants), None)
    for event in events:
        if event.kind == "publication" and not event.participants:
            event.participants = _authors(sentences)
        elif event.kind == "ruling" and not event.participants and _JUDGE_ROLE.search(
                event.sentence):  # "A federal judge on Tuesday blocked ...": named later
            judge = _judge(event.pos, sentences, people)
            event.participants = [judge] if judge else []
        elif event.kind == "death" and event.noun == "identified" and event.date is None:
            # "The victims were identified as ...": they died in the disaster just reported
            cause = [e for e in events if e.kind == "disaster" and e.pos <= event.pos and e.date]
            if cause:
                event.date = max(cause, key=lambda e: e.pos).date
        elif event.kind in _NEWS_DAY_KINDS and event.date is None and day is not None:
            event.date = day
        elif (event.kind == "interview" and event.date is None and game is not None
              and event.participants[:1] and event.participants[0] in game.participants):
            event.date = game.date
        elif (event.kind == "death" and event.participants and event.date is None and published
              and event.noun.startswith(_NEWS_OF_DEATH)):
            # "the death of Alexey Navalny" with no date: news of this month (not "who died")
            event.date = DateValue(published.isoformat()[:7], precision="month")
    named = [e for e in events if e.kind == "death" and e.noun == "identified" and e.date]
    return [e for e in events if not (e.kind == "death" and not e.participants and any(
        n.date == e.date for n in named))]


def news_day(sentences: Sentences, published: date | None) -> DateValue | None:
    """The day the article's news happened: the first day within three days before
    publication that its opening sentences name ("The stock fell ... on Thursday"), else
    the day of publication."""
    if published is None:
        return None
    for text, _ in sentences[:6]:
        for start, _, expression in find_date_expressions(text):
            value = resolve_date(expression, published, sentence_tense(text, start))
            if value and value.precision == "day" and (
                    published - timedelta(days=3) <= date.fromisoformat(value.value) <= published):
                return value
    return DateValue(published.isoformat())


def _authors(sentences: Sentences) -> list[str]:
    """The people the article calls authors of the study, or says led it."""
    out: list[str] = []
    for text, people in sentences:
        if _AUTHOR.search(text):
            out += [p for _, _, p in people if p not in out]
    return out


def _judge(pos: int, sentences: Sentences, people: list[ArticlePerson]) -> str | None:
    """The judge the article names nearest after (else before) sentence ``pos``."""
    judges = {p.name for p in people if any(_JUDGE_ROLE.search(r) for r in p.roles)
              or any(_JUDGE_ROLE.search(m.text) for m in p.mentions)}
    order = list(range(pos, len(sentences))) + list(range(pos - 1, -1, -1))
    for number in order:
        found = next((p for _, _, p in sentences[number][1] if p in judges), None)
        if found is not None:
            return found
    return None
