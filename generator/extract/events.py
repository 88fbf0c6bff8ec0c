"""Extraction rule ``events``: real-world happenings with a date, a place and participants.

Each sentence yields *candidates*: named happenings ("Munich Security Conference", from
:mod:`generator.extract.event_phrases`) and generic ones found by a trigger ("met with",
"a rally in", "the death of", "testified before", from
:mod:`generator.extract.event_triggers`; "the Senate voted", "a tornado ... killed",
"a judge blocked", "told Al Jazeera", from :mod:`generator.extract.event_happenings`;
"resigned", "was sentenced", "toured the damage", from :mod:`generator.extract.event_acts`).
Words inside quotation marks are speech, not the article's report, and yield nothing.
Candidates are then merged (:mod:`generator.extract.event_merge`), because one happening
is usually reported several times; a sports report adds its game and fixtures
(:mod:`generator.extract.event_sports`); what one sentence cannot say (the judge named
later, a study's authors, the day of a news conference) comes from the rest of the article
(:mod:`generator.extract.event_context`). Dates resolve against the publication date with
:mod:`generator.extract.dates`; participants are the article's people (``state.people``),
including the pronouns and descriptions the roles rule resolved (``state.references``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from generator.extract.event_context import (
    add_candidates,
    add_context,
    date_from_neighbours,
    news_day,
)
from generator.extract.event_dates import after_publication, announced, date_of, day_pegs
from generator.extract.event_merge import (
    SPEAKER_KINDS,
    Event,
    absorb,
    add_people_at_places,
    fold_venues,
    inherit_dates,
    key,
    merge_duplicates,
    target,
)
from generator.extract.event_names import short_names, to_ref
from generator.extract.event_phrases import (
    Spans,
    Trigger,
    clause_bounds,
    find_place,
    named_events,
    surname_of,
)
from generator.extract.event_sports import find_matches
from generator.extract.event_triggers import find_triggers
from generator.extract.state import ExtractState

_PRONOUN = re.compile(r"\b(?:he|she)\b", re.IGNORECASE)
# "The Labour leader told ...", "The new prime minister held ...": the last-named person.
_DESCRIPTION = re.compile(
    r"^\W*the\s+(?:[\w’'-]+\s+){0,3}?(?:leader|president|prime minister|minister|chancellor|"
    r"secretary|senator|governor|king|queen|premier|mayor|candidate|nominee|monarch)\b",
    re.IGNORECASE)
_BILL = re.compile(r"\b(?:bill|measure|proposal|legislation|amendment|motion)\b", re.IGNORECASE)
_ON_THE_BILL = re.compile(r"\bvote\s+(?:on|for|against)\s+(?:it|the\s+(?:bill|measure|proposal|"
                          r"legislation|amendment|motion))\b", re.IGNORECASE)
_THE_TWO = re.compile(r"\b[Tt]he\s+two\s+(?:leaders|men|women|presidents|prime\s+ministers|"
                      r"ministers|heads\s+of\s+state|politicians|candidates|rivals|sides)\b")
# "told the Commons during the debate": whoever the clause names took part in it
# "The lawsuit, filed in Manhattan, was announced by Letitia James": she took part in it
_BY = re.compile(r"[^;]{0,80}?\b(?:announced|filed|brought|led|organi[sz]ed)\s+by\b")
_DURING = re.compile(r"\b(?:during|throughout|at)\s+(?:the|that|this)\s+(?:[\w-]+\s+)?$")
_ANNOUNCING = re.compile(r"\b(?:said|says|told|announced)\b")
_SEQUEL = re.compile(r"\b(?:later|afterwards|subsequently)\b", re.IGNORECASE)
# Two capitalised words, the first no sentence opener: "District Judge", "Attorney General".
_NAME_START = re.compile(r"(?!(?:The|A|An|He|She|It|They|We|I|In|On|But|And|This|That|His|"
                         r"Her|Their|Its|At|As|If|When)\b)[A-Z][a-z]+\s+[A-Z]")
# "[File: Hamza Ouzzani/AFP]", "(File photo)": a picture of something long past
_ARCHIVE_PHOTO = re.compile(r"[\[(]\s*File\b|\bfile (?:photo|picture|image)\b", re.IGNORECASE)
_MONTH_ABBREVIATION = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.$")
# "at 7 p.m. Wednesday at the church": a clock time, not the end of a sentence
_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.m\.$")
_AFTER_CLOCK = re.compile(r"(?:[a-z]|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                          r"Sunday|ET|EST|EDT|CT|PT|GMT|BST)\b)")


@dataclass
class _Sentence:
    para: int
    line: int
    text: str
    people: Spans  # names, and pronouns and descriptions resolved to a person
    names: Spans  # names only
    quotes: list[tuple[int, int]]  # quoted spans: speech, not the article's report
    context: str  # the whole paragraph


def find_events(state: ExtractState) -> None:
    """Add an :class:`EventRef` for each distinct happening the article reports."""
    published = _published(state.article.date)
    sentences = _sentences(state)
    events: list[Event] = []
    generic: list[Event] = []
    subject: str | None = None  # the previous sentence's first person, for "he met ..."
    for number, sent in enumerate(sentences):
        named, found = _sentence_events(sent, number, subject, published)
        for event in named:
            same = next((e for e in events if key(e.name) == key(event.name)
                         or key(event.name) in e.venues), None)
            if same is not None:
                absorb(same, event, keep_date=same.kind in SPEAKER_KINDS)
            else:
                events.append(event)
        generic += found
        if sent.people:
            subject = sent.people[0][2]
    # Undated, placeless meetings wait until every gathering has its date.
    late = [c for c in generic if c.family == "meeting" and not (c.date or c.place)]
    for cand in [c for c in generic if c not in late] + late:
        _add_sponsor(cand, sentences)
        if cand.noun == "joint appearance" and not (cand.place or cand.date):
            # "X, who spoke alongside the governor": at the news conference just reported
            host = [e for e in events if e.kind in SPEAKER_KINDS
                    and cand.pos - 2 <= e.pos <= cand.pos]
            if host:
                absorb(host[-1], cand)
            continue
        found_target = target(events, cand, published)
        if found_target is not None:
            absorb(found_target, cand)
        elif _stands_alone(cand):
            events.append(cand)
    day = news_day([(s.text, s.people) for s in sentences], published)
    matches = find_matches(state.article.title or "",
                           [(s.text, s.people, s.para, s.line) for s in sentences], published, day)
    # "before travelling to Stevenage next Saturday": a fixture, not a visit
    events = [e for e in events if not (e.kind == "visit" and any(
        m.date == e.date and (e.label or "").rsplit(" ", 1)[-1] in (m.name or "")
        for m in matches))]
    events += matches
    events = fold_venues(merge_duplicates(sorted(events, key=lambda e: e.pos)))
    inherit_dates(events, day_pegs([(s.text, s.names) for s in sentences], published))
    events = merge_duplicates(events)  # reports dated just now may repeat dated ones
    events = add_context(events, [(s.text, s.people) for s in sentences], state.people,
                         published, day)
    date_from_neighbours(events, day)
    # "said in a floor speech": a speech neither dated nor placed is a way of quoting
    events = [e for e in events if e.kind != "speech" or e.date or e.place or e.venues
              or e.label]
    add_candidates(events, state.people)
    # "met in three televised debates": nobody named, never dated, nothing to show
    events = [e for e in events if e.date or e.participants or e.kind == "death"]
    add_people_at_places([e for e in events if not after_publication(e.date, published)],
                         [(s.text, s.people) for s in sentences])
    short = short_names(state.people)
    state.events.extend(to_ref(e, short) for e in sorted(events, key=lambda e: e.pos))


def _add_sponsor(cand: Event, sentences: list[_Sentence]) -> None:
    """"A bill from Ana Lucía del Castillo would ... Congress is due to vote on it in July":
    a vote on the bill just described takes its sponsor, the one person named with it."""
    if cand.kind != "vote" or cand.participants or not cand.pos or not _ON_THE_BILL.search(
            cand.sentence):
        return
    before = sentences[cand.pos - 1]
    if before.people and _BILL.search(before.text):
        cand.participants = [before.people[0][2]]


def _stands_alone(cand: Event) -> bool:
    """Whether a candidate nothing before it reports is an event of its own.

    "the summit in Brussels" is new; an event nobody took part in, never and nowhere, is
    noise; "after the summit, von der Leyen said" names a summit the article presumes.
    """
    if cand.kind == "vote" or cand.noun == "panel appearance":
        # an election never dated and contested by nobody named; "sits on a panel"
        return bool(cand.date or (cand.participants if cand.kind == "vote" else cand.place))
    if cand.date or cand.place or cand.label:
        return True
    if cand.anaphoric:
        return bool(cand.participants) and cand.family in ("gathering", "hearing", "ruling")
    return bool(cand.participants)


def _published(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The sentence ``spans`` of ``text``, mended where the splitter broke "Feb. 24", "R-S.C."
    or "U.S. District Judge" (an initialism before a name, not the end of a sentence)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        before = text[out[-1][0]:out[-1][1]] if out else ""
        if out and (out[-1][1] == start
                    or (_MONTH_ABBREVIATION.search(before) and text[start:start + 1].isdigit())
                    or (_CLOCK.search(before) and _AFTER_CLOCK.match(text, start))
                    or (re.search(r"\b(?:[A-Z]\.){2,}$", before)
                        and _NAME_START.match(text, start))):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _sentences(state: ExtractState) -> list[_Sentence]:
    """The article's sentences with the people each mentions, in text order."""
    out = []
    # mentions, references and quotes by paragraph, gathered once for all its sentences
    mentions: dict[int, Spans] = {}
    for person in state.people:
        for m in person.mentions:
            mentions.setdefault(m.para, []).append((m.start, m.end, person.name))
    refs: dict[int, Spans] = {}
    for r in state.references:
        if r.person and r.kind in ("pronoun", "description", "who"):
            refs.setdefault(r.para, []).append((r.start, r.end, r.person))
    quotes: dict[int, list[tuple[int, int]]] = {}
    for q in state.quotes:
        quotes.setdefault(q.para, []).append((q.start, q.end))
    unmentioned = [p.name for p in state.people if not p.mentions]
    for index, para in enumerate(state.article.paragraphs):
        if para.kind in ("heading", "credit") or _ARCHIVE_PHOTO.search(para.text):
            continue  # headings, photo credits and captions of file photos report nothing new
        for start, end in _spans(para.text, state.sentences(index)):
            text = para.text[start:end]
            names = [(s - start, e - start, p) for s, e, p in mentions.get(index, ())
                     if start <= s < end]
            for name in unmentioned:  # people built by hand (tests): find the name
                forms = sorted({re.escape(name), re.escape(surname_of(name))},
                               key=len, reverse=True)
                names += [(*m.span(), name)
                          for m in re.finditer(rf"\b(?:{'|'.join(forms)})\b", text)]
            resolved = [(s - start, e - start, p) for s, e, p in refs.get(index, ())
                        if start <= s < end and not any(n[0] <= s - start < n[1] for n in names)]
            quoted = [(s - start, e - start) for s, e in quotes.get(index, ())
                      if s < end and e > start]
            # people inside a quotation are the speaker's words, not the report's
            people = [x for x in sorted(names + resolved)
                      if not any(s <= x[0] < e for s, e in quoted)]
            out.append(_Sentence(index, para.line, text, people,
                                 [x for x in sorted(names) if x in people], quoted, para.text))
    _resolve_pairs(out)
    return out


