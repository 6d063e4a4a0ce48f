"""Extraction tests for issue 14, round 6: title chains of translated copy ("President of the USA Donald Trump",
"Secretary General of the GCC Jasem Al-Budaiwi", "Minister of Defence of Saudi Arabia Prince Khalid bin Salman"),
an organisation followed by its head ("Head of the Centre for Countering Disinformation Andriy Kovalenko"), a
person "on Fox News", a subject after a plain opener whose object is a list, the leaders of European states
and the Commission. Our own sentences."""
from conftest import extracted_statements

stmts = extracted_statements


def test_a_title_chain_through_a_state_acronym_names_the_person():
    assert stmts("Flying to Rome, President of the USA Donald Trump told reporters that the talks would go on.") == [
        ("the talks would go on", "Donald Trump", "indirect")]
    assert stmts("Secretary of the NSDC Rustem Umerov said that the delegation would leave on Monday.") == [
        ("the delegation would leave on Monday", "Rustem Umerov", "indirect")]


def test_a_title_chain_keeps_an_unknown_name_without_its_organisation():
    out = stmts("Secretary General of the GCC Jasem Al-Budaiwi expressed hope that the deal would hold. "
                "Minister of Information Muammar al-Eryani warned that no deal could last without the state.", "yemen")
    assert [(a, b) for _, a, b in out] == [("Jasem Al-Budaiwi", "indirect"), ("Muammar al-Eryani", "indirect")]
    out = stmts("Ambassador of Saudi Arabia to Yemen Mohammed Al Jaber said the accord would build trust.", "yemen")
    assert out == [("the accord would build trust", "Mohammed Al Jaber", "indirect")]


def test_a_state_and_an_honorific_before_a_known_name_are_not_its_first_name():
    assert stmts("Minister of Defence of Saudi Arabia Prince Khalid bin Salman said that the south would be heard.",
                 "yemen") == [("the south would be heard", "Khalid bin Salman", "indirect")]
    assert stmts("Chairman of the Presidential Leadership Council Rashad al-Alimi said that the militia had lost.",
                 "yemen") == [("the militia had lost", "Rashad al-Alimi", "indirect")]


def test_the_head_named_after_an_organisation_is_what_he_refers_to():
    out = stmts("Sybiha spoke first. Head of the Centre for Countering Disinformation Andriy Kovalenko was more "
                "blunt. \"They only pretend,\" he wrote on Telegram.")
    assert out == [("They only pretend", "Andriy Kovalenko", "direct")]
    out = stmts("Zelenskyy spoke first.\n\nDeputy Chairman of the Security Council Dmitriy Medvedev saw a lesson in "
                "it. In his opinion, the summit proved that talks are possible.")
    assert [a for _, a, _ in out] == ["Dmitry Medvedev"]


def test_a_person_on_a_channel_speaks_not_the_channel():
    assert stmts("Vice President JD Vance on Fox News argued that a meeting would not be productive.") == [
        ("a meeting would not be productive", "JD Vance", "indirect")]
    assert stmts("In an interview with Fox News Trump added that it was up to Zelenskyy.") == [
        ("it was up to Zelenskyy", "Donald Trump", "indirect")]


def test_the_subject_after_a_plain_opener_is_he_although_a_list_follows():
    out = stmts("On Wednesday Chancellor of Germany Friedrich Merz gathered Trump, Zelenskiy and European leaders "
                "for a call. After it he said that Ukraine must sit at the table.")
    assert out == [("Ukraine must sit at the table", "Friedrich Merz", "indirect")]


def test_the_leaders_of_european_states_and_the_commission_are_european_leaders():
    out = stmts("In a joint statement the leaders of France, Italy, Poland, Great Britain and the European "
                "Commission wrote: \"Peace cannot be decided without Ukraine.\"")
    assert [a for _, a, _ in out] == ["European leaders"]


def test_an_outlet_that_ends_a_sentence_does_not_run_into_the_next():
    out = stmts("Ryabkov was in Moscow. \"Demands are unacceptable to us,\" the diplomat told TASS. According to him, "
                "the operation will continue.")
    assert [(t, a) for t, a, _ in out][-1] == ("the operation will continue", "Sergei Ryabkov")


def test_an_adverbial_between_subject_and_verb_keeps_the_subject():
    assert stmts("Aide to the President of the Russian Federation Yuriy Ushakov after that meeting confirmed that "
                 "Russian representatives will take part.") == [
        ("Russian representatives will take part", "Yuri Ushakov", "indirect")]
    assert stmts("Zakharova in the same days repeated that the capitals have nothing to do at the table.") == [
        ("the capitals have nothing to do at the table", "Maria Zakharova", "indirect")]
    assert [a for _, a, _ in stmts("President Emmanuel Macron already in December called on the Europeans to "
                                   "speak with Putin themselves.")] == ["Emmanuel Macron"]


