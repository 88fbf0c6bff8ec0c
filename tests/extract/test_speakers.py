"""Unit tests of the ``speakers`` rule on inline text."""

from __future__ import annotations

from extract_helpers import run, said


def test_name_after_the_quote_is_the_speaker():
    assert said("Keir Starmer met Donald Trump.\n“I’m clear,” Starmer told reporters.") == {
        "I’m clear,": "Keir Starmer"}


def test_said_before_the_name_us_style():
    text = 'Dana Whitfield works at a bank.\n"Prices will fall," said Dana Whitfield, an analyst.'
    assert said(text) == {"Prices will fall,": "Dana Whitfield"}


def test_pronoun_speaker_resolves_to_last_named_person():
    text = "Sergey Lavrov met Kaja Kallas in Geneva.\nLavrov was angry. “It is empty,” he said."
    assert said(text) == {"It is empty,": "Sergey Lavrov"}


def test_pronoun_respects_gender_from_honorifics():
    text = ("Mrs Whitmore met Mr Brody on Tuesday.\nMrs Whitmore spoke first. Mr Brody "
            "listened.\n“I am not going to comment,” she said.")
    assert said(text) == {"I am not going to comment,": "Whitmore"}


def test_split_quote_gives_two_quotes_with_the_same_speaker():
    text = "Joe Biden spoke.\n“We will act,” Mr Biden said, “and we will act fast.”"
    assert said(text) == {"We will act,": "Joe Biden", "and we will act fast.": "Joe Biden"}


def test_description_resolves_to_person_with_matching_role():
    text = ("British Prime Minister Keir Starmer met Donald Trump.\n"
            "“Well…,” the British PM responded.")
    assert said(text) == {"Well…,": "Keir Starmer"}


def test_unnamed_source_has_no_speaker_but_a_description():
    state = run("Keir Starmer was in Munich.\n“He will win,” a Labour source said.")
    q = state.quotes[0]
    assert (q.speaker, q.source_desc, q.verb) == (None, "a Labour source", "said")


def test_partial_quote_goes_to_the_subject_of_the_reporting_verb():
    text = ("Trump had previously said that he had discussed “some form of peacekeeping” "
            "with Vladimir Putin, and claimed that Vladimir Putin had “no problem” with it.")
    found = said("Donald Trump spoke.\n" + text)
    assert found == {"some form of peacekeeping": "Donald Trump", "no problem": "Donald Trump"}


def test_according_to_names_the_speaker():
    text = "Rosa Ng spoke.\nAccording to Ms Ng, the rally was “overdone.”"
    assert said(text) == {"overdone.": "Rosa Ng"}


def test_continued_quote_paragraph_inherits_the_speaker():
    text = "David Lammy spoke.\nHe added: “We are ready.\n“We will deliver.”"
    assert said(text) == {"We are ready.": "David Lammy", "We will deliver.": "David Lammy"}


def test_scare_quote_nobody_says_is_dropped():
    assert said("The so-called “special operation” began in 2022.\nIt was “cheap” to run.") == {}


def test_relative_who_clause_attributes_to_the_named_person():
    text = ("The plan was welcomed by Mr Stoltenberg, the head of Nato, who warned that "
            "division “undermined all of our security”.")
    assert said("Jens Stoltenberg spoke.\n" + text) == {
        "undermined all of our security": "Jens Stoltenberg"}


def test_a_phrasal_speech_verb_attributes_the_quote():
    text = ("Dov Hirsch attacked Marisol Ortiz.\n"
            "“I opposed a bad plan,” Ortiz shot back. “Those are not the same thing.”")
    assert set(said(text).values()) == {"Marisol Ortiz"}


def test_said_then_a_possessive_role_then_a_name_gives_the_name():
    text = ("Marisol Ortiz spoke.\n"
            "“Every door matters,” said Ortiz’s campaign manager, Yusuf Adeyemi.")
    assert said(text) == {"Every door matters,": "Yusuf Adeyemi"}


