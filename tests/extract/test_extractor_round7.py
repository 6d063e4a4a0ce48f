"""Extraction tests for issue 14, round 7: meeting-record speakers with their state in brackets and a relative
clause ("Fu Cong (China), whose delegation abstained, said"), the Democratic People's Republic of Korea,
hyphenated titles ("the EU's foreign-policy chief"), a principal's aide ("Putin's aide") after the aide was named.
Our own sentences."""
from conftest import extracted_statements

stmts = extracted_statements


def test_a_bracketed_state_and_a_relative_clause_leave_the_person():
    out = stmts("Lin Hao (China), whose delegation abstained, said Beijing welcomed every effort towards peace.")
    assert out == [("Beijing welcomed every effort towards peace", "Lin Hao", "indirect")]
    out = stmts("Marc Dupont (France), who voted in favour, said the text sent a clear message to Moscow.")
    assert [a for _, a, _ in out] == ["Marc Dupont"]


def test_the_democratic_peoples_republic_of_korea_is_north_korea():
    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements
    text = ("Headline\n\nThe representative of the Democratic People's Republic of Korea, who voted against, said a "
            "truce would be meaningless.")
    out = extract_statements(text, "t", ActorRegistry.for_conflict("russia-ukraine"))
    assert [s.actor for s in out] == ["North Korean government"]


def test_a_hyphenated_title_is_the_registry_title():
    out = stmts("Kaja Kallas was blunt. If Moscow wanted peace, the EU's foreign-policy chief said, it could stop the "
                "shelling today.")
    assert [a for _, a, _ in out] == ["Kaja Kallas"]


def test_a_principals_aide_is_the_aide_named_before():
    out = stmts('Yuri Ushakov was dismissive. "It does not suit us at all," Putin\'s aide told journalists.')
    assert out == [("It does not suit us at all", "Yuri Ushakov", "direct")]
    out = stmts('Putin spoke on Monday. "It does not suit us," Putin\'s aide told journalists.')
    assert [a for _, a, _ in out] != ["Vladimir Putin"]


def test_a_name_before_a_capitalized_title_phrase_is_the_speaker():
    out = stmts("Tomasz Kowalski, Deputy Minister for Foreign Affairs of Poland, speaking under rule 37, warned that a "
                "frozen front would only be a pause before the next war.")
    assert [a for _, a, _ in out] == ["Tomasz Kowalski"]
    out = stmts("Amara Diallo, African Union Commissioner for Political Affairs, Peace and Security, said peace "
                "depended on every voice being heard.", "sudan")
    assert [a for _, a, _ in out] == ["Amara Diallo"]
    out = stmts("Pavel Orlov, Deputy Minister for Foreign Affairs of the Russian Federation, who led his delegation, "
                "said Europe had no place at the table.")
    assert [a for _, a, _ in out] == ["Pavel Orlov"]


def test_an_accented_name_after_a_title_is_the_speaker():
    out = stmts("Lithuania's defence minister, Dovilė Šakalienė, said Europe had to be in the room.")
    assert [a for _, a, _ in out] == ["Dovilė Šakalienė"]


def test_an_opener_before_a_title_is_no_name():
    out = stmts("On Tuesday, Deputy Foreign Minister Sergei Ryabkov said the talks were useful.")
    assert [a for _, a, _ in out] == ["Sergei Ryabkov"]


def test_a_formal_body_named_as_subject_is_what_it_and_the_ministry_refer_to():
    out = stmts('The Israeli Ministry of Foreign Affairs was dismissive. "The plan is rooted in the past," it declared. '
                "The proposal, according to the Ministry, still relied on the Palestinian Authority.", "gaza")
    assert [a for _, a, _ in out] == ["Israeli Foreign Ministry", "Israeli Foreign Ministry"]


def test_the_council_and_the_assembly_are_the_un_bodies_named_before():
    out = stmts("The Security Council voted 10 to none. By the text, the Council also urged Kinshasa and Kigali to "
                "return to talks without preconditions.", "drc-rwanda")
    assert [a for _, a, _ in out] == ["UN Security Council"]
    out = stmts("The General Assembly adopted the text by 93 votes. In the resolution, the Assembly called for an "
                "early cessation of hostilities.")
    assert [a for _, a, _ in out] == ["UN General Assembly"]


def test_a_capitalized_title_refers_back_like_the_lower_case_one():
    out = stmts('Turkish Foreign Minister Hakan Fidan met the delegation. "The deal will hold if the rights of the '
                'people are protected," the Minister underlined.', "gaza")
    assert [a for _, a, _ in out] == ["Hakan Fidan"]


