"""Trigger words of generic happenings, found in one sentence for the ``events`` rule.

A word counts only in the grammatical shape that makes it a happening: "a meeting" and
"met with Trump" do, "failed to meet targets" does not; "testified before the Senate
Commerce Committee" is a hearing, "hearing aid" is not; "the meeting" is marked anaphoric
because it points back at an earlier one. Abstract nouns (debate, hearing, vote) need a
date, a venue or a label to count, and visits count only when announced for the future.
Each :class:`Trigger` says how its participants are found (``scope``).
"""

from __future__ import annotations

import re

from generator.extract.dates import find_date_expressions
from generator.extract.event_acts import find_acts
from generator.extract.event_happenings import find_happenings
from generator.extract.event_occasions import dated, debate, died, hearing, visit
from generator.extract.event_phrases import (
    BOUNDARY,
    CAP,
    DETERMINERS,
    YEAR_STARTS,
    Spans,
    Trigger,
    has_date,
    overlaps,
    person_at,
    scan,
    word_starts,
)

_ROLE_WORDS = (r"counterparts?|leaders?|presidents?|ministers?|chancellor|secretary|king|"
               r"queen|pope|officials?|delegation|envoys?|ambassadors?|premier|prince|"
               r"management|executives|bosses|chiefs|unions?|commissioners|negotiators|"
               r"him|her|them")
_INTRANSITIVE = re.compile(r"\s*(?:[,.;]|$)|\s+(?:with|in|at|on|for|privately|briefly|"
                           r"virtually|face|again|last|this|later|earlier|today|yesterday|"
                           r"twice|separately|up)\b")
_GENERIC = re.compile(
    r"\b(?P<meet>met|meets?|meetings?)\b|"
    r"\b(?P<talks>talks)\b|"
    r"\b(?P<clash>clash|confrontation|showdown)(?=\s+between\s)|"
    r"\b(?P<discuss>discuss(?:ed|es)?)\b|"
    r"\b(?P<call>(?:(?:tele)?phone|video)\s+calls?|(?<!so-)called|rang|phoned|"
    r"(?:spoke|spoken|talked|speaks)(?=\s+(?:by\s+(?:tele)?phone|on\s+the\s+(?:tele)?phone)"
    r"\s+(?:with|to)\b|\s+(?:with|to)\s+[^,.;]{2,40}\s+(?:by\s+(?:tele)?phone|on\s+the\s+"
    r"(?:tele)?phone)\b))\b|"
    r"\b(?P<press>(?:press|news)\s+conferences?|(?:press\s+)?briefings?|"
    r"(?:earnings|conference)\s+calls?)\b|"
    r"\b(?P<gathering>summit|conference|forum)s?\b|"
    r"\b(?P<ceremony>ceremon(?:y|ies)|gala|ceremonial\s+welcome)\b|"
    r"(?<![\w-])(?P<event>(?:at|during)\s+(?:a|an|the)\s+(?:[\w’'-]+\s+){0,3}?event)\b|"
    r"\b(?P<meal>(?:working\s+|state\s+|private\s+)?(?:dinner|lunch|luncheon|breakfast|"
    r"banquet))\b(?!\s+(?:meeting|talks|table|party|time|show|club|television|TV))|"
    r"\b(?P<rally>rall(?:y|ies)|town\s+halls?|campaign\s+(?:events?|stops?)|(?:victory|"
    r"election-night|watch)\s+part(?:y|ies))\b|"
    r"\b(?P<interview>interviews?)\b|"
    r"\b(?P<show>on\s+(?:" + CAP + r"[’']s\s+)?[“\"](?=[A-Z])|programme|program|show)|"
    r"(?<!hate )(?<!free )\b(?P<speech>speech|keynote|address(?=\s+to\b))\b|"
    r"\b(?P<statement>statement\s+to\s+(?:MPs|Parliament|peers|lawmakers|the\s+(?:House|"
    r"Commons|Lords|Senate|nation|chamber|Dáil)))\b|"
    r"\b(?P<panel>(?:on|at|joined|joins|join)\s+(?:a|the)\s+panel(?!\s+of)|"
    r"panel\s+(?:discussion|appearance|session))\b|"
    r"\b(?P<speaking>(?:speaking|spoke|appearing|appeared)\s+(?:at|alongside)\s+)|"
    r"\b(?P<debate>debates?)\b|"
    r"\b(?P<hearing>hearings?(?!\s+(?:aids?|loss|room|impair))|testif(?:y|ies|ied|ying)|"
    r"(?:gave|give|gives|giving)\s+evidence|told\s+(?=the\s+(?:(?:" + CAP + r"|and|of|on|"
    r"[a-z]+,?)\s+){0,7}(?:Committee|Subcommittee|committee|subcommittee|inquiry|Inquiry)\b))|"
    r"\b(?P<ruling>ruling|judgment|judgement|verdict)\b(?!\s+(?:party|parties|coalition|"
    r"class|elite|family|council|junta|government|call))|"
    r"\b(?P<visit>visits?|trip|travel(?:s|led|ed|ing)?\s+to)\b|"
    r"\b(?P<dated>(?:(?:19|20)\d\d\s+)?(?:(?:general|presidential|parliamentary|local|snap|"
    r"mid-?term|leadership|national|European|mayoral|state|special|congressional|recall)\s+)?"
    r"(?:by-)?(?:elections?(?:\s+day)?|referendum|ballot|vote|(?<=recall\s)votes|run-?offs?)|"
    r"primary(?=\s+(?:in|on|election|race|contest|vote)\b|[,.;]|\s*$)|"
    r"inauguration|coronation)\b|"
    r"\b(?P<vote_verb>(?:expected|due|scheduled|set|poised|going|plans?|planning)\s+to\s+vote)\b|"
    r"\b(?P<death>death|killing|assassination|murder|funeral)\s+of\b|"
    r"\b(?P<funeral>funeral|memorial\s+service|vigil)\b|"
    r"\b(?P<died>died|was\s+killed|were\s+killed|was\s+assassinated|was\s+murdered)\b",
    re.IGNORECASE)
