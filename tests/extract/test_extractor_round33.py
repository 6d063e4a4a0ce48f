"""Round 33 (issue 14): pool reports, fact-check desks and Pacific regional copy; our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- a Pacific chiefly style or a pastor's style is kept on every mention and is no part of the name

def test_a_chiefly_style_is_dropped_from_the_name_and_its_re_mention_gets_the_full_name():
    body = ("Fiji's ambassador in Vienna, Ratu Semi Naivalu, said that the talks had to include Kyiv from the first day.\n\n"
            "Ratu Semi said that the islands would back any truce that holds.\n\n"
            "Afioga Lemalu Tate Simi, Samoa's envoy, said that the vote was a matter of principle.\n\n"
            "Adi Litia Vesikula said that Fiji would not send troops.\n")
    got = _actors(body)
    assert got["the talks had to include Kyiv from the first day"] == "Semi Naivalu"
    assert got["the islands would back any truce that holds"] == "Semi Naivalu"
    assert got["the vote was a matter of principle"] == "Lemalu Tate Simi"
    assert got["Fiji would not send troops"] == "Litia Vesikula"


def test_a_pastors_style_is_dropped_from_the_name():
    body = ("Pastor Ioane Lino of the Tonga Council of Churches said that the war must end before winter.\n\n"
            "Reverend Elder Mose Tavita told worshippers that peace would come.\n")
    got = _actors(body)
    assert got["the war must end before winter"] == "Ioane Lino"
    assert "Mose Tavita" in got.values()


# --- a body's own name runs through "of": "<X> Bureau/Conference of <Y>", "<X> Group of <Plurals>"

def test_a_bureau_or_conference_of_something_keeps_its_whole_name():
    body = ("The Tonga Bureau of Statistics said that fuel prices had risen 4 per cent over the year.\n\n"
            "The Melanesian Conference of Churches said in a statement that every family should pray for peace.\n\n"
            "The Fiji Bureau of Meteorology said that the cyclone would pass to the south.\n")
    got = _actors(body)
    assert got["fuel prices had risen 4 per cent over the year"] == "Tonga Bureau of Statistics"
    assert got["every family should pray for peace"] == "Melanesian Conference of Churches"
    assert got["the cyclone would pass to the south"] == "Fiji Bureau of Meteorology"      # not the Tonga bureau


def test_a_group_of_plurals_is_the_groups_own_name_not_its_owner():
    body = "The UN Group of Observers reported that foreign troops were still operating near the border.\n"
    assert _actors(body)["foreign troops were still operating near the border"] == "UN Group of Observers"


# --- the US government's shorthand in pool copy: "POTUS", "VPOTUS", "SecState", "the WH press office"

def test_the_us_government_shorthand_names_the_holder_of_the_title_it_stands_for():
    body = ("11:02 — POTUS said that the talks had gone \"very well\" and that a deal was close.\n\n"
            "11:05 — SecState, stopping at the rope line, said that a truce was not off the table.\n\n"
            "11:12 — Per the WH press office, the President spoke by phone with the Finnish president.\n")
    got = _actors(body)
    assert got["the talks had gone \"very well\" and that a deal was close"] == "Donald Trump"
    assert got["a truce was not off the table"] == "Marco Rubio"
    assert got["the President spoke by phone with the Finnish president"] == "White House"


def test_a_word_that_only_contains_the_shorthand_is_left_alone():
    body = "Senator Whitmore said that the aid package would be delivered by March.\n"
    assert _actors(body)["the aid package would be delivered by March"] == "Whitmore"


# --- the members of the registry's one bloc of states in a camp, listed, speak as that bloc

def test_the_ministers_of_a_blocs_member_states_listed_speak_as_the_bloc():
    body = ("The foreign ministers of Egypt, Saudi Arabia, the United States and the United Arab Emirates said that "
            "the warring parties had to accept a three-month humanitarian truce.\n")
    got = _actors(body, "sudan")
    assert got["the warring parties had to accept a three-month humanitarian truce"] == "Quad"


def test_three_states_of_one_camp_with_no_bloc_of_their_own_stay_a_list():
    body = "Russia, Belarus and North Korea said that the sanctions were illegal and had to be lifted at once.\n"
    assert _actors(body)["the sanctions were illegal and had to be lifted at once"] != "Russian delegation"


# --- a title, a comma and one capitalised word: the person, by the surname

def test_a_surname_alone_after_a_title_and_a_comma_is_the_person_not_the_titles_registry_holder():
    body = ("Russia’s ambassador to Australia, Pavel Kozlov, met the minister on Monday.\n\n"
            "CANBERRA — Russia’s non-resident envoy, Kozlov, told the service by phone that Moscow had come to talk.\n\n"
            "CANBERRA — Israel’s non-resident ambassador to Fiji, Ben-Ami, told the service that the Authority could "
            "not govern.\n")
    got = _actors(body)
    assert got["Moscow had come to talk"] == "Pavel Kozlov"
    assert got["the Authority could not govern"] == "Ben-Ami"


# --- a sentence adverb before the speaker is no part of the name

def test_afterwards_before_a_known_speaker_is_no_part_of_the_name():
    body = ("The two presidents spoke for nearly three hours. Afterwards Mr Trump wrote that a peace agreement was "
            "the best way to end the war.\n")
    assert _actors(body)["a peace agreement was the best way to end the war"] == "Donald Trump"


# --- no source: the pool reporter's own notes, posts no one signs, a bare count

def test_the_pool_reporter_and_unsigned_posts_are_no_speaker():
    body = ("12:40 — Pool notes that she took two questions and walked back in.\n\n"
            "CLAIM: Posts say that the accord gives the United States half of all cobalt mined in the country.\n\n"
            "Foreign Minister Sergei Lavrov said that Moscow would not accept observers from NATO states.\n")
    got = _actors(body)
    assert not any("took two questions" in t for t in got)
    assert not any("half of all cobalt" in t for t in got)
    assert got["Moscow would not accept observers from NATO states"] == "Sergei Lavrov"


# --- a body's leaders speak as one: "Forum Leaders", "ASEAN leaders" are not "the leaders" of Europe

def test_a_bodys_leaders_speak_as_that_group_not_as_european_leaders():
    body = ("In their communiqué, Forum Leaders reiterated their call for a just and lasting peace in Ukraine.\n\n"
            "ASEAN leaders said that the conflict had to be settled by dialogue and in line with the UN Charter.\n")
    got = _actors(body)
    assert got["the conflict had to be settled by dialogue and in line with the UN Charter"] == "ASEAN leaders"
    assert "European leaders" not in got.values()


# --- "To" after a title or a name and before a capitalised word is a given name (Vietnamese "To Lam")

def test_to_as_a_given_name_after_a_title_stays_in_the_name_and_names_the_re_mentions():
    body = ("General Secretary of the Communist Party of Vietnam To Lam held talks with the Kenyan president on Monday.\n\n"
            "General Secretary Lam affirmed that Vietnam supported a ceasefire and direct talks.\n\n"
            "Lam said that the two sides had agreed to keep in touch.\n")
    got = _actors(body)
    assert got["Vietnam supported a ceasefire and direct talks"] == "To Lam"
    assert got["the two sides had agreed to keep in touch"] == "To Lam"


def test_a_preposition_to_before_a_name_is_no_given_name():
    body = "Speaking to reporters, Foreign Minister Sergei Lavrov said that Moscow would not accept observers.\n"
    assert _actors(body)["Moscow would not accept observers"] == "Sergei Lavrov"


# --- a transcript's turn ("3:11 — POTUS: ...") runs on to the sentences after the first on its line

def test_a_speakers_turn_runs_to_the_next_sentence_with_its_own_speech_verb():
    body = ("3:10 — Q: Minister, is there a deal?\n\n"
            "3:11 — POTUS: There is no deal until there is a deal. We did not get there today, but we have a good "
            "chance. He added that he would call the Europeans shortly.\n\n"
            "3:15 — Pool out.\n")
    got = _actors(body)
    turn = next(t for t in got if t.startswith("There is no deal"))
    assert "we have a good chance" in turn and "He added" not in turn
    assert got["he would call the Europeans shortly"] == "Donald Trump"


def test_a_name_and_a_colon_inside_a_paragraph_keeps_one_sentence():
    body = ("The minister was asked about the talks. Sergei Lavrov: the text could still change before the vote. "
            "Diplomats expect a long night.\n")
    got = _actors(body)
    assert any(t.startswith("the text could still change") and "Diplomats" not in t for t in got)