def test_in_his_view_inside_a_sentence_makes_it_reported_speech():
    out = stmts("Vassily Nebenzia spoke last. Calls for a quick truce were, in his view, a trick to give Kyiv a respite.")
    assert out == [("Calls for a quick truce were, in his view, a trick to give Kyiv a respite", "Vasily Nebenzya",
                    "indirect")]
    out = stmts("Sergei Lavrov was scathing. The Europeans were, in Lavrov's words, the party of war.")
    assert [a for _, a, _ in out] == ["Sergei Lavrov"]
    assert stmts("The talks, in the end, went nowhere after the shelling of Kharkiv.") == []


def test_an_organisation_member_named_as_subject_is_what_he_refers_to():
    out = stmts("General Abdel Fattah al-Burhan ruled out talks. Sovereignty Council member Yasser al-Atta went "
                "further: the army would not accept a truce with the militia, he said.", "sudan")
    assert [a for _, a, _ in out] == ["Abdel Fattah al-Burhan", "Yasser al-Atta"] or \
        [a for _, a, _ in out] == ["Yasser al-Atta"]
    out = stmts("Finnish Minister for Foreign Affairs Elina Valtonen opened the meeting. \"We congratulate both "
                "countries,\" she said.", "armenia-azerbaijan")
    assert [a for _, a, _ in out] == ["Elina Valtonen"]


def test_a_capitalized_title_with_an_honorific_before_the_name_makes_the_subject():
    out = stmts('Bezalel Smotrich demanded war. The Israeli Foreign Minister, Mr. Gideon Sa\'ar, struck a different '
                'tone. "We are prepared to continue negotiations on phase two," he said.', "gaza")
    assert [a for _, a, _ in out][-1:] == ["Gideon Saar"]
    out = stmts('Zelenskyy spoke first. On Monday the German government\'s spokesman, Stefan Kornelius, gave the '
                'Kremlin until midnight. "The clock is ticking," he told reporters.')
    assert [a for _, a, _ in out] == ["Stefan Kornelius"]


def test_the_subject_of_a_lead_in_before_a_colon_quote_is_the_pronoun_of_its_frame():
    out = stmts('Merz addressed the Bundestag. A week earlier Donald Trump had told Politico it was time for an '
                'election: "They are using war not to hold an election," he said.')
    assert [a for _, a, _ in out][-1] == "Donald Trump"
    out = stmts("Trump spoke first. Zelenskyy's answer on territory, given to reporters on Friday, was that "
                "Ukrainians must decide: “The Russians want the whole of Donbas – we don't accept that,” he said.")
    assert [a for _, a, _ in out][-1] == "Volodymyr Zelenskyy"


def test_an_exclaimed_quote_after_a_colon_lead_in_is_not_the_next_sentences():
    out = stmts('Itamar Ben-Gvir wrote a post. Bezalel Smotrich needed one word: "War!" Hamas official Izzat '
                "al-Risheq said the movement remained committed to the ceasefire.", "gaza")
    assert out[0] == ("War!", "Bezalel Smotrich", "direct")
    assert [a for _, a, _ in out][1:] == ["Izzat al-Risheq"]


def test_formal_titles_of_states_name_their_holders():
    out = stmts("President Abdel Fattah al-Sisi of Egypt said a committee of technocrats would run the Strip. "
                "President Mahmoud Abbas of the State of Palestine said the Authority was ready.", "gaza")
    assert [a for _, a, _ in out] == ["Abdel Fattah al-Sisi", "Mahmoud Abbas"]
    out = stmts('Talks resumed. "They are not serious," the President of Ukraine told an online press conference.')
    assert [a for _, a, _ in out] == ["Volodymyr Zelenskyy"]
    out = stmts("The Chairman of the Sovereignty Council wrote that the government welcomed the efforts of Riyadh.",
                "sudan")
    assert [a for _, a, _ in out] == ["Abdel Fattah al-Burhan"]


def test_honorifics_of_formal_copy():
    out = stmts('Modi hosted Putin. "India is not neutral. India has a side, and that side is of peace," Shri Modi '
                "said.")
    assert [a for _, a, _ in out] == ["Narendra Modi"]
    out = stmts('Starmer spoke at the summit. "Russia must now agree to a ceasefire," Sir Keir asserted.')
    assert [a for _, a, _ in out] == ["Keir Starmer"]


