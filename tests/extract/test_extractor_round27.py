"""Round 27 (issue 14): mechanisms general across newsrooms, each with our own sentences."""
from __future__ import annotations

from conftest import extracted_statements


def _found(body: str, conflict: str = "russia-ukraine") -> dict[str, tuple[str, str]]:
    """text -> (actor, kind) of each statement the rules find in `body` (under a headline, offsets checked)."""
    return {text: (actor, kind) for text, actor, kind in extracted_statements(body, conflict)}


def _actors_are(body: str, expected: dict[str, str]) -> None:
    """Each statement text of `expected` is found in `body` with that actor (compared case-insensitively)."""
    got = _found(body)
    assert {text: got[text][0].lower() for text in expected} == {t: a.lower() for t, a in expected.items()}


# --- a quotation closed by its own full stop, then a lower-case verb and the speaker: the quotation's frame

def test_a_lower_case_verb_after_a_quotation_closed_by_its_stop_is_the_frame():
    got = _found(
        "\"Shipping lanes are not kept open by communiques. They are kept open by monitors.\" said Lena Marsh-Obi, "
        "Managing Director of Northgate Marine Mutual.\n\n"
        "\"A truce that nobody checks will not last a season.\" added Marsh-Obi, who also sits on the board.\n")
    assert got["Shipping lanes are not kept open by communiques. They are kept open by monitors."] == \
        ("Lena Marsh-Obi", "direct")
    assert got["A truce that nobody checks will not last a season."] == ("Lena Marsh-Obi", "direct")


def test_a_capitalised_sentence_after_a_closed_quotation_is_not_its_frame():
    got = _found("The delegates sat in silence. \"We will not sign this.\" Then the delegation left the room.\n")
    assert not any(text.startswith("We will not sign") for text in got)


# --- an unknown body named once in full, then by its head word alone (pipeline/extract/bodyheads.py)

def test_a_bodys_head_word_alone_takes_its_full_name():
    _actors_are(
        "The Danube Grain Shippers Association welcomed the corridor deal and urged both navies to respect it.\n\n"
        "The Association said insurers would return only once monitors were in place. The Association also "
        "noted that Kyiv had asked for a seat in any inspection regime.\n",
        {"insurers would return only once monitors were in place": "Danube Grain Shippers Association",
         "Kyiv had asked for a seat in any inspection regime": "Danube Grain Shippers Association"})


def test_a_head_word_that_two_bodies_share_is_left_as_it_is():
    got = _found(
        "The Danube Grain Shippers Association and the Odesa Port Agents Association met in Constanta.\n\n"
        "The Association said insurers would return only once monitors were in place.\n")
    assert got["insurers would return only once monitors were in place"][0] == "Association"


def test_a_head_word_alone_after_a_name_that_opens_with_it_is_resolved_as_that_name():
    _actors_are(
        "The embassy forwarded a statement of the Ministry of Foreign Affairs of Hungary on the plan.\n\n"
        "1. The Ministry welcomes the proposal as the most serious chance to end the war since 2022.\n\n"
        "2. The Ministry calls on the parties to sign an agreement without delay.\n",
        {"the proposal as the most serious chance to end the war since 2022": "Hungarian Foreign Ministry",
         "the parties to sign an agreement without delay": "Hungarian Foreign Ministry"})


# --- a second attribution whose title chain has a rank word ("deputy", "vice", "acting", "former") ends the first report

def test_a_second_attribution_with_a_ranked_title_chain_ends_the_report_before_it():
    _actors_are(
        "Officials spoke on state television. Foreign Minister Sergei Lavrov said a pause now \"would only let Kyiv "
        "regroup\" with Western arms, and Security Council deputy chairman Dmitry Medvedev wrote that Europe was to "
        "blame for the war.\n",
        {'a pause now "would only let Kyiv regroup" with Western arms': "Sergei Lavrov",
         "Europe was to blame for the war": "Dmitry Medvedev"})


# --- an abbreviated rank or courtesy after "said" ("Capt.", "Very Rev.", "Ambassador (ret.)") is no sentence end

def test_an_abbreviated_rank_after_said_is_part_of_the_speaker_and_no_part_of_the_actor():
    _actors_are(
        "\"The corridor must be monitored before it is trusted,\" said Capt. Oleh Marchuk, Secretary of the Danube "
        "Pilots' Guild.\n\n"
        "\"A ceasefire signed in haste will not hold,\" said Ambassador (ret.) Joan Okonkwo-Hale, President of the "
        "Harbour Policy Forum.\n\n"
        "\"Prisoners must come home before anything is signed,\" said Very Rev. Ivan Dzyuba, Dean of the cathedral.\n",
        {"The corridor must be monitored before it is trusted": "Oleh Marchuk",
         "A ceasefire signed in haste will not hold": "Joan Okonkwo-Hale",
         "Prisoners must come home before anything is signed": "Ivan Dzyuba"})
