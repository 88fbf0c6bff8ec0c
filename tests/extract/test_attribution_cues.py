"""Unit tests of speaker attribution for layouts and phrasings seen on unseen outlets."""

from __future__ import annotations

from extract_helpers import said


def test_a_description_does_not_match_a_role_with_a_rank_it_lacks():
    text = ("Thomas Aldridge-Kemp said the list would fall.\n"
            "“That ends now,” the health secretary said.\n"
            "The shadow health secretary, Rupert Galloway-Finch, disagreed. "
            "“This is a re-heated plan,” he said.")
    assert said(text) == {"That ends now,": "Thomas Aldridge-Kemp",
                          "This is a re-heated plan,": "Rupert Galloway-Finch"}


def test_a_name_after_an_age_is_the_subject_a_pronoun_continues():
    text = ("Rupert Galloway-Finch said the plan was old.\n"
            "One of those patients, 58-year-old Keith Brannigan from Sunderland, has been "
            "waiting 19 months.\n"
            "“I used to be a postman,” he said.")
    assert said(text) == {"I used to be a postman,": "Keith Brannigan"}


def test_a_possessive_and_a_noun_before_said_is_someone_unnamed():
    text = ("Rosalind Hart died on Sunday.\n"
            "Her family said she died “surrounded by music and dogs”.")
    assert said(text) == {"surrounded by music and dogs": None}


def test_an_unnamed_critic_is_no_speaker():
    text = ("Her Cleopatra, opposite Sir Anthony Carrow, was described by one critic as "
            "“the most dangerous thing on the stage”.")
    assert said(text) == {"the most dangerous thing on the stage": None}


def test_a_name_alone_before_a_colon_labels_the_quote():
    text = ("Marco Bellandi insists the race is open; Rovers striker Kieran Mbeki-Doyle: "
            "“We gave everything”; watch the highlights")
    assert said(text) == {"We gave everything": "Kieran Mbeki-Doyle"}


def test_a_clause_with_a_verb_before_the_colon_is_not_a_label():
    text = "Keir Starmer spoke of Donald Trump: “He is a friend.”"
    assert said(text) == {"He is a friend.": "Keir Starmer"}


def test_an_unnamed_official_before_a_colon_is_no_speaker():
    text = ("Friedrich Adler arrived late.\n"
            "A senior German official put it more bluntly: “The chancellor is not going to "
            "sell it.”")
    assert said(text) == {"The chancellor is not going to sell it.": None}


def test_a_spokesperson_for_a_lowercase_body_is_an_unnamed_source():
    text = ("Birgit Hollander runs the company.\n"
            "A spokesperson for the foundation said it “fully supports” the plan.")
    assert said(text) == {"fully supports": None}


def test_a_nationality_for_a_person_resolves_to_the_subject_before():
    text = ("Marco Bellandi admitted the defeat hurt.\n"
            "“It is painful,” the Italian told reporters.")
    assert said(text) == {"It is painful,": "Marco Bellandi"}


def test_a_name_with_an_apposition_naming_whose_relative_she_is_stays_the_subject():
    text = ("Janelle Watts voted against it.\n"
            "Linda Pfeiffer, Gordon Pfeiffer's wife, said the group had a lawyer. "
            "“This isn't over,” she said.")
    assert said(text) == {"This isn't over,": "Linda Pfeiffer"}


def test_playing_someones_son_says_nothing_of_the_actors_gender():
    text = ("Sir Anthony Carrow paid tribute.\n"
            "Actor Chidi Nwachukwu, who played her son in a film, wrote that she had "
            "“changed the course” of his life.\n"
            "“I owe her everything,” he wrote.")
    assert said(text)["I owe her everything,"] == "Chidi Nwachukwu"


def test_a_subheading_quote_takes_the_speaker_of_the_quote_it_repeats():
    text = ("Trent Okonkwo runs the developer.\n"
            "Dr. Raymond Oakes told council last month that the school was full.\n"
            "Developer: ‘We listened’\n"
            "The company cut the project from 400 units after the first meetings.\n"
            "“We listened. We changed the plan three times,” Okonkwo said.")
    assert said(text)["We listened"] == "Trent Okonkwo"


def test_an_office_named_after_its_holder_is_not_a_description():
    text = ("“There was money,” Lorraine Pettibone said.\n"
            "The FBI's field office, which worked with the State Prosecutor's Office, said "
            "the case showed “no official is above the law.”")
    assert said(text)["no official is above the law."] is None


def test_a_dotted_initialism_inside_a_name_does_not_end_the_sentence():
    text = ("Dana Whitfield testified last year.\n"
            "Consumer advocate Teresa Murray of the U.S. PIRG Education Fund, who testified "
            "at the same hearing as Whitfield, said the suit was overdue. “We have been "
            "hearing from customers,” she said.")
    assert said(text) == {"We have been hearing from customers,": "Teresa Murray"}


def test_a_name_after_asked_by_is_not_the_subject_a_pronoun_continues():
    text = ("Chris Weston confirmed he had received a payment. Asked by the Liberal Democrat "
            "MP Pippa Heylings whether he would hand it back, he said he would “reflect on "
            "that”.")
    assert said(text) == {"reflect on that": "Chris Weston"}


def test_a_name_inside_a_relative_clause_is_not_the_speaker():
    text = ("President Miguel Ferraz addressed both Houses of Parliament.\n"
            "Speaker of the House of Commons Lindsay Hoyle, who introduced Ferraz, said the "
            "address was “a reminder of what friendship looks like”.")
    assert said(text) == {"a reminder of what friendship looks like": "Lindsay Hoyle"}


def test_the_noun_of_an_unnamed_source_after_but_stays_unnamed():
    text = ("Paul Trewin, the official spokesman, spoke first.\n"
            "But a U.K. official familiar with the talks said it was raised. “It came up, "
            "and it will come up again,” the official said.")
    assert said(text) == {"It came up, and it will come up again,": None}