def test_a_bare_surname_is_the_unknown_person_the_article_names_in_full():
    out = stmts("The Knesset suspended Ayman Kassem for six months. Kassem said he had been removed for raising the "
                "simplest demand of the international community.", "gaza")
    assert [a for _, a, _ in out] == ["Ayman Kassem"]


def test_a_transcripts_label_is_not_read_as_a_surname():
    text = ("MARSH: Oksana Reid joins us from Kyiv.\n\nREID: Badly. The mood here is grim.\n\n"
            "MARSH: Thank you.")
    out = stmts(text)
    assert "Oksana Reid" not in [a for _, a, _ in out]


def test_a_name_before_a_party_tag_or_a_members_seat_is_the_speaker():
    out = stmts("Senate Majority Leader Tom Hale, Republican of South Dakota, a former colleague of Rubio's, said the "
                "plan was a work in progress.")
    assert [a for _, a, _ in out] == ["Tom Hale"]
    out = stmts("Ben Carver, the Conservative MP for Huntingdon, who served in Iraq, said the remarks were "
                "unacceptable.")
    assert [a for _, a, _ in out] == ["Ben Carver"]


def test_opined_and_conveyed_report_speech():
    out = stmts("Alexander Lukashenko, for his part, opined that Moscow held strong cards and should keep them.")
    assert out == [("Moscow held strong cards and should keep them", "Alexander Lukashenko", "indirect")]
    out = stmts("Zelenskyy spoke in the evening. He conveyed that the American side was ready to verify the truce.")
    assert [a for _, a, _ in out] == ["Volodymyr Zelenskyy"]


def test_it_was_stated_by_names_the_source_of_the_clause():
    out = stmts("After the talks, it was stated by the State Department that the two sides would appoint teams to "
                "work on ending the conflict.")
    assert out == [("the two sides would appoint teams to work on ending the conflict", "US State Department",
                    "indirect")]
    out = stmts("It was stated by a European Union official after that meeting that a truce without a peace "
                "agreement would be dangerous.")
    assert [a for _, a, _ in out] == ["European Union"]
    out = stmts('The pause, it was stated by Mr. Peskov, would last until 1 February "to create conditions".')
    assert [a for _, a, _ in out] == ["Dmitry Peskov"]


def test_a_while_in_a_statement_clause_ends_the_reported_content():
    out = stmts("The President of France, Mr. Emmanuel Macron, wrote that the ball was now in Russia's court, while "
                "in a joint statement the European Council and the Commission welcomed the offer.")
    assert out[0] == ("the ball was now in Russia's court", "Emmanuel Macron", "indirect")


def test_a_place_opener_is_not_an_interposed_frame():
    out = stmts("In Washington, the President of the United States, Mr. Donald Trump, described the Russian statement "
                "as very promising but not complete.")
    assert [(t, a) for t, a, _ in out] == [("the Russian statement as very promising but not complete", "Donald Trump")]


def test_a_transcripts_role_tag_after_the_label_keeps_the_speaker():
    out = stmts("FRIEDRICH MERZ, GERMAN CHANCELLOR: The path is open. We all would like to see a ceasefire.\n\n"
                "OKSANA REID, BYLINE: Badly. The mood here is grim today.")
    assert out == [("The path is open. We all would like to see a ceasefire", "Friedrich Merz", "direct")]


def test_a_long_lead_in_before_a_colon_quote_still_names_its_subject():
    out = stmts("Asked whether the European Union or any international organisation might take part in Geneva, "
                "Dmitry Peskov was categorical: “No, it is only a trilateral format.”")
    assert out == [("No, it is only a trilateral format.", "Dmitry Peskov", "direct")]
    out = stmts("Karl Weber, a former member of the UN panel of experts on Yemen, was unconvinced by the White House "
                "account: “I am skeptical that the Houthis no longer want to fight.”", "yemen")
    assert [a for _, a, _ in out] == ["Karl Weber"]


def test_his_summary_or_message_before_a_colon_quote_is_the_man_named_before():
    out = stmts('Massad Boulos spoke in Abu Dhabi on Tuesday. His message to both sides: "We appeal to both sides to '
                'accept the truce."', "sudan")
    assert out == [("We appeal to both sides to accept the truce.", "Massad Boulos", "direct")]
    out = stmts("Donald Trump said many points had been agreed. His summary: “There is no deal until there is a deal.”")
    assert [a for _, a, _ in out][-1] == "Donald Trump"


