"""Trigger rules for what people do that makes news on a given day: resigning, being sworn
in, rescuing, touring a place, addressing a parliament, a chamber debating a bill, a strike,
and the dead named among a disaster's victims. Used by
:mod:`generator.extract.event_triggers`.

Each counts only in the shape of a happening, usually with a date: "resigned as leader two
days later", "will be sworn in on Jan. 6", "a helicopter crew rescued a family ... early
Sunday", "toured the damage in Hazard on Monday", "is due to address both houses of
Parliament on Thursday", "Last week MPs debated the Water Bill", "staged a one-day strike",
"Among the dead was Ruth Ann Combs".
"""

from __future__ import annotations

import re

from generator.extract.dates import find_date_expressions
from generator.extract.event_phrases import CAP, Spans, Trigger, has_date, person_at

_ACTS = re.compile(
    r"\b(?P<resigned>resigned|stepped\s+down|quit)\b(?!\s+(?:smoking|drinking|his\s+job\s+"
    r"hunting))|"
    r"\b(?P<sworn>sworn\s+in|took\s+the\s+oath\s+of\s+office|swearing-in)\b|"
    r"\b(?P<rescue>rescued|rescue\s+of|rescue\s+operation)\b|"
    r"\b(?P<toured>toured|visited)\b|"
    r"\b(?P<address>address(?:ed|es|ing)?)\s+(?=both\s+houses|(?:a\s+)?joint\s+(?:session|"
    r"meeting)|the\s+(?:nation|country|crowd|rally|conference|summit|convention|assembly|"
    r"parliament|congress|delegates|United\s+Nations|UN\b|General\s+Assembly|Bundestag|"
    r"Commons|Senate|Knesset|Dáil))|"
    r"\b(?P<debated>debated)\b|"
    r"\b(?P<strike>strikes?|walkouts?)\b|"
    r"\b(?P<sentenced>(?:was|were|been|be|is|are)\s+(?:\w+ly\s+)?(?:sentenced|jailed|convicted|"
    r"acquitted)|pleaded\s+(?:not\s+)?guilty)\b|"
    r"\b(?P<among>among\s+(?:the\s+)?(?:dead|victims|those\s+killed)\s+(?:was|were|is|are))\b|"
    r"\b(?P<held>among\s+(?:those|the\s+people|the\s+\d+)\s+(?:arrested|detained|held|"
    r"charged)\s+(?:was|were|is|are))\b|"
    r"\b(?P<appear>appear(?:ed|s|ing)?\s+(?:before|in|at)\s+(?:[A-Z][\w’'.-]*\s+){0,4}(?:"
    r"[A-Z]\w+[’']\s+)?[Cc]ourts?)\b|"
    r"\b(?P<debut>(?:made|makes|make)\s+(?:his|her|their|its)\s+(?:[\w’'-]+\s+){0,3}debut)\b|"
    r"\b(?P<performed>performed|sang)\b|"
    r"\b(?P<appointed>(?:was|were|been|is|be)\s+(?:\w+ly\s+)?(?:appointed|knighted|"
    r"promoted|nominated|made\s+a\s+(?:Dame|Knight|peer)))\b|"
    r"\b(?P<her_death>(?:his|her)\s+death)\b|"
    r"\b(?P<sued>sued|(?:filed|brought)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:law)?suit)\b|"
    r"(?<=\bThe\s)(?P<the_suit>(?:law)?suit)\b|"
    r"\b(?P<org_act>fined|announced|reported|approved|launched|unveiled|agreed\s+to\s+(?:buy|"
    r"acquire|sell|merge))\b",
    re.IGNORECASE)
_STARTS = re.compile(r"(?<!\w)(?:resi|step|quit|swor|took|swea|resc|tour|visi|addr|deba|"
                     r"stri|walk|amon|was|were|been|be|is|are|plea|appe|made|make|perf|"
                     r"sang|his|her|sued|file|brou|laws|suit|fine|anno|repo|appr|laun|unve|"
                     r"agre)")
