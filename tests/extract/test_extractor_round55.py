"""Round 55 (issue 14): relatives and vox pops named by a first name between commas, habitual sayings, a quotation
glossed in brackets or framed by "So said X" after it, fact-check and box rubrics in capitals, a live blog's indented
block quotation after a colon, and "viewed that" / "shared that" reports. Our own sentences."""
from __future__ import annotations

from conftest import extracted_statements

_OBIT = "Aino Lehtola, a Finnish mediator, died in Turku on 3 May, aged 81.\n\n"


def test_a_relative_named_by_a_first_name_between_commas_is_the_speaker():
    body = _OBIT + "Her nephew, Veikko, said she had died reading the latest communiqué from Geneva.\n"
    assert ("she had died reading the latest communiqué from Geneva", "Veikko", "indirect") in extracted_statements(body)


def test_a_neighbour_named_by_a_first_name_is_the_speaker_too():
    body = "A drone hit the market in Sumy on Sunday.\n\nA neighbour, Halyna, said the fighting had to stop before winter.\n"
    assert ("the fighting had to stop before winter", "Halyna", "indirect") in extracted_statements(body)


def test_a_habitual_saying_is_the_subjects_statement():
    body = _OBIT + "She liked to say that every truce was written first in the kitchens of the delegates.\n"
    assert ("every truce was written first in the kitchens of the delegates", "Aino Lehtola", "indirect") in \
        extracted_statements(body)


def test_declining_to_say_is_still_no_statement():
    body = _OBIT + "Her family declined to say whether the foundation would carry on her work in Geneva.\n"
    assert extracted_statements(body) == []


def test_a_quotation_glossed_in_brackets_before_its_frame_is_the_speakers():
    body = ("Fuel prices rose again in Kingston.\n\n“Wi cyaan manage dis, man,” (We cannot manage this) said Desmond "
            "Clarke, a taxi operator in Half-Way Tree.\n")
    assert ("Wi cyaan manage dis, man", "Desmond Clarke", "direct") in extracted_statements(body)


def test_so_said_after_a_quotation_names_its_speaker():
    body = ("The talks resumed in Istanbul.\n\n“We are not in a hurry and we will not be rushed.” So said Dmitry "
            "Peskov to reporters in Moscow.\n")
    assert ("We are not in a hurry and we will not be rushed.", "Dmitry Peskov", "direct") in extracted_statements(body)


def test_a_fact_checks_capital_rubric_is_no_speaker():
    body = ("CLAIM (shared on Facebook): the war ends next month.\n\nWHAT WAS SAID: Marco Rubio told reporters that "
            "the talks were only a first step.\n")
    got = extracted_statements(body)
    assert ("the talks were only a first step", "Marco Rubio", "indirect") in got
    assert not any(actor.upper() == actor for _, actor, _ in got)


def test_a_boxed_rubric_before_a_dash_leaves_the_speakers_label():
    body = ("The talks resumed in Istanbul.\n\nIN THEIR OWN WORDS — Vladimir Putin, on 11 May: ‘We propose that the "
            "Kyiv authorities resume direct negotiations.’\n")
    got = extracted_statements(body)
    assert any(actor == "Vladimir Putin" and kind == "direct" and "resume direct negotiations" in t for t, actor, kind in got)


def test_an_indented_block_after_a_colon_is_the_lead_ins_direct_statement():
    body = ("The talks resumed in Istanbul.\n\nDmitry Peskov told reporters that Kyiv had to withdraw first. He went "
            "on:\n    The understanding reached in Anchorage is the basis. Nobody in Brussels will change that.\n")
    assert ("The understanding reached in Anchorage is the basis. Nobody in Brussels will change that", "Dmitry Peskov",
            "direct") in extracted_statements(body)


def test_viewed_that_and_shared_that_report_but_not_as_determiners():
    body = ("The bodies came home on Friday.\n\nDmitry Peskov viewed that a ceasefire would only help Kyiv rearm. "
            "Sergei Lavrov shared that view with his hosts in Ankara.\n")
    got = extracted_statements(body)
    assert ("a ceasefire would only help Kyiv rearm", "Dmitry Peskov", "indirect") in got
    assert not any("hosts" in t for t, _, _ in got)