def test_said_then_a_possessive_role_without_a_name_has_no_speaker():
    text = "Marisol Ortiz spoke.\n“We will win,” said Ortiz’s campaign manager."
    assert said(text) == {"We will win,": None}


def test_a_possessive_subject_gives_way_to_the_name_in_apposition():
    text = ("Marisol Ortiz runs for the council.\nHer opponent, David Hirsch, has called her "
            "a “professional protester” and accused her of being “more interested in fights.”")
    assert set(said(text).values()) == {"David Hirsch"}


def test_a_quote_inside_a_quote_belongs_to_whom_its_verb_names():
    text = ("Margaret Landry died on Sunday.\n“She used to say, ‘Nobody drained a swamp by "
            "talking,’” Charles Landry said. “I told him, ‘Never again,’” Mr Landry added.")
    found = said(text)
    assert found["Nobody drained a swamp by talking,"] == "Margaret Landry"
    assert found["Never again,"] == "Charles Landry"


def test_an_age_description_continues_the_subject():
    text = ("Marcus Fairleigh told his local party of the decision.\n"
            "“I have given this place 14 years,” the 52-year-old said.")
    assert said(text) == {"I have given this place 14 years,": "Marcus Fairleigh"}


def test_a_pronoun_follows_the_main_clause_subject_not_a_relative_clause():
    text = ("Mr Fairleigh is one of dozens of MPs standing down, which Rishi Sunak has "
            "said is normal.\nHe denied that he was pushed.\n“This is not about the polls,” "
            "he said.")
    assert said(text) == {"This is not about the polls,": "Fairleigh"}


def test_a_name_inside_a_quote_is_no_antecedent_for_he_after_it():
    text = ("Mark Delacroix, a former Fed economist, put it another way.\n"
            "“Powell opened the door today,” he said.")
    assert said(text) == {"Powell opened the door today,": "Mark Delacroix"}


def test_an_apposition_after_an_object_is_not_the_next_subject():
    text = ("Zoë Abernathy-Kwan wept. Then she held up a photograph of her mother, the poet "
            "Grace Abernathy, who died in March.\n“She never saw this book finished.”")
    assert said(text) == {"She never saw this book finished.": "Zoë Abernathy-Kwan"}


def test_an_unnamed_source_qualified_by_a_name_is_not_that_person():
    text = ("Donald Trump mocked the crowd.\nA Trump campaign spokesman dismissed the rally "
            "as “a nice turnout for a guy at 2%.”")
    assert said(text) == {"a nice turnout for a guy at 2%.": None}


def test_the_speech_verb_with_its_subject_beside_it_wins_over_a_nearer_one():
    text = ("Raymond Kessler met officials, according to an FAA official. The official said "
            "the agency had asked for “flexibility, not just money.”")
    assert said(text) == {"flexibility, not just money.": None}


def test_the_agent_of_a_passive_is_the_speaker():
    text = ("Mohammed bin Salman arrived in Brussels.\nThe visit was billed by Commission "
            "officials as a “strategic reset.”")
    assert said(text) == {"strategic reset.": None}


def test_a_list_member_with_a_party_tag_is_still_the_subject():
    text = ("Jerome Powell spoke.\nRep. Glenn Oakes, R-Texas, a member of the House "
            "Financial Services Committee, said in a statement that it “risks looking political.”")
    assert said(text) == {"risks looking political.": "Glenn Oakes"}


def test_a_headline_style_description_resolves_to_the_role_given_later():
    text = ("Federal Reserve chair tells Jackson Hole that inflation is on a ‘sustainable path’\n"
            "The chair of the US Federal Reserve, Jerome Powell, spoke on Friday.\n"
            "“The time has come,” Powell said.")
    assert said(text)["sustainable path"] == "Jerome Powell"


def test_a_list_bullet_opens_a_sentence_whose_subject_speaks():
    text = ("Wade Honeycutt opposed the bill.\n"
            "• Carl Winstead said he voted yes. “I hear about it at dinner,” he said.")
    assert said(text) == {"I hear about it at dinner,": "Carl Winstead"}


