"""Extraction tests for issue 14, round 11 (written from the errors of h28-h30, read from round 11 on, and the
earlier read writers): attribution in state-agency and press-review copy. Our own sentences."""
from conftest import extracted_statements

stmts = extracted_statements


def test_a_name_whose_first_word_is_used_alone_resolves_to_the_full_name():
    out = stmts("Foreign Ministry spokesperson Tan Weiming said on Monday that the talks were useful.\n\n"
                '"Dialogue is the only way," Tan said. He noted that Beijing would keep in touch with both sides.')
    assert [a for _, a, _ in out] == ["Tan Weiming"] * 3, out
    out = stmts("Qiu Hanlin, a researcher at a Shanghai institute, doubted the plan.\n\n"
                '"The terms will be set by the two of them," Qiu said.')
    assert [a for _, a, _ in out] == ["Qiu Hanlin"], out


def test_a_first_word_shared_by_two_names_or_that_is_a_pronoun_stays_unresolved():
    out = stmts("Analyst He Minghua, a professor in Beijing, was cautious. Defence Minister Rustem Umerov spoke next. "
                "He said that the front was holding.")
    assert out and out[-1][1] == "Rustem Umerov", out
    out = stmts("The contract on the Chicago Board of Trade fell. Kaja Kallas spoke in Brussels.\n\n"
                "Chicago traders were calm. Kallas said that sanctions would stay.")
    assert [a for _, a, _ in out] == ["Kaja Kallas"], out


def test_a_question_word_is_no_part_of_the_name_after_it():
    out = stmts("Did Lavrov move at all? Not that anyone in the room could see. He told reporters that the sanctions "
                "had to go first.")
    assert out == [("the sanctions had to go first", "Sergei Lavrov", "indirect")], out


def test_an_outlets_editorial_speaks_for_the_outlet():
    out = stmts("In Italy, Il Foglio's editorial argues that Brussels has waited too long for an invitation.")
    assert out == [("Brussels has waited too long for an invitation", "Il Foglio", "indirect")], out
    out = stmts('The daily Jutland Courier\'s editorial warns that Europe "cannot be a spectator at this table."')
    assert [(a, k) for _, a, k in out] == [("Jutland Courier", "direct")], out


def test_the_x_side_is_x_and_a_foreign_chancellor_in_translated_copy_is_the_foreign_minister():
    out = stmts("The EU side said in a separate statement that the envoy had pressed Beijing on sanctions.")
    assert [a for _, a, _ in out] == ["European Union"], out
    out = stmts('The Russian chancellor waved the question away. "Brussels had its chance," he said.')
    assert [a for _, a, _ in out] == ["Sergei Lavrov"], out
    out = stmts("The German chancellor said that Europe would not sign anything it had not helped to write.")
    assert [a for _, a, _ in out] == ["Friedrich Merz"], out


def test_a_press_review_paragraph_opened_by_a_country_gives_its_bare_ministry_that_country():
    out = stmts('In China, the Foreign Ministry said it rejected "sanctions with no basis in law."')
    assert [a for _, a, _ in out] == ["Chinese Foreign Ministry"], out
    out = stmts("In the Gulf, the Foreign Ministry said that the kingdom would keep hosting talks.")
    assert [a for _, a, _ in out] == ["Foreign Ministry"], out     # a region names no state: left as written


def test_a_name_before_its_title_and_relative_clause_is_the_subject_not_the_title():
    out = stmts("Vladimir Medinsky, the Kremlin aide who headed the Russian team, sounded content. "
                '"We are ready to keep talking," he said.')
    assert [a for _, a, _ in out] == ["Vladimir Medinsky"], out
    out = stmts('On Tuesday, the Kremlin spokesman was brief. "No comment," he said.')
    assert [a for _, a, _ in out] == ["Dmitry Peskov"], out


