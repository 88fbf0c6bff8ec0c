"""Unit tests of the ``quotes`` rule on inline text."""

from __future__ import annotations

from extract_helpers import run, said


def quotes(text: str) -> list[tuple[str, bool]]:
    return [(q.text, q.partial) for q in run(text, upto="quotes").quotes]


def test_curly_and_straight_quotes_are_found_verbatim():
    assert quotes('“We will win,” she said. He said "No way."') == [
        ("We will win,", False), ("No way.", False)]


def test_apostrophes_inside_words_are_not_quote_marks():
    assert quotes("The Tories’ plan “didn’t work,” he said.") == [("didn’t work,", True)]


def test_quote_entirely_in_nested_single_marks_drops_the_inner_marks():
    found = quotes("“‘You didn’t pay? You’re delinquent?’” Mr Trump recounted saying.")
    assert found == [("You didn’t pay? You’re delinquent?", False)]


def test_quote_continued_across_paragraphs_is_one_quote_per_paragraph():
    state = run("He added: “I pay tribute to his courage.\n“We must work together.”",
                upto="quotes")
    assert [(q.text, q.para) for q in state.quotes] == [
        ("I pay tribute to his courage.", 0), ("We must work together.", 1)]


def test_unbalanced_mark_does_not_derail_the_next_paragraph():
    found = quotes("She called it “a disgrace.\nLater he said “fine” and left.")
    assert ("fine", True) in found


def test_fragment_in_reporters_sentence_is_partial():
    assert quotes("Lavrov insisted the talks were “empty” and pointless.") == [("empty", True)]


def test_colon_introduced_quote_is_not_partial():
    assert quotes("Sir Keir said: “I made clear to leaders.”") == [("I made clear to leaders.",
                                                                   False)]


def test_titles_and_nicknames_in_quotes_are_not_quotes():
    assert quotes('He read the book "The Art of the Deal" twice.\n'
                  'Dwayne "The Rock" Johnson was there.') == []


def test_quote_spans_lie_inside_their_paragraph():
    state = run("Intro.\n“Well…,” the British PM responded.", upto="quotes")
    q = state.quotes[0]
    assert state.article.paragraphs[q.para].text[q.start:q.end] == q.text == "Well…,"


def test_a_title_with_the_comma_inside_the_marks_is_not_a_quote():
    text = ("Zoë Abernathy-Kwan’s “The Salt Orchard,” a novel, won. The prize went to "
            "Tomás Echeverría for “A Country of Rivers,” a history.")
    assert quotes(text) == []


def test_a_one_word_quote_before_its_speech_verb_is_kept():
    assert quotes("The minister was asked about it. “Disgraceful,” she said.") == [
        ("Disgraceful,", False)]


def test_a_title_case_sentence_of_its_own_is_kept():
    assert quotes("“He listened,” Whitcombe said. “That’s All I’ll Say.”")[1] == (
        "That’s All I’ll Say.", False)


def test_a_quote_reported_inside_a_quote_is_a_quote_of_its_own():
    text = "“She used to say, ‘Nobody ever drained a swamp by talking about it,’” he said."
    assert quotes(text) == [
        ("She used to say, ‘Nobody ever drained a swamp by talking about it,’", False),
        ("Nobody ever drained a swamp by talking about it,", False)]


def test_single_marks_count_in_a_paragraph_without_double_marks():
    text = ("Powell tells Jackson Hole that inflation is on a ‘sustainable path’\n"
            "“The time has come,” Powell said.")
    assert ("sustainable path", True) in quotes(text)


def test_a_quoted_name_used_as_a_modifier_is_not_a_quote():
    text = ("Pastor Josephine Banks, whose members run a “souls to the polls” program, said "
            "the ruling was “a relief.”")
    assert quotes(text) == [("a relief.", True)]


def test_a_nested_quote_after_any_speech_verb_of_its_clause_counts():
    text = ("“The last thing she said to me was, ‘Don't let them tidy it up,’” he said.\n"
            "“She would hand back a chapter and say, ‘Now go and ask the women,’” he said.")
    found = [q for q, _ in quotes(text)]
    assert "Don't let them tidy it up," in found
    assert "Now go and ask the women," in found


def test_single_marks_are_the_outer_quotes_when_double_ones_nest_inside_them():
    text = ("Mr Brody met Kerry Whitfield. “We rang,” Mr Brody said.\n"
            "'My son has a cough and the doctor said, \"Keep him warm.\" How?' she said.")
    found = [q for q, _ in quotes(text)]
    assert found == ["We rang,", "My son has a cough and the doctor said, \"Keep him warm.\" How?",
                     "Keep him warm."]


def test_an_analysts_rating_in_quotation_marks_is_not_a_quote():
    text = ("“Everyone knew China was soft,” said analyst Marcus Llewellyn, who rates the "
            "stock “hold”.")
    assert said(text) == {"Everyone knew China was soft,": "Marcus Llewellyn"}
