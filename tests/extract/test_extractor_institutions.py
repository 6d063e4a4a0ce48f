"""Extraction tests for issue 14, round 2: institutions and groups as speakers ("his office", "the military",
"the party", "The Palestinian Authority in Ramallah"), documents named with their author, "X of the Y
Institute", a quoted question ending a paragraph, "said at least ...". Our own sentences."""
from conftest import extracted_statements


stmts = extracted_statements


def test_his_office_is_the_office_of_the_person_named_last():
    assert stmts("Netanyahu spoke on Friday.\n\nOn Saturday his office said the board was not coordinated with "
                 "Israel.", "gaza") == [("the board was not coordinated with Israel",
                                         "Israeli Prime Minister's Office", "indirect")]
    assert stmts("Zelensky received the draft on Thursday. His office said he had agreed to work on the "
                 "proposals.") == [("he had agreed to work on the proposals", "Ukrainian Presidential Office",
                                    "indirect")]


def test_his_office_without_a_known_office_is_no_speaker():
    assert stmts("Kovalenko spoke on Friday. His office said the plan was dead.") == []


def test_the_military_is_the_armed_forces_of_the_registry():
    assert stmts("Israel struck overnight.\n\nThe military says the operation will continue as long as "
                 "necessary.", "gaza") == [("the operation will continue as long as necessary",
                                            "Israel Defense Forces", "indirect")]


def test_the_party_is_the_group_named_last():
    out = stmts("Hezbollah objected to the cabinet vote. A day later the party declared that the government had "
                "committed a grave sin.", "lebanon-israel")
    assert out == [("the government had committed a grave sin", "Hezbollah", "indirect")]


def test_a_nationality_picks_the_embassy_of_that_camp():
    assert stmts("The American embassy said afterwards that both delegations had reaffirmed their commitment.",
                 "lebanon-israel") == [("both delegations had reaffirmed their commitment", "US Embassy in Beirut",
                                        "indirect")]


def test_a_coalition_not_named_in_the_article_is_not_guessed_from_the_registry():
    assert stmts("The coalition said the talks had failed.", "sudan") == []


def test_the_place_after_an_institution_is_not_the_speaker():
    assert stmts("The Palestinian Authority in Ramallah said the committee had to work with its institutions.",
                 "gaza") == [("the committee had to work with its institutions", "Palestinian Authority", "indirect")]


def test_a_document_takes_the_longest_known_author():
    assert stmts("Rubio met Lavrov. The State Department readout said Rubio had urged Moscow to take steps.") == \
        [("Rubio had urged Moscow to take steps", "US State Department", "indirect")]


def test_a_spokesperson_speaks_for_the_institution_named_before():
    assert stmts("The Kremlin was cool on the idea. A spokesperson said the sanctions would have to go first.") == \
        [("the sanctions would have to go first", "Kremlin", "indirect")]


def test_an_analyst_of_an_institute_is_the_analyst():
    assert stmts("Luigi Scazzieri of the EU Institute for Security Studies said the coalition could not succeed "
                 "alone.") == [("the coalition could not succeed alone", "Luigi Scazzieri", "indirect")]


def test_a_title_of_a_state_is_not_a_name_of_an_institute():
    out = stmts("Qatar's Minister of State Mohammed Al-Khulaifi said the declaration was a pivotal step.")
    assert out and out[0][1] == "Mohammed Al-Khulaifi"


def test_a_quoted_question_ending_a_paragraph_keeps_its_colon_speaker():
    body = ('Lavrov went further on the eve of the meeting: "I do not know what they would do. Why invite them?"'
            "\n\nKremlin spokesman Dmitry Peskov said at the time that Moscow's interlocutor was Washington.")
    assert stmts(body) == [("I do not know what they would do. Why invite them?", "Sergei Lavrov", "direct"),
                           ("Moscow's interlocutor was Washington", "Dmitry Peskov", "indirect")]


def test_said_at_least():
    assert stmts("Foreign Minister Andrii Sybiha said at least seven countries had offered to host a meeting.") == \
        [("at least seven countries had offered to host a meeting", "Andrii Sybiha", "indirect")]


def test_a_bare_weekday_after_the_verb_is_no_content():
    assert stmts("Umerov said Thursday the talks had been constructive.") == \
        [("the talks had been constructive", "Rustem Umerov", "indirect")]
    assert stmts("Rubio said late Tuesday the United States was ready to walk away.") == \
        [("the United States was ready to walk away", "Marco Rubio", "indirect")]


def test_a_place_after_the_audience_is_no_content():
    assert stmts("Lavrov told reporters in Moscow the Europeans had no place at the table.") == \
        [("the Europeans had no place at the table", "Sergei Lavrov", "indirect")]


