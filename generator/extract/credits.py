"""Bylines and photo credits: the people who wrote and photographed the article.

The gold counts every named human the page shows, so "By Jane Doe and John Roe",
"Reporting by Jane Doe; Editing by John Roe", "AP Photo/Jane Doe" and "Jane Doe/Getty
Images" all name people. These lines follow conventions of their own, unlike running
text: a name needs no title or speech verb, but must be shaped like one (two to four
capitalised words, AP's capitals allowed) and must not contain an organisation word
("Getty Images", "Fox News", "Congressional Quarterly").

In a photo credit "A/B" one side is the photographer and the other the agency, in
either order ("AP Photo/Jane Doe", "Jane Doe/Reuters"). A side is taken for a person
when its first word is a known given name, or when the other side is plainly an agency.
"""

from __future__ import annotations

import re

from generator.extract import lexicon

# Labels that open a credit or a byline zone inside a paragraph.
# "Reporting by", "Photographs by" ...: the word before "by" (looked up only where a
# "by" is, since a regex that starts with a long alternation tries every position).
_BY = re.compile(r"by\s+")
_BY_NOUN = re.compile(
    r"(?:^|(?<=[\s(;|,.]))(?:(?:[Aa]dditional\s+)?[Rr]eporting|[Ee]diting|[Ww]riting|"
    r"[Rr]esearch|[Cc]ompiled|[Pp]roduced|[Ee]dited|[Ww]ritten|[Rr]eported|[Ww]ords|"
    r"[Pp]hotos?|[Pp]hotographs?|[Pp]ictures?|[Ii]mages?|[Ii]llustrations?|[Gg]raphics?|"
    r"[Vv]ideo)\s+$")
_BY_LINE = re.compile(r"\s*[Bb][Yy]\s+")
# Bloomberg's sign-off: "— With assistance from Jane Doe and John Roe".
_ASSIST = re.compile(r"\b[Ww]ith\s+(?:additional\s+)?assistance\s+(?:from|by)\s+")
_LABEL_CUE = re.compile(
    r"(?:^|(?<=[\s(;|,.]))(?:(?:[Pp]hoto(?:graph)?s?|[Pp]icture|[Ii]mage|[Cc]redit|"
    r"[Ii]llustration)\s*:\s*|[A-Z]{2,}(?:\s+[A-Z][a-z]+)?\s+[Pp]hotos?\s*/\s*)")
# Where a credit zone ends: a sentence end, a closing bracket, a new clause.
_ZONE_END = re.compile(r"\)|\.(?:\s|$)|;(?!\s*(?:[Aa]dditional|[Ee]diting))|\n")
_SPLIT = re.compile(r"\s*(?:/|\||;|,|&|\bvia\b|\bfor\b|\band\b|\s[-–—]\s|:|(?<=\w)[’']s?(?=\s))\s*")
_WORD = re.compile(r"^(?:[A-ZÀ-Þ][a-zß-ÿ’'\-]+(?:[A-ZÀ-Þ][a-zß-ÿ’'\-]+)?|[A-ZÀ-Þ][A-ZÀ-Þ’'\-]+|"
                   r"[A-Z]\.|[À-Þ]|van|von|de|der|den|da|di|du|le|la|bin|al|el|dos|del)$")
# Words that make a credit piece an organisation or a job, never a person.
_ORG = frozenset({
    "photo", "photos", "photograph", "photography", "photographer", "images", "image",
    "pictures", "picture", "wire", "press", "agency", "agencies", "pool", "stock", "staff",
    "reporter", "reporters", "correspondent", "correspondents", "editor", "editors",
    "writer", "writers", "contributor", "contributors", "desk", "team", "service", "news",
    "media", "quarterly", "weekly", "daily", "getty", "reuters", "afp", "ap", "epa", "efe",
    "pa", "shutterstock", "alamy", "xinhua", "anadolu", "bloomberg", "sipa", "zuma", "usa",
    "handout", "courtesy", "file", "video", "screenshot", "illustration", "graphic",
    "associated", "international", "world", "politics", "business", "sport",
})
_TRAILER = re.compile(r"\s+(?:in|at|from)\s+[A-Z][\w.\-]*(?:\s+[A-Z][\w.\-]*)*\s*$")
_AFTER_JOB = re.compile(r"(?:^|\s)[a-z][\w\-]*\s((?:[A-Z][\w’'\-.]*\s){1,2}[A-Z][\w’'\-]+)$")
_CONTRIBUTED = re.compile(r"\b(?:contributed|also\s+contributed)\b")