# How every match of _GENERIC begins, lower-cased (see scan()).
_GENERIC_STARTS = word_starts(YEAR_STARTS | frozenset((
    "met", "mee", "talk", "clas", "conf", "show", "disc", "tele", "phon", "vide", "call",
    "rang", "spo", "spe", "pres", "news", "brie", "earn", "summ", "foru", "cere", "gala", "at",
    "duri", "work", "stat", "priv", "vict", "watc", "dinn", "lunc", "brea", "banq", "rall",
    "town", "camp",
    "inte", "on", "prog", "keyn", "addr", "join", "pane", "appe", "deba", "hear", "test",
    "gave", "giv", "tol", "rul", "judg", "verd", "visi", "trip", "trav", "gene", "parl", "loca",
    "snap", "mid", "leader", "nati", "euro", "mayo", "cong", "reca", "by-", "elec", "refe",
    "ball", "vote", "prim", "run", "inau", "coro", "expe", "due", "sche", "set", "pois", "goin",
    "plan", "deat", "kill", "assa", "murd", "fune", "memo", "vigi", "died", "was", "wer",
)))
_COURT_WORDS = re.compile(r"\b(?:court|judge|justice|tribunal|jury|appeal|lawsuit|trial|sued|"
                          r"libel|prosecutors?|claimant|defendant)", re.IGNORECASE)


def noun_phrase(text: str, start: int) -> tuple[bool, bool]:
    """(is a noun phrase, is definite): "a meeting", "the talks", "Trump's rally".

    The nearest determiner within three words decides, so "the remarks during a meeting"
    is indefinite; a preposition in between means the determiner belongs elsewhere.
    """
    for word in reversed(text[max(0, start - 60):start].split()[-4:]):
        if DETERMINERS.fullmatch(word):
            return True, word.lower() in ("the", "this", "that")
        if word.lower() in BOUNDARY:
            break
    return False, False
_ARTICLES = re.compile(r"a|an|the|his|her|their|its|our|this|that|[\w-]+[’']s", re.IGNORECASE)


