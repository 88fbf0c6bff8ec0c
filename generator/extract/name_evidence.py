"""Whether a capitalised candidate is a person: the evidence the ``names`` rule weighs.

General signals only: organisation head nouns, place and nationality lists, honorifics and
titles, speech verbs next to a lone surname, the words around a name ("an analyst at
Morgan Stanley" is a firm, "the BBC sitcom Staff Room" a work, "Prosecutors said" a
plural noun), and how the same words are used elsewhere in the article.
"""

from __future__ import annotations

import re

from generator.extract import lexicon
from generator.extract.candidates import SUFFIXES, Candidate, core_words, fold

# A brand written in camel case: "BookScan", "BlackRock", "WhatsApp" (but "McDonald",
# "MacArthur", "DeSantis" and "FitzGerald" are names).
_CAMEL = re.compile(r"(?!Fitz)[A-Z][a-z]{3,}[A-Z]")
# A contraction that starts a sentence: "I’ll", "We’re", "That’s".
_CONTRACTION = re.compile(r"[A-Z][a-z]*[’'](?:ll|m|d|ve|re|s|t)")


# Words that open the name of a place, never a person's: "Santa Monica", "Fort Worth".
_PLACE_PREFIXES = frozenset({"san", "santa", "santo", "sao", "saint", "sainte", "ste", "st",
                             "fort", "ft", "port", "mount", "mt", "lake", "cape", "new"})


def plausible(c: Candidate) -> bool:
    """False for things capitalised like names: organisations, places, acronyms, brands."""
    words = [w for w in c.words if w not in lexicon.PARTICLES]
    if not words or c.name[0].lower in SUFFIXES or fold(c.text) in lexicon.words("places") or \
            fold(c.text) in lexicon.words("outlets") or \
            len(c.name) >= 2 and fold(c.name[0].lower) in _PLACE_PREFIXES:
        return False
    if any(_CAMEL.match(w) or _CONTRACTION.fullmatch(w) for w in words):
        return False
    last = c.name[len(core_words(c.words)) - 1]
    if last.lower in lexicon.not_surnames() or (last.text.isupper() and len(last.text) > 1):
        return False
    if any(w.lower().rstrip(".") in lexicon.words("non_names") for w in words):
        return False
    if last.lower in lexicon.words("role_words") or (len(words) == 1 and (
            last.lower in lexicon.titles() or last.lower in lexicon.words("source_nouns"))):
        return False  # "The Defence Secretary", "Minister"
    return not any(ch.isdigit() for ch in c.text)


_ORG_BEFORE = re.compile(r"[A-Z][\w’'\-]*\s+(?:(?:for|of|on)\s+(?:the\s+)?|&\s+)$")
# Jobs held at an employer: "an analyst at Morgan Stanley" names a firm, not a person.
_EMPLOYEES = lexicon.words("role_words") | {
    "partner", "researcher", "fellow", "trader", "banker", "engineer", "reporter", "editor",
    "journalist", "officer", "lecturer", "student", "employee", "worker", "investor",
    "consultant", "associate", "economist", "analyst", "strategist", "professor", "director"}
_WORKS_AT = re.compile(r"([\w\-]+)\s+at\s+$")
_HEAD_OF = re.compile(r"([\w\-]+)\s+of\s+(?:the\s+)?$")
# "in Jackson Hole, Wyoming", "near Jackson Hole, Wyo.": a place before its state or country.
_PLACE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|to)\s+$")
# Gatherings named after their place: "tells Jackson Hole gathering".
_EVENT_NOUNS = frozenset({"gathering", "symposium", "retreat", "conference", "summit", "forum"})
# Places named after someone or somewhere: "the Royal Gwent hospital", "Heathrow airport".
_SITE_NOUNS = frozenset({"hospital", "school", "academy", "college", "university", "church",
                         "cathedral", "mosque", "synagogue", "temple", "airport", "station",
                         "stadium", "arena", "park", "street", "road", "avenue", "bridge",
                         "river", "lake", "valley", "county", "district", "cemetery"})
_PLACE_AFTER = re.compile(r",\s+([A-Z][a-z]+\.?(?:\s+[A-Z][a-z]+)?)(?=[,.;:)]|\s*$)")


