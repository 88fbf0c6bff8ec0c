"""Headlines with an outlet suffix: "Trump refuses ... — RT World News".

Scraped page titles end with the outlet's name after a separator. The rule splits at the
last separator when what follows is shaped like a name, then drops trailing section
words from the outlet ("RT World News" → "RT") and whole section suffixes from the title
("... | Politics | The Guardian"). Brand names that end in "News" ("BBC News", "Sky
News") keep it: only the phrases in :data:`SECTION_PHRASES` are dropped, and not "Sport" after a
one-word brand ("BBC Sport", "Sky Sports" are outlets of their own).
"""

from __future__ import annotations

import re

from generator.ingest.text import looks_like_name, word_count

# Separators that set an outlet off a headline; the dash-like and bar forms are strong,
# a plain hyphen needs a longer headline before it ("Trump - Putin talks" is a title).
_STRONG_SEPARATORS = (" — ", " – ", " | ", " ― ", " · ", " : ")  # " : NPR"
_WEAK_SEPARATORS = (" - ",)
_MIN_TITLE_WORDS = {True: 2, False: 3}  # by strong separator or not

#: Trailing words naming a section of a site rather than the outlet, longest first when
#: matched. An outlet left empty by dropping them keeps its full name ("US News").
# fmt: off
SECTION_PHRASES: tuple[str, ...] = (
    "world news", "uk news", "us news", "u.s. news", "europe news", "european news",
    "international news", "national news", "local news", "latest news", "breaking news",
    "business news", "politics news", "live updates", "politics", "opinion", "comment",
    "analysis", "business", "sport", "sports", "technology", "tech", "science", "health",
    "entertainment", "culture", "lifestyle", "international", "live",
)
# fmt: on
_ARTICLES = frozenset({"the", "a", "an"})
# Section words that name an outlet of its own after a one-word brand ("BBC Sport", "Sky
# Sports"); "CNN Politics" is CNN's politics section.
_BRAND_SECTIONS = frozenset({"sport", "sports"})

# "nytimes.com", "rt.com": a bare domain as the outlet.
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}", re.IGNORECASE)


def split_outlet(headline: str) -> tuple[str, str | None]:
    """``(title, outlet)`` of a headline; ``(headline, None)`` when it has no suffix."""
    title, outlet = _split_once(headline)
    if outlet is None:
        return headline, None
    if not clean_source(outlet):
        # "Headline | The Guardian | Politics": the last part is a section; look further.
        inner_title, inner = _split_once(title)
        if inner is not None:
            title, outlet = inner_title, inner
    return _drop_section_suffixes(title), clean_source(outlet) or outlet


def clean_source(outlet: str) -> str:
    """The outlet without trailing section words; ``""`` when only section words remain."""
    name = outlet.strip()
    changed = True
    while changed:
        changed = False
        lower = name.lower()
        for phrase in SECTION_PHRASES:
            if lower == phrase:
                return ""
            if lower.endswith(" " + phrase):
                rest = name[: len(name) - len(phrase)].rstrip(" -–—|:")
                if phrase in _BRAND_SECTIONS and " " not in rest:
                    return name  # "BBC Sport", "Sky Sports": outlets of their own
                if rest and rest.lower() not in _ARTICLES:
                    name, changed = rest, True
                    break
    return name


def looks_like_outlet(text: str) -> bool:
    """True for a short capitalised name or a bare domain."""
    text = text.strip()
    return looks_like_name(text, max_words=6) or bool(_DOMAIN.fullmatch(text))


def _split_once(headline: str) -> tuple[str, str | None]:
    for separators, strong in ((_STRONG_SEPARATORS, True), (_WEAK_SEPARATORS, False)):
        cut = max(headline.rfind(sep) for sep in separators)
        if cut < 0:
            continue
        sep_len = next(len(s) for s in separators if headline.startswith(s, cut))
        title, outlet = headline[:cut].rstrip(), headline[cut + sep_len :].strip()
        if looks_like_outlet(outlet) and word_count(title) >= _MIN_TITLE_WORDS[strong]:
            return title, outlet
        return headline, None
    return headline, None


def _drop_section_suffixes(title: str) -> str:
    """Drop "| Politics"-style suffixes left on the title after the outlet is gone."""
    while True:
        cut = max(title.rfind(sep) for sep in _STRONG_SEPARATORS + _WEAK_SEPARATORS)
        # Every separator is three characters long.
        if cut < 0 or clean_source(title[cut + 3 :]) != "":
            return title
        title = title[:cut].rstrip()
