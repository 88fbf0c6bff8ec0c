"""Matches, for the ``events`` rule: the game a sports report is about and the fixtures it
announces.

Only in an article that reads as sport (several of the words matches are reported with).
The report's own game comes from a score line ("Exeter City 2-1 Bolton Wanderers", in the
headline or the text) or a result in the opening ("came from behind to beat Bolton
Wanderers"); it was played on the day the news happened and involves the people the
report shows playing, saving, refereeing or managing. Fixtures come from "Exeter host
Plymouth Argyle on Tuesday", "before travelling to Stevenage next Saturday", "Bolton are at
home to Wigan Athletic ... on the same day".
"""

from __future__ import annotations

import re
from datetime import date

from generator.extract.dates import DateValue, find_date_expressions, resolve_date
from generator.extract.event_merge import Event

Spans = list[tuple[int, int, str]]
# (text, people, paragraph, line) of each sentence, in order
Lines = list[tuple[str, Spans, int, int]]

_WORD = r"[A-Z][\w’'.&-]*"
TEAM = rf"{_WORD}(?:\s+(?:{_WORD}|&))*"
_SPORT = re.compile(r"\b(?:goals?|scored|scorer|league|half-time|penalty|free-kick|striker|"
                    r"midfielder|defender|goalkeeper|kick-off|touchdowns?|quarterback|innings|"
                    r"wickets?|referee|play-offs?|playoffs?|equaliser|equalizer|inning|"
                    r"halftime|overtime)\b", re.IGNORECASE)
_SCORE = re.compile(rf"(?P<home>{TEAM})\s+\d{{1,2}}\s*[-–]\s*\d{{1,2}}\s+(?P<away>{TEAM})")
_RESULT = re.compile(rf"(?P<home>{TEAM})\s+(?:[a-z]+\s+){{0,4}}?(?:beat|defeated|thrashed|"
                     rf"edged|overcame|drew\s+with|lost\s+to|held)\s+(?P<away>{TEAM})")
# What players, managers and referees do in a game: who took part in it.
_PLAY = re.compile(r"\b(?:scor(?:ed|es|ing)|goals?|header|saved?|penalty|free-kick|cross|"
                   r"equali[sz](?:er|ed)|winner|assists?|shots?|tackle|booked|sent\s+off|"
                   r"substituted|forced\s+off|minute|hat-trick|double|touchdowns?|threw|"
                   r"caught|innings|wickets?|challenge|appeals|waved|led\s+at|half-time|"
                   r"second\s+half|first\s+half)\b", re.IGNORECASE)
_FIXTURE = re.compile(
    rf"(?:(?P<team>{TEAM})\s+(?:are\s+|is\s+|will\s+)?)?(?P<verb>hosts?|hosting|faces?|facing|"
    rf"visits?|visiting|travel(?:s|ling|ing)?\s+to|(?:are|is)\s+at\s+home\s+to|at\s+home\s+to|"
    rf"(?:are|is)\s+away\s+(?:to|at)|takes?\s+on)\s+(?P<opp>{TEAM})")
_SAME_DAY = re.compile(r"\bon\s+the\s+same\s+day\b|\bthe\s+same\s+day\b", re.IGNORECASE)
_STOP = frozenset({"The", "A", "An", "But", "And", "While", "When", "After", "Before", "In",
                   "On", "At", "Both", "Then"})


# Each sport word as one term, whatever its form ("goals", "equalizer"): a part of it.
_TERMS = ("goal", "scored", "scorer", "league", "half-time", "penalty", "free-kick", "striker",
          "midfielder", "defender", "goalkeeper", "kick-off", "touchdown", "quarterback",
          "inning", "wicket", "referee", "play-off", "playoff", "equali", "halftime",
          "overtime")


def is_sport(texts: list[str]) -> bool:
    """Whether the article reads as a sports report: three or more sport terms."""
    low = "\n".join(texts).lower()
    if sum(term in low for term in _TERMS) < 3:  # a quick test first: most articles fail it
        return False
    found = {next(t for t in _TERMS if t in m.group().lower())
             for t in texts for m in _SPORT.finditer(t)}
    return len(found) >= 3


def find_matches(title: str, lines: Lines, published: date | None,
                 day: DateValue | None) -> list[Event]:
    """The report's own match (played on ``day``) and the dated fixtures it announces."""
    if not is_sport([title] + [t for t, _, _, _ in lines]):
        return []
    out = []
    game = _game(title, lines)
    if game is not None:
        home, away, first = game
        players = [p for t, people, _, _ in lines if _PLAY.search(t) for _, _, p in people]
        text, _, para, line = lines[first]
        out.append(Event("match", f"{home} v {away} match", day, None,
                         list(dict.fromkeys(players)), para, line, text, first))
    for number, (text, people, para, line) in enumerate(lines):
        out += _fixtures(text, people, para, line, number, published)
    return out


def _team(name: str) -> str:
    words = name.split()
    while words and words[0] in _STOP:
        words.pop(0)
    return " ".join(words)


def _game(title: str, lines: Lines) -> tuple[str, str, int] | None:
    """(home, away, sentence) of the game the report is about."""
    texts: list[tuple[int, str, Spans]] = [(0, title, [])]
    texts += [(n, t, people) for n, (t, people, _, _) in enumerate(lines[:8])]
    for number, text, people in texts:
        m = _SCORE.search(text) or _RESULT.search(text)
        if m and _team(m.group("home")) and not any(
                s < m.end("home") and m.start("home") < e or s < m.end("away") and
                m.start("away") < e for s, e, _ in people):  # "Lindqvist beat ...": a person
            return _team(m.group("home")), _team(m.group("away")), number
    return None


def _fixtures(text: str, people: Spans, para: int, line: int, number: int,
              published: date | None) -> list[Event]:
    """"Exeter host Plymouth Argyle in the EFL Trophy on Tuesday before travelling to
    Stevenage next Saturday": a match for each team named with a date."""
    out: list[Event] = []
    opener = re.match(TEAM, text)
    subject = _team(opener.group()) if opener else ""
    previous: DateValue | None = None
    found = find_date_expressions(text)
    for m in _FIXTURE.finditer(text):
        opp = _team(m.group("opp"))
        team = _team(m.group("team") or "") or subject
        if not (team and opp) or any(s < m.end() and m.start("opp") < e for s, e, _ in people):
            continue
        stop = re.search(r"\b(?:before|after|while|and\s+then)\b|[;.]", text[m.end():])
        limit = m.end() + (stop.start() if stop else len(text))
        when = next((resolve_date(x, published, "future") for s, _, x in found
                     if m.end() <= s < limit), None)
        if when is None and _SAME_DAY.search(text, m.end(), limit):
            when = previous
        if when is None:
            continue
        previous = when
        away = m.group("verb").lower().startswith(("visit", "travel")) or "away" in m.group("verb")
        name = f"{opp} v {team} match" if away else f"{team} v {opp} match"
        out.append(Event("match", name, when, None, [], para, line, text, number))
    return out
