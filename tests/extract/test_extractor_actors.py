"""Extraction tests for issue 14, round 3: which actor a found statement gets. Documents and their authors,
offices of the people who own them, lists of leaders, pronouns across paragraphs, institutions and their heads,
titles introduced earlier. Our own sentences."""
from conftest import extracted_statements

from pipeline.actors import ActorRegistry
from pipeline.extract.documents import document_author, kin, learn_documents
from pipeline.extract.speakers import Ctx, resolve

stmts = extracted_statements


def actors(body, conflict="russia-ukraine"):
    return [a for _, a, _ in stmts(body, conflict)]


# ---------------------------------------------------------------- documents speak for the author named with them

def test_a_statement_by_a_group_is_the_groups_in_later_sentences():
    body = ("The truce grew out of an August statement by the so-called Quad, four governments that met in "
            "Washington. The statement said the war had no military solution.")
    assert actors(body, "sudan") == ["Quad"]


def test_a_document_a_body_released_is_that_bodys():
    body = ('Both sides met in Geneva.\n\n"We made progress," said the joint statement, which the White House '
            "released after the session.\n\nThe statement said any deal had to respect Ukraine's sovereignty. "
            "It added that the two sides would stay in touch with their partners.")
    assert actors(body) == ["White House", "White House", "White House"]


def test_a_readout_written_by_a_person_is_that_persons():
    body = ('Witkoff met Umerov in Florida. "Both parties agreed that progress depends on Russia," Witkoff wrote on '
            "X in a readout of the meeting.\n\nThe readout said the two sides had also agreed on a framework of "
            "security arrangements.")
    assert actors(body) == ["Steve Witkoff", "Steve Witkoff"]


def test_the_same_report_is_the_outlets():
    body = ("According to The Economist, Medinsky told the Ukrainians that Russia could fight for years. The same "
            "report said Moscow's negotiators had demanded a withdrawal from four regions.")
    got = actors(body)
    assert got[-1] == got[0] and "Economist" in got[0]


def _learned(sentence, conflict="gaza"):
    ctx, reg = Ctx(), ActorRegistry.for_conflict(conflict)
    learn_documents(sentence, 0, len(sentence), bytearray(len(sentence) + 1), None, ctx, reg, resolve)
    return ctx


def test_a_document_drafted_by_someone_is_not_theirs():
    assert _learned("The resolution, drafted by the United States, passed with 13 votes.").docs == []
    ctx = _learned("The resolution put forward by the United States passed with 13 votes.")
    assert document_author("The resolution", ctx) is None
    ctx = _learned("Moscow's memorandum reached Kyiv on Monday.", "russia-ukraine")
    assert document_author("The memorandum itself", ctx)[0] == "Kremlin"
    assert document_author("the Kremlin memorandum", ctx) is None     # names its own author
    assert kin("communique") == "statement" and kin("proposal") == "plan"


def test_a_statement_issued_by_leaders_of_listed_states_is_european_leaders():
    body = ("In a statement issued on Saturday by the leaders of France, Italy, Germany, Poland, the United Kingdom, "
            "Finland and the two main EU institutions, the signatories welcomed the talks.\n\n"
            'The statement said: "It will be up to Ukraine to make decisions on its territory."')
    assert actors(body)[-1] == "European leaders"


def test_leaders_of_listed_states_and_an_eu_body_as_subject():
    body = ("In a joint statement, the leaders of France, Italy, Germany, Poland, Britain, Finland and the European "
            "Commission welcomed Trump's efforts to stop the killing.")
    assert actors(body) == ["European leaders"]


# ---------------------------------------------------------------- offices and the people who own them

def test_a_persons_office_as_subject_of_a_participle():
    body = ('But Benjamin Netanyahu\'s office fell into line, saying Israel would keep working "in full '
            'cooperation with the President".')
    assert actors(body, "gaza") == ["Israeli Prime Minister's Office"]


def test_a_verb_used_as_an_adjective_is_no_frame():
    body = ("Prime Minister Benjamin Netanyahu's office says the strikes followed Hamas's repeated refusal to free "
            'the hostages: "From now on, Israel will act against Hamas with increasing military strength."')
    assert actors(body, "gaza") == ["Israeli Prime Minister's Office"]


# ---------------------------------------------------------------- pronouns and subjects