def test_an_adverb_is_a_whole_word():
    out = stmts("The German chancellor warned against a dictated peace.")
    assert all(not t.startswith("st ") for t, _, _ in out)


def test_wrote_with_a_clause_without_that():
    assert stmts("Dmitry Medvedev wrote on Telegram the ultimatum was theatrical.") == \
        [("the ultimatum was theatrical", "Dmitry Medvedev", "indirect")]


def test_a_quoted_title_between_verb_and_that():
    body = ('The Institute for the Study of War warned in its daily "Campaign Assessment" before the round that '
            'the meeting was unlikely to yield results.')
    assert stmts(body) == [("the meeting was unlikely to yield results", "Institute for the Study of War", "indirect")]


def test_possessive_titles_and_offices():
    assert stmts("The EU's foreign policy chief said Europe must be at the table.")[0][1] == "Kaja Kallas"
    assert stmts("The UN secretary-general called for an immediate ceasefire.")[0][1] == "Antonio Guterres"
    assert stmts("The Ukrainian president's office said the meeting would take place on Friday.")[0][1] == \
        "Ukrainian Presidential Office"
    assert stmts('Zelensky\'s chief of staff, Andriy Yermak, wrote on Telegram: "Ukraine will not give in."')[0][1] == \
        "Andriy Yermak"


def test_a_two_word_state_is_the_state_not_its_last_word():
    assert stmts("Saudi Arabia said it welcomed the roadmap.", "yemen") == \
        [("it welcomed the roadmap", "Saudi government", "indirect")]
    assert stmts("The rebels said the strikes would not deter them.", "yemen")[0][1] == "Houthis"


def test_a_country_speaking_is_its_government():
    assert stmts("Thailand said it would not accept mediation.", "thailand-cambodia")[0][1] == "Thai government"


def test_according_to_in_the_middle_takes_the_whole_sentence():
    assert stmts("Ukraine is ready to sign, according to Umerov, but only if guarantees are in place.") == \
        [("Ukraine is ready to sign, according to Umerov, but only if guarantees are in place", "Rustem Umerov",
          "indirect")]


def test_a_span_that_is_one_quotation_drops_its_marks():
    assert stmts('According to Lavrov, "there can be no talk of a ceasefire".') == \
        [("there can be no talk of a ceasefire", "Sergei Lavrov", "direct")]
    assert stmts('Peskov told Interfax, "There is no such plan."') == \
        [("There is no such plan.", "Dmitry Peskov", "direct")]


def test_as_x_put_it():
    assert stmts('As Zelensky put it, "Ukraine will not be traded."') == \
        [("Ukraine will not be traded.", "Volodymyr Zelenskyy", "direct")]
    assert stmts("But as Lavrov put it, the Europeans have no place at the table.") == \
        [("the Europeans have no place at the table", "Sergei Lavrov", "indirect")]
    assert stmts("As expected, the talks failed.") == []


def test_the_spokesman_is_the_holder_of_the_title_a_spokesman_the_institution():
    assert stmts("The Kremlin spokesman said the talks would go on.")[0][1] == "Dmitry Peskov"
    assert stmts("A Kremlin spokesman said the talks would go on.")[0][1] == "Kremlin"


def test_quoted_by_an_agency_as_saying_is_the_person():
    assert stmts("Peskov was quoted by TASS as saying the talks would continue.") == \
        [("the talks would continue", "Dmitry Peskov", "indirect")]


def test_inverted_says_after_the_clause():
    assert stmts("The talks will continue, says Peskov.") == [("The talks will continue", "Dmitry Peskov", "indirect")]


def test_in_x_words():
    assert stmts('In Zelensky\'s words, Ukraine "will not capitulate".') == \
        [('Ukraine "will not capitulate"', "Volodymyr Zelenskyy", "direct")]
    assert stmts('In the words of the Kremlin spokesman, the talks are "at an early stage".')[0][1] == "Dmitry Peskov"


def test_position_is_that():
    assert stmts("The Kremlin's position is that Ukraine must withdraw.") == \
        [("Ukraine must withdraw", "Kremlin", "indirect")]
    assert stmts("Zelensky spoke in Kyiv. His view was that Russia was stalling.") == \
        [("Russia was stalling", "Volodymyr Zelenskyy", "indirect")]
    assert stmts("The view from the front is that the war will go on.") == []


def test_states_and_state_bodies_unknown_to_the_registry_take_the_guide_names():
    assert stmts("Poland said it would send no troops.")[0][1] == "Polish government"
    assert stmts("Ukraine's defence ministry said 40 drones were shot down.")[0][1] == "Ukrainian defence ministry"


def test_the_leader_is_the_head_of_government_introduced_earlier():
    assert stmts("Estonian Prime Minister Kristen Michal spoke in Tallinn. The Estonian leader said Russia could not "
                 "be trusted.") == [("Russia could not be trusted", "Kristen Michal", "indirect")]