def test_went_further_and_put_the_principle_introduce_colon_content():
    out = stmts("Talks ended. Russia's Foreign Ministry spokeswoman, Maria Zakharova, went further: a ceasefire could "
                "come only after direct negotiations on the root causes had begun.")
    assert [a for _, a, _ in out] == ["Maria Zakharova"]
    out = stmts('Johann Wadephul put the principle bluntly: nothing could be agreed "over the heads of Ukrainians".')
    assert [a for _, a, _ in out] == ["Johann Wadephul"]


def test_a_retort_was_that_is_a_position():
    out = stmts('Kaja Kallas\'s retort was that Russia "has not made one single concession".')
    assert out == [('Russia "has not made one single concession"', "Kaja Kallas", "direct")]


def test_calling_it_after_a_reported_clause_ends_it():
    out = stmts("Turkey's President Recep Tayyip Erdogan says he is ready to host the talks, calling this a window "
                "of opportunity for peace.")
    assert out[0][0] == "he is ready to host the talks"


def test_a_quote_split_by_a_frame_goes_on_past_a_question_mark_before_a_new_sentence():
    out = stmts("Lavrov had been categorical. “I don't know what they would do at the table,” the Russian Foreign "
                "Minister stated. “If they want to continue the war, then why invite them?” It was further asserted by "
                "Mr. Lavrov that the truce was a device.")
    assert out[0][0].endswith("why invite them?") and out[0][1] == "Sergei Lavrov"


def test_a_lead_in_noun_phrase_before_a_colon_quote_is_not_a_statement():
    out = stmts('Trump spoke at the White House. He added a warning: "If somebody does not want a deal, that person '
                'will not be around long."')
    assert [k for _, _, k in out] == ["direct"]


def test_a_possessive_in_an_opening_clause_is_not_whom_he_means():
    out = stmts("Vladimir Putin had already paired his welcome with a threat. If Kyiv refused to discuss Trump's "
                "proposals, he warned, the front would move again.")
    assert [a for _, a, _ in out] == ["Vladimir Putin"]


def test_an_object_in_an_opening_clause_is_not_whom_he_means():
    out = stmts("It came from Foreign Minister Sergei Lavrov, speaking in Moscow. When European countries followed "
                "Zelenskyy to Washington, he said, that could provoke nothing but rejection.")
    assert [a for _, a, _ in out][-1] == "Sergei Lavrov"
    out = stmts("Talks began. When Morgan Ortagus visited Baabda, she announced that the mechanism would meet again.",
                "lebanon-israel")
    assert [a for _, a, _ in out] == ["Morgan Ortagus"]


def test_a_bare_surname_as_subject_is_whom_the_next_pronoun_means():
    out = stmts('Senator Richard Hollis spoke first. "Enough is enough," Senator Lindsey Graham wrote.\n\n'
                'Hollis was blunter about the timetable. "Putin will keep stonewalling," he said.')
    assert [a for _, a, _ in out][-1] == "Richard Hollis"
    out = stmts('Defense Minister Yoav Gallant had promised an operation. Josep Borrell spoke in Brussels. On Wednesday '
                'night, Gallant went on television. "The day after Hamas needs Palestinian entities," he said.', "gaza")
    assert [a for _, a, _ in out][-1] == "Yoav Gallant"


def test_a_delegate_named_as_subject_is_whom_she_means():
    out = stmts("The representative of Greece stressed that any agreement must involve Ukraine. Slovenia's delegate "
                "turned to her colleagues. “Who in this Chamber is against peace?” she asked.")
    assert [a for _, a, _ in out] == ["Greek government", "Slovenian government"]


def test_a_delegate_speaking_for_a_group_leaves_the_group_behind_for_she():
    out = stmts("Speaking on behalf of the European Union, the delegate of Poland said no talks could take place "
                "without Europe. She warned that a hasty ceasefire would be a pause before the next war.")
    assert [a for _, a, _ in out] == ["European Union", "European Union"]


def test_a_quote_woven_into_the_object_of_called_on_is_part_of_it():
    out = stmts('Resolution 2735 called on both sides to implement the proposal "without delay and without condition".',
                "gaza")
    assert out == [('both sides to implement the proposal "without delay and without condition"', "UN Security Council",
                    "direct")]
    out = stmts("Kaja Kallas called on Russia to immediately stop “this senseless war” and withdraw its forces.")
    assert out[0][0].startswith("Russia to immediately stop")


