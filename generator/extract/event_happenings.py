"""Trigger rules for happenings that are not gatherings: disasters, deaths identified,
burials, court rulings and trials, signings, publications, company events, interviews
given to an outlet, protests and arrests, and (through :mod:`generator.extract.event_votes`)
votes, elections and rate decisions. Used by :mod:`generator.extract.event_triggers`.

Like the gatherings' triggers, each word counts only in the shape of a happening: a storm
or a fire with a date and a toll ("The tornado that tore through ... late Saturday killed
two people", not "a storm of criticism"), a judge or court with a verb of deciding
("A federal judge on Tuesday blocked ..."), "signed into law in May", "was buried on
Sunday", "a study published Monday in the journal Neurology", "told Al Jazeera".
"""

from __future__ import annotations

import re

from generator.extract.dates import find_date_expressions
from generator.extract.event_phrases import (
    CAP,
    YEAR_STARTS,
    Spans,
    Trigger,
    has_date,
    person_at,
    scan,
    word_starts,
)
from generator.extract.event_votes import (
    budget,
    chamber_vote,
    election,
    person_vote,
    rate_decision,
)
from generator.extract.lexicon import words

_DISASTER = (r"(?:EF-?\d\s+)?tornado(?:es)?|hurricane|typhoon|cyclone|earthquake|quake|tsunami|"
             r"wildfires?|bushfires?|blaze|fire|floods?|flooding|landslide|mudslide|avalanche|"
             r"(?:winter\s+|ice\s+|snow\s+|tropical\s+)?storm|explosion|blast|crash|collision|"
             r"derailment|shooting|stabbing|bombing|(?:air\s*strike|drone\s+strike|missile\s+"
             r"strike|attack)")
_HAPPENINGS = re.compile(
    r"\b(?i:(?P<disaster>" + _DISASTER + r"))\b|"
    r"\b(?i:(?P<identified>(?:victims?|dead|deceased)\s+(?:was|were|has\s+been|have\s+been)\s+"
    r"(?:identified|named)\s+as|(?:identified|named)\s+the\s+(?:victims?|dead|deceased)\s+"
    r"as))\b|"
    r"\b(?i:(?P<burial>buried|laid\s+to\s+rest|cremated))\b|"
    r"\b(?i:(?P<published>(?:study|report|paper|research|findings|analysis|survey)\s+"
    r"(?:was\s+|were\s+|is\s+|are\s+)?published))\b|"
    r"\b(?i:(?P<signed>signed))\b|"
    r"\b(?i:(?P<trial>trial))\b|"
    r"\b(?i:(?P<court>(?:judge|court|justices|jury|tribunal|magistrate)s?))\b|"
    r"\b(?i:(?P<elected>(?:re-?)?elected))\b(?!\s+(?:officials?|leaders?|representatives?|"
    r"members?|bod(?:y|ies)))|"
    r"\b(?P<race>(?:19|20)\d\d\s+(?:[\w-]+\s+)?(?:race|contest))\b|"
    r"\b(?P<legislature>Senate|House|Congress|Parliament|[Ll]egislature|[Aa]ssembly|Commons|"
    r"Lords|[Cc]ouncil|[Cc]ommittee|[Ll]awmakers|[Ll]egislators|[Ss]enators|MPs|"
    r"[Cc]ouncillors|[Cc]ouncil\s+members)\b|"
    r"\b(?P<voted>voted|(?<=\bto\s)vote(?=\s+(?:for|against|on)\b))\b|"
    r"\b(?i:(?P<markets_day>(?:capital\s+markets|investor|analyst)\s+day))\b|"
    r"\b(?P<analyst_call>call\s+with\s+(?:analysts|investors|shareholders))\b|"
    r"\b(?P<told>told|tells|telling|(?i:speaking|spoke|talking|talked)\s+to)\s+(?=(?:the\s+)?[A-Z])|"
    r"\b(?P<rates>(?:cut|raised|hiked|lowered)\s+(?:its\s+|their\s+)?(?:key\s+|benchmark\s+|"
    r"main\s+|policy\s+)?(?:interest\s+)?rates?)\b|"
    r"(?<=\bthe\s)(?P<budget>Budget|Spending\s+Review|Autumn\s+Statement|Spring\s+Statement)\b|"
    r"\b(?i:(?P<protest>protests?|protested|demonstrations?|marched))\b|"
    r"\b(?i:(?P<arrest>arrested))\b")