def test_someone_s_office_is_not_the_person():
    text = ("Gov. Josh Stein has called for raises.\n"
            "• His office said in a statement that the governor was “encouraged” by the vote.")
    assert said(text) == {"encouraged": None}


def test_a_quote_after_a_colon_belongs_to_the_subject_of_its_clause():
    text = ("Martin O'Sullivan-Reyes pressed the CEO, Kari Halvorsen-Berg.\n"
            "Asked about the stake, Halvorsen-Berg was brief: “No. Next question.”")
    assert said(text) == {"No. Next question.": "Kari Halvorsen-Berg"}


def test_said_before_a_job_or_a_role_set_off_before_the_name():
    text = ("“Earl was kind,” said neighbor Wanda Pickens, who knew them.\n"
            "The board apologised. “We are sorry,” said its medical director, Dr Jo Calvert.")
    assert said(text) == {"Earl was kind,": "Wanda Pickens", "We are sorry,": "Jo Calvert"}


def test_someone_the_reporter_does_not_name_is_nobody():
    text = ("Heather Kolb said crews had searched every home.\n"
            "A woman sorting through clothes next door, who declined to give her name, said she "
            "had lived there 40 years. “I've seen plenty of storms,” she said. “Never one like "
            "this.”")
    assert said(text) == {"I've seen plenty of storms,": None, "Never one like this.": None}


def test_a_description_as_subject_is_the_main_subject_of_the_sentence_before():
    text = ("Bolton boss Ian Fairclough felt his side should have had a penalty when Dion "
            "Okonkwo went down.\n“It was a penalty,” the Bolton manager said.\n"
            "Oskar Lindqvist, 19, was making his third start. “I tried,” the teenager said.")
    assert said(text) == {"It was a penalty,": "Ian Fairclough", "I tried,": "Oskar Lindqvist"}


def test_a_relative_clause_tells_the_gender_of_an_unfamiliar_name():
    text = ("Fatima Zahra el-Mansouri taught for decades.\n"
            "Prof. Hicham Lahcen, who wrote his doctorate under her, said she was demanding.\n"
            "“She would hand back a chapter and say, ‘Now go and ask the women,’” he said.")
    assert said(text) == {
        "She would hand back a chapter and say, ‘Now go and ask the women,’": "Hicham Lahcen",
        "Now go and ask the women,": "Fatima Zahra el-Mansouri"}


def test_a_nested_quote_is_said_by_the_subject_of_its_own_verb():
    text = ("Karim Mansour spoke of his mother, Fatima Mansour.\n"
            "“The last thing she said to me was, ‘Don't let them tidy it up,’” he said.\n"
            "“When Rishi rang, I told him, ‘I have given this place 14 years,’” he said.")
    found = said(text)
    assert found["Don't let them tidy it up,"] == "Fatima Mansour"
    assert found["I have given this place 14 years,"] == "Karim Mansour"


def test_an_organisation_s_statement_has_no_speaker():
    text = ("Kai Havertz added a third. “I just try to help,” the German said.\n"
            "Brentford said in a statement that they would write to the referees. “We will "
            "seek clarity,” it read.\n"
            "Exeter City won. Exeter posted on X after the final whistle: “Get well soon, "
                "Kwame.”\n"
            "Downing Street said the prime minister was “not for turning”.")
    found = said(text)
    assert found["We will seek clarity,"] is None
    assert found["Get well soon, Kwame."] is None
    assert found["not for turning"] is None


def test_a_whole_quote_goes_to_whoever_spoke_last_in_its_paragraph():
    text = ("Robin Zeng, the chairman, has said sodium will win.\n"
            "Whether that happens, says Dr Meng, depends on lithium. “If lithium stays cheap, "
            "sodium stays niche.”")
    assert said(text) == {"If lithium stays cheap, sodium stays niche.": "Meng"}


def test_posting_on_x_is_speech():
    text = ("Darnell Hargrove cast the deciding vote.\n"
            "“Tonight, the Senate listened,” Hargrove posted on X.")
    assert said(text) == {"Tonight, the Senate listened,": "Darnell Hargrove"}