def _resolve_pairs(sentences: list[_Sentence]) -> None:
    """"The two leaders held talks": the last two people named before, as the sentence's."""
    for number, sent in enumerate(sentences):
        for m in _THE_TWO.finditer(sent.text):
            named: list[str] = []
            for before in reversed(sentences[max(0, number - 2):number]):
                for _, _, p in reversed(before.people):
                    if p not in named:
                        named.append(p)
            if len(named) >= 2:
                sent.people[:] = sorted(sent.people + [(m.start(), m.end(), p)
                                                       for p in reversed(named[:2])])


def _quoted(sent: _Sentence, pos: int) -> bool:
    return any(s <= pos < e for s, e in sent.quotes)


def _sentence_events(sent: _Sentence, number: int, subject: str | None,
                     published: date | None) -> tuple[list[Event], list[Event]]:
    """The named and the generic candidates of one sentence.

    A speech "at the Jackson Hole economic symposium" took place at that gathering: the
    gathering becomes the speech's venue rather than an event of its own.
    """
    named: list[tuple[int, int, Event]] = []
    for start, end, name, kind in named_events(sent.text, sent.people):
        if _quoted(sent, start):
            continue
        lo, hi = clause_bounds(sent.text, start)
        people = [p for s, _, p in sent.people if lo <= s < hi and not start <= s < end]
        when, explicit = date_of(sent.text, start, end, lo, hi, published, quoted=sent.quotes)
        event = Event(kind, name, when, find_place(sent.text, end, hi, sent.people),
                      people[:1] if kind in SPEAKER_KINDS else people, sent.para, sent.line,
                      sent.text, number, explicit=explicit)
        named.append((start, end, event))
    generic = []
    for trigger in find_triggers(sent.text, sent.people, [(s, e) for s, e, _ in named],
                                 sent.context):
        if _quoted(sent, trigger.start) or _quoted(sent, trigger.end - 1):
            continue
        cand = _candidate(trigger, sent, number, subject, published)
        if cand is None:
            continue
        for start, end, event in list(named):
            if (cand.kind in SPEAKER_KINDS and not cand.anaphoric and re.fullmatch(
                    r"\s+(?:at|to)\s+(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,2}",
                    sent.text[trigger.end:start])):
                named.remove((start, end, event))
                cand.venues.append(key(event.name))
                absorb(cand, event)
                cand.label = event.name
        generic.append(cand)
    gathering = next((c for c in generic if c.family == "gathering" and not c.anaphoric), None)
    if gathering is not None:  # "when they meet in Brussels next week for a summit"
        for cand in [c for c in generic if c.family == "meeting" and not c.participants]:
            generic.remove(cand)
            gathering.place = gathering.place or cand.place
            gathering.date = gathering.date or cand.date
    venued = [c for c in generic if c.venues]
    return [e for _, _, e in named] + venued, [c for c in generic if not c.venues]


