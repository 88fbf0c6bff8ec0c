"""Phrases that refer to people, found in running text: descriptions ("the Labour leader",
"the 54-year-old", "the Italian"), unnamed sources ("a senior German official"), pronouns
and unnamed people ("A woman … said"), with where each stands (:func:`is_subject`) and
the sentence it is in. :mod:`generator.extract.discourse` collects and resolves them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.extract import lexicon
from generator.extract.state import ExtractState, Reference
from generator.extract.text import ABBREVIATIONS

_SUBJECT_OK = frozenset({
    "that", "but", "while", "when", "whereas", "as", "because", "after", "before", "then",
    "so", "since", "if", "although", "though", "meanwhile", "however", "where", "despite",
    "which", "whom", "whose",
    "yet", "now", "also", "instead", "later", "earlier", "today", "yesterday", "week",
    "month", "year", "night", "morning", "afternoon", "evening",
})
_LAST_WORD = re.compile(r"[\w’'.\-]+$")
# Words that open a subordinate clause: its subject is not what the sentence is about.
SUBORDINATORS = frozenset({
    "that", "while", "when", "whereas", "as", "because", "after", "before", "since", "if",
    "although", "though", "where", "which", "whom", "whose", "despite", "until", "unless",
})
_OBJECT_AFTER = re.compile(r"[’']?s?\s*(?:[,.;]|\s(?:at|in|on|for|to|from|with|of|by|about|"
                           r"over|into|during|after|before|as)\b)")
CLOSES_APPOSITION = re.compile(r"[’']?s?\s*(?:,|\)|\.(?:\s|$)|$)")
_SKIP_BACK = frozenset({"the", "a", "an", "former", "late", "then", "ex"})
PRONOUNS = re.compile(r"\b(he|she|He|She|his|His|her|Her)\b")
def _trie(words: list[str]) -> str:
    """An alternation of ``words`` as a prefix tree ("chair(?:man|woman)?"): the regex engine
    then tests a few letters at each position instead of every word, and the longest word
    still wins as in a longest-first alternation."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if ends:
            return "(?:" + body + ")?" if len(branches) == 1 else body + "?"
        return body

    return walk(tree)


_HEAD = _trie(sorted(lexicon.words("role_words")))
DESC = re.compile(
    r"\b[Tt]he\s+((?:[\w’'\-]+\s+){0,3}?)(" + _HEAD + r")\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w\-]*(?-i:(?:\s+[A-Z][\w\-]*)*))?([’']s)?", re.IGNORECASE)
DESC_STOP = frozenset({"of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "is",
                       "was", "has", "said", "that", "this", "who", "had", "have", "are",
                       "were", "be", "been", "will", "would"})
# What a sentence may open after: its end, an opening mark, a list bullet ("• Hargrove ...").
_STARTS = frozenset(".!?“\"‘•·▪●‣■")
# Kin and neighbours written before a name like a title: "his sister Joanne Harwell".
KIN = frozenset({"sister", "brother", "wife", "husband", "son", "daughter", "mother",
                 "father", "colleague", "neighbour", "neighbor", "friend", "partner",
                 "cousin", "aunt", "uncle", "grandson", "granddaughter", "fiancé", "fiancée"})
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\w’'\-]+$")
# A job of lower-case words opening the sentence, its role word already skipped: the name
# after it is the subject ("Emergency services minister David Hanson visited ...").
_SENTENCE_ROLE = re.compile(r"(?:^|[.!?]\s+|[“\"]\s*)[A-Z][a-z\-]+(?:\s+[a-z\-]+){0,2}\s*$")
_AGE_WORD = re.compile(r"\d{1,3}-year-old")
_TITLES, _ROLE_WORDS = lexicon.titles(), lexicon.words("role_words")
# What a job before a name never holds: "Asked by the Liberal Democrat MP Pippa Heylings"
# opens with a participle and a preposition, so the name is not the subject.
_NOT_A_JOB = re.compile(r"\b(?:by|of|for|to|with|from|in|on|at|as)\b|\b[A-Z][a-z]+(?:ed|ing)\b")