def place_or_gathering(text: str, c: Candidate) -> bool:
    """True for a place named like a person: "in Jackson Hole, Wyoming", "near Jackson
    Hole, Wyo.", "the Jackson Hole economic symposium", "the Royal Gwent hospital"."""
    noun = re.match(r"\s+([a-z]+)(?:\s+([a-z]+))?", text[c.end:])
    if noun and noun.group(1) in _SITE_NOUNS:
        return True  # "the Royal Gwent hospital", "Coweta fire station"
    if c.title:
        return False
    if noun and (noun.group(1) in _EVENT_NOUNS or noun.group(2) in _EVENT_NOUNS):
        return True
    place = _PLACE_AFTER.match(text[c.end:])
    return bool(place and _PLACE_BEFORE.search(text, max(0, c.start - 20), c.start) and (
        place.group(1).lower().rstrip(".") in lexicon.words("places")
        or place.group(1).rstrip(".") in lexicon.STATE_ABBREVIATIONS))


# The name of a work or a character, not of a person: "the BBC sitcom Staff Room", "her
# performance as Mary Tyrone", "played Inspector Thorne".
_WORK_NOUNS = frozenset({
    "sitcom", "series", "show", "programme", "program", "drama", "soap", "film", "movie",
    "documentary", "novel", "book", "memoir", "album", "song", "single", "play", "musical",
    "opera", "podcast", "game", "magazine", "newspaper", "column", "exhibition"})
_CAST_AS = frozenset({"performance", "role", "roles", "turn", "cast", "starred", "starring",
                      "appeared", "appearing"})
_PLAYED = frozenset({"played", "plays", "playing", "portrayed", "portraying"})
_IN_WORK = re.compile(r"\s+in\s+(?:the\s+|a\s+)?(?:[A-Z][\w’'\-]*\s+){0,2}([a-z]+)\b")
_AS_BEFORE = re.compile(r"\bas\s+(?:the\s+|a\s+)?(?:[a-z][\w’'\-]*\s+){0,3}$")
# A place or a business named like a person, after "the" and no title: "the former
# Sheridan Lanes bowling alley" ("the late Bernard Quayle" is a person).
_THE_BEFORE = re.compile(r"(?<![\w’'])[Tt]he\s+(?:(?:former|old|new|original|defunct|now-\w+|"
                         r"historic|iconic|famous|shuttered|closed)\s+)?(?:([A-Z][a-z]+)\s+)?$")


def work_or_business(text: str, c: Candidate) -> bool:
    """True for the title of a work or a character in it, and for a business or a site
    named like a person after "the" ("the former Sheridan Lanes bowling alley")."""
    start = c.title[0].start if c.title else c.start
    words = text[max(0, start - 40):start].lower().replace(",", " ").split()[-4:]
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    last, before = (words[-1] if words else ""), (words[-2] if len(words) > 1 else "")
    if last in _WORK_NOUNS or last in _PLAYED or (last == "as" and before in _CAST_AS) or \
            (last == "of" and before == "portrayal"):
        return True
    work = _IN_WORK.match(text, c.end)
    if work and work.group(1).lower() in _WORK_NOUNS and \
            _AS_BEFORE.search(text, max(0, start - 50), start):
        return True  # "as the headteacher Mrs Okonedo in the BBC sitcom Staff Room"
    # "the American Red Cross": a nationality may come between, read as a title or not
    window = text[max(0, start - 40):start]
    if c.honorific or "he " not in window:
        return False
    demonyms = lexicon.words("demonyms")
    if c.title and any(t.lower not in demonyms for t in c.title):
        return False
    the = _THE_BEFORE.search(window)
    return the is not None and (the.group(1) is None or the.group(1).lower() in demonyms)


# Plural common nouns that open a sentence: "Prosecutors said", "Analysts say", "Others".
_PLURAL_ENDINGS = ("ers", "ors", "ists", "ants", "ents", "ians", "ics", "ures", "ies", "ives",
                   "ees", "ings", "ions")