def _candidate(trigger: Trigger, sent: _Sentence, number: int, subject: str | None,
               published: date | None) -> Event | None:
    lo, hi = clause_bounds(sent.text, trigger.start)
    in_clause = [(s, p) for s, _, p in sent.people
                 if lo <= s < hi and not trigger.start <= s < trigger.end]
    if trigger.scope == "own":
        people = list(trigger.who)
    elif trigger.scope == "subject":  # "Her death on Monday": whom the sentence before names
        people = [subject] if subject else []
    elif trigger.scope == "speaker":
        # The speaker is the clause's subject, usually its first name; a participial opening
        # ("Speaking at a rally ..., Mr Trump said") puts the subject after the trigger.
        people = [p for _, p in in_clause][:1] + list(trigger.who)
    elif trigger.scope == "pair":  # "Biden and Xi met", "Kessler met with officials"
        people = _pair(sent, trigger, lo, hi)
    else:
        people = [p for _, p in in_clause] + list(trigger.who)
    if subject and not trigger.anaphoric and trigger.scope != "own":
        head = sent.text[lo:trigger.start]
        named_before = any(s < trigger.start for s, _ in in_clause)
        if not named_before and (_DESCRIPTION.search(head) or _PRONOUN.search(head)
                                 or (not people and _PRONOUN.search(sent.text[lo:hi]))):
            people.insert(0, subject)  # "he met ..." continues the previous sentence's subject
    when, explicit = date_of(sent.text, trigger.start, trigger.end, lo, hi, published,
                           trigger.label, sent.quotes)
    if trigger.future_only and not announced(sent.text, trigger.start, when, published):
        return None
    # "the meeting at the Filoli estate"; a reference back is placed only by what follows it
    place_end = min(hi, trigger.end + 30) if trigger.anaphoric else hi
    return Event(trigger.kind, None, when,
                 find_place(sent.text, trigger.end, place_end, sent.people),
                 list(dict.fromkeys(people)), sent.para, sent.line, sent.text, number,
                 trigger.outlet, trigger.anaphoric, trigger.label,
                 trigger.noun or _singular(sent.text[trigger.start:trigger.end]),
                 fresh=trigger.fresh, explicit=explicit,
                 sequel=bool(_SEQUEL.search(sent.text[lo:hi])),
                 joined=trigger.anaphoric and bool(_DURING.search(sent.text, lo, trigger.start)
                                                   or _BY.match(sent.text, trigger.end, hi)))


