"""Resolve: article people, quotes, events and outlets become corpus-wide identities."""

from __future__ import annotations

from generator.model import (
    Article,
    ArticlePerson,
    ContentPage,
    EventRef,
    Extraction,
    Mention,
    Paragraph,
    Quote,
)
from generator.resolve import Resolution, resolve
from generator.resolve.events import dates_compatible
from generator.resolve.quotes import quote_key


def article(article_id: str, date: str | None = None, source: str | None = None) -> Article:
    return Article(
        id=article_id,
        file=f"{article_id}.txt",
        title=article_id.title(),
        title_derived=False,
        source=source,
        date=date,
        paragraphs=[Paragraph("Text.", 1)],
    )


def person(name: str, *surfaces: str, surname_only: bool = False, roles: tuple[str, ...] = ()) -> ArticlePerson:
    mentions = [Mention(s, 0, 0, len(s), 1) for s in (surfaces or (name,))]
    return ArticlePerson(name=name, mentions=mentions, roles=list(roles), surname_only=surname_only)


def quote(text: str, speaker: str | None, partial: bool = False) -> Quote:
    return Quote(text=text, speaker=speaker, partial=partial, para=0, start=0, end=len(text), line=1)


def event(name: str, kind: str, date: str | None, participants: list[str], place: str | None = None) -> EventRef:
    return EventRef(name=name, kind=kind, date=date, place=place, participants=participants, para=0, line=1)


def curated(kind: str, slug: str, **meta: object) -> ContentPage:
    return ContentPage(kind=kind, path=f"content/{kind}/{slug}.md", slug=slug, meta=dict(meta), body="", body_line=1)


def run(
    articles: list[Article],
    extractions: list[Extraction],
    people: list[ContentPage] | None = None,
    events: list[ContentPage] | None = None,
    sources: list[ContentPage] | None = None,
) -> Resolution:
    return resolve(
        {a.id: a for a in articles},
        {e.article: e for e in extractions},
        people or [],
        events or [],
        sources or [],
    )


ARTICLES = [article("a", "2024-02-17"), article("b", "2024-02-18"), article("c", "2024-03-01")]


# ------------------------------------------------------------------------------ people


def test_full_name_and_surname_only_in_other_articles_are_one_person() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Keir Starmer", "Keir Starmer", "Starmer")]),
        Extraction("b", people=[person("Starmer", surname_only=True)]),
    ])
    assert list(found.people) == ["keir-starmer"]
    assert found.person_of == {("a", "Keir Starmer"): "keir-starmer", ("b", "Starmer"): "keir-starmer"}
    assert found.people["keir-starmer"].articles == ["a", "b"]
    assert "Starmer" in found.people["keir-starmer"].aliases


def test_surname_only_article_read_first_still_joins_the_full_name() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Starmer", surname_only=True)]),
        Extraction("c", people=[person("Keir Starmer")]),
    ])
    assert list(found.people) == ["keir-starmer"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Boris Johnson")]),
        Extraction("b", people=[person("Mike Johnson")]),
    ])
    assert sorted(found.people) == ["boris-johnson", "mike-johnson"]


def test_a_bare_surname_shared_by_two_people_stays_a_separate_person() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Boris Johnson"), person("Mike Johnson")]),
        Extraction("b", people=[person("Johnson", surname_only=True)]),
    ])
    johnson = found.person_of[("b", "Johnson")]
    assert johnson not in {found.person_of[("a", "Boris Johnson")], found.person_of[("a", "Mike Johnson")]}
    assert found.people[johnson].name == "Johnson"


def test_spelling_variants_of_a_name_are_one_person_with_both_spellings_listed() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Anthony Blinken")]),
        Extraction("b", people=[person("Antony Blinken")]),
    ])
    assert len(found.people) == 1
    blinken = next(iter(found.people.values()))
    assert {blinken.name, *blinken.aliases} >= {"Anthony Blinken", "Antony Blinken"}
    other = ({"Anthony Blinken", "Antony Blinken"} - {blinken.name}).pop()
    assert other in blinken.aliases


def test_short_given_names_one_letter_apart_stay_two_people() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Mike Johnson")]),
        Extraction("b", people=[person("Mika Johnson")]),
    ])
    assert sorted(found.people) == ["mika-johnson", "mike-johnson"]


