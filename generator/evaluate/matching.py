"""How predictions are paired with gold items: normalised names, quotes, dates, events.

Every pairing is one-to-one and best-first, so a duplicate prediction is a false positive
and results do not depend on the order of ties.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

from generator.evaluate.gold import GoldEvent, GoldPerson
from generator.model import ArticlePerson, EventRef

T = TypeVar("T")
U = TypeVar("U")

HONORIFICS = frozenset([
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lord", "lady", "sen", "rep",
    "gov", "gen", "hon", "rev", "the"
])
PARTICLES = frozenset([
    "von", "van", "der", "den", "de", "del", "della", "di", "da", "du", "la", "le", "bin", "al",
    "el", "ter"
])
STOPWORDS = frozenset([
    "a", "an", "the", "and", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from",
    "its", "his", "her", "their", "this", "that", "is", "was", "be", "as", "about", "into",
    "over", "after", "before", "between"
])


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def normalise_name(name: str) -> str:
    """Casefolded, accent-free name without punctuation or leading honorifics."""
    folded = _fold(name).replace("'", "").replace("\u2019", "")
    words = re.sub(r"[^\w\s]", " ", folded).split()
    while len(words) > 1 and words[0] in HONORIFICS:
        words.pop(0)
    return " ".join(words)


def surname(name: str) -> str:
    """The normalised surname, keeping particles: "Ursula von der Leyen" → "von der leyen"."""
    words = normalise_name(name).split()
    if not words:
        return ""
    i = len(words) - 1
    while i > 0 and words[i - 1] in PARTICLES:
        i -= 1
    return " ".join(words[i:])


def normalise_quote(text: str) -> str:
    """Quote text reduced to letters and digits: case, marks and spacing do not count."""
    return "".join(c for c in _fold(text) if c.isalnum())


def content_words(text: str) -> set[str]:
    """Lower-case words of three letters or more that are not stop words."""
    return {w for w in re.findall(r"\w+", _fold(text)) if len(w) > 2 and w not in STOPWORDS}


# Role matching: a tiny table of abbreviations and of nationality adjectives and country
# spellings, so that "Russian Foreign Minister" and "Foreign Minister of Russia" compare
# equal. Deliberately small: the scorer should be lenient about wording, not clever.
ROLE_STOPWORDS = frozenset(["a", "an", "the", "of", "for", "at", "in", "on", "from", "to",
                            "and", "with", "s"])
ROLE_ABBREVIATIONS = {
    "pm": "prime minister", "sec": "secretary", "gov": "governor", "sen": "senator",
    "rep": "representative", "dep": "deputy", "lt": "lieutenant", "gen": "general",
    "pres": "president", "vp": "vice president", "amb": "ambassador", "atty": "attorney",
    "ceo": "chief executive", "fed": "federal reserve", "mp": "member parliament",
}
COUNTRIES = {
    "united states": "us", "u s": "us", "usa": "us", "america": "us", "american": "us",
    "united kingdom": "uk", "u k": "uk", "britain": "uk", "great britain": "uk",
    "british": "uk", "russian": "russia", "french": "france", "german": "germany",
    "estonian": "estonia", "norwegian": "norway", "spanish": "spain", "dutch": "netherlands",
    "belgian": "belgium", "hungarian": "hungary", "ukrainian": "ukraine", "italian": "italy",
    "polish": "poland", "chinese": "china", "japanese": "japan", "indian": "india",
    "israeli": "israel", "iranian": "iran", "egyptian": "egypt", "canadian": "canada",
    "australian": "australia", "irish": "ireland", "saudi": "saudi arabia",
    "turkish": "turkey", "mexican": "mexico", "swedish": "sweden", "finnish": "finland",
    "danish": "denmark", "greek": "greece", "austrian": "austria", "swiss": "switzerland",
}
_COUNTRY_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, COUNTRIES), key=len,
                                                    reverse=True)) + r")\b")


def role_words(role: str) -> frozenset[str]:
    """The content words of a role: casefolded, abbreviations expanded, countries mapped.

    "the Russian Foreign Minister" and "Foreign Minister of Russia" give the same set.
    """
    text = _fold(role).replace("\u2019", "'")
    text = re.sub(r"'s\b", "", text)
    text = " ".join(re.findall(r"[^\W_]+", text))  # "U.S." -> "u s", "secretary-general"
    text = " ".join(ROLE_ABBREVIATIONS.get(w, w) for w in text.split())
    text = _COUNTRY_RE.sub(lambda m: COUNTRIES[m.group(1)], text)
    return frozenset(w for w in text.split() if w not in ROLE_STOPWORDS)


def role_match_score(gold: str, predicted: str) -> float:
    """Lenient role match: the content words of one are a subset of the other's.

    The score is the share of words the two have in common (1.0 for equal sets), so the
    closest pairs are matched first; 0 when neither set contains the other.
    """
    g, p = role_words(gold), role_words(predicted)
    if not g or not p or not (g <= p or p <= g):
        return 0.0
    return len(g & p) / len(g | p)


def match(gold: Sequence[T], predicted: Sequence[U],
           score: Callable[[T, U], float]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index), best-scoring pairs first.

    A score of 0 or less means "no match". Ties keep document order, so results are stable.
    """
    candidates = sorted(
        ((-s, gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(predicted)
         if (s := score(g, p)) > 0)
    )
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, gi, pi in candidates:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def person_match_score(gold: GoldPerson, predicted: ArticlePerson) -> float:
    """3 for an equal name, 2 for a gold mention, 1 for a surname-only match, else 0."""
    name = normalise_name(predicted.name)
    if name == normalise_name(gold.name):
        return 3
    if any(name == normalise_name(m) for m in gold.mentions):
        return 2
    one_word = len(predicted.name.split()) == 1
    if (predicted.surname_only or one_word) and surname(predicted.name) == surname(gold.name):
        return 1
    return 0


def map_people(gold: Sequence[GoldPerson], predicted: Sequence[ArticlePerson]
               ) -> tuple[dict[str, str], list[tuple[int, int]]]:
    """Predicted name → gold name, and the one-to-one pairs used for counting.

    Predictions left out of the one-to-one matching (duplicates) still map to the gold
    person they best fit, so a duplicate does not also make every attribution wrong.
    """
    pairs = match(gold, predicted, person_match_score)
    mapping = {predicted[pi].name: gold[gi].name for gi, pi in pairs}
    for person in predicted:
        if person.name not in mapping:
            best = max(gold, key=lambda g: person_match_score(g, person), default=None)
            if best is not None and person_match_score(best, person) > 0:
                mapping[person.name] = best.name
    return mapping, pairs


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Equal, or one a prefix of the other ("2024-02" and "2024-02-17"); null only with null."""
    if a is None or b is None:
        return a is None and b is None
    return a.startswith(b) or b.startswith(a)


def event_match_score(gold: GoldEvent, predicted: EventRef, people: dict[str, str]) -> float:
    """How well ``predicted`` fits ``gold``: 0 when it does not match at all."""
    if not dates_compatible(gold.date, predicted.date):
        return 0
    mapped = {people.get(p, p) for p in predicted.participants}
    shared = len(mapped & set(gold.participants))
    if shared:
        return 1 + shared + (0.5 if gold.date == predicted.date else 0)
    if not gold.participants and not predicted.participants:
        return 1 if content_words(gold.name) & content_words(predicted.name) else 0
    return 0
