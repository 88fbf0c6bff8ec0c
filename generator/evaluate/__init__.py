"""Score extraction against the gold annotations in tests/gold (see FORMAT.md there).

Everything here is a pure function of its arguments except :func:`load_gold`. Scores keep
raw counts (true positives, false positives, false negatives) so that a corpus score is
micro-averaged: the counts are summed over articles before precision and recall are taken.

Matching rules, decided once here so every tool reports the same numbers:

- people: a prediction matches a gold person when the names are equal after
  :func:`normalise_name`, or the prediction equals one of the gold ``mentions``, or the
  prediction is a surname-only person (flagged, or a one-word name) whose surname is the
  gold surname. One-to-one: a second prediction of the same person is a false positive.
- quotes: text equal after :func:`normalise_quote`; one-to-one.
- attribution: among matched quotes, the share whose predicted speaker maps (through the
  people matching) to the gold speaker; ``None`` == ``None`` counts as right.
- events: dates compatible (equal, or one a prefix of the other; null only with null) and
  a shared participant, or, when neither side has participants, a shared content word in
  the names. One-to-one, best pairs first.
- roles: for each person matched above, predicted roles are paired one-to-one with the
  gold ``roles``. Two roles match when the content words of one are a subset of the
  other's after casefolding, dropping articles and prepositions, expanding a few
  abbreviations ("PM") and mapping nationality adjectives to countries ("Russian Foreign
  Minister" ~ "Foreign Minister of Russia"). Reported, not a target.
- title, date, source: accuracy. A null gold title means the article has no headline, so
  it is right exactly when ``article.title_derived``.

Precision and recall of 0/0 are 1.0: predicting nothing where there is nothing is perfect.
"""

from generator.evaluate.gold import (
    GoldArticle,
    GoldEvent,
    GoldPerson,
    GoldQuote,
    load_gold,
    parse_gold,
)
from generator.evaluate.matching import (
    dates_compatible,
    map_people,
    normalise_name,
    normalise_quote,
    role_match_score,
    role_words,
)
from generator.evaluate.scores import (
    ArticleScore,
    CorpusScore,
    Counts,
    Ratio,
    format_report,
    score_article,
    score_corpus,
)

__all__ = [
    "ArticleScore", "CorpusScore", "Counts", "GoldArticle", "GoldEvent", "GoldPerson",
    "GoldQuote", "Ratio", "dates_compatible", "format_report", "load_gold", "map_people",
    "normalise_name", "normalise_quote", "parse_gold", "role_match_score", "role_words",
    "score_article", "score_corpus",
]