def plural_noun(word: str) -> bool:
    """Whether a lone capitalised word reads as a plural common noun, not a surname."""
    lower = word.lower()
    if not lower.endswith("s") or len(lower) < 5:
        return False
    singular = {lower[:-1], lower[:-2]} | ({lower[:-3] + "y"} if lower.endswith("ies") else set())
    common = lexicon.words("role_words") | lexicon.words("source_nouns") | \
        lexicon.words("non_names") | _EMPLOYEES
    return lower.endswith(_PLURAL_ENDINGS) or bool(singular & common)


def inside_org_or_title(text: str, c: Candidate) -> bool:
    """True for "Fiscal Studies" in "Institute for Fiscal Studies", a quoted title, an
    employer ("an analyst at Morgan Stanley") or a place ("in Jackson Hole, Wyoming")."""
    start = c.title[0].start if c.title else c.start
    if _ORG_BEFORE.search(text, max(0, start - 120), start) or \
            _ORG_BEFORE.search(text, max(0, c.start - 120), c.start):
        return True
    works = _WORKS_AT.search(text, max(0, start - 120), start)
    if works and not c.title and works.group(1).lower() in _EMPLOYEES:
        return True
    head = _HEAD_OF.search(text, max(0, start - 60), start)
    if head and not c.title and head.group(1).lower() in lexicon.words("role_words"):
        return True  # "the chief executive of Cantor Fitzgerald"
    if place_or_gathering(text, c):
        return True
    before, after = text[:start].rstrip(), text[c.end:].lstrip()
    return before[-1:] in ("“", '"') and after[:1] in ("”", '"')


# A role set off before the name: "The First Minister of Wales, Eluned Morgan, said".
_ROLE_BEFORE = re.compile(r"\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w’'\-]+\s+){0,3}?"
                          r"([\w\-]+)(?:\s+of\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*){0,3})?"
                          r",\s*$")


def has_evidence(text: str, c: Candidate, lone: set[str]) -> bool:
    """Whether a full name without a known given name shows it belongs to a person.

    Evidence: a title or honorific, a role word just before it ("analyst Dana Whitfield"),
    an apposition ("…, a spokesman for …", "…, who", "…, 45,"), a speech verb, or the
    surname used alone elsewhere in the article ("Mr. Dimon").
    """
    if lexicon.gender_of_first(c.name[0].text) or c.honorific or c.known:
        return True
    if c.title and any(t.lower in lexicon.titles() or t.lower in lexicon.words("role_words")
                       for t in c.title):
        return True
    word_before = re.search(r"([\w\-]+),?\s+$", text[max(0, c.start - 80):c.start])
    if word_before and word_before.group(1).lower().rsplit("-", 1)[-1] in lexicon.words(
            "role_words"):
        return True  # "the conductor Geraint Howells", "the bass-baritone Bryn Terfel"
    role = _ROLE_BEFORE.search(text, max(0, c.start - 100), c.start) \
        if text[max(0, c.start - 3):c.start].rstrip().endswith(",") else None
    if role and role.group(1).lower() in lexicon.words("role_words"):
        return True  # "The First Minister of Wales, Eluned Morgan,"
    after = text[c.end:]
    if re.match(r"[’']?s?,\s+(?:who\b|\d{1,3},|[DRI]-[A-Z]|(?:said|says|told|added)\b)", after):
        return True
    appos = re.match(r",\s+(?:the|a|an)?\s*([^,.;“”]{0,80})", after)
    if appos and any(w in lexicon.words("role_words") or w in lexicon.titles()
                     for word in re.findall(r"[\w\-]+", appos.group(1).lower())[:6]
                     for w in (word, word.rsplit("-", 1)[-1])):  # "the vice-president"
        return True
    return _speech_next_to(text, c) or fold(c.name[-1].text) in lone or \
        fold(" ".join(c.words[1:])) in lone  # "Pádraig Ó Floinn" … "Ó Floinn, who"


def _speech_next_to(text: str, c: Candidate) -> bool:
    # no comma between: in "Susan Close, who held her seat of Port Adelaide, said" the
    # name before the comma ends a clause, and the subject came before it
    after = re.match(r"\s*(?:\w+ly\s+)?(\w+)", text[c.end:])
    verb = after.group(1).lower() if after else ""
    if verb in lexicon.speech_verb_forms() and verb not in lexicon.words("speech_verbs") and \
            not verb.endswith("ing"):
        return True  # "Smith said", not "the Treasury note", "all I’ll say", "Additional reporting"
    before = text[max(0, c.start - 80):c.start].rstrip().lower()
    return bool(re.search(r"\b(?:said|says|according to|asked|told)$", before))



