"""Round 36 (issue 14): Taipei's English-language desks, a legal newswire, a London weekly's front pages, a Tokyo
daily's English edition, a national news-agency wire, a shipping trade daily; our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- a name glossed in its own script in brackets: "Lo Mei-ling (羅美玲) said that ..."

def test_a_name_glossed_in_chinese_characters_keeps_its_statement():
    body = ("Talks end without truce\n\n"
            "Opposition whip Lo Mei-ling (羅美玲) said that the sanctions list was \"a gesture\" and would hurt "
            "farmers. She said the cabinet should \"stay out of other people's talks.\"\n\n"
            "Pan Ching-wei (潘景威), a researcher at a Kaohsiung think tank, said the truce \"buys time, nothing more.\"\n")
    got = _actors(body)
    assert got['the sanctions list was "a gesture" and would hurt farmers'] == "Lo Mei-ling"
    assert got["the cabinet should \"stay out of other people's talks.\""] == "Lo Mei-ling"
    assert got['the truce "buys time, nothing more."'] == "Pan Ching-wei"


def test_a_name_glossed_in_cyrillic_or_hangul_keeps_its_statement():
    body = ("Oleh Marchuk (Олег Марчук) told reporters that the front \"has not moved in weeks.\"\n\n"
            "Park Min-ji (박민지) said that Seoul would \"keep its own counsel.\"\n")
    got = _actors(body)
    assert got['the front "has not moved in weeks."'] == "Oleh Marchuk"
    assert got['Seoul would "keep its own counsel."'] == "Park Min-ji"


def test_a_bracket_of_latin_words_is_not_blanked():
    body = "Deputy Mayor Jan Kowalski (PiS) said that the city \"will not pay twice.\"\n"
    assert list(_actors(body).values()) == ["Jan Kowalski"]


# --- a ministry whose portfolio is not a title word: "Kyiv's transport ministry said", "The Polish agriculture ministry"

def test_a_ministry_of_any_portfolio_is_a_speaker_named_for_its_state():
    body = ("Grain corridor reopens\n\n"
            "Kyiv's transport ministry said the first convoy had left Izmail on Sunday.\n\n"
            "The Polish agriculture ministry said in a notice that border checks would be eased.\n\n"
            "Bulgaria's tourism ministry said hotel bookings on the coast had not fallen.\n")
    got = {text: actor.lower() for text, actor in _actors(body).items()}
    assert got["the first convoy had left Izmail on Sunday"] == "ukrainian transport ministry"
    assert got["border checks would be eased"] == "polish agriculture ministry"
    assert got["hotel bookings on the coast had not fallen"] == "bulgarian tourism ministry"


# --- how the words reached the reporter, or the question they answered, between the verb and "that"

def test_a_medium_between_the_verb_and_that_keeps_the_statement():
    body = ("Owners stay away\n\n"
            "Marta Ilves, a broker in Tallinn, said by telephone that owners wanted a guarantee before fixing.\n\n"
            "Tomas Berg said by satellite phone from Aden that the crew would stay aboard.\n")
    got = _actors(body)
    assert got["owners wanted a guarantee before fixing"] == "Marta Ilves"
    assert got["the crew would stay aboard"] == "Tomas Berg"


def test_when_asked_about_before_that_keeps_the_statement():
    body = ("Beijing reacts\n\n"
            "Spokeswoman Hua Lin said when asked about the accord that Beijing \"welcomes every step toward peace.\"\n")
    assert _actors(body) == {'Beijing "welcomes every step toward peace."': "Hua Lin"}


# --- "the fellow": a research fellow re-mentioned by the role noun

def test_the_fellow_is_the_research_fellow_just_quoted():
    body = ("Think tanks weigh in\n\n"
            "Institute research fellow Chen Ya-ling said that Moscow was stalling. The fellow said the talks "
            "\"will not survive the winter.\"\n\n"
            "Pavel Orlov, a senior fellow at a Prague institute, said the line would hold. The fellow said Kyiv "
            "\"cannot trade land for time.\"\n")
    got = _actors(body)
    assert got['the talks "will not survive the winter."'] == "Chen Ya-ling"
    assert got['Kyiv "cannot trade land for time."'] == "Pavel Orlov"


# --- "Legislator" before a name is a title, never part of the name

def test_a_legislator_title_after_a_party_is_no_part_of_the_name():
    body = ("Lawmakers split\n\n"
            "New Power Party (NPP) Legislator Wu Pei-jung said that the deal \"sells out the weak.\" Wu said Taipei "
            "should \"speak up.\"\n\n"
            "KMT Legislator Ho Chun-yi said the plan \"at least ends the shooting.\"\n")
    got = _actors(body)
    assert got['the deal "sells out the weak."'] == got['Taipei should "speak up."'] == "Wu Pei-jung"
    assert got['the plan "at least ends the shooting."'] == "Ho Chun-yi"


# --- a party whose long name holds "Democratic" is no US Democrat

def test_a_foreign_party_named_democratic_gives_no_us_camp():
    body = ("Reactions in Taipei\n\n"
            "Democratic Progressive Party (DPP) Legislator Lai Mei-hsuan said that the truce \"is a pause, not a "
            "peace.\"\n")
    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements

    got = extract_statements("Headline\n\n" + body, "t", ActorRegistry.for_conflict("russia-ukraine"))
    assert [(s.actor, s.side) for s in got] == [("Lai Mei-hsuan", "other")]


# --- a Japanese name written family name first ("Kato Haruki ... Mr. Kato") is given first as the actor

def test_a_japanese_name_family_name_first_is_turned_to_given_name_first():
    body = ("Tokyo reacts\n\n"
            "Defense Minister Kato Haruki said the truce was \"a first step.\" Mr. Kato added that Japan would keep "
            "its sanctions.\n\n"
            "Deputy Minister Sakamoto Yumiko said that the talks should include Kyiv.\n\n"
            "Mori Kenta, a professor of Russian politics, said that the front would not move. Mr. Mori said Tokyo "
            "\"must be heard.\"\n")
    got = _actors(body)
    assert got['the truce was "a first step."'] == got["Japan would keep its sanctions"] == "Haruki Kato"
    assert got["the talks should include Kyiv"] == "Yumiko Sakamoto"
    assert got["the front would not move"] == got['Tokyo "must be heard."'] == "Mori Kenta"


def test_chinese_and_western_names_keep_their_order():
    body = ("Beijing and Ankara react\n\n"
            "Spokesman Guo Weimin said Beijing \"supports all efforts.\" Mr. Guo said no more.\n\n"
            "Mr. Kemal Arslan said that Ankara would host the talks. Mr. Arslan said the date was open.\n")
    got = _actors(body)
    assert got['Beijing "supports all efforts."'] == "Guo Weimin"
    assert got["Ankara would host the talks"] == "Kemal Arslan"


# --- a paragraph's bold run-in heading is no part of its first sentence

def test_a_bold_run_in_heading_does_not_hide_the_first_sentence():
    body = ("**Cold comfort.** The Centre for Eastern Studies said the truce would not survive the winter.\n\n"
            "**The view from Moscow.** Mr Peskov said a summit was not yet on the agenda. He said nothing more.\n")
    got = _actors(body)
    assert got["the truce would not survive the winter"] == "Centre for Eastern Studies"
    assert got["a summit was not yet on the agenda"] == "Dmitry Peskov"


# --- Taiwan as a state: "Taipei" is its capital, "Taiwanese" its adjective

def test_taipei_places_a_body_named_without_its_state():
    body = "In Taipei, the Foreign Ministry said the island would send demining equipment.\n"
    got = {text: actor.lower() for text, actor in _actors(body).items()}
    assert got == {"the island would send demining equipment": "taiwanese foreign ministry"}


# --- a ministry the article gives its own acronym is the home country's

def test_a_ministry_named_with_its_own_acronym_is_the_home_countrys():
    body = ("KMT caucus whip Lo Ping said that the Legislative Yuan would debate the plan.\n\n"
            "Russian Foreign Minister Sergei Lavrov said Moscow \"will not pause.\"\n\n"
            "The Ministry of Economic Affairs (MOEA) said exports \"must not end up in weapons.\" The MOEA said it "
            "would tighten controls.\n")
    got = {text: actor.lower() for text, actor in _actors(body).items()}
    assert got['exports "must not end up in weapons."'] == "taiwanese ministry of economic affairs"
    assert got["it would tighten controls"] == "taiwanese ministry of economic affairs"


def test_a_ministry_with_its_acronym_in_an_article_without_a_home_keeps_its_name():
    body = "The Ministry of Economic Affairs (MOEA) said exports \"must not end up in weapons.\"\n"
    assert _actors(body) == {'exports "must not end up in weapons."': "Ministry of Economic Affairs"}


# --- "Chamber" and "Authority" end a body's name: the whole name is the body

def test_a_chamber_or_an_authority_keeps_its_whole_name():
    body = ("The International Chamber of Commerce said the corridor should stay open.\n\n"
            "The Romanian Port Authority said loadings had resumed.\n")
    got = _actors(body)
    assert got["the corridor should stay open"] == "International Chamber of Commerce"
    assert got["loadings had resumed"] == "Romanian Port Authority"


# --- a quotation closed by its own stop, then "X posted on X late on Monday."

def test_a_frame_after_a_closed_quotation_may_carry_two_adjuncts():
    body = ("Some news came overnight.\n\n"
            "'We held our fire. They did not.' Sybiha wrote on X late on Monday.\n\n"
            "\"Talks with my friend went well.\" Modi posted on Instagram later in the evening.\n")
    got = _actors(body)
    assert got["We held our fire. They did not."] == "Andrii Sybiha"
    assert got["Talks with my friend went well."] == "Narendra Modi"


# --- a trailing frame with an adjunct ("X said in an interview with ...") or followed by ", and added that"

def test_a_trailing_frame_may_carry_an_interview_adjunct_or_an_added_clause():
    body = ("Some news came overnight.\n\n"
            "Ukraine on Monday called for a 30-day ceasefire, Zelenskyy said in an interview with a US network after "
            "the talks.\n\n"
            "Moscow has asked for a pause, Peskov said, and added that the talks would resume.\n")
    got = _actors(body)
    assert got["Ukraine on Monday called for a 30-day ceasefire"] == "Volodymyr Zelenskyy"
    assert got["Moscow has asked for a pause"] == got["the talks would resume"] == "Dmitry Peskov"


# --- "talked up" / "played down" with an object that carries content (never "talked up the format")

def test_talked_up_and_played_down_report_a_long_object_only():
    body = ("Mr Starmer talked up a reassurance force that Europe would send once the guns fell silent.\n\n"
            "Mr Rubio played down expectations of any quick breakthrough for Kyiv.\n\n"
            "Mr Sybiha talked up the format.\n")
    got = _actors(body)
    assert got["a reassurance force that Europe would send once the guns fell silent"] == "Keir Starmer"
    assert got["expectations of any quick breakthrough for Kyiv"] == "Marco Rubio"
    assert "the format" not in got


# --- a party's caucus is a body that speaks

def test_a_party_caucus_is_a_speaker():
    body = ("The NPP caucus said in a statement that the cabinet should \"keep out of the talks.\"\n\n"
            "In a statement, the TSU caucus said Taipei should not \"stand in the way of a truce.\"\n")
    got = _actors(body)
    assert got['the cabinet should "keep out of the talks."'] == "NPP caucus"
    assert got['Taipei should not "stand in the way of a truce."'] == "TSU caucus"


# --- "A <description>, <Name> of <Employer>, said": the named person

def test_a_described_person_named_with_an_employer_is_the_speaker():
    body = ("A Piraeus ship manager, Yannis Doukas of Aegean Bulk Carriers, said the corridor would stay open.\n\n"
            "A Dubai freight agent, Omar Haddad of Gulf Liner Services, said rates would not fall before spring.\n")
    got = _actors(body)
    assert got["the corridor would stay open"] == "Yannis Doukas"
    assert got["rates would not fall before spring"] == "Omar Haddad"


# --- "Chairperson" heads a title chain before a name

def test_a_chairperson_title_chain_gives_the_person():
    body = "Regional Commission Chairperson Amina Bello Yusuf said the bloc supported an inclusive process.\n"
    assert _actors(body) == {"the bloc supported an inclusive process": "Amina Bello Yusuf"}


# --- ", and <Named speaker> said": a second statement, never part of the first

def test_a_second_named_speaker_after_and_splits_the_statement():
    body = ("Mr Macron told reporters that Europe \"must be at the table\" in any talks, and Chancellor Friedrich Merz "
            "said Berlin would host the next round.\n\n"
            "Mr Tusk said the Gulf states would pay for the reconstruction, and the Baltic states would send "
            "engineers.\n")
    got = _actors(body)
    assert got['Europe "must be at the table" in any talks'] == "Emmanuel Macron"
    assert got["Berlin would host the next round"] == "Friedrich Merz"
    assert got["the Gulf states would pay for the reconstruction, and the Baltic states would send engineers"] == \
        "Donald Tusk"


# --- "the top government spokesperson": an epithet of the official the paragraph is about

def test_the_top_government_spokesperson_is_the_official_just_quoted():
    body = ("Chief Cabinet Secretary Jane Arden told a news conference that the talks were welcome. Asked whether "
            "London had been invited, the top government spokesperson said she was not aware of any request.\n")
    got = _actors(body)
    assert got["she was not aware of any request"] == "Jane Arden"


# --- "Headquarters" ends a body's name

def test_a_headquarters_keeps_its_whole_name():
    body = "The Coordination Headquarters for the Return of Civilians said 40 people had come home.\n"
    assert _actors(body) == {"40 people had come home": "Coordination Headquarters for the Return of Civilians"}