def test_a_titled_subject_before_a_colon_speaks():
    out = stmts("Lavrov spoke. In Brussels, EU foreign policy chief Kaja Kallas was blunter: \"Russia has not made "
                "one single concession.\"")
    assert out == [("Russia has not made one single concession.", "Kaja Kallas", "direct")]


def test_by_his_account_is_like_in_his_words():
    out = stmts("Peskov spoke on Monday. By his account, the talks were useful and will go on.")
    assert out == [("the talks were useful and will go on", "Dmitry Peskov", "indirect")]


def test_a_name_ending_in_a_particle_after_a_lower_case_title():
    out = stmts("Political bureau member Dhaifallah al-Shami denies any capitulation: \"We have not surrendered and "
                "will not surrender.\"", "yemen")
    assert out == [("We have not surrendered and will not surrender.", "Dhaifallah al-Shami", "direct")]
    out = stmts("At the briefing, Dmitry Peskov spells out what that means: a truce could start only after a "
                "withdrawal.")
    assert out == [("a truce could start only after a withdrawal", "Dmitry Peskov", "indirect")]


def test_a_second_verb_after_an_object_keeps_the_subject():
    out = stmts("U.N. special envoy Hans Grundberg welcomed the move and urged Yemen's parties to return to a "
                "U.N.-led political process.", "yemen")
    assert out == [("Yemen's parties to return to a U.N.-led political process", "Hans Grundberg", "indirect")]
    out = stmts("Leaders who met in Paris and urged a truce were in no hurry.")
    assert out == []


def test_an_appositive_with_a_title_names_the_known_person():
    out = stmts("Zelenskiy met Erdogan. His host, Turkish President Tayyip Erdogan, said Turkey would be an ideal "
                "venue for talks.")
    assert out == [("Turkey would be an ideal venue for talks", "Recep Tayyip Erdogan", "indirect")]


def test_a_participle_after_owner_title_name_is_the_named_persons():
    out = stmts("Putin's investment envoy Kirill Dmitriev piled on too, accusing European leaders of trying to "
                "sabotage the talks.")
    assert out == [("European leaders of trying to sabotage the talks", "Kirill Dmitriev", "indirect")]


def test_an_interviewers_question_line_is_no_statement():
    out = stmts("Q: Putin says Russia will never decide anything under pressure. Your response?\n\n\"I'm glad he feels "
                "that way,\" Trump said.")
    assert out == [("I'm glad he feels that way", "Donald Trump", "direct")]


def test_a_titled_name_in_commas_is_who_he_means():
    out = stmts("Trump spoke on Monday.\n\nGermany's Europe minister, Gunther Krichbaum, went further: Ukraine \"must "
                "sit down at the table,\" he said, or any deal would fail.")
    assert out == [("Ukraine \"must sit down at the table,\" he said, or any deal would fail", "Gunther Krichbaum",
                     "direct")]


def test_a_participle_after_the_frame_is_its_own_statement():
    out = stmts("Lavrov set out the line: the West \"should not demand a truce,\" he said, accusing Europe of trying "
                "to drag Trump back.")
    assert [t for t, _, _ in out][1:] == ["Europe of trying to drag Trump back"]
    assert out[0][0].startswith("the West \"should not demand a truce") and "accusing" not in out[0][0]


def test_un_meeting_copy_names_the_state_or_the_speaker_in_brackets():
    out = stmts("Vassily Nebenzia (Russian Federation) said the resolution ignored the root causes of the conflict.")
    assert [a for _, a, _ in out] == ["Vasily Nebenzya"]
    out = stmts("The representative of the Russian Federation said his country would veto the text.")
    assert [a for _, a, _ in out] == ["Kremlin"]
    out = stmts("Speaking on behalf of the European Union, the representative of Denmark said sanctions would stay.")
    assert [a for _, a, _ in out] == ["European Union"]
    out = stmts("The representative of Brazil said the talks must include all parties.")
    assert [a for _, a, _ in out] == ["Brazilian government"]


def test_a_formal_state_name_is_the_state():
    assert stmts("The United Kingdom said the attacks must stop at once.") == [
        ("the attacks must stop at once", "Downing Street", "indirect")]


def test_mediator_press_honorifics_and_patronymics():
    out = stmts("His Excellency Dr. Majed bin Mohammed Al-Ansari, Advisor to the Prime Minister and Official "
                "Spokesperson of the Ministry of Foreign Affairs, affirmed that the State of Qatar will continue its "
                "efforts. His Excellency underlined that the mediators are working around the clock.", "gaza")
    assert [a for _, a, _ in out] == ["Majed al-Ansari", "Majed al-Ansari"]
    out = stmts("HE Sheikh Mohammed bin Abdulrahman bin Jassim Al-Thani, Prime Minister and Minister of Foreign "
                "Affairs, said that the agreement must be built on.", "gaza")
    assert [a for _, a, _ in out] == ["Mohammed bin Abdulrahman Al Thani"]


