"""Scoring extraction against gold annotations: matching rules and counting."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.evaluate import (
    Counts,
    GoldArticle,
    GoldEvent,
    GoldPerson,
    GoldQuote,
    dates_compatible,
    format_report,
    load_gold,
    normalise_name,
    normalise_quote,
    parse_gold,
    role_match_score,
    score_article,
    score_corpus,
)
from generator.model import Article, ArticlePerson, EventRef, Extraction, Quote

GOLD_DIR = Path(__file__).resolve().parents[1] / "gold"


def make_article(**kw: object) -> Article:
    base: dict[str, object] = {"id": "a", "file": "a.txt", "title": "T", "title_derived": False,
                                   "source": "RT", "date": "2025-02-27"}
    base.update(kw)
    return Article(**base)  # type: ignore[arg-type]


def gold(**kw: object) -> GoldArticle:
    base: dict[str, object] = {"article": "a.txt", "title": "T", "source": "RT",
                               "date": "2025-02-27"}
    base.update(kw)
    return GoldArticle(**base)  # type: ignore[arg-type]


def quote(text: str, speaker: str | None) -> Quote:
    return Quote(text=text, speaker=speaker, partial=False, para=0, start=0, end=0, line=1)


def event(name: str, date: str | None, participants: list[str]) -> EventRef:
    return EventRef(name=name, kind="meeting", date=date, place=None,
                    participants=participants, para=0, line=1)


STARMER = GoldPerson("Keir Starmer", ("Sir Keir Starmer", "Sir Keir", "Starmer"))
BLINKEN = GoldPerson("Antony Blinken", ("Anthony Blinken", "Antony Blinken"))
LEYEN = GoldPerson("Ursula von der Leyen", ("Ursula von der Leyen",))


def test_names_match_ignoring_case_accents_honorifics_and_punctuation() -> None:
    assert normalise_name("Sir Keir  Starmer") == normalise_name("keir starmer")
    assert normalise_name("José Álvarez") == normalise_name("Jose Alvarez")
    assert normalise_name("Mr. O’Brien") == normalise_name("OBrien")


def test_quotes_match_ignoring_marks_case_punctuation_and_spacing() -> None:
    assert normalise_quote("I’m  working, OK?") == normalise_quote("i'm working ok")
    assert normalise_quote("“Well…,”") == normalise_quote("well")


def test_person_matches_by_name_by_gold_mention_or_by_surname_only() -> None:
    people = [ArticlePerson("Keir Starmer"), ArticlePerson("Anthony Blinken"),
              ArticlePerson("Leyen", surname_only=True)]
    score = score_article(gold(people=(STARMER, BLINKEN, GoldPerson("Ursula Leyen"))),
                          make_article(), Extraction("a", people=people))
    assert (score.people.tp, score.people.fp, score.people.fn) == (3, 0, 0)


def test_surname_with_particles_matches_a_surname_only_prediction() -> None:
    people = [ArticlePerson("von der Leyen", surname_only=True)]
    score = score_article(gold(people=(LEYEN,)), make_article(), Extraction("a", people=people))
    assert score.people.tp == 1


def test_duplicate_prediction_of_one_person_is_a_false_positive() -> None:
    people = [ArticlePerson("Keir Starmer"), ArticlePerson("Starmer", surname_only=True)]
    score = score_article(gold(people=(STARMER,)), make_article(), Extraction("a", people=people))
    assert (score.people.tp, score.people.fp) == (1, 1)
    assert score.false_positives["people"] == ["Starmer"]


def test_unmatched_people_are_listed_as_misses_and_false_positives() -> None:
    score = score_article(gold(people=(STARMER,)), make_article(),
                          Extraction("a", people=[ArticlePerson("Tom Pullen")]))
    assert score.misses["people"] == ["Keir Starmer"]
    assert score.false_positives["people"] == ["Tom Pullen"]


def test_quotes_are_matched_one_to_one() -> None:
    g = gold(quotes=(GoldQuote("no problem", "Donald Trump"),))
    ex = Extraction("a", quotes=[quote("“No problem”", None), quote("no problem", None)])
    score = score_article(g, make_article(), ex)
    assert (score.quotes.tp, score.quotes.fp, score.quotes.fn) == (1, 1, 0)


def test_attribution_maps_predicted_speaker_through_people_matching() -> None:
    g = gold(people=(STARMER,), quotes=(GoldQuote("a", "Keir Starmer"), GoldQuote("b", None),
                                        GoldQuote("c", "Keir Starmer")))
    ex = Extraction("a", people=[ArticlePerson("Sir Keir")],
                    quotes=[quote("a", "Sir Keir"), quote("b", None), quote("c", None)])
    score = score_article(g, make_article(), ex)
    assert (score.attribution.correct, score.attribution.total) == (2, 3)
    assert len(score.wrong_speakers) == 1


def test_attribution_counts_only_matched_quotes() -> None:
    g = gold(quotes=(GoldQuote("a", None),))
    score = score_article(g, make_article(), Extraction("a", quotes=[quote("zzz", None)]))
    assert score.attribution.total == 0
    assert score.attribution.value == 1.0


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("2024-02", "2024-02-17", True), ("2024-02-17", "2024-02-17", True),
     ("2024", "2024-07", True), ("2024-02-17", "2024-02-18", False),
     (None, None, True), (None, "2024", False), ("2024-02", None, False)],
)
def test_event_dates_are_compatible_when_equal_or_a_prefix(
        a: str | None, b: str | None, expected: bool) -> None:
    assert dates_compatible(a, b) is expected


def test_event_matches_with_compatible_date_and_a_shared_participant() -> None:
    g = gold(people=(STARMER,), events=(GoldEvent("Rally", "2024-02", None, ("Keir Starmer",)),))
    ex = Extraction("a", people=[ArticlePerson("Sir Keir")],
                    events=[event("Starmer rally", "2024-02-05", ["Sir Keir"])])
    assert score_article(g, make_article(), ex).events.tp == 1


def test_event_with_incompatible_date_or_no_shared_participant_does_not_match() -> None:
    g = gold(events=(GoldEvent("Talks", "2024-02", None, ("Keir Starmer",)),))
    ex = Extraction("a", events=[event("Talks", "2024-03", ["Keir Starmer"]),
                                 event("Talks", "2024-02", ["Donald Trump"])])
    score = score_article(g, make_article(), ex)
    assert (score.events.tp, score.events.fp, score.events.fn) == (0, 2, 1)


def test_events_without_participants_match_on_a_shared_content_word() -> None:
    g = gold(events=(GoldEvent("NATO 75th anniversary summit", "2024-07", None, ()),))
    good = score_article(g, make_article(), Extraction("a", events=[
        event("July summit in the US", "2024-07", [])]))
    bad = score_article(g, make_article(), Extraction("a", events=[
        event("The meeting", "2024-07", [])]))
    assert (good.events.tp, bad.events.tp) == (1, 0)


def test_null_gold_title_is_right_only_for_a_derived_title() -> None:
    assert score_article(gold(title=None), make_article(title_derived=True),
                         Extraction("a")).title.correct == 1
    assert score_article(gold(title=None), make_article(), Extraction("a")).title.correct == 0


def test_source_compares_case_insensitively_and_null_only_with_none() -> None:
    assert score_article(gold(source="The Telegraph"), make_article(source="the telegraph"),
                         Extraction("a")).source.correct == 1
    assert score_article(gold(source=None), make_article(source="RT"),
                         Extraction("a")).source.correct == 0
    assert score_article(gold(source="RT"), make_article(source=None),
                         Extraction("a", source="RT")).source.correct == 1


def test_date_accuracy_requires_equal_dates_and_null_with_none() -> None:
    assert score_article(gold(date=None), make_article(date=None), Extraction("a")).date.value == 1
    assert score_article(gold(), make_article(date="2025-02-28"), Extraction("a")).date.value == 0


def test_zero_over_zero_counts_as_perfect() -> None:
    assert (Counts().precision, Counts().recall, Counts().f1) == (1.0, 1.0, 1.0)
    assert Counts(fn=2).precision == 0.0 and Counts(fn=2).f1 == 0.0


def test_corpus_scores_are_micro_averaged_over_articles() -> None:
    g1 = gold(people=(STARMER,))
    g2 = gold(article="b.txt", people=(STARMER, BLINKEN, LEYEN))
    ex1 = Extraction("a", people=[ArticlePerson("Keir Starmer")])
    ex2 = Extraction("b", people=[ArticlePerson("Keir Starmer")])
    corpus = score_corpus([(g1, make_article(), ex1), (g2, make_article(), ex2)])
    assert (corpus.people.tp, corpus.people.fn) == (2, 2)
    assert corpus.people.recall == 0.5  # a macro average would say 0.666…


def test_corpus_score_serialises_to_json() -> None:
    corpus = score_corpus([(gold(people=(STARMER,)), make_article(), Extraction("a"))])
    data = json.loads(json.dumps(corpus.to_dict()))
    assert data["people"]["fn"] == 1
    assert data["articles"][0]["misses"]["people"] == ["Keir Starmer"]


def test_verbose_report_names_each_miss_and_false_positive() -> None:
    corpus = score_corpus([(gold(people=(STARMER,)), make_article(),
                            Extraction("a", people=[ArticlePerson("Tom Pullen")]))])
    short, long = format_report(corpus), format_report(corpus, verbose=True)
    assert "people" in short and "Tom Pullen" not in short
    assert "miss people: Keir Starmer" in long and "false people: Tom Pullen" in long


def test_gold_dates_load_as_iso_strings_and_nulls_as_none() -> None:
    g = parse_gold({"article": "x.txt", "title": None, "source": None, "date": None,
                    "events": [{"name": "E", "date": "2024-02", "place": None,
                                "participants": []}]})
    assert g.title is None and g.events[0].date == "2024-02"


def test_seed_gold_files_load_keyed_by_article_file_name() -> None:
    golds = load_gold(GOLD_DIR)
    assert "003_318051cd4960039b.txt" in golds
    g = golds["003_318051cd4960039b.txt"]
    assert g.date == "2024-02-17" and g.source == "The Telegraph" and g.title is None
    assert g.events[0].participants[0] == "Keir Starmer"


# ---------------------------------------------------------------------------- roles


@pytest.mark.parametrize(
    ("gold_role", "predicted"),
    [("Foreign Minister of Russia", "Russian Foreign Minister"),
     ("Prime Minister of the United Kingdom", "British PM"),
     ("former President of the United States", "Former US President"),
     ("Secretary General of NATO", "Nato secretary-general"),
     ("chief U.S. economist at Halverson Partners", "Chief US Economist"),
     ("Senator from Oregon", "Sen."),
     ("Prime Minister of Hungary", "Hungary's prime minister")],
)
def test_roles_match_leniently_on_content_words(gold_role: str, predicted: str) -> None:
    assert role_match_score(gold_role, predicted) > 0


@pytest.mark.parametrize(
    ("gold_role", "predicted"),
    [("Prime Minister of Estonia", "Leader of the Labour Party"),
     ("Foreign Minister of Russia", "Foreign Minister of Egypt"),
     ("Shadow Home Secretary", "Home Secretary of the Labour Party"),
     ("President", "the")],
)
def test_roles_with_words_on_both_sides_that_the_other_lacks_do_not_match(
        gold_role: str, predicted: str) -> None:
    assert role_match_score(gold_role, predicted) == 0


def test_equal_role_scores_higher_than_a_role_contained_in_it() -> None:
    assert role_match_score("US President", "President of the United States") == 1.0
    assert 0 < role_match_score("President of the United States", "President") < 1.0


def test_roles_are_counted_per_matched_person_one_to_one() -> None:
    g = gold(people=(GoldPerson("Keir Starmer", roles=("Leader of the Labour Party",)),
                     GoldPerson("Kaja Kallas", roles=("Prime Minister of Estonia",)),
                     GoldPerson("Olaf Scholz", roles=("Chancellor of Germany",))))
    ex = Extraction("a", people=[
        ArticlePerson("Keir Starmer", roles=["Labour Leader", "Estonian Prime Minister"]),
        ArticlePerson("Kaja Kallas", roles=["Estonian Prime Minister", "Prime Minister"]),
        ArticlePerson("Tom Pullen", roles=["Reporter"])])  # unmatched: not counted here
    score = score_article(g, make_article(), ex)
    assert (score.roles.tp, score.roles.fp, score.roles.fn) == (2, 2, 0)
    assert score.false_positives["roles"] == ["Keir Starmer: Estonian Prime Minister",
                                              "Kaja Kallas: Prime Minister"]
    assert score.misses["roles"] == []


def test_a_gold_role_nobody_predicted_is_a_named_miss() -> None:
    g = gold(people=(GoldPerson("Keir Starmer", roles=("Leader of the Labour Party",)),))
    score = score_article(g, make_article(), Extraction("a", people=[
        ArticlePerson("Keir Starmer")]))
    assert (score.roles.tp, score.roles.fn) == (0, 1)
    assert score.misses["roles"] == ["Keir Starmer: Leader of the Labour Party"]


def test_roles_metric_is_reported_and_serialised_like_the_others() -> None:
    g = gold(people=(GoldPerson("Keir Starmer", roles=("Leader of the Labour Party",)),))
    ex = Extraction("a", people=[ArticlePerson("Keir Starmer", roles=["Labour Leader"])])
    corpus = score_corpus([(g, make_article(), ex)])
    assert corpus.roles.f1 == 1.0
    assert json.loads(json.dumps(corpus.to_dict()))["roles"]["tp"] == 1
    assert any(line.split()[:1] == ["roles"] for line in format_report(corpus).splitlines())