# How every match of _HAPPENINGS begins, lower-cased (see scan()).
_STARTS = word_starts(YEAR_STARTS | {f"ef{d}" for d in "0123456789"} | frozenset((
    "ef-", "torn", "hurr", "typh", "cycl", "eart", "quak", "tsun", "wild", "bush", "blaz",
    "fire", "floo", "land", "muds", "aval", "wint", "ice", "snow", "trop", "stor", "expl",
    "blas", "cras", "coll", "dera", "shoo", "stab", "bomb", "air", "dron", "miss", "atta",
    "vict", "dead", "dece", "iden", "name", "buri", "laid", "crem", "stud", "repo", "pape", "rese",
    "find", "anal", "surv", "sign", "tria", "judg", "cour", "just", "jury", "trib", "magi",
    "elec", "re-e", "reel", "sena", "hous", "cong", "parl", "legi", "asse", "comm", "lord",
    "coun", "lawm", "mps", "vote", "capi", "inve", "call", "told", "tell", "cut", "rais",
    "spea", "spok", "talk",
    "hike", "lowe", "budg", "spen", "autu", "spri", "prot", "demo", "marc", "arre",
)))
# "told Al Jazeera", "tells The Economist", "told BBC Radio Devon": an outlet, not a person
_OUTLET = re.compile(r"(?:the\s+)?((?:[A-Z][\w.&’'-]*(?:\s+|(?=[,.:;]|$))){1,4})")
_OUTLET_WORD = re.compile(r"\b(?:News|Radio|TV|Television|Times|Post|Journal|Telegraph|Guardian|"
                          r"Herald|Tribune|Press|Gazette|Chronicle|Standard|Observer|Independent|"
                          r"Mail|Express|Mirror|Economist|Bloomberg|Reuters|CNN|BBC|ITV|NBC|CBS|"
                          r"ABC|Fox|Sky|NPR|PBS|Axios|Politico|AFP|Jazeera|Magazine|Podcast|"
                          r"Network|Channel|Picayune|Inquirer|Globe|Courier|Dispatch|Examiner|"
                          r"Insider|Digital|Newsweek|Spectator|Atlantic|Sports?)\b")
# "told WYMT", "told KSL-TV": a broadcaster's call sign
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
_NOT_OUTLET = re.compile(r"\b(?:Committee|Subcommittee|Inquiry|Parliament|Congress|Senate|House|"
                         r"Council|Court)\b")
# Words that make a disaster a happening: what it did to people and places.
_TOLL = re.compile(r"\b(?:kill(?:s|ed|ing)?|dead|deaths?|died|injur(?:ed|ing|ies)|wounded|"
                   r"destroy(?:ed|ing)|damag(?:ed|ing|es)|tore|ripped|flattened|struck|hit|"
                   r"swept|evacuat\w+|victims?|casualties|missing|razed|burned|collapsed)\b",
                   re.IGNORECASE)
# "a storm of criticism", "under fire", "fire chief", "a crash course": no happening
_NOT_DISASTER = re.compile(r"\s+(?:of|chief|department|station|crews?|fighters?|course|test|"
                           r"season|warning|watch|shelter|alarm|brigade|service|rescue|safety)\b",
                           re.IGNORECASE)
_DETERMINER = re.compile(r"(?:\b(?:a|an|the|this|that|its|their|his|her|[\w-]+[’']s|deadly|fatal|"
                         r"massive|powerful|huge|major|violent|devastating|strong|"
                         r"EF-?\d|\d+-magnitude|magnitude-\d[\d.]*)\s+(?:[\w-]+\s+){0,2})$",
                         re.IGNORECASE)
_NAMED_STORM = re.compile(r"\s+(?!(?:on|in|at|The)\b)[A-Z][a-z]+\b")  # "Hurricane Milton"
_CROWD = re.compile(r"\b(?:thousands|hundreds|dozens|crowds?)\s+(?:of\s+\w+\s+)?$", re.IGNORECASE)
_PASSIVE = re.compile(r"\b(?:was|were|is|are|be|been|being)\s+$", re.IGNORECASE)
_LEGAL_OBJECT = re.compile(r"\b(?:bill|law|act|order|treaty|agreement|accord|pact|deal|measure|"
                           r"legislation|budget|decree|ordinance|resolution|Bill\s+\d+)\b",
                           re.IGNORECASE)
_DECIDED = re.compile(r"[^.;]{0,60}?\b(?:ruled|rules|blocked|blocks|struck\s+down|strikes\s+down|"
                      r"upheld|upholds|overturned|overturns|dismissed|dismisses|threw\s+out|"
                      r"halted|halts|paused|sided\s+with|sentenced|sentences|convicted|acquitted|"
                      r"found\s+\w+\s+(?:guilty|not\s+guilty|liable)|granted|denied)\b")