def test_answered_and_made_clear_need_a_clause():
    assert stmts("Putin spoke on Sunday, and he answered a different question.") == []
    assert stmts("Ushakov had already made clear that, for Moscow, a ceasefire would follow a withdrawal.") == \
        [("for Moscow, a ceasefire would follow a withdrawal", "Yuri Ushakov", "indirect")]


def test_the_ministry_is_the_ministry_of_the_camp_named_before():
    body = ("The foreign ministry in Kyiv issued a statement. The ministry added that Ukraine would not negotiate "
            "under pressure.")
    assert stmts(body) == [("Ukraine would not negotiate under pressure", "Ukrainian Foreign Ministry", "indirect")]


def test_a_quotation_paragraph_after_a_person_and_a_place_is_the_person():
    body = 'Zelensky spoke to reporters in Kyiv after the call.\n\n"We are ready for a ceasefire. But Russia must stop."'
    assert [a for _, a, _ in stmts(body)] == ["Volodymyr Zelenskyy"]


def test_the_head_of_a_delegation_is_a_person():
    assert stmts("Vladimir Medinsky led the Russian team. The head of the Russian delegation said Moscow was "
                 "satisfied.") == [("Moscow was satisfied", "Vladimir Medinsky", "indirect")]
    assert stmts("Secretary of State Marco Rubio said the talks were useful.")[0][1] == "Marco Rubio"


def test_owned_words_before_a_colon_and_an_object_before_a_colon():
    assert stmts('Then came Peskov\'s reply: "No comment."') == [("No comment.", "Dmitry Peskov", "direct")]
    assert stmts("Lavrov reiterated Moscow's position: no foreign troops in Ukraine.") == \
        [("no foreign troops in Ukraine", "Sergei Lavrov", "indirect")]


def test_capitals_and_plural_nationalities_speak_for_their_governments():
    assert stmts("London said the sanctions would stay.")[0][1] == "Downing Street"
    assert stmts("Ankara said it was ready to host the talks.")[0][1] == "Turkish government"
    assert stmts("The Americans said the talks had been useful.")[0][1] == "White House"
    assert stmts("Ukraine's army said it had repelled the attack.")[0][1] == "Ukrainian military"


def test_according_to_a_source_with_its_own_clause():
    assert stmts("According to Peskov, who spoke to reporters on Monday, no date has been set.") == \
        [("no date has been set", "Dmitry Peskov", "indirect")]
    assert stmts("According to the Ukrainian foreign minister, Andrii Sybiha, Moscow is stalling.") == \
        [("Moscow is stalling", "Andrii Sybiha", "indirect")]
    assert stmts("Peskov spoke on Monday. According to him, the talks were useful.") == \
        [("the talks were useful", "Dmitry Peskov", "indirect")]


def test_described_audiences_after_told():
    assert stmts("Peskov told Russian state television the summit was still possible.") == \
        [("the summit was still possible", "Dmitry Peskov", "indirect")]
    assert stmts("Trump told reporters aboard Air Force One he was not happy with Putin.") == \
        [("he was not happy with Putin", "Donald Trump", "indirect")]


def test_per_a_source():
    assert stmts("The talks will resume next week, per the Kremlin.") == \
        [("The talks will resume next week", "Kremlin", "indirect")]
    assert all(a != "cent" for _, a, _ in stmts("Support stood at 40 per cent, according to the poll."))


def test_european_states_named_together_are_european_leaders():
    assert stmts("The leaders of France, Germany and Britain said the ceasefire must begin on Monday.")[0][1] == \
        "European leaders"
    assert stmts("Egypt, Qatar and Turkey said the plan was a basis for talks.", "gaza")[0][1] == \
        "Egypt, Qatar and Turkey"


def test_the_signatories_are_the_group_named_before():
    body = ("Leaders of France, Germany, Britain and Poland issued a joint statement on Sunday. The signatories said "
            "the ceasefire must be unconditional.")
    assert stmts(body) == [("the ceasefire must be unconditional", "European leaders", "indirect")]


def test_a_split_quote_continues_after_a_dash_or_semicolon():
    assert stmts('"We are ready," Zelensky said — "but not at any price."') == \
        [('We are ready," Zelensky said — "but not at any price.', "Volodymyr Zelenskyy", "direct")]


def test_an_owned_body_with_modifiers():
    assert stmts("Hamas's armed wing said it had handed over the bodies.", "gaza") == \
        [("it had handed over the bodies", "Qassam Brigades", "indirect")]


# ---------------------------------------------------------------- round 5: a body placed by its capital, fixed names

def actors(body, conflict="russia-ukraine"):
    return [a for _, a, _ in stmts(body, conflict)]


