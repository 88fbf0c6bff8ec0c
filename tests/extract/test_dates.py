"""Date expressions resolved against a publication date and the sentence's tense."""

from __future__ import annotations

from datetime import date

import pytest

from generator.extract.dates import (
    DateValue,
    find_date_expressions,
    resolve_ahead,
    resolve_date,
    sentence_tense,
)

THU = date(2025, 2, 27)  # a Thursday
SAT = date(2024, 2, 17)  # a Saturday


def value(text: str, published: date | None = THU, tense: str | None = None) -> str | None:
    resolved = resolve_date(text, published, tense)
    return resolved.value if resolved else None


def test_weekday_in_past_tense_on_its_own_day_is_the_publication_day() -> None:
    assert value("Starmer met with Trump at the White House on Thursday.") == "2025-02-27"


def test_weekday_in_past_tense_is_the_latest_on_or_before_publication() -> None:
    assert value("The two leaders spoke on Monday.") == "2025-02-24"
    assert value("The two leaders spoke on Friday.") == "2025-02-21"


def test_weekday_in_future_tense_is_the_next_one() -> None:
    assert value("Starmer will meet Macron on Sunday.") == "2025-03-02"
    assert value("On Sunday, Mr Lammy is expected to tell delegates", SAT) == "2024-02-18"


def test_last_and_next_weekday_exclude_the_publication_day() -> None:
    assert value("They met last Thursday.") == "2025-02-20"
    assert value("They will meet next Thursday.") == "2025-03-06"


def test_explicit_tense_overrides_the_sentence() -> None:
    assert value("on Monday", tense="future") == "2025-03-03"
    assert value("on Monday", tense="past") == "2025-02-24"


def test_last_week_is_the_previous_monday_to_sunday_range() -> None:
    assert resolve_date("at a rally last week", SAT) == DateValue(
        "2024-02-05", "2024-02-11", "range")


def test_this_weekend_in_a_saturday_article_is_that_saturday_and_sunday() -> None:
    assert resolve_date("who was in Munich this weekend", SAT) == DateValue(
        "2024-02-17", "2024-02-18", "range")


def test_weekend_in_past_tense_midweek_is_the_one_just_gone() -> None:
    assert resolve_date("They talked over the weekend.", THU) == DateValue(
        "2025-02-22", "2025-02-23", "range")


def test_last_month_across_a_year_boundary_is_december() -> None:
    assert resolve_date("Last month, he resigned.", date(2025, 1, 10)) == DateValue(
        "2024-12", precision="month")


def test_yesterday_and_today_are_relative_to_publication() -> None:
    assert value("He arrived yesterday.", date(2024, 3, 1)) == "2024-02-29"  # leap year
    assert value("He speaks today.") == "2025-02-27"


def test_month_in_past_tense_is_the_latest_on_or_before_publication() -> None:
    assert value("He visited Kyiv in July.") == "2024-07"
    assert value("They met in December.", date(2025, 1, 10)) == "2024-12"


def test_month_in_future_tense_or_as_a_modifier_is_the_next_one() -> None:
    assert value("He will visit Kyiv in July.") == "2025-07"
    assert value("They will meet in January.", date(2024, 12, 10)) == "2025-01"
    assert value("in time for a July summit in the US", SAT) == "2024-07"


def test_day_and_month_without_a_year_takes_the_year_from_tense() -> None:
    assert value("The vote was held on 27 February.") == "2025-02-27"
    assert value("The vote was held on 28 February.") == "2024-02-28"
    assert value("The vote will be held on 26 February.") == "2026-02-26"
    assert value("It happened on February 27.") == "2025-02-27"


def test_29_february_without_a_year_finds_a_leap_year() -> None:
    assert value("He died on 29 February.", date(2025, 3, 1)) == "2024-02-29"
    assert value("It will open on 29 February.", date(2025, 3, 1)) == "2028-02-29"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Feb. 27, 2024", "2024-02-27"), ("27 February 2024", "2024-02-27"),
     ("on 2024-02-17", "2024-02-17"), ("in July 2023", "2023-07"), ("back in 2019", "2019")],
)
def test_absolute_dates_resolve_without_a_publication_date(text: str, expected: str) -> None:
    assert value(text, None) == expected


def test_relative_dates_need_a_publication_date() -> None:
    assert resolve_date("on Thursday", None) is None
    assert resolve_date("last week", None) is None


def test_invalid_calendar_dates_resolve_to_none() -> None:
    assert resolve_date("on 31 April 2024", THU) is None


def test_vague_days_after_keeps_only_the_month_all_candidate_days_share() -> None:
    text = "The meeting came just days after Macron failed to secure guarantees."
    assert resolve_date(text, THU) == DateValue("2025-02", precision="month")