def test_made_the_remarks_names_the_speaker_of_the_statement_before_it():
    out = stmts("China welcomes every effort for peace, a Chinese Foreign Ministry spokesperson said on Tuesday.\n\n"
                "Chinese Foreign Ministry spokesperson Tan Weiming made the remarks at a regular press briefing.")
    assert out == [("China welcomes every effort for peace", "Tan Weiming", "indirect")], out
    out = stmts("Kremlin spokesman Dmitry Peskov said that the talks were useful.\n\n"
                "Tan Weiming made the remarks at a briefing in Beijing.")
    assert [a for _, a, _ in out] == ["Dmitry Peskov"], out     # a named speaker keeps his words


def test_a_trailing_frame_speaks_the_whole_agency_lede_even_after_an_object_verb():
    out = stmts("BEIJING, May 3 -- China welcomes the talks in Geneva and hopes for a fair deal, Chinese Foreign "
                "Ministry spokesperson Tan Weiming said on Monday.")
    assert out == [("China welcomes the talks in Geneva and hopes for a fair deal", "Tan Weiming", "indirect")], out
    out = stmts("Russia rejects the plan, Kremlin spokesman Dmitry Peskov said on Monday.")
    assert out == [("Russia rejects the plan", "Dmitry Peskov", "indirect")], out


def test_a_registry_persons_first_word_alone_is_that_person():
    out = stmts("Wang Yi met Kaja Kallas in Brussels. Wang noted that China's position was objective.")
    assert [a for _, a, _ in out] == ["Wang Yi"], out


def test_a_state_body_after_a_time_opener_is_what_the_ministry_means_next():
    out = stmts("The Russian foreign ministry spoke first. Two days earlier the Azerbaijani foreign ministry had set "
                "out its terms in a note. It would not sign, the ministry said, until the constitution was changed.",
                "armenia-azerbaijan")
    assert [a for _, a, _ in out] == ["Azerbaijani Foreign Ministry"], out


def test_an_outlet_that_quotes_or_leads_with_an_officials_words_is_only_the_channel():
    out = stmts('In Spain, El Pais quotes Prime Minister Pedro Sanchez: "Europe will not be a guest at its own table."')
    assert [(a, k) for _, a, k in out] == [("Pedro Sánchez", "direct")], out
    out = stmts("Le Soir leads with the words Foreign Minister Sergei Lavrov used in Minsk: Moscow \"will not accept\" "
                "observers from NATO states.")
    assert [(a, k) for _, a, k in out] == [("Sergei Lavrov", "direct")], out
    out = stmts('In Greece, Kathimerini opens with the words of Prime Minister Pedro Sanchez, who told the summit on '
                'Friday: "Nobody decides for Ukraine without Ukraine."')
    assert [(t, a) for t, a, _ in out] == [("Nobody decides for Ukraine without Ukraine.", "Pedro Sánchez")], out
    out = stmts('From Paris, Le Figaro quotes Witkoff saying the guarantees were "nearly done."')
    assert [a for _, a, _ in out] == ["Steve Witkoff"], out


def test_a_press_reviews_german_papers_take_their_registry_names():
    out = stmts("In Germany, the Frankfurter Allgemeine writes that a truce drawn up without Kyiv would not hold.")
    assert [a for _, a, _ in out] == ["Frankfurter Allgemeine Zeitung"], out


def test_the_person_a_sentence_identifies_is_whom_he_means_next():
    out = stmts('Zelenskyy spoke of a just peace. The man who runs the prisoner channels is Cardinal Matteo Rinaldi, '
                'the Vatican\'s envoy. He does not oversell. In May, he called the outcome "a small miracle."')
    assert out[-1] == ("a small miracle.", "Matteo Rinaldi", "direct"), out


def test_a_long_title_chain_before_the_name_makes_the_name_the_subject():
    out = stmts("Zelenskyy wrote that Ukraine must take part. The special adviser of the Presidency for foreign "
                "affairs, Marta Quintero, was more explicit. \"History does not forgive such deals,\" the diplomat said.")
    assert out[-1] == ("History does not forgive such deals", "Marta Quintero", "direct"), out