# "Her son, Karim el-Mansouri", "his younger brother Oskar Lindqvist", "Her father, Johan".
_KIN = ("son", "daughter", "wife", "husband", "brother", "sister", "father", "mother",
        "widow", "widower", "uncle", "aunt", "cousin", "nephew", "niece", "grandson",
        "granddaughter", "grandfather", "grandmother", "stepson", "stepdaughter", "twin")
_RELATIVE_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[\w\-]+[’']s?)\s+(?:[a-z\-]+\s+)?"
                              r"(?:" + "|".join(_KIN) + r")s?\s*,?\s*$")


_EMPLOYER = re.compile(r"\b([A-Z][\w’'\-]+)\s+(?:[a-z][a-z\-]+\s+)?([a-z][a-z\-]+)\b")


# A company by how it is written about: "Shares of Medtronic", "Medtronic shares", "Medtronic,
# which".
_COMPANY = re.compile(r"\b[Ss]hares\s+(?:in|of)\s+([A-Z][\w’'\-]+)|\b([A-Z][\w’'\-]+)(?:[’']s)?"
                      r"\s+(?:shares|stock)\b|\b([A-Z][\w’'\-]+),\s+which\b")


class Employers:
    """Words the article uses for an employer, found the first time one is asked about:
    one that qualifies a job ("Exeter manager Gareth O’Callaghan", "Bolton boss"), the
    first word of an organisation's name ("Exeter" of "Exeter City") and a company ("Shares
    of Medtronic")."""

    def __init__(self, paras: list, cands: list[Candidate]) -> None:
        self.paras, self.cands = paras, cands
        self.words: set[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self.words is None:
            roles, heads = lexicon.words("role_words"), lexicon.words("org_heads")
            self.words = {fold(m.group(1)) for p in self.paras
                          for m in _EMPLOYER.finditer(p.text) if m.group(2) in roles}
            self.words |= {fold(c.name[0].text) for c in self.cands
                           if len(c.name) >= 2 and c.name[-1].lower in heads}
            self.words |= {fold(m.group(1) or m.group(2) or m.group(3)) for p in self.paras
                           for m in _COMPANY.finditer(p.text)}
        return word in self.words


def lone_evidence(text: str, c: Candidate, employers: Employers) -> bool:
    """Whether a lone word is a person: a title before it ("Coach Reid") or a speech verb
    beside it, though not after "in" or "at" ("… at the University of California, Davis,
    said" names a place) nor "the" ("the Dane said"), nor for a word the article uses for
    an employer ("Exeter manager Gareth O’Callaghan … Exeter posted on X")."""
    if c.title and c.title[-1].lower in lexicon.titles() and c.title[-1].lower != "st" and \
            c.title[-1].lower not in lexicon.words("org_heads"):  # not "BBC Radio Devon"
        return True  # nor "St Ives"
    return _speech_next_to(text, c) and not _PLACE_BEFORE.search(
        text, max(0, c.start - 20), c.start) and text[max(0, c.start - 4):c.start] != "the " \
        and fold(c.text) not in employers


def relative_by_given_name(text: str, c: Candidate) -> bool:
    """A relative named by a given name alone, set off after the kinship word: "Gardner's
    wife, Linda, works at a dollar store", "his son Jack"."""
    return len(c.name) == 1 and not c.honorific and not c.title and \
        lexicon.gender_of_first(c.name[0].text) is not None and \
        re.match(r"[,.;)]|\s+(?:and|who|said|says)\b", text[c.end:]) is not None and \
        _RELATIVE_BEFORE.search(text, max(0, c.start - 60), c.start) is not None


def relative(paras: list, c: Candidate) -> bool:
    """True when a person is introduced as somebody's relative: "Her son, Karim ..."."""
    text = paras[c.para].text
    return _RELATIVE_BEFORE.search(text, max(0, c.start - 60), c.start) is not None