def test_an_interjected_frame_far_from_the_name_does_not_hide_the_subject():
    body = ("Ushakov said Moscow and Washington were no closer.\n\nMr Trump, for his part, has held since the summit "
            "that a peace agreement beats a ceasefire, which, he wrote at the time, often does not hold up. He has "
            "decided that the problem lies elsewhere. He said on Sunday that he was disappointed.")
    assert actors(body)[-1] == "Donald Trump"


def test_a_pronoun_that_opens_the_sentence_is_not_an_adverbial():
    body = ("Dmitry Peskov cautioned that friendliness was hardly possible. He confirmed, too, that Vladimir Putin "
            "was willing to meet Zelensky, but added pointedly: \u201cWe are still talking about Moscow.\u201d")
    assert actors(body) == ["Dmitry Peskov", "Dmitry Peskov", "Dmitry Peskov"]


def test_the_one_person_of_an_opening_clause_is_the_pronoun():
    body = ("The UN said the truce held.\n\nWhen Morgan Ortagus, the deputy envoy, visited Baabda in February, she "
            "announced that Hezbollah should not be part of the government.")
    assert actors(body, "lebanon-israel")[-1] == "Morgan Ortagus"


def test_a_possessive_subject_is_the_pronoun_of_its_clause():
    body = ("Viktor Orban flew to Moscow to offer a venue.\n\nMr Zelenskyy's view of that offer has not changed since "
            "he said, in October, that a leader who blocks Ukraine everywhere could do nothing positive for it.")
    assert actors(body)[-1] == "Volodymyr Zelenskyy"


def test_a_title_after_an_opening_clause_is_the_subject():
    body = ("Steve Witkoff arrived in Moscow.\n\nWhile Steve Witkoff and Jared Kushner strolled around the capital, "
            'the Kremlin chief took the stage at a banking forum.\n\n"We are ready right now," he growled.')
    assert actors(body) == ["Vladimir Putin"]


def test_a_name_with_an_appositive_after_an_opening_phrase_is_the_subject():
    body = ("On Saturday Keith Kellogg, President Donald Trump's envoy for Ukraine, was asked whether Europeans would "
            "sit at the table. He said he came from the school of realism.")
    assert actors(body) == ["Keith Kellogg"]


def test_an_owner_in_an_appositive_is_not_the_subject_of_a_participle():
    body = ("Kirill Dmitriev, Putin's envoy for investment, went further on Telegram, writing that European leaders "
            "were making every effort to prevent peace talks.")
    assert actors(body) == ["Kirill Dmitriev"]


# ---------------------------------------------------------------- names, relatives and labels

def test_a_relative_clause_after_the_name_names_nobody_else():
    body = ('Kremlin foreign policy aide Yuri Ushakov, who sat in on the meeting with Kirill Dmitriev, called it '
            '"very useful, constructive and substantive".')
    assert actors(body) == ["Yuri Ushakov"]


def test_a_bullet_label_with_a_relative_or_asked_clause():
    body = ('MOSCOW\n\n\u2022 Kremlin aide Yuri Ushakov, on the European counter-draft, which called for a ceasefire '
            'along the current front: "At first glance, it is completely unconstructive."\n'
            '\u2022 Kremlin spokesman Dmitry Peskov, asked on Sunday whether the pause would be extended: "There were '
            'no other orders."\n'
            '\u2022 Peskov to Le Point, Wednesday, asked whether the EU could join the talks: "There are no '
            'coinciding positions now."')
    assert actors(body) == ["Yuri Ushakov", "Dmitry Peskov", "Dmitry Peskov"]


def test_a_name_after_which_speaks_the_called_quote():
    body = ("The army-backed government said on Tuesday that it would not accept the RSF truce, which Information "
            "Minister Khalid al-Aiser called a \u201cpolitical manoeuvre\u201d.")
    assert ("political manoeuvre", "Khalid al-Aiser", "direct") in stmts(body, "sudan")


# ---------------------------------------------------------------- institutions and the people who lead them

