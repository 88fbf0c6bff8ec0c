"""Whom a description or a pronoun refers to.

Descriptions ("the Labour leader", "the former president") resolve to the person whose
stated role matches (not one whose role carries a rank the description lacks: "the health
secretary" is not the shadow health secretary), else by position: in subject position to
the previous subject, elsewhere to the most recent other person. Pronouns resolve to the
nearest gender-compatible subject, then to any compatible recent person.
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.names import gender_of
from generator.extract.references import (
    AGE,
    DESC,
    DESC_STOP,
    KIN,
    inside_quote,
    last_sentence_subject,
    sentence_of,
)
from generator.extract.state import ExtractState, Reference
from generator.model import ArticlePerson


def _qualifiers(words: list[str]) -> set[str]:
    """Capitalised words that are not role words: "Labour", "Nato", "US", "Russian"."""
    return {w.lower() for w in words if w[:1].isupper() and not _role_like(w)}


def _role_like(word: str) -> bool:
    low = word.lower().rstrip(".")
    if low in lexicon.words("places") or low in lexicon.words("demonyms"):
        return False
    return low in lexicon.words("role_words") or low in lexicon.titles() or low in DESC_STOP


# Words that make a role someone else's: "the health secretary" is not the shadow health
# secretary, "the chief executive" not the former chief executive.
_RANKS = frozenset({"shadow", "former", "deputy", "vice", "acting", "assistant", "junior",
                    "ex", "interim", "outgoing", "incoming", "late"})


def _other_rank(words: list[str], mods: list[str]) -> bool:
    """True when ``words`` (of a role) carry a rank the description's ``mods`` do not."""
    said = {m.lower() for m in mods}
    return any(w.lower() in _RANKS and w.lower() not in said for w in words)


def _role_match(state: ExtractState, head: str, mods: list[str], strict: bool) -> list[str]:
    head = {"pm": "prime minister", "premier": "prime minister"}.get(head.lower(), head.lower())
    head = {"judge": "justice"}.get(head, head) if any(
        "justice" in r.lower() for p in state.people for r in p.roles) else head
    stem = head[:6] if len(head) >= 6 else head
    quals = _qualifiers(mods)
    found = []
    for person in state.people:
        for role in person.roles:
            role_quals = _qualifiers(role.split())
            if quals and (role_quals or strict) and not quals <= role_quals:
                continue  # "the Labour leader" is not "the Russian opposition leader"
            if _other_rank(role.split(), mods):
                continue
            low = role.lower().replace("pm", "prime minister") if role.lower() == "pm" \
                else role.lower()
            words = re.findall(r"[\w\-]+", low)
            if head in low if " " in head else any(w.startswith(stem) for w in words):
                found.append(person.name)
                break
    return found


def _context_match(state: ExtractState, head: str) -> list[str]:
    """People introduced in a sentence that shares the description's stem.

    "Julian Ashworth-Payne, whose crime novels have sold …" is later "the novelist".
    """
    head = head.lower()
    stem = head[:5]
    if len(stem) < 5:
        return []
    found = []
    for person in state.people:
        first = next((m for m in person.mentions if m.para >= 0
                      and (m.para, m.start) not in state.credit_mentions), None)
        if first is None:
            continue
        text = state.article.paragraphs[first.para].text
        _, e = sentence_of(state, first.para, first.start)
        words = re.findall(r"[a-z]+", text[first.end:e].lower())
        if any(w.startswith(stem) and w not in (head, head + "s") for w in words):
            found.append(person.name)
    return found


# A conjunction may open the sentence that introduces someone unnamed: "But a U.K. official".
_OPENING_CONJUNCTION = re.compile(r"\b(?:But|And|Yet|So|However,?)$")


def _echoes_unnamed(state: ExtractState, ref: Reference, head: str) -> bool:
    """True when a description repeats the noun of someone recently introduced unnamed.

    "A senior campaign adviser said ... the adviser said": the adviser is not the last
    named subject. Only an unnamed source counts: a sentence's subject or the object of
    "according to", not "a spokeswoman, Carly Voss," nor "who became a senator".
    """
    indefinite = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'.\-]+\s+){0,3}?" + re.escape(head)
                            + r"s?\b(?!,\s*[A-Z])")
    for para in range(max(0, ref.para - 2), ref.para + 1):
        text = state.article.paragraphs[para].text
        for m in indefinite.finditer(text[:ref.start] if para == ref.para else text):
            before = _OPENING_CONJUNCTION.sub("", text[:m.start()].rstrip(" “\"‘")).rstrip()
            if not before or before[-1] in ".!?:" or before.lower().endswith("according to"):
                return True
    return False


def _antecedent(ref: Reference, earlier: list[Reference], n_same: int,
                genders: dict[str, str | None], quoted: set[int]) -> str | None:
    """Whom a pronoun refers to: the last compatible subject of its own sentence, else the
    subject the text was about in the last sentence that had one (a main-clause subject
    first), else the last compatible person. A name inside a quote is no antecedent for
    "he" outside it ('“Powell opened the door,” he said')."""
    want = lexicon.PRONOUN_GENDER[ref.text.lower()]
    outside = id(ref) not in quoted
    last_ok: Reference | None = None
    found: Reference | None = None  # the last subject before the sentence
    for k in range(len(earlier) - 1, -1, -1):
        r = earlier[k]
        gender = r.gender if r.kind == "unnamed" else genders.get(r.person or "")
        if gender not in (want, None) or (outside and id(r) in quoted):
            continue
        if last_ok is None:
            last_ok = r
        in_same = k >= len(earlier) - n_same
        if in_same:
            if r.subject:
                return r.person
        elif r.subject:
            if found is None:
                found = r
                if r.main:
                    return r.person
            elif r.para == found.para and r.sentence == found.sentence:
                if r.main:
                    return r.person
            else:
                break
    if found is not None:
        return found.person
    return last_ok.person if last_ok is not None else None