def _described(text: str, start: int, end: int) -> str:
    """The noun with its modifiers and "of" phrase, for a name: "a tense closed-door
    meeting of ministers on Wednesday" → "closed-door meeting of ministers"."""
    mods: list[str] = []
    for word in reversed(text[max(0, start - 60):start].split()[-3:]):
        if (_ARTICLES.fullmatch(word) or word.lower() in BOUNDARY or not re.fullmatch(
                r"[\w’'-]+", word) or len(mods) == 2 or word.lower() in ("tense", "small", "big")):
            break
        mods.insert(0, word)
    phrase = " ".join(mods + text[start:end].split())
    tail = re.match(r"\s+(of\s+(?:the\s+)?[\w’'-]+|with\s+[a-z][\w’'-]*)((?:\s+[\w’'-]+){0,4}?)"
                    r"(?=[,;.]|\s+(?:on|at|in|which|who|that|last|next|this|to|for|and|with)\b|$)",
                    text[end:])  # "of the National Governors Association", "with governors"
    if tail and not find_date_expressions(tail.group()):
        phrase += " " + " ".join(tail.group().split())
    return phrase


def _fresh(text: str, start: int) -> bool:
    return bool(re.search(r"\b(?:own|another|separate|second|new|next)\s+(?:[\w-]+\s+)?$",
                          text[max(0, start - 30):start], re.IGNORECASE))


def _with_person(text: str, end: int, people: Spans) -> str | None:
    """The person right after "with"/"between", before any comma: "talks with Trump"."""
    m = re.match(r"\s+(?:with|between)\s+", text[end:])
    if not m:
        return None
    rest = text[end + m.end(): end + m.end() + 60]
    stop = re.search(r"[,.;]", rest)
    return person_at(people, end + m.end(), end + m.end() + (stop.start() if stop else 60))


def _meets(text: str, end: int, people: Spans) -> bool:
    """"met" is a meeting when used alone, with a date, or with a person or role as object."""
    after = text[end:end + 60]
    if _INTRANSITIVE.match(after) or any(  # "meet Sept. 17-18", not "meet a September deadline"
            s == end + 1 and not re.match(r"(?:an?|by|since|until)\s", x, re.IGNORECASE)
            for s, _, x in find_date_expressions(text)):
        return True
    stop = re.search(r"[,.;]", after)
    if person_at(people, end, end + (stop.start() if stop else 40)):
        return True
    return bool(re.match(rf"\s+(?:\w+\s+){{0,3}}?(?:{_ROLE_WORDS})\b", after, re.IGNORECASE))
_OUTLET_BEFORE = re.compile(r"\b(?:an?|the|his|her|their)\s+(?:[a-z]+\s+)?"
                            r"((?:[A-Z][\w.&’'-]*\s+){1,3})(?:[a-z]+\s+)?$")
_TOLD_OUTLET = re.compile(r"\btold\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s+){1,3})(?:in|during)\s+an?\s+"
                          r"(?:[\w-]+\s+)?$")
_WITH_OUTLET = re.compile(r"\s+with\s+(?:the\s+)?((?:[A-Z][\w.&-]*\s?){1,3})")


def _outlet(text: str, start: int, end: int, people: Spans) -> str | None:
    """The outlet of an interview: "a BBC interview", "told Fox News in an interview"."""
    lo = max(0, start - 60)
    m = _OUTLET_BEFORE.search(text, lo, start) or _TOLD_OUTLET.search(text, lo, start)
    m = m or _WITH_OUTLET.match(text, end)
    if not m or overlaps(people, m.start(1), m.end(1)):
        return None
    return m.group(1).strip()
_SPOKEN = re.compile(r"\b(?:told|tells|said|says|speaking|speaks|appearing|appeared|"
                     r"interview(?:ed)?)\b", re.IGNORECASE)


def _show(text: str, m: re.Match[str]) -> Trigger | None:
    """A broadcast appearance: told X on “Meet the Press”, the BBC's Today programme.

    Only next to a verb of speaking: "cuts to the Medicaid program" is no appearance.
    """
    start, word = m.start(), m.group()
    if not _SPOKEN.search(text[max(0, start - 80):start]):
        return None
    if word.lower().startswith("on"):
        title = re.match(r"([^”\"]{1,50}?)[,.]?[”\"]", text[m.end():])
        if not title:
            return None
        return Trigger("interview", start, m.end() + title.end(), outlet=title.group(1),
                       noun="show")
    # "on the BBC's Sunday with Laura Kuenssberg programme": capitalised words up to the noun
    head = re.search(r"\b(?:on|told)\s+(?:the\s+)?((?:(?:" + CAP + r"|with|of|the|and)\s+)"
                     r"{1,7})$", text[max(0, start - 80):start])
    if not head or not head.group(1)[0].isupper():
        return None
    begin = max(0, start - 80) + head.start()
    return Trigger("interview", begin, m.end(), outlet=(head.group(1) + word).strip(),
                   noun="show")


