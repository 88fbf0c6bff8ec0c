"""Unit tests of the ``roles`` rule on inline text."""

from __future__ import annotations

from extract_helpers import run


def roles(text: str) -> dict[str, list[str]]:
    return {p.name: p.roles for p in run(text, upto="roles").people}


def test_title_before_the_name_is_a_role():
    found = roles("Russian Foreign Minister Sergey Lavrov spoke.\n"
                  "Shadow home secretary Yvette Cooper agreed.")
    assert found["Sergey Lavrov"] == ["Russian Foreign Minister"]
    assert found["Yvette Cooper"] == ["Shadow home secretary"]


def test_apposition_gives_each_role():
    found = roles("Mr Stoltenberg spoke.\nJens Stoltenberg, the head of Nato and a former "
                  "Norwegian prime minister, warned allies.")
    assert found["Jens Stoltenberg"] == ["Head of Nato", "Former Norwegian prime minister"]


def test_description_standing_for_a_person_adds_a_role():
    found = roles("Sir Keir Starmer launched a broadside.\nThe Labour leader told reporters "
                  "he was ready.")
    assert "Labour leader" in found["Keir Starmer"]


def test_us_party_and_state_tag_is_a_role():
    found = roles("Sen. Maria Delgado, D-Ore., opened the session.")
    assert found["Maria Delgado"] == ["Senator", "Democrat, Ore."]