def test_a_list_of_states_named_as_the_so_called_group_is_the_group():
    out = stmts("In September the foreign ministers of the United States, Saudi Arabia, the United Arab Emirates and "
                "Egypt, the so-called Quad, proposed a three-month humanitarian truce. Their joint statement also said "
                'the future "cannot be dictated by violent extremist groups".', "sudan")
    assert [a for _, a, _ in out] == ["Quad", "Quad"]


def test_the_group_of_seven_is_the_g7():
    out = stmts("Foreign ministers of the Group of Seven ended their talks. The Group of Seven urged Russia to accept "
                "the ceasefire.")
    assert [a for _, a, _ in out] == ["G7 leaders"]


def test_pronoun_lead_ins_before_a_colon_quote():
    out = stmts('Zelenskyy spoke in Kyiv. As regards the summit proposed by President Erdogan, he was unequivocal: '
                '"We are ready for such a meeting any day."')
    assert out == [("We are ready for such a meeting any day.", "Volodymyr Zelenskyy", "direct")]
    out = stmts("Putin spoke in Beijing. Then he issued the invitation: “If Zelensky is ready, let him come to Moscow.”")
    assert [a for _, a, _ in out] == ["Vladimir Putin"]
    out = stmts("Zelenskyy answered twice. In Paris, after the coalition summit, he was sardonic: “If you want nothing "
                "to happen, you should invite me to Moscow.”")
    assert [a for _, a, _ in out] == ["Volodymyr Zelenskyy"]


def test_charged_frames_an_interposed_report_but_not_a_charge():
    out = stmts("Maria Zakharova spoke on Thursday. Kyiv, she charged, wanted a pause only to regroup and rearm.")
    assert [a for _, a, _ in out] == ["Maria Zakharova"]
    assert stmts("The commander was charged with war crimes in 2023.") == []


def test_welcomed_the_agreement_itself_carries_content():
    out = stmts("Iran is furious about the route. Its foreign ministry welcomed the peace agreement itself but voiced "
                "concern over any foreign intervention.", "armenia-azerbaijan")
    assert [t for t, _, _ in out] == ["the peace agreement itself", "concern over any foreign intervention"]


def test_and_its_spokesman_said_ends_the_content_before_it():
    out = stmts("The Chinese foreign ministry welcomed “all efforts conducive to peace”, and its spokesman said "
                "China hoped all parties would take part.")
    assert [t for t, _, _ in out] == ["all efforts conducive to peace", "China hoped all parties would take part"]


def test_a_faction_named_after_a_known_party_is_the_party():
    out = stmts("The Hayastan faction, the largest opposition group in parliament, said the commitments had nothing "
                "to do with real peace.", "armenia-azerbaijan")
    assert [a for _, a, _ in out] == ["Hayastan alliance"]


def test_the_outgoing_president_is_the_one_named_before_not_the_registrys_holder():
    out = stmts("Joe Biden took a share of the credit. “This deal will halt the fighting in Gaza,” the outgoing US "
                "president said.", "gaza")
    assert out == [("This deal will halt the fighting in Gaza", "Joe Biden", "direct")]


def test_a_transcripts_reporter_narrates_and_the_people_she_reports_speak():
    text = ("ANNA LEE, HOST:\n\nWhat did Moscow say?\n\nPETER VOSS, BYLINE: It is the Kremlin's favourite answer.\n\n"
            "VLADIMIR PUTIN: (Through interpreter) The idea itself is the right one.\n\n"
            "VOSS: And then come the issues. Dmitry Peskov said the truce would only help Kyiv regroup.\n\n"
            "LEE: Thank you.")
    out = stmts(text)
    assert [a for _, a, _ in out] == ["Vladimir Putin", "Dmitry Peskov"]


def test_regretted_that_and_objected_to_report_speech():
    out = stmts("Lin Hao (China) said the principle had to be upheld and regretted that the text left the Palestinian "
                "role undefined.", "gaza")
    assert [t for t, _, _ in out] == ["the principle had to be upheld", "the text left the Palestinian role undefined"]
    out = stmts('Ali Youssef wrote a letter. He also objected to any attempt to put the government and "a militia" on '
                "the same footing.", "sudan")
    assert [a for _, a, _ in out] == ["Ali Youssef"]


def test_went_on_to_say_that_reports_the_subjects_speech():
    out = stmts("Putin spoke on Thursday. But he went on to say that the ceasefire should lead to a lasting peace.")
    assert out == [("the ceasefire should lead to a lasting peace", "Vladimir Putin", "indirect")]


