"""Trigger rules for civic decisions: votes in legislatures, people voting and being elected,
budgets and central banks' rate decisions, used by
:mod:`generator.extract.event_happenings`.

A chamber's vote needs a verb of voting and a date or a tally ("the Senate voted 26-22 on
Monday", "The North Carolina Senate on Monday passed a bill"); a person's vote needs the
person as the subject of "voted" and a date in the sentence; an election needs a year or
date ("was elected in 2022", "came second in the 2022 race"); a bank's decision needs a
verb in the past ("the Bank of England cut rates", not "the Fed should not cut rates").
"""

from __future__ import annotations

import re

from generator.extract.dates import find_date_expressions
from generator.extract.event_phrases import CAP, Spans, Trigger, has_date

# After the chamber: "voted 26-22", "on Monday passed a bill", "is due to vote on it".
_CHAMBER_VOTE = re.compile(r"[^.;]{0,80}?\b(?:(?:voted|votes?(?=\s+(?:on|to|for|against)\b))\b|"
                           r"deadlocked\b|(?:passed|approved|rejected|adopted|advanced|killed|"
                           r"take\s+up|took\s+up|takes\s+up)\s+"
                           r"(?:[\w-]+\s+){0,3}?(?:bill|measure|resolution|amendment|motion|budget|"
                           r"legislation|law|nomination)\b)")
_TALLY = re.compile(r"\b\d{1,3}-\d{1,3}\b")
# Between a voter and "voted", words that make someone else the subject.
_NOT_THE_VOTER = re.compile(r"\b(?:said|says|told|tells|that|nobody|no\s+one|everyone|anyone|"
                            r"who|which|whether)\b|[“”\"':;]")
# "the Bank of England cut rates": a central bank just before the verb
_BANK = re.compile(r"\b(?:Bank|Fed|Federal\s+Reserve|ECB|Reserve|central\s+bank|"
                   r"policymakers|rate-setters|Monetary\s+Policy\s+Committee|MPC)\b[^.;]{0,30}$")
_BANK_NAME = re.compile(r"(?:[A-Z][\w.’'-]*\s+){0,3}(?:Bank|Fed|Federal\s+Reserve|ECB|Reserve)"
                        r"(?:\s+of\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?)?")
_NOT_DONE = re.compile(r"\b(?:to|will|would|should|could|may|might|not|can|must)\s+$")


def chamber_vote(text: str, m: re.Match[str]) -> Trigger | None:
    """"The North Carolina Senate on Monday passed a bill", "the House voted 220-211"."""
    start, end = m.start(), m.end()
    if m.group() == "House" and not (re.search(r"\b(?:the|state|State)\s+$", text[:start])
                                     or text.startswith(" of ", end)):
        return None  # "Lancaster House", "the White House": a building
    if (m.group().lower() in ("assembly", "council", "committee", "legislature")
            and not m.group()[0].isupper()
            and not re.search(r"\bthe\s+(?:[\w-]+\s+)?$", text[max(0, start - 20):start])):
        return None  # "a council of elders": no chamber
    after = _CHAMBER_VOTE.match(text, end)
    if not after or not (has_date(text, start, after.end()) or _TALLY.search(after.group())):
        return None
    body = re.search(r"(?:(?:" + CAP + r")\s+){0,3}$", text[max(0, start - 40):start])
    chamber = re.match(r"\s+of\s+" + CAP, text[end:])  # "House of Representatives"
    name = ((body.group() if body else "") + m.group() + (chamber.group() if chamber else ""))
    name = re.sub(r"^(?:The|A|An|In|On|After|But|And)\s+", "", name.strip())
    return Trigger("vote", start, after.end(), scope="clause",
                   label=f"{name[0].upper()}{name[1:]} vote")


def person_vote(text: str, m: re.Match[str], people: Spans) -> Trigger | None:
    """"On the morning of June 8th Gustavo de la Puente voted": a dated vote by the person
    who is the subject of "voted" (not in "Wright said that nobody voted for it")."""
    if not find_date_expressions(text):
        return None
    start = m.start()
    voter = next((e for s, e, _ in reversed(people) if 0 <= start - e <= 80), None)
    if voter is None or _NOT_THE_VOTER.search(text, voter, start):
        return None
    return Trigger("vote", start, m.end(), scope="speaker", label="Vote")


def election(text: str, m: re.Match[str]) -> Trigger | None:
    """"who was elected in 2022", "came second in the 2022 race": an election the clause's
    subject stood in."""
    if m.lastgroup == "elected" and not has_date(text, m.start(), m.end()):
        return None
    return Trigger("vote", m.start(), m.end(), label="Election", scope="speaker")


def budget(text: str, m: re.Match[str]) -> Trigger | None:
    """"preparing for the Budget next month": a government's budget day."""
    if not has_date(text, m.start(), m.end()):
        return None
    return Trigger("budget", m.start(), m.end(), scope="clause",
                   label=" ".join(m.group().split()))


def rate_decision(text: str, m: re.Match[str]) -> Trigger | None:
    """"the Bank of England cut rates ... at the start of the month": a central bank's
    decision, named after the bank and what it did."""
    start, end = m.start(), m.end()
    bank = _BANK.search(text, max(0, start - 80), start)
    if bank is None or not has_date(text, start, end) or _NOT_DONE.search(text, 0, start):
        return None  # "the Fed should not cut rates", "will cut rates": not (yet) decided
    names = list(_BANK_NAME.finditer(text, max(0, start - 80), start))
    verb = m.group().split()[0].lower()
    what = "rate cut" if verb.startswith(("cut", "lower")) else "rate rise"
    who = re.sub(r"^(?:The|A|An|In|On)\s+", "", names[-1].group().strip()) + " " if names else ""
    return Trigger("decision", start, end, scope="own", label=f"{who}{what} decision")