def test_a_group_led_by_a_person_is_the_group():
    assert actors("Sumud, the civilian coalition led by former prime minister Abdalla Hamdok, said the roadmap was "
                  "a step forward.", "sudan") == ["Sumud"]
    assert actors("The Hayastan alliance of the former president Robert Kocharyan said the commitments had "
                  "\u201cnothing to do with real peace\u201d.", "armenia-azerbaijan") == ["Hayastan alliance"]
    assert actors("In March the Republican Party of the former president Serzh Sargsyan denounced a \u201cdouble "
                  "capitulation\u201d.", "armenia-azerbaijan") == ["Republican Party of Armenia"]


def test_the_body_of_a_state_written_with_of():
    assert actors("The foreign ministry of the United Arab Emirates, itself a member of the Quad, said Burhan was "
                  "obstructive.", "sudan") == ["UAE Foreign Ministry"]
    assert actors("The foreign ministry of Egypt said the truce must hold.", "sudan") == ["Egyptian Foreign Ministry"]


def test_its_ministry_after_a_state_the_registry_lacks():
    body = ("Azerbaijan welcomed the deal.\n\nIran, which borders the planned route, was cautious. Its foreign "
            "ministry said it welcomed the peace deal.")
    assert actors(body, "armenia-azerbaijan") == ["Iranian Foreign Ministry"]
    body = "Azerbaijan welcomed the deal.\n\nNorway, which hosted talks, was cautious. Its foreign ministry said it was pleased."
    assert actors(body, "armenia-azerbaijan") == ["Norwegian foreign ministry"]


# ---------------------------------------------------------------- translated copy: title chains, "the head of ..."

def test_a_long_title_chain_ends_in_the_person():
    assert actors("Press Secretary of the President of the Russian Federation Dmitry Peskov noted that the Kremlin "
                  "was ready for contacts.") == ["Dmitry Peskov"]
    assert actors("Deputy Minister of Foreign Affairs of the Russian Federation Sergey Ryabkov stated that Moscow saw "
                  "no basis for a truce.") == ["Sergei Ryabkov"]


def test_the_head_of_state_is_the_president_named_last():
    body = ("Vladimir Putin met Steve Witkoff in the Kremlin. Sergey Ryabkov stated that Moscow saw no basis for a "
            "truce.\n\nThe head of state noted that Russia was open to negotiations but would not accept ultimatums.")
    assert actors(body) == ["Sergei Ryabkov", "Vladimir Putin"]


def test_the_head_of_an_institution_is_its_head():
    assert actors("The head of the Russian Foreign Ministry emphasized that Europe had no place at the "
                  "table.") == ["Sergei Lavrov"]
    assert actors("The head of the White House, for his part, said he was disappointed with both "
                  "sides.") == ["Donald Trump"]
    assert actors("The head of the Ukrainian state said Kyiv was ready for a ceasefire.") == ["Volodymyr Zelenskyy"]
    assert actors("The head of the Ukrainian Foreign Ministry said that Russia was stalling.") == ["Andrii Sybiha"]


def test_in_his_opinion_and_as_an_agency_reports():
    body = ("Yury Ushakov told journalists that the meeting had been useful. In his opinion, the Europeans are "
            "deliberately dragging out the conflict.\n\nAs RIA Novosti reports, the talks will resume on Monday.")
    assert stmts(body) == [("the meeting had been useful", "Yuri Ushakov", "indirect"),
                           ("the Europeans are deliberately dragging out the conflict", "Yuri Ushakov", "indirect"),
                           ("the talks will resume on Monday", "RIA Novosti", "indirect")]


def test_a_think_tank_named_as_subject_is_what_its_means():
    body = ("The Institute for the Study of War makes a similar case. In its assessment, Putin's theory of victory "
            "rests on the idea that Russian troops can keep creeping forward.\n\nThe International Crisis Group "
            "points to a second weakness: method. Its experts argued in August that Washington was leaning too "
            "heavily on a single envoy.")
    assert actors(body) == ["Institute for the Study of War", "International Crisis Group"]


def test_transliteration_variants_of_one_name():
    assert actors("Andriy Sybiga, the head of Ukrainian diplomacy, said Russia was stalling.") == ["Andrii Sybiha"]
    assert actors("Dmitriy Peskov said that the Kremlin was ready for contacts.") == ["Dmitry Peskov"]


def test_an_agency_or_newspaper_named_with_its_kind_is_the_outlet():
    assert actors("According to the TASS agency, the Russian delegation will be headed by Vladimir "
                  "Medinskiy.") == ["TASS"]
    assert actors("The RBC newspaper writes that the memorandum contains five points.") == ["RBC"]


