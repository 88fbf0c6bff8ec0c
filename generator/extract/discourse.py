"""Who is being talked about: every reference to a person in text order, resolved.

Names come from the ``names`` rule. Descriptions ("the Labour leader", "the former
president") resolve to the person whose stated role matches, else by position: in subject
position to the previous subject, elsewhere to the most recent other person. Pronouns
resolve to the nearest gender-compatible subject, then to any compatible recent person.
This is a small centering heuristic, not a parser; it is shared by ``roles`` and ``speakers``.
"""

from __future__ import annotations

import re
from functools import lru_cache

from generator.extract import lexicon
from generator.extract.names import gender_of
from generator.extract.state import ExtractState, Reference
from generator.extract.text import ABBREVIATIONS
from generator.model import ArticlePerson

_SUBJECT_OK = frozenset({
    "that", "but", "while", "when", "whereas", "as", "because", "after", "before", "then",
    "so", "since", "if", "although", "though", "meanwhile", "however", "where", "despite",
    "which", "whom", "whose",
    "yet", "now", "also", "instead", "later", "earlier", "today", "yesterday", "week",
    "month", "year", "night", "morning", "afternoon", "evening",
})
# Words that open a subordinate clause: its subject is not what the sentence is about.
_LAST_WORD = re.compile(r"[\w’'.\-]+$")
_SUBORDINATORS = frozenset({
    "that", "while", "when", "whereas", "as", "because", "after", "before", "since", "if",
    "although", "though", "where", "which", "whom", "whose", "despite", "until", "unless",
})
_OBJECT_AFTER = re.compile(r"[’']?s?\s*(?:[,.;]|\s(?:at|in|on|for|to|from|with|of|by|about|"
                           r"over|into|during|after|before|as)\b)")
_CLOSES_APPOSITION = re.compile(r"[’']?s?\s*(?:,|\)|\.(?:\s|$)|$)")
_SKIP_BACK = frozenset({"the", "a", "an", "former", "late", "then", "ex"})
_PRONOUNS = re.compile(r"\b(he|she|He|She|his|His|her|Her)\b")
_HEAD = "|".join(sorted(lexicon.words("role_words"), key=len, reverse=True))
_DESC = re.compile(
    r"\b[Tt]he\s+((?:[\w’'\-]+\s+){0,3}?)(" + _HEAD + r")\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Za-z][\w\-]*(?-i:(?:\s+[A-Z][\w\-]*)*))?([’']s)?", re.IGNORECASE)
_DESC_STOP = frozenset({"of", "and", "or", "to", "in", "on", "at", "for", "with", "by", "is",
                        "was", "has", "said", "that", "this", "who", "had", "have", "are",
                        "were", "be", "been", "will", "would"})


# What a sentence may open after: its end, an opening mark, a list bullet ("• Hargrove ...").
_STARTS = frozenset(".!?“\"‘•·▪●‣■")


# Kin and neighbours written before a name like a title: "his sister Joanne Harwell".
_KIN = frozenset({"sister", "brother", "wife", "husband", "son", "daughter", "mother",
                  "father", "colleague", "neighbour", "neighbor", "friend", "partner",
                  "cousin", "aunt", "uncle", "grandson", "granddaughter", "fiancé", "fiancée"})