def test_a_delegate_is_the_subject_of_a_participle_report():
    out = stmts("Denmark's representative went further, warning that a quick ceasefire could prove more dangerous than "
                "the war itself.")
    assert out == [("a quick ceasefire could prove more dangerous than the war itself", "Danish government", "indirect")]


def test_a_name_with_a_title_and_a_relative_clause_before_a_colon_quote():
    out = stmts('Hélène Morin, Minister for Foreign Affairs of Canada, who chaired the meeting, put it simply: "The ball '
                "is now in Russia's court.\"")
    assert out == [("The ball is now in Russia's court.", "Hélène Morin", "direct")]


def test_another_minister_named_after_a_comma_is_whom_she_means():
    out = stmts('Anwar Gargash spoke first. Another Emirati minister, Reem Al Hashimy, went after Burhan by name. "He '
                'is obstructive," she said.', "sudan")
    assert [a for _, a, _ in out] == ["Reem Al Hashimy"]


def test_a_principals_aide_named_as_subject_is_whom_he_means():
    out = stmts("Putin spoke first. On the eve of the first round, Putin's aide Yuri Ushakov set the terms. A settlement "
                "was impossible “without resolving the territorial issue,” he said.")
    assert [a for _, a, _ in out] == ["Yuri Ushakov"]


def test_a_long_title_then_a_name_with_particles_is_the_person():
    out = stmts("Qatar's Prime Minister and Minister for Foreign Affairs, Sheikh Mohammed bin Abdulrahman Al Thani, said "
                "Doha would pursue its mediation.", "gaza")
    assert [a for _, a, _ in out] == ["Mohammed bin Abdulrahman Al Thani"]


def test_a_leaders_government_and_the_department_of_state():
    out = stmts("Burhan's government posted on X that it welcomes the efforts of Saudi Arabia.", "sudan")
    assert [a for _, a, _ in out] == ["Sudanese government"]
    out = stmts("According to the Department of State, the talks would go on without the army.", "sudan")
    assert [a for _, a, _ in out] == ["US State Department"]


def test_a_subject_set_off_by_a_dash_is_whom_the_title_means():
    out = stmts('Merz was not there. Olaf Scholz – who faces German voters on Sunday – made no secret of his irritation. '
                '"People are talking over the heads of Ukrainians," the chancellor said.')
    assert [a for _, a, _ in out] == ["Olaf Scholz"]


def test_a_verb_inside_an_opening_clause_is_not_the_colon_quotes_frame():
    out = stmts("Donald Tusk spoke in Warsaw. Asked what he would say to Ukrainians who felt betrayed, Donald Trump was "
                "unmoved: “They have had a seat for three years.”")
    assert out == [("They have had a seat for three years.", "Donald Trump", "direct")]


def test_and_his_minister_named_in_apposition_starts_a_new_statement_in_his_camp():
    out = stmts("Kinshasa answered in kind. Tshisekedi promised a “vigorous” response in a televised address, and his "
                "defence minister, Guy Kabombo, said he had ordered every plan for talks cancelled.", "drc-rwanda")
    assert [a for _, a, _ in out] == ["Félix Tshisekedi", "Guy Kabombo"]
    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements
    text = ("H\n\nTshisekedi promised a “vigorous” response, and his defence minister, Guy Kabombo, said the army would "
            "fight.")
    assert extract_statements(text, "t", ActorRegistry.for_conflict("drc-rwanda"))[-1].side == "drc"


def test_the_source_an_answer_came_from_is_whom_he_means():
    out = stmts("Zelenskyy spoke first. Moscow answered the next day. The answer came from Foreign Minister Sergei "
                "Lavrov, speaking in Moscow. Europe, he said, had no place at the table.")
    assert [a for _, a, _ in out][-1] == "Sergei Lavrov"


def test_three_european_leaders_named_together_speak_as_european_leaders():
    out = stmts("They came to Kyiv. France's Emmanuel Macron, Germany's Friedrich Merz, Britain's Keir Starmer and "
                "Poland's Donald Tusk stood with Zelenskyy and demanded that Russia accept a 30-day ceasefire.")
    assert [a for _, a, _ in out] == ["European leaders"]
    out = stmts("Macron and Starmer said the coalition would meet again.")
    assert "European leaders" not in [a for _, a, _ in out]


def test_a_bare_surname_without_its_al_prefix_is_the_person_named_in_full():
    out = stmts("Coalition spokesman Turki al-Sabri spoke in Riyadh. Zubaidi fled to an unknown location, Sabri said.",
                "yemen")
    assert [a for _, a, _ in out] == ["Turki al-Sabri"]