def test_a_national_title_names_the_registrys_only_holder():
    assert actors("The American leader noted that a deal was close.") == ["Donald Trump"]


# ---------------------------------------------------------------- live blogs: time stamps, labels, read-outs

def test_a_time_stamp_with_a_dash_opens_a_labelled_line():
    body = ("16:10 \u2014 Sybiha: Kyiv will not trade land for peace.\n\n"
            "16:40 \u2014 Update: Zelensky has now said he is ready to meet Putin \"in any format\".\n\n"
            "14:40 \u2014 Kremlin readout: Putin told Trump that a ceasefire was possible only after a settlement.")
    assert actors(body) == ["Andrii Sybiha", "Volodymyr Zelenskyy", "Kremlin"]


def test_official_names_of_ministries_and_offices():
    assert actors("The Ministry of Foreign Affairs of Russia stated that the European plan was "
                  "unacceptable.") == ["Russian Foreign Ministry"]
    assert actors("The Ministry of Defense of the Russian Federation reported that its forces had taken two "
                  "villages.") == ["Russian Defence Ministry"]
    assert actors("The Office of the President of Ukraine said that Kyiv was preparing its own "
                  "proposals.") == ["Ukrainian Presidential Office"]
    assert actors("Putin spoke.\n\nThe press service of the Kremlin reported that the leaders had spoken by "
                  "phone.") == ["Kremlin"]


def test_in_the_kremlin_they_said():
    assert actors("Zelensky spoke in Kyiv.\n\nIn the Kremlin, they stated that the talks would "
                  "continue.") == ["Kremlin"]


def test_translated_frames():
    body = ("As Peskov specified, no date has been set. Lavrov also expressed the opinion that Europe was preparing "
            "for war. Peskov drew attention to the fact that the Ukrainian side had not responded.")
    assert stmts(body) == [("no date has been set", "Dmitry Peskov", "indirect"),
                           ("Europe was preparing for war", "Sergei Lavrov", "indirect"),
                           ("the Ukrainian side had not responded", "Dmitry Peskov", "indirect")]


# ---------------------------------------------------------------- recall: documents that state terms

def test_a_document_that_states_terms_speaks_for_its_author():
    body = ("Reuters reports that Moscow has sent Washington a private note restating its demands. The note made any "
            "ceasefire conditional on Kyiv handing over the remaining part of the Donbas.\n\nThree rounds produced "
            "nothing. The memorandum Russia handed over in June made a ceasefire conditional on Ukraine pulling its "
            "troops out of four regions.\n\nUkraine had sent its own roadmap to Moscow days earlier. That paper put a "
            "complete and unconditional ceasefire of at least 30 days first.")
    got = stmts(body)
    assert got[1:] == [
        ("any ceasefire conditional on Kyiv handing over the remaining part of the Donbas", "Kremlin", "indirect"),
        ("a ceasefire conditional on Ukraine pulling its troops out of four regions", "Kremlin", "indirect"),
        ("a complete and unconditional ceasefire of at least 30 days first", "Ukrainian government", "indirect")]


def test_a_document_that_only_exists_is_no_statement():
    assert stmts("The memorandum runs to five pages.") == []


def test_described_as_a_quoted_phrase_keeps_the_words_before_the_quote():
    body = "Maria Zakharova spoke. She described the coalition as a genuine \u201caxis of war\u201d."
    assert stmts(body) == [("a genuine \u201caxis of war\u201d", "Maria Zakharova", "direct")]


def test_the_diplomat_is_whom_the_paragraph_is_about():
    body = ("Lavrov spoke. Zakharova commented on the statement of the Estonian prime minister.\n\n"
            '"Tallinn is again trying to provoke," the diplomat wrote on Telegram.')
    assert actors(body) == ["Maria Zakharova"]


def test_press_services_parliaments_and_as_stated_in():
    assert actors("Putin spoke with Trump.\n\nAccording to the Kremlin press service, the leaders discussed a "
                  "ceasefire.") == ["Kremlin"]
    assert actors("As stated in the Kremlin, the meeting will take place in Istanbul.") == ["Kremlin"]
    assert actors("The Verkhovna Rada called on partners to strengthen sanctions.") == ["Verkhovna Rada"]
    assert actors("The General Staff of the Armed Forces of Ukraine reported that the Russians had "
                  "attacked.") == ["Ukrainian military"]