_RULING_THAT = re.compile(r"[^.;]*,\s+ruling\s+that\b")
_MEDICAL_TRIAL = re.compile(r"(?:clinical|drug|randomi[sz]ed|controlled|vaccine|pilot|free|"
                            r"field|time|criminal\s+trial\s+of)\s+$", re.IGNORECASE)
_TRIAL_CONTEXT = re.compile(r"\b(?:court|judge|jury|prosecutors?|defendants?|lawsuit|case|suit|"
                            r"charges?|charged|accused)\b", re.IGNORECASE)
_JOURNAL = re.compile(r"[^.;]{0,40}?\bin\s+(?:the\s+)?(?:journal\s+)?(" + CAP + r"(?:\s+(?:of\s+)?"
                      + CAP + r")*)")


def find_happenings(text: str, people: Spans, context: str,
                    skip: list[tuple[int, int]]) -> list[Trigger]:
    """The happenings of :data:`_HAPPENINGS` in one sentence, outside ``skip``; ``context``
    is the paragraph (court words there make "a trial" a court's)."""
    out: list[Trigger] = []
    for m in scan(_HAPPENINGS, _STARTS, text):
        if any(s <= m.start() < e for s, e in skip):
            continue
        trigger = _happening(text, m, people, context)
        if trigger is not None and not any(t.start <= trigger.start < t.end for t in out):
            out.append(trigger)  # "the House of Commons voted": one vote, not a second one
    return out


def _happening(text: str, m: re.Match[str], people: Spans, context: str) -> Trigger | None:
    """The happening one match of :data:`_HAPPENINGS` reports, if it is one."""
    group, start, end = m.lastgroup or "", m.start(), m.end()
    before = text[max(0, start - 40):start]
    if group == "disaster":
        return _disaster(text, m)
    if group == "identified":  # "The victims were identified as Earl Dunbar, 81, and ..."
        dead = tuple(dict.fromkeys(p for s, _, p in people if s >= end))
        return Trigger("death", start, end, who=dead, scope="own", noun="identified") if dead \
            else None
    if group == "burial" and _PASSIVE.search(text, max(0, start - 12), start):
        return Trigger("funeral", start, end, scope="own", noun="burial")  # "was buried"
    if group == "published" and has_date(text, start, end):
        journal = _JOURNAL.match(text, end)
        where = f" in {journal.group(1).rstrip('.')}" if journal else ""
        return Trigger("publication", start, end, scope="own",
                       label=f"Publication of the study{where}")
    if group == "markets_day" and _DETERMINER.search(before):
        return Trigger("conference", start, end, noun=" ".join(m.group().split()))
    if group == "analyst_call":
        return Trigger("press conference", start, end, noun="earnings call", scope="speaker")
    if group == "protest" and has_date(text, start, end) and (
            m.group().endswith("ed") or _DETERMINER.search(before) or _CROWD.search(before)
            or re.search(r"\banother\s+$", before)):
        # "would raise the protest in the Commons": the protest already reported
        definite = bool(re.search(r"\bthe\s+$", before, re.IGNORECASE))
        return Trigger("protest", start, end, definite, scope="own", label="Protest")
    if group == "arrest" and has_date(text, start, end):
        # "Doe was arrested": the one before; "police arrested Doe": the one after
        passive = _PASSIVE.search(text, max(0, start - 12), start)
        who = (person_at(people, max(0, passive.start() - 60), passive.start()) if passive
               else person_at(people, end, end + 40))
        return Trigger("arrest", start, end, who=(who,), scope="own") if who else None
    if group == "signed":
        return _signing(text, m, people)
    if group == "trial":
        return _trial(text, m, people, context)
    if group == "court":
        return _ruling(text, m)
    if group == "told":
        return _told_outlet(text, m, people)
    if group in ("elected", "race"):
        return election(text, m)
    if group == "legislature":
        return chamber_vote(text, m)
    if group == "voted":
        return person_vote(text, m, people)
    if group == "rates":
        return rate_decision(text, m)
    return budget(text, m) if group == "budget" else None