def test_the_most_used_full_name_becomes_the_name() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Antony Blinken")]),
        Extraction("b", people=[person("Anthony Blinken")]),
        Extraction("c", people=[person("Antony Blinken")]),
    ])
    assert [p.name for p in found.people.values()] == ["Antony Blinken"]
    assert list(found.people) == ["antony-blinken"]


def test_a_curated_person_wins_the_name_slug_and_summary() -> None:
    page = curated(
        "people", "starmer",
        name="Keir Starmer", aliases=["Sir Keir"], merges=["Kier Starmer"], summary="Prime Minister.",
    )
    found = run(ARTICLES, [
        Extraction("a", people=[person("Kier Starmer")]),
        Extraction("b", people=[person("Starmer", surname_only=True)]),
        Extraction("c", people=[person("Sir Keir", surname_only=True)]),
    ], people=[page])
    assert list(found.people) == ["starmer"]
    starmer = found.people["starmer"]
    assert starmer.name == "Keir Starmer"
    assert starmer.summary == "Prime Minister."
    assert starmer.curated is page
    assert starmer.articles == ["a", "b", "c"]
    assert {"Kier Starmer", "Sir Keir", "Starmer"} <= set(starmer.aliases)
    assert "Keir Starmer" not in starmer.aliases


def test_a_curated_person_no_article_names_still_has_a_page() -> None:
    found = run(ARTICLES, [], people=[curated("people", "nobody", name="Ann Nobody")])
    assert list(found.people) == ["nobody"]
    assert found.people["nobody"].articles == []


def test_roles_carry_the_article_and_its_date() -> None:
    found = run(ARTICLES, [Extraction("b", people=[person("Keir Starmer", roles=("Prime Minister",))])])
    [role] = found.people["keir-starmer"].roles
    assert (role.title, role.article, role.date) == ("Prime Minister", "b", "2024-02-18")


# ------------------------------------------------------------------------------ quotes


def test_quote_key_ignores_case_punctuation_and_curly_marks() -> None:
    assert quote_key("“We won’t back down,” he said!") == quote_key("we wont back down he said")
    assert quote_key("well-known — really") == quote_key("Well known really")


def test_the_same_words_in_two_articles_are_one_quote_with_two_reports() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Keir Starmer")], quotes=[quote("We won't back down.", "Keir Starmer")]),
        Extraction("b", people=[person("Keir Starmer")], quotes=[quote("“We WON’T back down”", "Keir Starmer")]),
    ])
    assert len(found.quotes) == 1
    [entity] = found.quotes.values()
    assert [r.article for r in entity.reports] == ["a", "b"]
    assert entity.articles == ["a", "b"]
    assert entity.speaker == "keir-starmer"
    assert entity.text == "We won't back down."
    assert entity.date == "2024-02-17"


def test_different_words_stay_different_quotes() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Keir Starmer")], quotes=[quote("We will win.", "Keir Starmer")]),
        Extraction("b", people=[person("Keir Starmer")], quotes=[quote("We will lose.", "Keir Starmer")]),
    ])
    assert len(found.quotes) == 2


def test_the_speaker_most_articles_name_wins_the_quote() -> None:
    words = "Nobody will be left behind."
    found = run(ARTICLES, [
        Extraction("a", people=[person("Mike Johnson")], quotes=[quote(words, "Mike Johnson")]),
        Extraction("b", people=[person("Boris Johnson")], quotes=[quote(words, "Boris Johnson")]),
        Extraction("c", people=[person("Boris Johnson")], quotes=[quote(words, "Boris Johnson")]),
    ])
    [entity] = found.quotes.values()
    assert entity.speaker == "boris-johnson"
    assert [r.speaker for r in entity.reports] == ["mike-johnson", "boris-johnson", "boris-johnson"]


def test_a_quote_is_partial_only_when_every_report_is_partial() -> None:
    found = run(ARTICLES, [
        Extraction("a", quotes=[quote("a stitch-up", None, partial=True)]),
        Extraction("b", quotes=[quote("A stitch-up", None, partial=False)]),
        Extraction("c", quotes=[quote("utterly shameful", None, partial=True)]),
    ])
    by_text = {q.text.casefold(): q for q in found.quotes.values()}
    assert by_text["a stitch-up"].partial is False
    assert by_text["utterly shameful"].partial is True


# ------------------------------------------------------------------------------ events


def test_dates_are_compatible_when_one_is_a_more_precise_form_of_the_other() -> None:
    assert dates_compatible("2024-02", "2024-02-17")
    assert dates_compatible("2024", "2024-02")
    assert dates_compatible(None, None)
    assert not dates_compatible("2024-02-17", "2024-02-18")
    assert not dates_compatible("2024-02", "2024-03")
    assert not dates_compatible(None, "2024")