_CHAMBER = re.compile(r"\b(?:MPs|peers|lawmakers|legislators|senators|councillors|council\s+"
                      r"members|[Tt]he\s+(?:House|Commons|Senate|Lords|chamber|[Aa]ssembly|"
                      r"Parliament|Dáil))\s+(?:[a-z]+\s+)?$")
# "staged a one-day strike", "went on strike", "a 48-hour walkout": workers stopping work
_STOPPAGE = re.compile(r"\b(?:staged|held|began|launched|went\s+on|go\s+on|called|one-day|"
                       r"two-day|\d+-hour|general|national|rolling|wildcat|hunger)\s+"
                       r"(?:an?\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_MILITARY = re.compile(r"\b(?:air|drone|missile|military|rocket|pre-emptive)\s+$", re.IGNORECASE)
_VERDICTS = {"sentenced": "Sentencing", "jailed": "Sentencing", "convicted": "Conviction",
             "acquitted": "Acquittal"}
# "sang at the coronation": the occasion is the happening, reported by its own trigger
_AT_OCCASION = re.compile(r"\s+at\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+)?(?:coronation|"
                          r"funeral|ceremony|inauguration|wedding|memorial|service|vigil|gala|"
                          r"rally|summit|festival|concert)\b", re.IGNORECASE)
# "visited the site", "toured the damage in Hazard": the place the visitor went to
_WHERE = re.compile(r"\s+(?:the\s+)?(" + CAP + r"(?:\s+" + CAP + r")*)")


def find_acts(text: str, people: Spans, skip: list[tuple[int, int]]) -> list[Trigger]:
    """The acts of :data:`_ACTS` in one sentence, outside ``skip``."""
    out: list[Trigger] = []
    lowered = text.lower()
    for hit in _STARTS.finditer(lowered):
        m = _ACTS.match(text, hit.start())
        if m is None or any(s <= m.start() < e for s, e in skip):
            continue
        trigger = _act(text, m, people)
        if trigger is not None:
            out.append(trigger)
    return out


def _act(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    group, start, end = m.lastgroup or "", m.start(), m.end()
    # a date anywhere in the sentence: "rescued a family ... from the roof ... early Sunday"
    dated = any(not re.search(r"\b(?:since|until|from|by)\s+$", text[:s])
                for s, _, _ in find_date_expressions(text))
    before = text[:start]
    if group == "among":  # "Among the dead was Ruth Ann Combs, 78"
        who = person_at(people, end, end + 30)
        return Trigger("death", start, end, who=(who,), scope="own") if who else None
    if group == "held":  # "Among those arrested was Tom Barlow, 71"
        who = person_at(people, end, end + 30)
        return Trigger("arrest", start, end, who=(who,), scope="own") if who else None
    if group == "appear":  # "is due to appear before Manchester Magistrates' Court on Monday"
        court = re.search(r"(?:[A-Z][\w’'.-]*\s+){0,4}(?:[A-Z]\w+[’']\s+)?[Cc]ourts?$", m.group())
        return Trigger("hearing", start, end, scope="speaker", noun="court appearance",
                       label=f"{court.group().strip()} hearing" if court and court.group()[0]
                       .isupper() else None)
    if group == "address":  # "is due to address both houses of Parliament on Thursday"
        return Trigger("speech", start, end, scope="speaker", noun="address")
    if group == "the_suit":  # "The lawsuit, filed in federal court, was announced by X"
        return Trigger("lawsuit", start, end, True, noun="lawsuit") if start == 4 else None
    if not dated:
        return None
    if group == "org_act":
        return _organisation_act(text, m, people)
    if group == "sued":  # "14 state attorneys general sued Vireo on Thursday"
        return Trigger("lawsuit", start, end, noun="lawsuit")
    if group == "sentenced":  # "was sentenced Tuesday to seven years in prison"
        verb = m.group().split()[-1].lower()
        return Trigger("ruling", start, end, scope="speaker", noun="sentencing",
                       label=_VERDICTS.get(verb, "Plea"))
    if group == "debut":
        return Trigger("performance", start, end, scope="speaker", noun="debut")
    if group == "performed" and has_date(text, start, end) and not _AT_OCCASION.match(text, end):
        return Trigger("performance", start, end, noun="performance")  # "In 1971 she sang"
    if group == "appointed":
        return Trigger("appointment", start, end, scope="speaker", noun="appointment")
    if group == "her_death" and re.match(r"\s+(?:on|in|last|this|early|late)\b", text[end:]):
        # "Her death on Monday was announced by ...": the one the sentence before is about
        return Trigger("death", start, end, scope="subject", noun="death of")
    if group == "resigned":
        return Trigger("resignation", start, end, scope="speaker", noun="resignation")
    if group == "sworn":
        return Trigger("inauguration", start, end, scope="speaker", noun="swearing-in")
    if group == "rescue":
        return Trigger("rescue", start, end, noun="rescue")
    if group == "toured":
        if re.search(r"\b(?:has|have|had|never|often|frequently|regularly)\s+$", before):
            return None  # "has visited Kyiv twice": a history
        where = _WHERE.match(text, end)
        label = f"visit to {where.group(1).rstrip('.')}" if where else None
        return Trigger("visit", start, end, scope="speaker", label=label)
    if group == "debated" and _CHAMBER.search(before):
        topic = re.match(r"\s+(?:the\s+)?(" + CAP + r"(?:\s+(?:\(?" + CAP + r"\)?|of|and|on))*)",
                         text[end:])
        label = f"Debate on {topic.group(1).rstrip('.')}" if topic else "Debate"
        return Trigger("debate", start, end, label=label, scope="own")
    if group == "strike" and _STOPPAGE.search(before) and not _MILITARY.search(before):
        return Trigger("protest", start, end, scope="own", label="Strike")
    return None


_ORG_NOUNS = {"fined": "fine", "announced": "announcement", "reported": "results",
              "approved": "approval", "launched": "launch", "unveiled": "launch"}
# "Ofwat fined ...", "Last month Norvik agreed to buy ...", "Vireo, which has ..., announced in
# July": the organisation that opens the sentence
_ORGANISATION = re.compile(r"(?:(?:Last|This|Earlier|In|On)\s+[\w.]+(?:\s+\d+)?,?\s+)?(?:The\s+)?"
                           r"((?:[A-Z][\w&.’'-]*\s+){0,2}[A-Z][\w&.’'-]*)(?=[\s,])")
_NO_NAME = frozenset({"The", "A", "An", "It", "Its", "This", "That", "These", "He", "She", "They",
                      "We", "I", "But", "And", "In", "On", "At", "After", "Before", "When"})
# what an organisation reports: results, not "reported that ..."
_RESULTS = re.compile(r"[^.;]{0,60}?\b(?:profit|revenue|sales|loss|earnings|results)\b")


def _organisation_act(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    """"Ofwat fined Thames Water £123 million", "Norvik reported second-quarter profit", "Last
    month Norvik agreed to buy Voltera": what a named organisation did on a known day."""
    start, end = m.start(), m.end()
    verb = m.group().split()[0].lower()
    if verb == "reported" and not _RESULTS.match(text, end):
        return None
    if verb == "announced" and not re.match(r"\s+(?:on|in|last|this|earlier|\w+day\b)", text[end:]):
        return None  # "announced that ...": a way of reporting; "announced in July that": news
    org = _ORGANISATION.match(text)
    if org is None or org.group(1).split()[0] in _NO_NAME or any(s < org.end(1) and org.start(1) < e for s, e, _ in people) or (
            re.search(r"[.;]", text[org.end(1):start])):
        return None
    if not any(start - 60 <= s <= end + 60 for s, _, _ in find_date_expressions(text)):
        return None
    noun = _ORG_NOUNS.get(verb, "acquisition" if verb == "agreed" else verb)
    return Trigger("announcement", start, end, label=f"{org.group(1)} {noun}", noun=noun)