_KIN_BEFORE = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+[\w’'\-]+$")
# A job of lower-case words opening the sentence, its role word already skipped: the name
# after it is the subject ("Emergency services minister David Hanson visited ...").
_SENTENCE_ROLE = re.compile(r"(?:^|[.!?]\s+|[“\"]\s*)[A-Z][a-z\-]+(?:\s+[a-z\-]+){0,2}\s*$")


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
        kin = _KIN_BEFORE.search(text, 0, m.end()) if low in _KIN else None
        if kin:
            pos = kin.start()  # "his sister Joanne Harwell said": the kin phrase is a title
            continue
        if (word[0].isupper() and low not in _SUBJECT_OK) or low in _SKIP_BACK \
                or low in lexicon.titles() or low in lexicon.words("role_words"):
            pos = m.start()
            continue
        if pos < start and _SENTENCE_ROLE.search(text, 0, pos):
            return ""  # "Emergency services minister David Hanson visited ..."
        return low


def _is_subject(text: str, ref: Reference) -> bool:
    word = prev_word(text, ref.start)
    after = text[ref.end:]
    if re.match(r"(?:,\s+[A-Z][\w’'\-]+|\s+(?:and|or)\s+(?:[A-Z]|the\s))", after) and \
            not re.match(r",\s+(?:(?:who|which|the|a|an)\b|[DRI]-[A-Z])", after):
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
_AGE = re.compile(r"\b[Tt]he\s+(?:\d{1,3}-year-old|teenager|teen|youngster|pensioner|"
                  r"octogenarian|nonagenarian|centenarian|Dane|Swede|Finn|Pole|Briton|Scot|"
                  r"Spaniard|(?:French|English|Welsh|Irish|Scots|Dutch)(?:man|woman))\b")


def _desc_refs(text: str, para: int) -> list[Reference]:
    out = [Reference(para, m.start(), m.end(), m.group(), "description")
           for m in _AGE.finditer(text) if not _DESC.match(text, m.start())]
    bare = _BARE_DESC.match(text)
    if bare:
        out.append(Reference(para, 0, bare.end(), bare.group(), "description"))
    for m in _DESC.finditer(text):
        mods = m.group(1).split()
        if any(w.lower() in _DESC_STOP for w in mods):
            continue
        end = m.start(3) if m.group(3) else m.end()
        more = re.match(r"(?:\s+(?:" + _HEAD + r")\b)+", text[end:], re.IGNORECASE)
        if more and not m.group(3):
            end += more.end()  # "the chief executive", "the vice chair"
        out.append(Reference(para, m.start(), end, text[m.start():end], "description",
                             possessive=bool(m.group(3))))
    return out


_SOURCE_HEAD = re.compile(
    r"\b(?:sources?|officials?|aides?|insiders?|diplomats?|spokes(?:man|woman|person)|"
    r"(?:people|person|those) (?:familiar|close|briefed|with knowledge))\b")
_SOURCE_DETERMINERS = frozenset({"a", "an", "one", "two", "three", "four", "several", "some",
                                 "many", "other"})
_MODIFIER = re.compile(r"([\w’'\-]+)\s+$")


def _source_refs(text: str, para: int) -> list[Reference]:
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
            if mods == 3 or low in _DESC_STOP or low in lexicon.speech_verb_forms() or (
                    word.group(1).islower() and (low in lexicon.words("non_names")
                                                 or low.endswith(("ed", "ing")))):
                break
            start, mods = word.start(1), mods + 1
        if start < 0 or re.search(r"[A-Z][\w’'\-]*,\s*$", text[max(0, start - 80):start]):
            continue
        tail = re.match(r"\s+(?:for|at|to|in|from|of|close to)\s+(?:(?:the\s+)?[A-Z][\w’'\-]*"
                        r"(?:\s+[A-Z][\w’'\-]*)*|(?:him|her|them)\b)", text[m.end():])
        end = m.end() + (tail.end() if tail else 0)
        out.append(Reference(para, start, end, text[start:end], "source"))
    return out


# Someone the reporter does not name: "A woman sorting through clothes …, who declined to
# give her name, said …". The gender, when the noun gives one, lets "she" find her.
_UNNAMED = re.compile(r"(?:^|(?<=[.!?“\"]\s)|(?<=^[“\"]))(?:[Aa]n?|[Oo]ne)\s+(?:[a-z\-]+\s+){0,2}?"
                      r"(woman|man|girl|boy|resident|witness|bystander|passer-by)\b")
_UNNAMED_GENDER = {"woman": "f", "girl": "f", "man": "m", "boy": "m"}
_UNNAMED_NOUNS = ("man", "girl", "boy", "resident", "witness", "bystander", "passer-by")


def _unnamed_refs(text: str, para: int) -> list[Reference]:
    """Unnamed people opening a sentence, as references to nobody."""
    if not any(noun in text for noun in _UNNAMED_NOUNS):
        return []  # most paragraphs
    return [Reference(para, m.start(), m.end(), m.group(), "unnamed",
                      gender=_UNNAMED_GENDER.get(m.group(1)))
            for m in _UNNAMED.finditer(text)]


def _titles_name(text: str, ref: Reference, names: list[Reference]) -> bool:
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


def _qualifiers(words: list[str]) -> set[str]:
    """Capitalised words that are not role words: "Labour", "Nato", "US", "Russian"."""
    return {w.lower() for w in words if w[:1].isupper() and not _role_like(w)}


def _role_like(word: str) -> bool:
    low = word.lower().rstrip(".")
    if low in lexicon.words("places") or low in lexicon.words("demonyms"):
        return False
    return low in lexicon.words("role_words") or low in lexicon.titles() or low in _DESC_STOP


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


def build_references(state: ExtractState, add_roles: bool = False) -> list[Reference]:
    """Every person reference in the article, in order, resolved as far as the text allows."""
    refs: list[Reference] = []
    paras = state.article.paragraphs
    for person in state.people:
        for m in person.mentions:
            if m.para < 0 or (m.para, m.start) in state.credit_mentions:
                continue  # a byline or photo credit is no antecedent
            poss = bool(re.match(r"[’']s?\b", paras[m.para].text[m.end:]))
            refs.append(Reference(m.para, m.start, m.end, m.text, "name", person.name,
                                  possessive=poss))
    by_para: dict[int, list[Reference]] = {}
    for r in refs:
        by_para.setdefault(r.para, []).append(r)
    for i, para in enumerate(paras):
        names = by_para.get(i, [])
        extra = _desc_refs(para.text, i) + _source_refs(para.text, i) + [
            Reference(i, m.start(), m.end(), m.group(), "pronoun",
                      possessive=m.group().lower() in ("his", "her"))
            for m in _PRONOUNS.finditer(para.text)] + _unnamed_refs(para.text, i)
        for r in extra:
            inside = [n for n in names if n.start < r.end and r.start < n.end]
            if r.kind == "source" and inside and all(
                    r.start <= n.start and n.end <= r.end and (n.end < r.end or r.start < n.start)
                    for n in inside):
                # "A Trump campaign spokesman said", "a spokesperson for Avery said": the
                # name only qualifies the source
                refs[:] = [x for x in refs if not any(x is n for n in inside)]
                refs.append(r)
            elif not inside and not _titles_name(para.text, r, names):
                refs.append(r)
    refs.sort(key=lambda r: (r.para, r.start))
    appositions: set[int] = set()
    listed: set[int] = set()  # descriptions in a list of descriptions
    for prev, r in zip([None, *refs], refs):
        text = paras[r.para].text
        r.subject = r.kind != "source" and _is_subject(text, r)
        gap = text[prev.end:r.start] if prev is not None and prev.para == r.para else "."
        apposition = prev is not None and {prev.kind, r.kind} == {"name", "description"} \
            and gap.strip() == ","
        if prev is not None and prev.kind == r.kind == "description" and \
                re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", gap):
            listed.update((id(prev), id(r)))  # "the German chancellor, the Nato chief and ..."
        if apposition and prev is not None:
            appositions.add(id(r))
            r.subject = prev.subject or r.subject
        elif prev is not None and r.subject and not (id(prev) in appositions and gap.strip() == ",") \
                and re.fullmatch(
                r"[’']?s?\s*(?:,|,?\s*and|,?\s*or)\s*", gap):
            r.subject = prev.subject = False  # a list: "the German chancellor, the Nato ..."
    for i, r in enumerate(refs):
        text = paras[r.para].text
        r.sentence = sentence_of(state, r.para, r.start)[0]
        word = prev_word(text, r.start)
        if r.subject and r.kind == "name" and word == "," and _CLOSES_APPOSITION.match(
                text, r.end):
            # "she held up a photograph of her mother, the poet Grace Abernathy, who ...":
            # a name set off after the sentence already has its subject is an apposition
            subjects = [p for p in refs[max(0, i - 6):i] if p.para == r.para and p.subject
                        and p.sentence == r.sentence and not p.possessive
                        and p.kind in ("name", "pronoun") and id(p) not in appositions]
            if subjects and text[subjects[-1].end:r.start].strip() != ",":
                r.subject = False
        r.main = r.subject and word not in _SUBORDINATORS
        if r.kind == "unnamed":
            r.subject = r.main
    _resolve(state, refs, add_roles, listed)
    return refs


def _echoes_unnamed(state: ExtractState, ref: Reference, head: str) -> bool:
    """True when a description repeats the noun of someone recently introduced unnamed.

    "A senior campaign adviser said ... the adviser said": the adviser is not the last
    named subject. Only an unnamed source counts: a sentence's subject or the object of
    "according to", not "a spokeswoman, Carly Voss," nor "who became a senator".
    """
    indefinite = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w’'\-]+\s+){0,3}?" + re.escape(head)
                            + r"s?\b(?!,\s*[A-Z])")
    for para in range(max(0, ref.para - 2), ref.para + 1):
        text = state.article.paragraphs[para].text
        for m in indefinite.finditer(text[:ref.start] if para == ref.para else text):
            before = text[:m.start()].rstrip(" “\"‘")
            if not before or before[-1] in ".!?:" or before.lower().endswith("according to"):
                return True
    return False


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
    m = _DESC.match(ref.text)
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
_OWN_PRONOUN = re.compile(r"[’']?s?,\s+who\s+(?:[a-z]+\s+){1,2}?(his|her)\s+(?!own\b)[a-z]+\b(?!\s+(?:to|and|that)\b)"
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


def _resolve(state: ExtractState, refs: list[Reference], add_roles: bool,
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
                not _AGE.match(ref.text):
            m = _DESC.match(ref.text)
            head = m.group(2) if m else ref.text.split()[-1]
            found = _role_match(state, head, m.group(1).split() if m else [], strict=True)
            if len(found) == 1 and not _echoes_unnamed(state, ref, head):
                ref.person = found[0]