def test_events_with_compatible_dates_and_a_shared_participant_merge() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Keir Starmer")],
                   events=[event("Munich Security Conference", "conference", "2024-02-17", ["Keir Starmer"], "Munich")]),
        Extraction("b", people=[person("Keir Starmer"), person("Olaf Scholz")],
                   events=[event("Munich talks", "conference", "2024-02", ["Keir Starmer", "Olaf Scholz"])]),
    ])
    assert len(found.events) == 1
    [merged] = found.events.values()
    assert merged.articles == ["a", "b"]
    assert merged.date == "2024-02-17"
    assert merged.place == "Munich"
    assert merged.participants == ["keir-starmer", "olaf-scholz"]


def test_events_with_incompatible_dates_stay_apart() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Keir Starmer")],
                   events=[event("Munich Security Conference", "conference", "2024-02-17", ["Keir Starmer"])]),
        Extraction("c", people=[person("Keir Starmer")],
                   events=[event("Munich Security Conference", "conference", "2025-02-14", ["Keir Starmer"])]),
    ])
    assert sorted(e.date for e in found.events.values()) == ["2024-02-17", "2025-02-14"]


def test_events_of_different_kinds_sharing_only_a_participant_stay_apart() -> None:
    found = run(ARTICLES, [
        Extraction("a", people=[person("Keir Starmer")],
                   events=[event("Cabinet meeting", "meeting", "2024-02-17", ["Keir Starmer"])]),
        Extraction("b", people=[person("Keir Starmer")],
                   events=[event("Commons vote", "vote", "2024-02-17", ["Keir Starmer"])]),
    ])
    assert len(found.events) == 2


# ----------------------------------------------------------------------------- sources


def test_curated_source_aliases_map_outlet_names_onto_one_source() -> None:
    page = curated("sources", "rt", name="RT", aliases=["RT World News"], ownership="state-affiliated")
    found = run(
        [article("a", source="RT World News"), article("b", source="RT"), article("c", source="The Telegraph")],
        [],
        sources=[page],
    )
    assert sorted(found.sources) == ["rt", "the-telegraph"]
    assert found.sources["rt"].articles == ["a", "b"]
    assert found.sources["rt"].ownership == "state-affiliated"
    assert found.article_source == {"a": "rt", "b": "rt", "c": "the-telegraph"}


def test_an_outlet_the_extraction_infers_is_used_when_the_article_names_none() -> None:
    found = run([article("a")], [Extraction("a", source="The Guardian")])
    assert found.article_source == {"a": "the-guardian"}


# ------------------------------------------------------------------------- determinism


def _corpus() -> list[Extraction]:
    return [
        Extraction("a", people=[person("Boris Johnson"), person("Keir Starmer")],
                   quotes=[quote("Get Brexit done.", "Boris Johnson")],
                   events=[event("Downing Street talks", "talks", "2024-02-17", ["Boris Johnson", "Keir Starmer"])]),
        Extraction("b", people=[person("Mike Johnson"), person("Johnson", surname_only=True)],
                   quotes=[quote("Get Brexit done!", "Johnson"), quote("The House will act.", "Mike Johnson")],
                   events=[event("House vote", "vote", "2024-02", ["Mike Johnson"])]),
        Extraction("c", people=[person("Kier Starmer"), person("Starmer", surname_only=True)],
                   quotes=[quote("We will not back down.", "Starmer")],
                   events=[event("Downing Street talks", "talks", "2024-02-17", ["Starmer"])]),
    ]


def _ids(found: Resolution) -> tuple[object, ...]:
    return (
        list(found.people),
        sorted(found.person_of.items()),
        list(found.quotes),
        [(q.speaker, [r.article for r in q.reports]) for q in found.quotes.values()],
        list(found.events),
        [(e.participants, e.articles) for e in found.events.values()],
        list(found.sources),
    )


def test_ids_do_not_depend_on_the_insertion_order_of_extractions() -> None:
    articles = [article("a", "2024-02-17", "RT"), article("b", "2024-02-18", "BBC"), article("c", "2024-03-01")]
    forward = run(articles, _corpus())
    backward = run(list(reversed(articles)), list(reversed(_corpus())))
    assert _ids(forward) == _ids(backward)
    assert _ids(forward) == _ids(run(articles, _corpus()))