def test_a_colon_after_a_pronoun_subject_with_an_opening_phrase():
    body = ("Peskov spoke on the radio. On the insult he was almost playful: \u201cRussia is more associated with a "
            "bear.\u201d\n\nZelensky spoke for ten minutes. He closed it with a line that Ukrainian media ran as a "
            "headline within minutes: \u201cWe did not betray Ukraine then, and we will not do it now.\u201d")
    assert actors(body) == ["Dmitry Peskov", "Volodymyr Zelenskyy"]


def test_time_stamped_lines_read_like_bullets():
    body = ("10:50 Sybiha, on X: Russia must stop the strikes now.\n\n"
            "11:00 Merz, at a press conference in Berlin: Europe will not be sidelined.\n\n"
            "09:45 Readout from the Kremlin: the presidents discussed prisoner exchanges and agreed to stay in touch.\n\n"
            "10:40 Q: Is the ceasefire dead?\nA (Peskov): No, it is not dead.")
    assert actors(body) == ["Andrii Sybiha", "Friedrich Merz", "Kremlin", "Dmitry Peskov"]


def test_a_time_stamped_line_without_a_label_is_not_one():
    assert stmts("10:50 Talks resumed in the afternoon: both delegations met for three hours.") == []


def test_official_state_names_in_other_conflicts():
    assert actors("The Ministry of Foreign Affairs of the Republic of Azerbaijan stated that the treaty would be "
                  "signed soon.", "armenia-azerbaijan") == ["Azerbaijani Foreign Ministry"]
    assert actors("The Foreign Ministry of Armenia said Yerevan was ready.", "armenia-azerbaijan") == \
        ["Armenian Foreign Ministry"]
    assert actors("The Ministry of Foreign Affairs of the Kingdom of Thailand said the ceasefire was violated.",
                  "thailand-cambodia") == ["Thai Foreign Ministry"]
    assert actors("The Royal Government of Cambodia said it remained committed to peace.", "thailand-cambodia") == \
        ["Cambodian government"]
    assert actors("The Cambodian Ministry of National Defence said Thai forces had attacked first.",
                  "thailand-cambodia") == ["Cambodian Defence Ministry"]


def test_insisted_on_and_blamed_carry_their_object():
    assert stmts("Putin insisted on a full withdrawal of Ukrainian forces from Donbas.") == \
        [("a full withdrawal of Ukrainian forces from Donbas", "Vladimir Putin", "indirect")]
    assert stmts("Zakharova blamed Kyiv for the failure of the talks.") == \
        [("Kyiv for the failure of the talks", "Maria Zakharova", "indirect")]


def test_a_capitals_body_is_the_states():
    assert actors("Kyiv's negotiators demanded an unconditional ceasefire as a first step.") == ["Ukrainian delegation"]


def test_key_points_bullets_and_a_with_clause():
    body = ("KEY POINTS\n\u2022 Zelensky: no talks without Ukraine\n\u2022 Ukraine ready for ceasefire, Sybiha says\n\n"
            "MOSCOW, Dec 4 (Wire) - Russia on Thursday rejected a European counter-proposal, with the Kremlin saying "
            "the plan was not constructive.")
    got = stmts(body)
    assert got[:2] == [("no talks without Ukraine", "Volodymyr Zelenskyy", "indirect"),
                       ("Ukraine ready for ceasefire", "Andrii Sybiha", "indirect")]
    assert ("the plan was not constructive", "Kremlin", "indirect") in got


def test_a_capital_pronoun_after_a_quoted_question_starts_a_sentence():
    body = ('Anutin spoke. Asked about talks, he replied: "How can we possibly agree to a ceasefire now?" He said it '
            "was not the time for talks with Cambodia.")
    assert stmts(body, "thailand-cambodia") == [
        ("How can we possibly agree to a ceasefire now?", "Anutin Charnvirakul", "direct"),
        ("it was not the time for talks with Cambodia", "Anutin Charnvirakul", "indirect")]