def find_triggers(text: str, people: Spans, skip: list[tuple[int, int]],
                  context: str = "") -> list[Trigger]:
    """Generic happenings in one sentence; ``skip`` holds the named events' spans.

    ``context`` is the paragraph around the sentence (court words there make "the
    judgment" a ruling).
    """
    out = []
    for m in scan(_GENERIC, _GENERIC_STARTS, text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        trigger = _trigger(text, m, people, context or text)
        if trigger is not None:
            out.append(trigger)
    more = find_happenings(text, people, context or text, skip) + find_acts(text, people, skip)
    # "Congress is due to vote on it": the chamber's vote, not a second, bare "vote"
    out = [t for t in out if not any(t.kind == h.kind and t.start < h.end and h.start < t.end
                                     for h in more)]
    return sorted(out + more, key=lambda t: t.start)


# Groups whose word, capitalised mid-sentence after another capitalised word, is part of a
# proper name ("Marine Le Pen's National Rally", "Summit Partners"), not a happening.
_COMMON_NOUNS = frozenset({"meet", "talks", "press", "gathering", "ceremony", "meal", "rally",
                           "interview", "speech", "debate", "hearing", "ruling", "visit"})


def _trigger(text: str, m: re.Match[str], people: Spans, context: str) -> Trigger | None:
    group, start, end, word = m.lastgroup or "", m.start(), m.end(), m.group().lower()
    if group in _COMMON_NOUNS and m.group()[0].isupper() and re.search(
            r"[A-Z][\w’'.-]*\s+$", text[:start]):
        return None
    noun, definite = noun_phrase(text, start)
    with_person = _with_person(text, end, people)
    who = (with_person,) if with_person else ()
    anaphoric = definite and not with_person
    fresh = _fresh(text, start)
    if group == "meet":
        if word.startswith("meeting"):
            if not (noun or word == "meetings"):
                return None
            of_group = re.match(r"\s+of\s+(?!the\s+two\b)", text[end:])  # "a meeting of ministers"
            return Trigger("meeting", start, end, anaphoric and not fresh, who=who,
                           scope="own" if of_group else "clause", fresh=fresh,
                           noun=_described(text, start, end))
        if _meets(text, end, people):
            return Trigger("meeting", start, end, who=who, scope="pair", noun="meeting")
        return None
    if group == "talks":
        if noun or re.match(r"\s+(?:with|between|on)\b|\s+(?:broke\s+down|collapsed|stalled|"
                            r"resumed|ended|failed|faltered|began)\b", text[end:]) or re.search(
                r"\b(?:for|held|hold|holds|holding|during|after|following)\s+(?:\w+\s+)?$",
                text[max(0, start - 30):start]):  # "hosted Scholz for talks in Paris"
            return Trigger("talks", start, end, anaphoric, who=who)
        return None
    if group == "clash":  # "the Oval Office clash between Mr Trump and Volodymyr Zelensky"
        pair = re.match(r"\s+between\s+[^,.;]{0,40}?\s+and\s+", text[end:])
        second = pair and person_at(people, end + pair.end(), end + pair.end() + 30)
        if with_person and second:
            return Trigger("meeting", start, end, who=(with_person, second), scope="own")
        return None
    if group == "discuss":
        clause = re.match(r"[^.;]{0,80}?\bwith\s+", text[end:])
        if clause and (person_at(people, end + clause.end(), end + clause.end() + 40)
                       or re.match(rf"(?:\w+\s+){{0,3}}(?:{_ROLE_WORDS})\b",
                                   text[end + clause.end():])):
            return Trigger("talks", start, end)
        return None
    if group == "call":
        return _call(text, m, people, who)
    if group == "press":
        if "briefing" in word and (not noun or re.match(r"\s+(?:note|paper|document|pack|book)",
                                                        text[end:])):
            return None
        label = "briefing" if "briefing" in word else " ".join(word.split()).rstrip("s")
        return Trigger("press conference", start, end, anaphoric, noun=label, scope="speaker")
    if group == "gathering" and noun:
        kind = {"summit": "summit"}.get(m.group("gathering").lower(), "conference")
        return Trigger(kind, start, end, anaphoric, noun=_described(text, start, end))
    if group == "ceremony" and noun:
        return Trigger("ceremony", start, end, anaphoric, who=who,
                       noun=_described(text, start, end))
    if group == "event" and has_date(text, start, end):  # "At a White House event on Friday"
        head = re.match(r"\w+\s+\w+\s+", m.group())
        begin = start + (head.end() if head else 0)
        return Trigger("meeting", begin, end, definite, who=who, noun=_described(text, begin, end))
    if group == "meal" and (noun or who):
        return Trigger("meeting", start, end, anaphoric, who=who, noun=" ".join(word.split()))
    if group in ("rally", "speech") and noun and not re.match(r"\s+(?:behind|around|support)",
                                                              text[end:]):
        return Trigger(group if group == "speech" else "rally", start, end, anaphoric, who=who,
                       scope="speaker")
    if group == "statement":
        return Trigger("speech", start, end, noun="statement", scope="speaker")
    if group == "panel":
        return Trigger("speech", start, end, noun="panel appearance", scope="speaker")
    if group == "speaking":
        return _speaking(text, m)
    if group == "interview" and noun:
        outlet = _outlet(text, start, end, people)
        return Trigger("interview", start, end, anaphoric and not outlet, outlet, who,
                       scope="speaker")
    if group == "show":
        return _show(text, m)
    if group == "debate":
        return debate(text, m, noun, anaphoric, fresh)
    if group == "hearing":
        return hearing(text, m, noun, anaphoric, fresh)
    if group == "ruling" and noun and _COURT_WORDS.search(context):
        return Trigger("ruling", start, end, anaphoric)
    if group == "visit":
        return visit(text, m, people, noun, anaphoric)
    if group == "dated":
        return dated(text, m, people)
    if group == "vote_verb" and has_date(text, start, end):
        return Trigger("vote", start, end, label="Vote", scope="own")
    if group == "death":
        person = person_at(people, end, end + 60)
        kind = "funeral" if word.startswith("funeral") else "death"
        return Trigger(kind, start, end, who=(person,), scope="own") if person else None
    if group == "funeral" and noun and not definite:
        return Trigger("funeral", start, end, scope="own", noun=_described(text, start, end))
    if group == "died":
        return died(text, m, people)
    return None


def _call(text: str, m: re.Match[str], people: Spans, who: tuple[str, ...]) -> Trigger | None:
    """"a phone call with X"; "called X on Saturday" (not "called X a liar", "called on")."""
    start, end = m.start(), m.end()
    word = m.group().lower()
    if ("call" in word and " " in word) or word.startswith(("spok", "talk", "speak")):
        other = who or tuple(p for s, _, p in people if end <= s <= end + 60)[:1]
        return Trigger("talks", start, end, who=other, noun="phone call")
    obj = re.match(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Sir|Sen|Rep|Gov)\.?\s+)?", text[end:])
    after = end + (obj.end() if obj else 0)
    callee = next(((e, p) for s, e, p in people if s == after), None)
    if callee is None or re.match(r"\s*[“\"‘]|[’']s\b|\s+(?:an?|the|his|her|their|it|out|for)\b",
                                  text[callee[0]:]):
        return None  # "called her a liar", "called her “the reason ...”", "called out"
    return Trigger("talks", start, end, who=(callee[1],), noun="phone call")


def _speaking(text: str, m: re.Match[str]) -> Trigger | None:
    """"Speaking at the Fed's annual retreat, Powell said": a speech, unless the phrase
    names another happening ("speaking at a rally"), which its own trigger finds."""
    phrase = re.match(r"[^,;.]{3,80}", text[m.end():])
    if not phrase or _GENERIC.search(phrase.group()):
        return None
    if "alongside" in m.group().lower():
        return Trigger("meeting", m.start(), m.end(), noun="joint appearance")
    if not re.match(r"(?:the|an?)\s", phrase.group(), re.IGNORECASE) or not re.search(
            r"\s[A-Z]|\b(?:event|fundraiser|gathering|retreat|reception|launch|dinner|"
            r"luncheon|service|vigil|memorial|graduation|commencement)\b", phrase.group()):
        return None  # "speaking at a time when ...": no venue named
    return Trigger("speech", m.start(), m.end(), scope="speaker", noun="speech")
