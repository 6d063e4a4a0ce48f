"""Round 32 (issue 14): formats of newsletters, translated dailies and monitoring reports; our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors, extracted_statements


# --- a numbered footnote marker closes a sentence: "… said.[4] The next sentence"

def test_a_footnote_marker_after_the_full_stop_ends_the_sentence_and_stays_out_of_the_claim():
    body = ("Finnish Foreign Minister Elina Valtonen said that the talks had to include Kyiv “from day one”.[4] "
            "Kremlin aide Yuri Ushakov claimed that Moscow would not accept observers from NATO states.[5]\n")
    got = _actors(body)
    assert got["the talks had to include Kyiv “from day one”"] == "Elina Valtonen"
    assert got["Moscow would not accept observers from NATO states"] == "Yuri Ushakov"


def test_a_bracketed_number_inside_a_sentence_is_no_boundary():
    body = "Foreign Minister Sergei Lavrov said that Article [3] of the draft would be rewritten before the vote.\n"
    assert any("Article [3] of the draft would be rewritten" in t for t in _actors(body))


# --- "MoD" and the American "Defense Ministry" are the guide's "Defence Ministry"

def test_an_mod_and_a_defense_ministry_are_named_as_the_defence_ministry():
    body = ("The Russian MoD claimed that its air defences had downed nine drones over Kursk overnight.\n\n"
            "The Estonian Defense Ministry said that the patrol flights would continue through the winter.\n")
    got = _actors(body)
    assert got["its air defences had downed nine drones over Kursk overnight"] == "Russian Defence Ministry"
    assert got["the patrol flights would continue through the winter"] == "Estonian Defence Ministry"


def test_a_defense_secretary_keeps_his_title():
    body = "US Defense Secretary Pete Hegseth said that the aid package would be delivered by March.\n"
    assert _actors(body)["the aid package would be delivered by March"] == "Pete Hegseth"


# --- "lets it be known that": a speaker's report through its staff

def test_lets_it_be_known_that_reports_a_statement():
    body = ("Hungarian Foreign Minister Peter Szijjarto lets it be known that Budapest will veto the new package.\n\n"
            "The Kremlin let it be known, late on Friday, that no delegation would travel to Geneva.\n")
    got = _actors(body)
    assert got["Budapest will veto the new package"] == "Péter Szijjártó" or \
        "Szijj" in got["Budapest will veto the new package"]
    assert got["no delegation would travel to Geneva"] == "Kremlin"


# --- a post credited in brackets after its quotation: "(Telegram, <channel>, <time>)"

def test_a_quotation_credited_in_brackets_is_the_posters():
    body = ("Drone strikes continued overnight near Kherson.\n\n"
            "‘The talks change nothing. Our artillery will answer for us.’ (Telegram, Northern Gunner, "
            "06:15 Moscow time)[8]\n")
    st = extracted_statements(body, "russia-ukraine")
    hit = [(a, kind) for text, a, kind in st if text.startswith("The talks change nothing")]
    assert hit == [("Northern Gunner", "direct")]


def test_a_bracket_without_a_platform_credits_no_one():
    body = ("Drone strikes continued overnight near Kherson.\n\n"
            "‘The talks change nothing. Our artillery will answer for us.’ (translated, 06:15 Moscow time)\n")
    assert not any(t.startswith("The talks change nothing") for t in _actors(body))


# --- "Russian state TV": an outlet named as written, its own voice

def test_state_tv_is_an_outlet_named_as_written():
    body = "Russian state TV said that the convoy had been turned back at the border.\n"
    st = extracted_statements(body, "russia-ukraine")
    assert ("the convoy had been turned back at the border", "Russian state TV") in [(t, a) for t, a, _ in st]


# --- "framed/characterized/dismissed X as Y": what the speaker holds the thing to be

def test_framed_as_reports_what_the_speaker_holds_the_thing_to_be():
    body = ("Kremlin spokesman Dmitry Peskov framed the Geneva meeting as an attempt to keep Europe out of the "
            "talks.\n\nFinnish President Alexander Stubb painted the offer as a trap that Kyiv should not "
            "accept; the talks resumed on Monday.\n")
    got = _actors(body)
    assert got["an attempt to keep Europe out of the talks"] == "Dmitry Peskov"
    assert got["a trap that Kyiv should not accept"] == "Alexander Stubb"


def test_framed_as_needs_a_speaker_and_skips_a_passive_or_an_off_record_framing():
    body = ("The meeting was framed as a fresh start for the region.\n\n"
            "White House aides privately framed the summit as a listening exercise.\n")
    got = _actors(body)
    assert "a fresh start for the region" not in got and "a listening exercise" not in got


# --- "A claimed X, while B reported Y": two speakers, two statements

def test_while_and_a_second_speaker_with_a_verb_split_the_claims():
    body = ("The Russian MoD claimed the capture of two villages near Kupiansk, while the Ukrainian General Staff "
            "reported that all assaults there had been repelled.\n")
    got = _actors(body)
    assert got["the capture of two villages near Kupiansk"] == "Russian Defence Ministry"
    assert "all assaults there had been repelled" in got


def test_while_without_a_speaker_and_verb_stays_inside_the_claim():
    body = "Foreign Minister Sergei Lavrov said that Moscow was ready to talk, while the fighting went on.\n"
    assert "Moscow was ready to talk, while the fighting went on" in _actors(body)


# --- "For the <role>, <Name>, X; for <Name>, Y": each holder's view

def test_for_a_role_and_its_holder_and_a_paired_holder_after_a_semicolon():
    body = ("Kaja Kallas and Emmanuel Macron met in Brussels.\n\n"
            "For the EU foreign policy chief, Kaja Kallas, the plan is a surrender dressed as peace; for Emmanuel "
            "Macron, the text still needs a European seat at the table.\n")
    got = _actors(body)
    assert got["the plan is a surrender dressed as peace"] == "Kaja Kallas"
    assert got["the text still needs a European seat at the table"] == "Emmanuel Macron"


def test_for_a_place_after_a_semicolon_is_no_holder():
    body = ("Kaja Kallas met ministers in Brussels.\n\n"
            "The talks went on into the night; for Moscow, the arithmetic of the vote is simple enough.\n")
    assert "the arithmetic of the vote is simple enough" not in _actors(body)


# --- "Name: claim" and "Name, from <place>, on <topic>: claim", no verb

def test_a_known_name_and_a_colon_without_a_verb_reports_the_claim():
    body = ("Sergei Lavrov, from Minsk, on the draft: the text could be signed within a month if Kyiv accepts the "
            "new line.\n\nEmmanuel Macron: Europe will not sign a peace written without Ukraine.\n")
    got = _actors(body)
    assert got["the text could be signed within a month if Kyiv accepts the new line"] == "Sergei Lavrov"
    assert got["Europe will not sign a peace written without Ukraine"] == "Emmanuel Macron"


def test_a_label_and_a_colon_is_no_speaker():
    body = "Pull Quote: The lists were everything, and everyone in the room knew it.\n"
    assert not _actors(body)


# --- "<a person>'s claim/assessment/accusation/warning that ...": a claim as the sentence's subject

def test_a_person_s_claim_that_is_a_statement_a_state_s_is_not():
    body = ("Sergei Lavrov's claim that the Europeans were “trying to derail” the talks was amplified by state "
            "agencies.\n\nMoscow's claim that the convoy had been turned back was not confirmed.\n")
    got = _actors(body)
    assert got.get("claim that the Europeans were “trying to derail” the talks") == "Sergei Lavrov"
    assert not any(t.startswith("claim that the convoy") for t in got)


# --- a "WHAT <PARTY> WANTS" box: each verbless bullet is the party's demand

def test_the_bullets_of_a_what_party_wants_box_are_its_demands():
    body = ("Ministers met in Geneva on Monday.\n\nWHAT KYIV WANTS\n\n- A ceasefire along the current line first\n\n"
            "- European troops as guarantors after the truce\n\nThe talks resume on Friday.\n")
    got = _actors(body)
    assert got["A ceasefire along the current line first"] == "Ukrainian government"
    assert got["European troops as guarantors after the truce"] == "Ukrainian government"


def test_bullets_under_another_heading_need_their_verbs():
    body = "Ministers met in Geneva on Monday.\n\nWHAT WE KNOW\n\n- A ceasefire along the current line first\n"
    assert not _actors(body)