def test_which_he_called_joins_the_quotation_to_the_statement_it_qualifies():
    out = stmts("The army chief, General Abdel Fattah al-Burhan, rejected the truce plan of the mediators, which he "
                "called \"the worst paper so far\", in a speech.", "sudan")
    assert out == [('the truce plan of the mediators, which he called "the worst paper so far',
                    "Abdel Fattah al-Burhan", "direct")], out


def test_a_guests_greeting_a_cataphoric_this_and_a_time_phrase_are_no_content():
    out = stmts("HOST: Marta Quintero is a former diplomat. Welcome.\n\nMARTA QUINTERO: Thanks for having me.\n\n"
                "HOST: What did Moscow get?\n\nQUINTERO: A two-way format that leaves Kyiv out.")
    assert [t for t, _, _ in out] == ["A two-way format that leaves Kyiv out"], out
    assert stmts("Zelenskyy was more careful. At a news conference, he said this about the front line.") == []
    assert stmts("I asked him about the truce Moscow declared around its parade last week.") == []
    out = stmts('"After years of war, the guns are silent," Netanyahu said.', "gaza")
    assert [t for t, _, _ in out] == ["After years of war, the guns are silent"], out


def test_a_possessives_phone_call_is_a_noun_not_a_called_frame():
    out = stmts('Anutin also said his phone call with Trump had produced "no agreement" on a truce.', "thailand-cambodia")
    assert [(t, k) for t, _, k in out] == [('his phone call with Trump had produced "no agreement" on a truce',
                                           "direct")], out
    out = stmts('Pope Leo renewed in a telephone call with Putin the call for "a gesture of peace".')
    assert [t for t, _, _ in out] == ["a gesture of peace"], out


def test_a_name_before_in_a_statement_owns_the_statement_not_the_last_document():
    out = stmts('The Kyiv Independent\'s editorial calls the summit "a deal about Ukraine without Ukraine." Zelenskyy, in '
                'a statement posted after a long call, said Ukraine was ready "to work for peace."')
    assert [a for _, a, _ in out] == ["Kyiv Independent", "Volodymyr Zelenskyy"], out


def test_for_a_named_person_with_an_appositive_makes_that_person_whom_he_means():
    out = stmts("Wang Yi said all parties should take part.\n\nFor Tomas Lindqvist, a senior researcher at a Stockholm "
                'institute, the week exposed the limits of mediation. "Nobody can force them into a room," he said.')
    assert out[-1] == ("Nobody can force them into a room", "Tomas Lindqvist", "direct"), out


def test_a_parenthetical_he_said_after_an_if_clause_and_an_asked_opener_keep_the_speaker_in_view():
    out = stmts('Trump was asked about the deadline. If Zelenskyy did not like the plan, he said, "they can keep '
                'fighting."')
    assert [a for _, a, _ in out] == ["Donald Trump"], out
    out = stmts('Trump was asked about the deadline. Asked what happened if Zelenskyy said no, Trump shrugged: '
                '"He will have to like it."')
    assert [a for _, a, _ in out] == ["Donald Trump"], out
    out = stmts("When Kaja Kallas visited Kyiv, she announced that a new package was ready.")
    assert [a for _, a, _ in out] == ["Kaja Kallas"], out


def test_defended_with_a_that_clause_reports_a_position_in_translated_copy():
    out = stmts("Lula defended in Brasilia that any mediation must be accepted by both Kyiv and Moscow.")
    assert out == [("any mediation must be accepted by both Kyiv and Moscow", "Luiz Inácio Lula da Silva",
                    "indirect")], out
    assert stmts("The soldiers defended the town that the army had taken.") == []


def test_leaders_of_n_european_countries_are_european_leaders():
    out = stmts("Leaders of eight European countries and the EU, in a statement after the dinner, said borders "
                '"are for Ukrainians to decide".')
    assert [a for _, a, _ in out] == ["European leaders"], out
