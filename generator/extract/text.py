"""Small text helpers shared by the extraction rules: tokens, sentences, headings."""

from __future__ import annotations

import re
from typing import NamedTuple

from generator.model import Article, Paragraph

# A word: letters (any script), inner apostrophes and hyphens, an optional abbreviation dot.
_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w’'\-]*\.?")
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "sr", "lt", "gen", "col",
    "capt", "sgt", "prof", "rev", "maj", "adm", "cmdr", "det", "insp", "supt", "amb",
    "pres", "atty", "no", "vs", "mt", "ft", "dist", "asst", "dep",
})
# "u.s", "u.k", "d.c": a dotted initialism, and the words that may open a sentence after one.
_INITIALISM = re.compile(r"(?:[a-z]\.)+[a-z]")
_OPENERS = frozenset({"he", "she", "it", "they", "we", "i", "you", "the", "a", "an", "but",
                      "and", "this", "that", "these", "those", "there", "in", "on", "at",
                      "after", "so", "his", "her", "their", "its", "our", "my"})
_SENTENCE_END = re.compile(r"[.!?…]+[”’\"']*(?=\s+[“‘\"'(\[]?[A-Z0-9])|[.!?…]+[”\"]?(?=[A-Z“])")


_ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z]")
# An Irish surname after "Ó" or "Ní" keeps its initial mutation: "Mícheál Ó hÉalaithe".
_IRISH_MUTATION = re.compile(r"[hnt][AEIOUÁÉÍÓÚ]")
_INITIALS = re.compile(r"(?:[A-Z]\.)+")


class Token(NamedTuple):
    """A word with its offsets in the paragraph text (a tuple: rules make many)."""

    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        """The word in lower case without an abbreviation dot."""
        return self.text.rstrip(".").lower()

    @property
    def is_cap(self) -> bool:
        """True for a capitalised word ("Keir", "O’Brien", "al-Assad", "hÉalaithe")."""
        t = self.text
        return t[0].isupper() or (t[0] == "a" or t[0] == "e") and \
            _ARABIC_ARTICLE.match(t) is not None or \
            (t[0] == "h" or t[0] == "n" or t[0] == "t") and _IRISH_MUTATION.match(t) is not None


def tokens(text: str) -> list[Token]:
    """The words of ``text``; a trailing dot is kept only on abbreviations and initials."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        if word[-1] == "." and not _INITIALS.fullmatch(word) and \
                word[:-1].lower() not in ABBREVIATIONS:
            out.append(Token(word[:-1], m.start(), m.end() - 1))
        else:
            out.append(Token(word, m.start(), m.end()))
    return out


# Each word with the text before it, so that one findall (much faster than finditer)
# gives the offsets too.
_GAP_WORD = re.compile(r"(.*?)((?:[A-Z]\.){2,}|[^\W\d_][\w’'\-]*\.?)", re.DOTALL)
# Lower-case words that can sit inside a name: "von der Leyen", "Institute of the Arts".
_NAME_JOINERS = frozenset({"bin", "ibn", "bint", "van", "von", "der", "den", "de", "del",
                           "della", "da", "di", "du", "la", "le", "ter", "ten", "zu", "dos",
                           "das", "al", "el", "vom", "dei", "degli", "los", "las", "of", "the"})


def name_tokens(text: str) -> list[Token]:
    """The words of ``text`` that can be part of a name: capitalised words and the
    lower-case particles and joiners between them, as :func:`tokens` would give them.

    Names only ever join words separated by a single space, so leaving the other
    lower-case words out changes nothing for them and saves most of the work.
    """
    out = []
    pos = 0
    for gap, word in _GAP_WORD.findall(text):
        pos += len(gap)
        first = word[0]
        if first.isupper() or word in _NAME_JOINERS or (
                (first == "a" or first == "e") and _ARABIC_ARTICLE.match(word)) or (
                (first == "h" or first == "n" or first == "t") and _IRISH_MUTATION.match(word)):
            if word[-1] == "." and not _INITIALS.fullmatch(word) and \
                    word[:-1].lower() not in ABBREVIATIONS:
                out.append(Token(word[:-1], pos, pos + len(word) - 1))
            else:
                out.append(Token(word, pos, pos + len(word)))
        pos += len(word)
    return out


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of a paragraph (a heuristic splitter).

    A full stop after an abbreviation ("Mr.", "Sen.") or an initial does not end a sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].rsplit(None, 1)
        last = before[-1].lower().strip("“\"‘(") if before else ""
        if m.group().startswith(".") and (last in ABBREVIATIONS or re.fullmatch(r"[a-z]", last)):
            continue
        if m.group() == "." and _INITIALISM.fullmatch(last) and \
                text[m.end():].split(None, 1)[0].lower() not in _OPENERS:
            continue  # "the U.S. PIRG Education Fund", not "moved to the U.S. He said"
        spans.append((start, m.end()))
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def looks_like_heading(para: Paragraph) -> bool:
    """True for a section heading, by kind or by shape (short, title case, no full stop)."""
    if para.kind == "heading":
        return True
    if para.kind in ("caption", "credit"):
        return False
    text = para.text.strip()
    if not text or text[-1] in ".!?:;,\"”’)" or len(text.split()) > 12:
        return False
    long_words = [w for w in text.split() if len(w) > 3]
    caps = [w for w in long_words if w[0].isupper()]
    return bool(long_words) and len(caps) / len(long_words) >= 0.6


def paragraphs_from_text(text: str) -> list[Paragraph]:
    """Every non-empty line as a paragraph; a stand-in for ingest in tests and tools."""
    paras = []
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            kind = "heading" if looks_like_heading(Paragraph(line, number)) else "text"
            paras.append(Paragraph(text=line, line=number, kind=kind))
    return paras


def article_from_text(text: str, article_id: str = "inline") -> Article:
    """An :class:`Article` built straight from plain text (one paragraph per line)."""
    return Article(id=article_id, file=f"{article_id}.txt", title="", title_derived=True,
                   source=None, date=None, paragraphs=paragraphs_from_text(text))