def test_denied_with_a_plain_object_does_not_split_the_clause():
    body = ("Hamas was scathing. It said the text imposed a trusteeship on Gaza and denied Palestinians the right to "
            "manage the territory themselves.")
    assert stmts(body, "gaza") == [("the text imposed a trusteeship on Gaza and denied Palestinians the right to "
                                    "manage the territory themselves", "Hamas", "indirect")]
    assert len(stmts("Peskov said the talks were useful and denied that a summit was planned.")) == 2


def test_an_inverted_title_chain_and_according_to_with_a_plain_verb():
    assert stmts('"The talks were useful," said press secretary of the Russian president Dmitry Peskov.') == \
        [("The talks were useful", "Dmitry Peskov", "direct")]
    assert stmts("The American side, according to Ushakov, agreed to continue contacts.") == \
        [("The American side, according to Ushakov, agreed to continue contacts", "Yuri Ushakov", "indirect")]
    assert actors("Putin, according to Peskov, said the talks would go on.") != ["Dmitry Peskov"]


def test_a_dash_hands_a_quotation_over_to_its_frame():
    body = '"We are ready for talks," - Peskov said.\n\n"Europe wants war", - Lavrov stated.'
    assert actors(body) == ["Dmitry Peskov", "Sergei Lavrov"]


def test_russian_renderings_of_ukrainian_names():
    assert actors("Vladimir Zelensky said that Kyiv was ready.") == ["Volodymyr Zelenskyy"]
    assert actors("Andrei Yermak said that the talks would go on.") == ["Andriy Yermak"]


def test_a_second_speaker_after_and_or_although_starts_a_new_statement():
    body = ("The Russian Foreign Ministry has said the EU is sabotaging it in practice, and Lavrov has accused European "
            "leaders of trying only to keep American weapons flowing to Kyiv.")
    assert actors(body) == ["Russian Foreign Ministry", "Sergei Lavrov"]
    body = ("Rwanda says it does not back the group, although UN experts have reported that thousands of Rwandan "
            "troops operate alongside it.")
    assert stmts(body, "drc-rwanda")[0] == ("it does not back the group", "Rwandan government", "indirect")


def test_has_argued_since_the_spring_that():
    assert stmts("Putin has argued since the spring that Zelensky lost his mandate.") == \
        [("Zelensky lost his mandate", "Vladimir Putin", "indirect")]


def test_floated_and_himself():
    body = ("On Friday, visiting a submarine in Murmansk, Mr Putin floated the idea that Ukraine be placed under a "
            "temporary administration.\n\nThe Americans had also floated a three-way summit with Zelensky.")
    assert stmts(body) == [("Ukraine be placed under a temporary administration", "Vladimir Putin", "indirect"),
                           ("a three-way summit with Zelensky", "White House", "indirect")]
    assert stmts("Lavrov was blunter after Macron floated a one-month truce in the air.") == []
    assert actors("The talks began. Putin himself, speaking after talks with the president of the United Arab "
                  "Emirates, said he had nothing against meeting Zelensky.") == ["Vladimir Putin"]


def test_agencies_told_by_a_body_and_reporters_questions():
    assert actors("RIA Novosti was told in the Kremlin that the meeting would take place next week.") == ["Kremlin"]
    assert actors("In the Russian Foreign Ministry, TASS was told that Moscow had received the "
                  "proposals.") == ["Russian Foreign Ministry"]
    body = ("14:07 \u2014 CNN's Kaitlan Collins: \"Mr President, will you meet Zelensky?\"\n\n"
            "14:15 \u2014 Question from Reuters: Will sanctions be lifted?\nPeskov: \"This is not on the agenda.\"")
    assert actors(body) == ["Dmitry Peskov"]


def test_an_unnamed_spokesperson_for_someone_is_their_office():
    assert actors("A spokesman for Zelensky said the president would travel.") == ["Ukrainian Presidential Office"]
    assert actors("A spokesman for the European Commission said the EU would keep up the pressure.") == \
        ["European Union"]


def test_a_trailing_frame_takes_the_whole_clause():
    body = ("KYIV, March 3 (Reuters) - Ukraine on Monday called for a 30-day ceasefire in the air and at sea, President "
            "Volodymyr Zelensky said, as Kyiv sought to show Washington it was committed to peace.")
    assert stmts(body) == [("Ukraine on Monday called for a 30-day ceasefire in the air and at sea",
                            "Volodymyr Zelenskyy", "indirect")]
    body = ("In a December survey by the Kyiv International Institute of Sociology, most respondents rejected a plan "
            "to leave the Donbas, the institute said.")
    assert actors(body) == ["Kyiv International Institute of Sociology"]