def prev_word(text: str, start: int) -> str:
    """The word before a reference, skipping its title ("former US President"), lower case.

    Returns "" at the start of a sentence and the punctuation mark when one comes first.
    """
    pos = start
    while True:
        chunk = text[:pos].rstrip()
        if not chunk:
            return ""
        if not (chunk[-1].isalnum() or chunk[-1] in "’'.-"):
            return chunk[-1] if chunk[-1] not in _STARTS else ""
        m = _LAST_WORD.search(chunk, max(0, len(chunk) - 80))
        assert m is not None
        word = m.group()
        low = word.lower().rstrip(".")
        if word.endswith(".") and low not in ABBREVIATIONS and len(low) > 1:
            return ""  # the end of the previous sentence
        kin = _KIN_BEFORE.search(text, 0, m.end()) if low in KIN else None
        if kin:
            pos = kin.start()  # "his sister Joanne Harwell said": the kin phrase is a title
            continue
        if (word[0].isupper() and low not in _SUBJECT_OK) or low in _SKIP_BACK \
                or low in _TITLES or low in _ROLE_WORDS \
                or "-" in low and (low.rsplit("-", 1)[1] in _ROLE_WORDS  # "the bass-baritone"
                                   or _AGE_WORD.fullmatch(low) is not None):  # "58-year-old"
            pos = m.start()
            continue
        job = _SENTENCE_ROLE.search(text, 0, pos) if pos < start else None
        if job and not _NOT_A_JOB.search(job.group()):
            return ""  # "Emergency services minister David Hanson visited ..."
        return low


# "Linda Pfeiffer, Gordon Pfeiffer's wife, said": an apposition naming whose she is.
OWNER_APPOSITION = re.compile(r",\s+(?:[A-Z][\w’'\-]+\s+){0,3}[A-Z][\w’'\-]*[’']s\s+"
                               r"(?:[a-z\-]+\s+){0,2}[a-z\-]+,")


def is_subject(text: str, ref: Reference) -> bool:
    word = prev_word(text, ref.start)
    after = text[ref.end:]
    if re.match(r"(?:,\s+[A-Z][\w’'\-]+|\s+(?:and|or)\s+(?:[A-Z]|the\s))", after) and \
            not re.match(r",\s+(?:(?:who|which|the|a|an)\b|[DRI]-[A-Z])", after) and \
            not OWNER_APPOSITION.match(after):
        return False  # a member of a list: "Olaf Scholz, Jens Stoltenberg and ..."
    if word in ("", ",", ";", ":", "(", "—", "–", "-", "“", '"', "”") or re.match(r",\s+who\b", after):
        return True  # a sentence or clause subject, or the antecedent of "who"
    return word in _SUBJECT_OK or word == "and" and not re.search(
        r"[A-Z][\w’'\-]*\s+and\s*$", text[max(0, ref.start - 80):ref.start]) and not _OBJECT_AFTER.match(
        text, ref.end)  # "hosted European leaders and Mr Zelensky at Lancaster House"


# "the 52-year-old": an age stands for a person the way a role does.
# A headline-style description without its article: "Federal Reserve chair tells ...".
_BARE_DESC = re.compile(r"(?:[A-Z][\w’'\-]*\s+){1,3}(?:" + _HEAD + r")\b(?=\s+[a-z]+s\b)")
# So do "the teenager" and, in sports pages, "the Dane": descriptions that state no role.
AGE = re.compile(r"\b[Tt]he\s+(?:\d{1,3}-year-old|teenager|teen|youngster|pensioner|"
                  r"octogenarian|nonagenarian|centenarian|Dane|Swede|Finn|Pole|Briton|Scot|"
                  r"Spaniard|(?:French|English|Welsh|Irish|Scots|Dutch)(?:man|woman))\b")