def _title_case(word: str) -> str:
    """"QUINTERO" → "Quintero", "O'BRIEN" → "O'Brien"; mixed case is kept as written."""
    if not word.isupper() or len(word) < 2:
        return word
    return re.sub(r"[^\W\d_]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def org_like(piece: str) -> bool:
    """True for an agency, outlet or organisation: "Getty Images", "Tulsa World", "NPR"."""
    words = re.findall(r"[\w’'\-]+", piece)
    if not words:
        return True
    lows = {w.lower() for w in words}
    return bool(lows & _ORG) or any(w.isupper() and len(w) > 1 for w in words) and \
        len(words) == 1 or bool(lows & (lexicon.words("org_heads") | lexicon.words("places")))


def _name_shaped(piece: str) -> bool:
    words = piece.split()
    if not 2 <= len(words) <= 4 or not all(_WORD.match(w) for w in words):
        return False
    if words[0].islower() or words[-1].islower():
        return False
    lows = [w.lower().strip(".") for w in words]
    outlets = lexicon.words("outlets")
    if " ".join(lows) in outlets or "the " + " ".join(lows) in outlets:
        return False  # "Washington Post", "New York Times"
    bad = lexicon.words("demonyms") | lexicon.titles()
    # a known given name vouches for the rest: "Editing by Rachel More"
    given = lexicon.gender_of_first(_title_case(words[0])) is not None
    non_names = lexicon.words("non_names")
    return not any(w in _ORG or w in bad or (w in non_names and (i == 0 or not given))
                   or "-" in w and any(part in _ORG for part in w.split("-"))  # News-Leader
                   for i, w in enumerate(lows))


def _before_outlet(piece: str) -> str | None:
    """The name at the head of "Jane Doe Tulsa World", where the outlet follows unmarked."""
    words = piece.split()
    for n in (2, 3):
        rest = " ".join(words[n:])
        if len(words) > n and _name_shaped(" ".join(words[:n])) and org_like(rest) and \
                lexicon.gender_of_first(_title_case(words[0])) is not None and \
                all(w[:1].isupper() for w in words[n:]):
            return " ".join(words[:n])
    return None


def credit_names(text: str, byline: bool) -> list[tuple[int, int, str]]:
    """People named in a credit or byline string: ``(start, end, name)`` offsets in ``text``.

    ``byline`` says the string is a byline or a "Reporting by" list, whose name-shaped
    pieces are people; in a photo credit a piece needs a given name or an agency beside it.
    """
    pieces: list[tuple[int, int]] = []
    pos = 0
    for m in _SPLIT.finditer(text):
        pieces.append((pos, m.start()))
        pos = m.end()
    pieces.append((pos, len(text)))
    out = []
    for i, (s, e) in enumerate(pieces):
        piece = text[s:e]
        # "By ", "(" or a sign-off's label: "Additional reporting by ", "Editing by "
        lead = re.match(r"\s*(?:(?:[A-Za-z]+\s+){0,2}?[Bb][Yy]\s+|\(|\[)?\s*", piece)
        s += lead.end() if lead else 0
        # a piece labelled "Editing by" is a byline's even inside a photo credit zone
        labelled = byline or bool(lead and re.search(r"[Bb][Yy]\s+$", lead.group()))
        piece = text[s:e].rstrip(" .)]")
        trailer = _TRAILER.search(piece)
        if trailer:
            piece = piece[:trailer.start()]
        e = s + len(piece)
        if not _name_shaped(piece):
            # "Sky News political correspondent Jane Doe": the name after the job
            tail = _AFTER_JOB.search(piece)
            head = _before_outlet(piece) if byline else None
            if tail and _name_shaped(tail.group(1)):
                s, piece = s + tail.start(1), tail.group(1)
            elif head:
                piece, e = head, s + len(head)  # "By Jane Doe Tulsa World": no separator
            else:
                continue
        first = piece.split()[0]
        given = lexicon.gender_of_first(_title_case(first)) is not None
        partners = [text[a:b] for a, b in pieces[max(0, i - 1):i] + pieces[i + 1:i + 2]]
        # a desk is no person: "By Telegraph Obituaries", "By Reuters Staff"
        if labelled and not org_like(piece) or given or any(p.strip() and org_like(p)
                                                          for p in partners):
            out.append((s, e, " ".join(_title_case(w) for w in piece.split())))
    return out


def credit_zones(text: str, kind: str) -> list[tuple[int, int, bool]]:
    """Spans of a paragraph that are bylines or credits: ``(start, end, byline)``.

    A whole "credit" paragraph is one; elsewhere a zone runs from a cue ("By", "Reporting
    by", "Photograph:", "AP Photo/") to the end of its clause. "Jane Doe and John Roe
    contributed reporting" makes the clause before "contributed" a byline zone.
    """
    if kind == "credit":
        return [(0, len(text), False)]
    if ":" not in text and "/" not in text and "contributed" not in text and \
            "by" not in text.lower() and "assistance" not in text:
        return []  # most paragraphs: no "by", no label, no "contributed"
    cues = [(m.start(), m.end(), False) for m in _LABEL_CUE.finditer(text)]
    cues += [(m.start(), m.end(), True) for m in _ASSIST.finditer(text)]
    line = _BY_LINE.match(text)
    if line and len(text) <= 160:  # "By the time she retired ..." opens a sentence
        cues.append((0, line.end(), True))
    for m in _BY.finditer(text):
        if m.start() and text[m.start() - 1].isspace():
            noun = _BY_NOUN.search(text, max(0, m.start() - 40), m.start())
            if noun:
                cues.append((noun.start(), m.end(), True))
    cues.sort()
    zones = []
    for i, (_, start, byline) in enumerate(cues):
        end = _ZONE_END.search(text, start)
        stop = min(end.start() if end else len(text),
                   cues[i + 1][0] if i + 1 < len(cues) else len(text))
        if stop > start:
            zones.append((start, stop, byline))
    for m in _CONTRIBUTED.finditer(text):
        start = max(text.rfind(". ", 0, m.start()) + 1, text.rfind("(", 0, m.start()) + 1, 0)
        zones.append((start, m.start(), True))
    return zones