def test_a_ministry_in_a_capital_is_that_states_ministry():
    assert actors("The Foreign Ministry in Moscow said on Tuesday that the talks had been useful.") == \
        ["Russian Foreign Ministry"]
    assert actors("The foreign ministry in Kyiv said on Tuesday that the talks had been useful.") == \
        ["Ukrainian Foreign Ministry"]
    assert actors("The Russian embassy in Washington said the talks had been useful.") == \
        ["Russian embassy in Washington"]


def test_the_coalition_of_the_willing_and_the_us_side():
    assert actors("The coalition of the willing said on Tuesday that the talks had been useful.") == \
        ["European leaders"]
    assert actors("Leaders of the coalition of the willing said a force could deploy after a truce.") == \
        ["European leaders"]
    assert actors("The US side said on Tuesday that the talks had been useful.") == ["US delegation"]


def test_a_cabinet_is_its_government():
    assert actors("The Israeli security cabinet said on Friday that the deal had been approved.", "gaza") == \
        ["Israeli government"]
    assert actors("The Lebanese cabinet said the army would draw up a plan.", "lebanon-israel") == \
        ["Lebanese government"]


def test_a_capital_speaks_for_its_government():
    assert actors("Phnom Penh said the Thai side had fired first.", "thailand-cambodia") == ["Cambodian government"]
    assert actors("Bangkok said the Cambodian side had fired first.", "thailand-cambodia") == ["Thai government"]


def test_an_envoy_to_a_body_before_the_name():
    assert actors("Russia's ambassador to the UN, Vasily Nebenzya, said Kyiv was stalling.") == ["Vasily Nebenzya"]
    assert actors("The US envoy to NATO, Matthew Whitaker, said the allies had to spend more.") == ["Matthew Whitaker"]


def test_an_envoy_to_the_talks_and_the_head_of_a_delegation_before_the_name():
    assert actors("Ukraine's envoy to the talks, Rustem Umerov, said the sides had agreed on a swap.") == \
        ["Rustem Umerov"]
    assert actors("The head of Russia's delegation at the talks, Vladimir Medinsky, said Moscow was "
                  "satisfied.") == ["Vladimir Medinsky"]


def test_ranks_before_an_appositive_name_and_the_paramilitary():
    assert actors("The army's spokesman, Brigadier General Nabil Abdallah, said the RSF had shelled El Fasher.",
                  "sudan") == ["Nabil Abdallah"]
    assert actors("The paramilitary said in a statement it had agreed to the truce.", "sudan") == ["RSF"]


def test_troops_and_a_meeting_are_the_audience_not_the_content():
    assert stmts("Burhan told troops in Omdurman there would be no truce with the militia.", "sudan") == \
        [("there would be no truce with the militia", "Abdel Fattah al-Burhan", "indirect")]
    assert stmts("Putin told the Security Council meeting Russia would achieve its goals.") == \
        [("Russia would achieve its goals", "Vladimir Putin", "indirect")]


def test_the_office_of_a_person_is_their_office():
    assert actors("The office of the Israeli prime minister said the bodies had been identified.", "gaza") == \
        ["Israeli Prime Minister's Office"]
    assert actors("The office of Israeli Prime Minister Benjamin Netanyahu said Israel would not allow Hamas to "
                  "rearm.", "gaza") == ["Israeli Prime Minister's Office"]
    assert actors("The office of the Ukrainian president said the call had been constructive.") == \
        ["Ukrainian Presidential Office"]


def test_it_after_the_office_of_a_person_is_that_office():
    body = ('Trump weighed in first. "They will be released shortly," he posted.\n\nThe office of Israeli Prime '
            "Minister Benjamin Netanyahu was more cautious. It said it hoped the details would be finalised that night.")
    assert actors(body, "gaza") == ["Donald Trump", "Israeli Prime Minister's Office"]


def test_a_statement_from_a_lower_case_body_is_that_bodys():
    assert actors("According to a statement from the Ukrainian presidency, Zelensky and Macron discussed air "
                  "defence.") == ["Ukrainian Presidential Office"]
    assert actors("A statement from the Russian foreign ministry said the talks were useful.") == \
        ["Russian Foreign Ministry"]


def test_it_after_a_states_ministry_in_narration_is_the_ministry():
    assert actors("Ukraine's foreign ministry issued a statement on Monday. It said Russia had violated the "
                  "truce.") == ["Ukrainian Foreign Ministry"]


def test_an_air_force_is_a_speaker():
    assert stmts("Russia launched 500 drones overnight, Ukraine's air force said.") == \
        [("Russia launched 500 drones overnight", "Ukrainian air force", "indirect")]


def test_russias_army_is_the_russian_military_as_ukraines_is_the_ukrainian():
    assert actors("Russia's armed forces said they had taken two villages.") == ["Russian military"]
    assert actors("Ukraine's armed forces said they had repelled the attack.") == ["Ukrainian military"]
