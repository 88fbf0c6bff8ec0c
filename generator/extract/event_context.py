"""What a happening found in one sentence takes from the rest of the article, for the
``events`` rule: the authors of a published study, the judge of a ruling whose sentence
says only "a federal judge", the person sentenced or the protest's leader named in the
sentences after, the date of the disaster its identified victims died in, the day a news
conference or a call was held when the article names none, the day of the happening told
just before ("The two leaders held talks ..."), and the candidates of an election.
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
_LED = re.compile(r"\b(?:led|leads|organi[sz]ed|organi[sz]ers?|their\s+leader|spokes(?:man|"
                  r"woman|person)\s+for\s+the\s+(?:protesters|strikers|marchers))\b",
                  re.IGNORECASE)
# "12 people were convicted": nobody the next sentences name
_MANY = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens|people|men|"
                   r"women|protesters|activists)\s+(?:\w+\s+)?(?:were|have\s+been)\b",
                   re.IGNORECASE)
_CANDIDATE_ROLE = re.compile(r"\b(?:candidate|nominee|challenger|contender)\b", re.IGNORECASE)
_ELECTION = re.compile(r"election|primary|ballot|run-?off", re.IGNORECASE)
# Kinds told in a sequence of one day's happenings, dated by the sentence before.
_NEIGHBOUR_KINDS = frozenset({"meeting", "talks", "press conference", "speech", "ceremony",
                              "rally", "hearing"})
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"")
_SAID = re.compile(r"\b(?:told|tells|said|says|testified)\b[^.;]*?\bthat\b.*")
# "Powell said in a speech that ...": a way of quoting, not news of that day
_QUOTING = re.compile(r"\b(?:said|says|wrote)\s+in\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+)?"
                      r"(?:speech|address|statement)\b")
_LEAD = 6  # sentences (caption and standfirst included) that tell the day's news
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
        elif (event.kind == "ruling" and event.noun == "sentencing" and not event.participants
              and not _MANY.search(event.sentence)):
            # "A former treasurer ... was sentenced Tuesday": named in the sentences after
            event.participants = _named_after(event.pos, sentences, people)
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
              and sentence_tense(event.sentence) != "future"):
            event.date = game.date  # "Henriksen told BBC Radio London": after the game
        elif (event.kind == "visit" and event.noun == "state visit" and event.date is None
              and published and sentence_tense(event.sentence) != "future"):
            # "on the third day of his state visit": the visit the article's news is part of
            event.date = DateValue(published.isoformat()[:7], precision="month")
        elif event.kind == "protest" and not event.participants:
            event.participants = _leaders(event.pos, sentences)
        elif (event.kind == "death" and event.participants and event.date is None and published
              and event.noun.startswith(_NEWS_OF_DEATH)):
            # "the death of Alexey Navalny" with no date: news of this month (not "who died")
            event.date = DateValue(published.isoformat()[:7], precision="month")
    named = [e for e in events if e.kind == "death" and e.noun == "identified" and e.date]
    return [e for e in events if not (e.kind == "death" and not e.participants and any(
        n.date == e.date for n in named))]


def date_from_neighbours(events: list[Event], day: DateValue | None) -> None:
    """"Starmer and Ferraz signed a pact on Wednesday. The two leaders held talks ...": an
    undated meeting, speech or news conference told right after a happening of a known day
    with the same people (in an undated sentence, or in the same one) took place that day;
    so did one told, not in the future, in the article's opening sentences (the ``day``
    its news happened)."""
    for event in events:
        if (event.date is not None or event.anaphoric or event.kind not in _NEIGHBOUR_KINDS
                or not event.participants):
            continue
        # dates in quotes or in what was said ("told MPs that ... in March") date nothing
        undated = not find_date_expressions(_SAID.sub("", _QUOTED.sub("", event.sentence)))
        before = [e for e in events if e.date is not None and e.date.precision == "day"
                  and (e.pos == event.pos or undated and event.pos - 2 <= e.pos < event.pos)
                  and e is not event and not set(e.participants).isdisjoint(event.participants)]
        if before:
            event.date = max(before, key=lambda e: e.pos).date
        elif (day is not None and event.pos < _LEAD and undated
              and sentence_tense(event.sentence) != "future"
              and not _QUOTING.search(event.sentence)):
            event.date = day


def add_candidates(events: list[Event], people: list[ArticlePerson]) -> None:
    """An election's participants are the people the article calls its candidates."""
    running = [p.name for p in people if any(_CANDIDATE_ROLE.search(r) for r in p.roles)]
    elections = [e for e in events if e.kind == "vote" and _ELECTION.search(e.label or "")]
    for event in elections:
        event.participants = list(dict.fromkeys(event.participants + running))
    for event in elections:
        # "lower than in the Nov. 5 general election": the race the runoff decided, between
        # the candidates the article shows contesting it
        rivals = [e for e in elections if e.participants and e.date and event.date
                  and abs(int(e.date.value[:4]) - int(event.date.value[:4])) <= 1]
        if not event.participants and rivals:
            event.participants = list(rivals[0].participants)


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


def _leaders(pos: int, sentences: Sentences) -> list[str]:
    """"Paul Trewin, who led the protest", "Their leader, Paul Trewin": who led a protest,
    named in its sentence or the two after it."""
    for text, spans in sentences[pos:pos + 3]:
        for m in _LED.finditer(text):
            near = [p for s, e, p in spans if m.start() - 60 <= s <= m.end() + 40]
            if near:
                return near[:1]
    return []


def _named_after(pos: int, sentences: Sentences, people: list[ArticlePerson]) -> list[str]:
    """The first person the two sentences after ``pos`` name who is no judge."""
    judges = {p.name for p in people if any(_JUDGE_ROLE.search(r) for r in p.roles)}
    for text, spans in sentences[pos + 1:pos + 3]:
        found = [p for _, _, p in spans if p not in judges]
        if found:
            return found[:1]
    return []


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