def test_expressed_appreciation_and_a_sultanate():
    out = stmts("The Sultanate of Oman expressed its appreciation for the positive response of the parties.", "gaza")
    assert out == [("its appreciation for the positive response of the parties", "Omani government", "indirect")]


def test_hearing_labels_and_party_tags():
    out = stmts("Senator Jeanne Shaheen opened the hearing.\n\nSEN. SHAHEEN: \"Are we going to let Putin win?\"")
    assert [a for _, a, _ in out] == ["Jeanne Shaheen"]
    out = stmts("Rep. Gregory Meeks (D-N.Y.), the committee's ranking member, said the administration had abandoned "
                "Ukraine.")
    assert [a for _, a, _ in out] == ["Gregory Meeks"]


def test_a_label_with_an_interpreter_or_a_party_tag():
    out = stmts("Talks\n\nPeskov (through interpreter): There will be no Europeans at the table.")
    assert out == [("There will be no Europeans at the table", "Dmitry Peskov", "indirect")]


def test_a_states_representative_is_the_state_and_what_he_refers_to():
    out = stmts("Briefing the Council, Rosemary DiCarlo said the fighting had intensified. The representative of "
                "China said the Council should support dialogue. He added that sanctions would not solve the crisis.")
    assert [a for _, a, _ in out][1:] == ["Chinese government", "Chinese government"]
    out = stmts("Slovenia's representative, speaking also for Malta, said the Charter must be upheld.")
    assert [a for _, a, _ in out] == ["Slovenian government"]
    out = stmts("The speaker for Guyana, also speaking on behalf of Sierra Leone, said civilians must be protected.")
    assert [a for _, a, _ in out] == ["Guyanese government"]


def test_according_to_a_statement_whose_clause_has_its_own_speaker():
    out = stmts("According to a statement issued by the Egyptian presidency, President Abdel Fattah al-Sisi "
                "underscored the importance of the truce.", "yemen")
    assert out == [("the importance of the truce", "Abdel Fattah al-Sisi", "indirect")]


def test_the_ministry_of_foreign_affairs_is_the_one_named_before():
    out = stmts("Qatar's foreign ministry spokesman Majed al-Ansari spoke. The Ministry of Foreign Affairs expresses "
                "the State of Qatar's condemnation of the attack.", "gaza")
    assert out == [("the State of Qatar's condemnation of the attack", "Qatari Foreign Ministry", "indirect")]


def test_a_name_after_a_ministry_with_an_honorific_is_a_person():
    out = stmts("HE the Minister of State at the Ministry of Foreign Affairs Dr. Mohammed bin Abdulaziz Al-Khulaifi "
                "affirmed that the State of Qatar supports the talks.", "yemen")
    assert [a for _, a, _ in out] == ["Mohammed bin Abdulaziz Al-Khulaifi"]


def test_a_newsletter_rubric_is_no_speaker_label():
    assert stmts("Newsletter\n\nTHE BIG PICTURE: Moscow is playing for time.\n\nBetween the lines: Kyiv is tired.") == []


def test_a_transcript_line_is_a_direct_statement():
    assert stmts("Broadcast\n\nZELENSKYY: We are ready for peace, but not for capitulation.") == [
        ("We are ready for peace, but not for capitulation", "Volodymyr Zelenskyy", "direct")]


def test_an_abbreviated_honorific_after_a_quote_does_not_end_the_frame():
    out = stmts("\"We are committed to the process,\" HE Dr. Majed Al-Ansari said at the weekly briefing.", "gaza")
    assert out == [("We are committed to the process", "Majed al-Ansari", "direct")]
    out = stmts("\"We will see,\" Mr. Netanyahu said on Sunday.", "gaza")
    assert [a for _, a, _ in out] == ["Benjamin Netanyahu"]


def test_un_bodies_and_voices():
    out = stmts("The Secretary-General's spokesperson said all parties must respect the truce.", "gaza")
    assert [a for _, a, _ in out] == ["United Nations"]
    out = stmts("Hamas's political bureau said the movement would study the plan.", "gaza")
    assert [a for _, a, _ in out] == ["Hamas"]
    out = stmts("The Arab Group said the occupation must end.", "gaza")
    assert [a for _, a, _ in out] == ["Arab Group"]
    out = stmts("The International Committee of the Red Cross said aid must reach Gaza.", "gaza")
    assert [a for _, a, _ in out] == ["International Committee of the Red Cross"]


def test_an_ap_party_tag_after_a_quote():
    out = stmts("\"We are not going to abandon Ukraine,\" Sen. Roger Wicker, R-Miss., said at the hearing.")
    assert out == [("We are not going to abandon Ukraine", "Roger Wicker", "direct")]