def _disaster(text: str, m: re.Match[str]) -> Trigger | None:
    """"The tornado that tore through ... late Saturday killed two people": a dated disaster
    with a toll; "a storm of criticism" and "the fire chief" are none."""
    start, end = m.start(), m.end()
    storm = _NAMED_STORM.match(text, end) if m.group()[0].isupper() else None
    # "when flash floods swept ...", "Floods in July 2022 killed 45": plural, no determiner
    bare = m.group().endswith("s") and (start == 0 or re.search(
        r"\b(?:when|as|after|flash|heavy|severe)\s+$", text[max(0, start - 12):start]))
    if storm is None and (_NOT_DISASTER.match(text, end) or not (
            bare or _DETERMINER.search(text[max(0, start - 40):start]))):
        return None
    if not (has_date(text, start, end) and _TOLL.search(text)):
        return None
    if storm is not None:  # "Hurricane Milton", "Storm Babet": the storm's own name
        return Trigger("disaster", start, storm.end(), scope="own",
                       label=" ".join(text[start:storm.end()].split()))
    word = " ".join(m.group().split())
    mods = re.search(r"\b((?:deadly|fatal|EF-?\d|\d+-magnitude)\s+)$", text[:start], re.IGNORECASE)
    label = ((mods.group(1) if mods else "") + word).strip()
    return Trigger("disaster", start, end, scope="own", label=label[0].upper() + label[1:])


def _signing(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    """"The law ... was signed by Gov. Pruitt in May", "Biden signed the bill on Friday"."""
    start, end = m.start(), m.end()
    near = text[max(0, start - 80):end + 60]
    # "On Wednesday, Ferraz and Starmer signed ...", not "until a deal was signed"
    if not (_LEGAL_OBJECT.search(near) and any(start - 90 <= s <= end + 60 for s, _, _ in
                                                find_date_expressions(text))) or re.search(
            r"\b(?:until|unless|if|once|before|when)\s+(?:[\w-]+\s+){0,3}$", text[:start]):
        return None
    by = re.match(r"\s+(?:into\s+law\s+)?by\s+", text[end:])
    if by:
        who = person_at(people, end + by.end(), end + by.end() + 40)
        return Trigger("signing", start, end, who=(who,) if who else (), scope="own",
                       noun="signing")
    return Trigger("signing", start, end, scope="speaker", noun="signing")


def _trial(text: str, m: re.Match[str], people: Spans, context: str) -> Trigger | None:
    """A dated trial in a court case ("She set a trial for September"), not a drug trial."""
    start, end = m.start(), m.end()
    if _MEDICAL_TRIAL.search(text[max(0, start - 30):start]) or not (
            _TRIAL_CONTEXT.search(context) and has_date(text, start, end)):
        return None
    of = re.match(r"\s+of\s+", text[end:])
    who = person_at(people, end + of.end(), end + of.end() + 40) if of else None
    return Trigger("trial", start, end, who=(who,) if who else (), scope="own", label="Trial")


def _ruling(text: str, m: re.Match[str]) -> Trigger | None:
    """"A federal judge on Tuesday temporarily blocked a Georgia law": a judge or court as
    the subject of a verb of deciding, on a date."""
    start, end = m.start(), m.end()
    if not (_DECIDED.match(text, end) or _RULING_THAT.match(text, end)):
        return None
    if not has_date(text, start, end + 60) or re.search(r"\b(?:will|would|could|may|might|"
                                                        r"to)\s+$", text[:start]):
        return None
    # "A federal judge" → "Federal judge ruling", "The Supreme Court" → "Supreme Court ruling"
    mods = re.search(r"((?:(?:" + CAP + r"|federal|district|appeals|high|supreme|state|"
                     r"county)\s+){0,3})$", text[max(0, start - 50):start])
    named = (mods.group(1) if mods else "").split()
    while named and named[0] in ("The", "A", "An", "In", "On", "But", "And"):
        named.pop(0)
    label = " ".join(named + [m.group().rstrip("s") if m.group() != "justices" else "court",
                              "ruling"])
    return Trigger("ruling", start, end, scope="clause", noun="ruling",
                   label=label[0].upper() + label[1:])


def _told_outlet(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    """"he told Al Jazeera from Casablanca", "tells The Economist that ...": an interview
    with an outlet (a news organisation's name, not a person's or a committee's)."""
    outlet = _OUTLET.match(text, m.end())
    if outlet is None or person_at(people, m.end(), outlet.end()) or re.match(
            r"[^,.;:]{0,40}?\b(?:programme|program|show)\b", text[m.end():]):
        return None  # "told the BBC's Today programme": the show's own trigger finds it
    name = outlet.group(1).strip().rstrip(".")
    if (not (_OUTLET_WORD.search(name) or name.lower() in words("outlets")
             or _CALL_SIGN.fullmatch(name))
            or _NOT_OUTLET.search(name)
            or re.match(r"\s*(?:in|during)\s+an?\s+(?:[\w-]+\s+)?interview", text[outlet.end():])):
        return None  # "told Fox News in an interview": the interview's own trigger finds it
    return Trigger("interview", m.start(), outlet.end(), outlet=name, scope="speaker")