def _pair(sent: _Sentence, trigger: Trigger, lo: int, hi: int) -> list[str]:
    """Who met: the names just before "met" (joined by "and"), and after it up to a comma;
    not someone named earlier in the sentence ("his signal that policymakers meet")."""
    text, start = sent.text, trigger.start
    subjects: list[str] = []
    edge = start
    for s, e, p in reversed([x for x in sent.people if lo <= x[0] < start]):
        if not re.fullmatch(r"(?:\s*\([^)]*\))?(?:,\s+|\s+and\s+)?|\s+(?:[a-z]+\s+){0,2}",
                            text[e:edge]) or (subjects and "and" not in text[e:edge]
                                              and "," not in text[e:edge]):
            break
        subjects.insert(0, p)
        edge = s
    if not subjects and re.search(r"\bto\s+$", text[lo:start]):
        # "He is expected to travel to Washington to meet Trump": the clause's subject
        subjects = [p for s, _, p in sent.people if lo <= s < start][:1]
    comma = re.search(r",", text[trigger.end:hi])
    end = trigger.end + comma.start() if comma else hi
    objects = [p for s, _, p in sent.people if trigger.end <= s < end]
    if not (subjects or objects or trigger.who):
        # "Ek said the union would meet management on Monday": the one who announced it
        subjects = [p for s, _, p in sent.people
                    if lo <= s < start and _ANNOUNCING.search(text, s, start)][:1]
    return list(dict.fromkeys(subjects + objects + list(trigger.who)))


def _singular(words: str) -> str:
    noun = " ".join(words.lower().split())
    if noun.endswith("ies"):
        return noun[:-3] + "y"
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