def _describe(state: ExtractState, refs: list[Reference], i: int, earlier: list[Reference],
              n_same: int, add_roles: bool, listed: set[int]) -> None:
    """Resolve the description ``refs[i]`` and record it as a role of whom it names."""
    ref = refs[i]
    text = state.article.paragraphs[ref.para].text
    same = earlier[len(earlier) - n_same:]
    m = DESC.match(ref.text)
    mods = m.group(1).split() if m else []
    matched = _role_match(state, m.group(2) if m else ref.text.split()[-1], mods,
                          strict=not (ref.subject or ref.possessive))
    before = re.search(r"([A-Z][\w’'\-]*),\s*$", text[max(0, ref.start - 80):ref.start])
    following = next((r for r in refs[i + 1:i + 2] if r.kind == "name" and r.para == ref.para
                      and re.fullmatch(r",\s*", text[ref.end:r.start])), None)
    if before and earlier and earlier[-1].para == ref.para and \
            earlier[-1].end == max(0, ref.start - 80) + before.end(1) and \
            earlier[-1].kind == "name":
        # an apposition: "Kaja Kallas, the Estonian prime minister, Sir Keir ..."
        ref.person, ref.subject = earlier[-1].person, False
        return
    if following:
        ref.person = following.person  # "the shadow defence secretary, Priya Lal,"
    elif _echoes_unnamed(state, ref, m.group(2) if m else ref.text.split()[-1]):
        ref.person = None  # "A senior campaign adviser said ... the adviser said"
    elif matched or (m and id(ref) not in listed
                     and (matched := _context_match(state, m.group(2)))):
        ref.person = next((r.person for r in reversed(earlier) if r.person in matched),
                          matched[0])
    elif id(ref) in listed:
        ref.person = None
    elif ref.subject and not ref.possessive:
        # the subject of the last sentence that has one, a main-clause subject first:
        # "Bolton boss Ian F felt ... when Okonkwo-Hart went down. “…,” the Bolton manager said"
        upto = len(earlier) - n_same
        prior = last_sentence_subject([r for r in earlier[max(0, upto - 12):upto] if r.subject])
        ref.person = prior[0].person if prior else None
    elif ref.possessive or ref.subject:
        subj = next((r.person for r in same if r.subject), None)
        other = next((r for r in reversed(earlier) if r.person != subj), None)
        ref.person = other.person if other else None
    person = state.person(ref.person) if ref.person else None
    if add_roles and person and m and not inside_quote(text, ref.start):
        # the description as written, without its article or a second, joined role
        role = re.split(r"\s+and\s+(?:the|a|an)\s+", ref.text.split(None, 1)[1])[0]
        if role.lower() not in {r.lower() for r in person.roles}:
            person.roles.append(role)


# A pronoun that can only be the name's own: "Hicham Aït Lahcen, who wrote his doctorate",
# "Okafor said she would appeal".
_OWN_PRONOUN = re.compile(r"[’']?s?,\s+who\s+(?:[a-z]+\s+){1,2}?(his|her)\s+(?!own\b)(?!(?:"
                          + "|".join(sorted(KIN)) + r")s?\b)[a-z]+\b(?!\s+(?:to|and|that)\b)"
                          r"|\s+(?:said|says|added|told\s+[a-z]+)\s+(?:that\s+)?(he|she)\b")


def _stated_gender(state: ExtractState, person: ArticlePerson) -> str | None:
    """The gender the text gives someone whose name and title do not tell it."""
    for m in person.mentions:
        if m.para < 0:
            continue
        found = _OWN_PRONOUN.match(state.article.paragraphs[m.para].text, m.end)
        if found:
            return lexicon.PRONOUN_GENDER[(found.group(1) or found.group(2)).lower()]
    return None


def resolve(state: ExtractState, refs: list[Reference], add_roles: bool,
             listed: set[int]) -> None:
    """Resolve descriptions and pronouns in place.

    A description in a list of descriptions ("leaders including the German chancellor, the
    Nato secretary-general and ...") names someone only by apposition or by a role the
    text has already given a person: position and context say nothing about who it is.
    """
    genders = {p.name: gender_of(p) or _stated_gender(state, p) for p in state.people}
    paras = state.article.paragraphs
    quoted = {id(r) for r in refs if inside_quote(paras[r.para].text, r.start)}
    earlier: list[Reference] = []  # the resolved references so far, in text order
    for i, ref in enumerate(refs):
        if ref.kind in ("description", "pronoun"):
            s, _ = sentence_of(state, ref.para, ref.start)
            n_same = 0  # how many of the last ``earlier`` are in ref's sentence
            for r in reversed(earlier):
                if r.para != ref.para or r.start < s:
                    break
                n_same += 1
            if ref.kind == "pronoun":
                ref.person = _antecedent(ref, earlier, n_same, genders, quoted)
            else:
                _describe(state, refs, i, earlier, n_same, add_roles, listed)
        if ref.person or ref.kind == "unnamed":
            earlier.append(ref)
    for ref in refs:
        # a description before anyone has the role ("Federal Reserve chair tells ...",
        # then "The chair of the US Federal Reserve, Jerome Powell,"): one holder now
        if ref.kind == "description" and ref.person is None and id(ref) not in listed and \
                not AGE.match(ref.text):
            m = DESC.match(ref.text)
            head = m.group(2) if m else ref.text.split()[-1]
            found = _role_match(state, head, m.group(1).split() if m else [], strict=True)
            if len(found) == 1 and not _echoes_unnamed(state, ref, head):
                ref.person = found[0]