def test_said_a_spokesperson_for_a_ministry():
    body = ('"We will not accept ultimatums," said a spokesperson for the Ukrainian foreign ministry.\n\n'
            '"The talks were difficult," the ministry said in a statement.')
    assert actors(body) == ["Ukrainian Foreign Ministry", "Ukrainian Foreign Ministry"]


# ---------------------------------------------------------------- round 5: posts, offices, places before a name

def test_the_post_is_the_posters_in_later_sentences():
    body = ('Trump weighed in late on Sunday. "Putin is in BIG trouble," he posted on Truth Social.\n\n'
            "White House press secretary Karoline Leavitt told reporters that the plan was original.\n\n"
            '"This is the time for Ukraine to act," the post went on.\n\n'
            'The same post announced a visit by Zelenskyy: "We will schedule a meeting."')
    assert actors(body) == ["Donald Trump", "Karoline Leavitt", "Donald Trump", "Donald Trump"]


def test_a_post_named_before_its_author_wrote():
    body = ("The shift came in a long post on Truth Social, written after a lunch with Zelenskyy. Trump wrote that "
            'Ukraine could win back its land.\n\nThe Kremlin said Russia was not a paper tiger.\n\n'
            '"Now is the time to act," the post went on.')
    assert actors(body) == ["Donald Trump", "Kremlin", "Donald Trump"]


def test_a_post_published_on_someones_channel_is_theirs():
    body = "Talks resumed.\n\nThe post, published on Zelensky's Telegram channel, said Ukraine needed guarantees."
    assert actors(body) == ["Volodymyr Zelenskyy"]


def test_a_presidents_office_is_the_presidency():
    body = ("Talks resumed.\n\n\u2022 Aoun's office: Lebanon stays committed to talks.\n\n"
            "Aoun's office said Lebanon wanted negotiations.")
    assert actors(body, "lebanon-israel") == ["Lebanese Presidency", "Lebanese Presidency"]


def test_a_place_before_an_appositive_name_is_not_the_speaker():
    body = ("Phnom Penh wanted the world watching. Its envoy at the UN in New York, Chhea Keo, said Cambodia wanted "
            "an immediate ceasefire.")
    assert actors(body, "thailand-cambodia") == ["Chhea Keo"]


def test_dialogue_dashes_hand_over_to_the_speaker():
    body = ("Moscow answered on Tuesday.\n\n- We are ready for talks, but only on our terms, - Peskov said.\n\n"
            "\u2014 We have not received any proposals, \u2014 Zakharova said at a briefing.")
    assert stmts(body) == [("We are ready for talks, but only on our terms", "Dmitry Peskov", "direct"),
                           ("We have not received any proposals", "Maria Zakharova", "direct")]


def test_a_dash_list_without_a_speech_verb_is_no_dialogue():
    assert stmts("Key dates:\n\n- The talks in Istanbul, - the second round in June.") == []


def test_the_presidential_press_secretary_is_peskov():
    body = ("Zakharova spoke first. The presidential press secretary said that Putin was open to a meeting.\n\n"
            "The Russian president's press secretary noted that no date had been set.")
    assert actors(body) == ["Dmitry Peskov", "Dmitry Peskov"]


def test_registry_titles_of_round_5():
    assert actors("Mohamed Hamdan Dagalo spoke from Nyala.\n\nThe RSF chief said the truce had been violated.",
                  "sudan") == ["Mohamed Hamdan Dagalo"]
    assert actors("Massad Boulos flew to Cairo.\n\nTrump's Africa adviser said both sides had agreed.", "sudan") == \
        ["Massad Boulos"]
    assert actors("Mahmoud Abbas spoke in Ramallah.\n\nThe PA president said the plan had to be implemented.",
                  "gaza") == ["Mahmoud Abbas"]
    assert actors("Sihasak Phuangketkeow flew to Kuala Lumpur.\n\nThe Thai foreign minister said the talks had "
                  "been useful.", "thailand-cambodia") == ["Sihasak Phuangketkeow"]