# "the Italian told Sky Sports", "the Croatian has kept": a nationality for a person, when a
# verb follows it rather than the noun it would qualify ("the Italian government").
_NATIONAL = re.compile(r"\b[Tt]he\s+([A-Z][a-z]+)(?=,|\s+(?:\w+ly\s+)?(?:who|has|had|was|is|"
                       r"will|would|could|[a-z]+ed|said|says|told|tells|added|insisted)\b)")


# More role words after a description's head: "the chief executive", "the vice chair".
_MORE_HEADS = re.compile(r"(?:\s+(?:" + _HEAD + r")\b)+", re.IGNORECASE)


def desc_refs(text: str, para: int) -> list[Reference]:
    """Descriptions of people: "the Labour leader", "the 54-year-old", "the Italian"; not
    an office named after its holder ("the Maryland State Prosecutor's Office")."""
    out = [Reference(para, m.start(), m.end(), m.group(), "description")
           for m in AGE.finditer(text) if not DESC.match(text, m.start())]
    out += [Reference(para, m.start(), m.end(), m.group(), "description")
            for m in _NATIONAL.finditer(text) if m.group(1).lower() in lexicon.words("demonyms")]
    bare = _BARE_DESC.match(text)
    if bare:
        out.append(Reference(para, 0, bare.end(), bare.group(), "description"))
    for m in DESC.finditer(text):
        mods = m.group(1).split()
        if any(w.lower() in DESC_STOP for w in mods):
            continue
        office = re.match(r"\s+([\w\-]+)", text[m.end():]) if m.group(3) else None
        if office and office.group(1).lower() in lexicon.words("org_heads"):
            continue
        end = m.start(3) if m.group(3) else m.end()
        more = _MORE_HEADS.match(text, end)
        if more and not m.group(3):
            end = more.end()  # "the chief executive", "the vice chair"
        out.append(Reference(para, m.start(), end, text[m.start():end], "description",
                             possessive=bool(m.group(3))))
    return out


_SOURCE_HEAD = re.compile(
    r"\b(?:sources?|officials?|aides?|insiders?|diplomats?|spokes(?:man|woman|person)|"
    r"critics?|reviewers?|commentators?|observers?|"
    r"(?:people|person|those) (?:familiar|close|briefed|with knowledge))\b")
_SOURCE_DETERMINERS = frozenset({"a", "an", "one", "two", "three", "four", "several", "some",
                                 "many", "other"})
_MODIFIER = re.compile(r"([\w’'.\-]+)\s+$")  # "a U.K. official"


def source_refs(text: str, para: int) -> list[Reference]:
    """Unnamed sources: "a senior campaign adviser", "A Trump campaign spokesman",
    "Commission officials", "three people familiar with the matter".

    The phrase is read back from its head noun over at most three modifiers and one
    determiner; "the spokesman" is a description, and "X, a spokesman for Y" names X.
    """
    out = []
    for m in _SOURCE_HEAD.finditer(text):
        start, mods = m.start(), 0
        while mods < 4:
            word = _MODIFIER.search(text, 0, start)
            if word is None:
                break
            low = word.group(1).lower()
            if low in ("the", "his", "her", "their", "its"):
                start = -1
                break
            if low in _SOURCE_DETERMINERS:
                start, mods = word.start(1), 4
                break
            if mods == 3 or low in DESC_STOP or low in lexicon.speech_verb_forms() or (
                    word.group(1).islower() and (low in lexicon.words("non_names")
                                                 or low.endswith(("ed", "ing")))):
                break
            start, mods = word.start(1), mods + 1
        if start < 0 or re.search(r"[A-Z][\w’'\-]*,\s*$", text[max(0, start - 80):start]):
            continue
        tail = re.match(r"\s+(?:for|at|to|in|from|of|close to)\s+(?:(?:the\s+)?[A-Z][\w’'\-]*"
                        r"(?:\s+[A-Z][\w’'\-]*)*|(?:him|her|them)\b|the\s+[a-z]+\b"
                        r"(?!\s+(?:of|for|to)\b))", text[m.end():])
        end = m.end() + (tail.end() if tail else 0)
        out.append(Reference(para, start, end, text[start:end], "source"))
    return out