def test_months_before_is_found_but_too_vague_to_resolve() -> None:
    text = "months before the two frontrunners face elections"
    assert [t for _, _, t in find_date_expressions(text)] == ["months before"]
    assert resolve_date(text, SAT) is None


def test_exact_count_ago_is_exact() -> None:
    assert value("three days ago") == "2025-02-24"
    assert value("two months ago") == "2024-12"


def test_find_date_expressions_returns_spans_in_text_order() -> None:
    text = "Last month he said he met her on Thursday in July 2023."
    on = text.index("on Thursday")
    july = text.index("July")
    assert find_date_expressions(text) == [
        (0, 10, "Last month"), (on, on + 11, "on Thursday"), (july, july + 9, "July 2023")]


def test_words_that_look_like_dates_are_not_dates() -> None:
    assert find_date_expressions("Theresa May may visit Mar-a-Lago, the Sunday Times said.") == []
    assert find_date_expressions("spend 2 per cent of GDP, about 45 per cent") == []


@pytest.mark.parametrize(
    ("sentence", "tense"),
    [("Starmer met Trump.", "past"), ("Starmer will meet Trump.", "future"),
     ("Lammy is expected to tell delegates.", "future"), ("Starmer meets Trump.", "present"),
     ("The talks concluded.", "past"), ("Nothing here", "present")],
)
def test_sentence_tense_recognises_the_main_markers(sentence: str, tense: str) -> None:
    assert sentence_tense(sentence) == tense


def test_each_date_takes_the_tense_of_its_own_clause() -> None:
    text = "Trump, who met Starmer on Thursday, will fly to Kyiv on Sunday."
    (s1, _, _), (s2, _, _) = find_date_expressions(text)
    assert sentence_tense(text, s1) == "past" and sentence_tense(text, s2) == "future"
    assert value(text) == "2025-02-27"


def test_a_distance_before_something_points_that_far_ahead_of_publication() -> None:
    published = date(2024, 8, 23)
    assert resolve_ahead("74 days before", published) == DateValue("2024-11-05")
    assert resolve_ahead("weeks before", published) == DateValue("2024", precision="year")
    assert resolve_ahead("on Friday", published) is None


def test_a_part_of_the_year_or_month_resolves_to_that_year_or_month() -> None:
    assert value("It will take place in the second half of the year.") == "2025"
    assert value("Rates were cut at the start of the month.") == "2025-02"
    assert value("The review ends at the end of next year.") == "2026"


def test_died_is_a_past_tense() -> None:
    assert sentence_tense("She died on Sunday at her home.", 11) == "past"


def test_a_month_something_is_set_for_is_the_coming_one_whatever_the_tense() -> None:
    assert value("She set a trial for September.", date(2025, 3, 4)) == "2025-09"
    assert value("The vote was scheduled for January.", date(2025, 3, 4)) == "2026-01"


def test_planned_or_scheduled_for_a_day_is_a_future_tense() -> None:
    text = "A prayer vigil is planned for 7 p.m. Wednesday at the church, the pastor said."
    assert sentence_tense(text, text.index("Wednesday")) == "future"
    assert value(text, date(2024, 4, 28)) == "2024-05-01"


def test_a_sentence_without_digits_months_or_words_for_time_has_no_date_expression() -> None:
    assert find_date_expressions("The minister declined to comment on the plans.") == []
    assert find_date_expressions("Talks resume next week.") == [(13, 22, "next week")]


@pytest.mark.parametrize(("published", "sentence", "expected", "end"), [
    # a past participle after an article is an adjective, not the sentence's past tense
    (date(2024, 12, 11), ("The arena will be back when the commission votes on a revised "
                          "financing plan in February."), "2025-02", None),
    (THU, "The proposed merger was approved in March.", "2024-03", None),
    (THU, "The talks resumed in March.", "2024-03", None),
    (date(2025, 10, 22), "Ferraz is due to address Parliament on Thursday.", "2025-10-23", None),
    (date(2025, 10, 23), "Ferraz addressed Parliament on Thursday.", "2025-10-23", None),
    (date(2025, 6, 8), "Barlow is due to appear in court on Monday.", "2025-06-09", None),
    (date(2025, 4, 12), "Fulham face Crystal Palace at Wembley next Saturday.", "2025-04-19",
     None),
    (date(2025, 6, 11), "Last week MPs debated the bill.", "2025-06-02", "2025-06-08"),
    (date(2025, 7, 24), "Shareholders approved the dividend in April.", "2025-04", None),
    (date(2025, 7, 24), "Norvik will hold a capital markets day in November.", "2025-11", None),
])
def test_phrases_resolve_by_publication_day_and_tense(published: date, sentence: str,
                                                      expected: str, end: str | None) -> None:
    resolved = resolve_date(sentence, published)
    assert resolved is not None
    assert (resolved.value, resolved.end) == (expected, end)