def test_a_quote_opening_its_paragraph_is_said_by_whom_the_next_sentence_names():
    text = ("Floodwater poured into the mall on Saturday.\n"
            "“It was chaos.” Maria Lopez, 42, was buying shoes when the alarm sounded.\n"
            "Greg Ortiz, the manager, said staff had left.\n"
            "“Nobody was hurt, thank God.” So says Lopez's sister, Ana Lopez, who was there.")
    assert said(text) == {"It was chaos.": "Maria Lopez",
                          "Nobody was hurt, thank God.": "Ana Lopez"}


def test_an_unattributed_quote_follows_the_subject_of_the_sentence_before_it():
    text = ("Lindsey Graham said the plan would fail. Chris Murphy disagreed. “It will work "
            "if we give it time.”\n“We have the votes,” Graham said.")
    assert said(text)["It will work if we give it time."] == "Chris Murphy"


def test_a_relative_named_by_a_given_name_alone_is_a_person_who_can_speak():
    text = ("Dave Gardner worked at the mill for 31 years.\n"
            "Gardner's wife, Linda, works at a dollar store. “We keep saying next year,” she "
            "said.")
    state = run(text)
    assert [p.name for p in state.people] == ["Dave Gardner", "Linda"]
    assert {q.text: q.speaker for q in state.quotes} == {"We keep saying next year,": "Linda"}


def test_a_spokesperson_for_someone_is_not_that_someone():
    text = "Tom Avery met the council.\n“No comment at this time,” a spokesperson for Avery said."
    assert said(text) == {"No comment at this time,": None}


def test_said_before_a_lower_case_job_and_the_name():
    text = ("Tom Avery praised the deal.\n"
            "“It's a bad deal,” wrote columnist Frank Bruni in a recent piece.")
    assert said(text) == {"It's a bad deal,": "Frank Bruni"}


def test_someone_who_answers_in_the_sentence_before_says_the_next_quote():
    text = ("Maria Santos said the city could not pay. “It's money we don't have,” she said. "
            "Robert Chen disagreed. “It's money we can't afford not to spend.”")
    assert said(text) == {"It's money we don't have,": "Maria Santos",
                          "It's money we can't afford not to spend.": "Robert Chen"}


def test_a_relative_named_after_his_or_her_kinship_is_the_subject():
    text = ("Alison Marsh gave evidence last week.\nOutside court, his sister Joanne Harwell "
            "said the family was tired. “We just want this over,” she said.")
    assert said(text) == {"We just want this over,": "Joanne Harwell"}


def test_a_lower_case_job_opening_the_sentence_leaves_the_name_its_subject():
    text = ("Its chief meteorologist, Stephen Hale, spoke. “It will rain,” Hale said.\n"
            "Emergency services minister David Hanson visited Nottinghamshire, where crews "
            "rescued 40 people. “What I have seen is courage,” he told reporters.")
    assert said(text)["What I have seen is courage,"] == "David Hanson"


def test_a_spokesperson_for_him_is_not_him():
    text = ("Jonas Lind has stayed silent. Asked about the row, a spokesperson for him said "
            "he “wishes both sides well”.")
    assert said(text) == {"wishes both sides well": None}


def test_the_verdict_of_someone_named_after_a_quote_is_theirs():
    text = ("“We are finally turning a corner.” That was the verdict of Dr Simon Achterberg, "
            "medical director of the trust, as the figures were published.")
    assert said(text) == {"We are finally turning a corner.": "Simon Achterberg"}


def test_a_job_description_after_a_quote_is_the_person_just_named():
    text = ("Her editor, Julian Prest, read the draft. Prest is more certain. “She has three "
            "books in her,” the editor says.\nPatient Derek Shaw, 67, waited a year. “I could "
            "barely walk,” the retired bus driver said.")
    assert said(text) == {"She has three books in her,": "Julian Prest",
                          "I could barely walk,": "Derek Shaw"}