# Someone the reporter does not name: "A woman sorting through clothes …, who declined to
# give her name, said …". The gender, when the noun gives one, lets "she" find her.
_UNNAMED = re.compile(r"(?:^|(?<=[.!?“\"]\s)|(?<=^[“\"]))(?:[Aa]n?|[Oo]ne)\s+(?:[a-z\-]+\s+){0,2}?"
                      r"(woman|man|girl|boy|resident|witness|bystander|passer-by)\b")
_UNNAMED_GENDER = {"woman": "f", "girl": "f", "man": "m", "boy": "m"}
_UNNAMED_NOUNS = ("man", "girl", "boy", "resident", "witness", "bystander", "passer-by")


def unnamed_refs(text: str, para: int) -> list[Reference]:
    """Unnamed people opening a sentence, as references to nobody."""
    if not any(noun in text for noun in _UNNAMED_NOUNS):
        return []  # most paragraphs
    return [Reference(para, m.start(), m.end(), m.group(), "unnamed",
                      gender=_UNNAMED_GENDER.get(m.group(1)))
            for m in _UNNAMED.finditer(text)]


def titles_name(text: str, ref: Reference, names: list[Reference]) -> bool:
    """True for a description written as the title of the name right after it.

    "The Texas Republican congressman Glenn Oakes said": the roles rule reads the title
    from the name; as a reference of its own it would be resolved to someone else.
    """
    return ref.kind in ("description", "source") and any(
        n.start >= ref.end and not text[ref.end:n.start].strip() for n in names)


def inside_quote(text: str, pos: int) -> bool:
    """True when ``pos`` lies inside quotation marks opened earlier in the paragraph, double
    or, in a paragraph quoted in single marks only, single ('The doctor said …')."""
    if text.count("“", 0, pos) > text.count("”", 0, pos):
        return True
    if text.count('"', 0, pos) % 2 == 1:
        return True
    if "‘" not in text and " '" not in text and not text.startswith("'"):
        return False  # no opening single mark: apostrophes only
    return any(s <= pos < e for s, e in _single_quoted(text))


@lru_cache(maxsize=64)
def _single_quoted(text: str) -> tuple[tuple[int, int], ...]:
    """The spans in single marks of a paragraph that uses them as its outer quotes: no
    double mark stands outside them."""
    spans = tuple((m.start(), m.end()) for m in _SINGLE_QUOTED.finditer(text))
    doubles = [i for i, ch in enumerate(text) if ch in '“”"']
    if not all(any(s <= i < e for s, e in spans) for i in doubles):
        return ()
    return spans


# What the quotes rule takes for a quote in single marks.
_SINGLE_QUOTED = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))[‘'](?=\S)(.+?)(?<=\S)[’'](?![\w])")


def last_sentence_subject(subjects: list[Reference]) -> list[Reference]:
    """The subject a pronoun most likely continues, from the last sentence that has one.

    Within that sentence a main-clause subject wins over one in a subordinate clause:
    after "Mr Fairleigh is one of dozens of MPs ..., which Rishi Sunak has said ...",
    "He denied ..." is Mr Fairleigh.
    """
    if not subjects:
        return []
    last = subjects[-1]
    same = [r for r in subjects if r.para == last.para and r.sentence == last.sentence]
    main = [r for r in same if r.main]
    return [main[-1] if main else last]


def sentence_of(state: ExtractState, para: int, pos: int) -> tuple[int, int]:
    """The (start, end) of the sentence containing ``pos`` in paragraph ``para``."""
    for s, e in state.sentences(para):
        if s <= pos < e:
            return s, e
    return 0, len(state.article.paragraphs[para].text)
