"""Round 34 (issue 14): copy translated close to German syntax, social-media threads, diplomatic chronicles; our own
sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors
from conftest import extracted_statements


# --- '"...", so X': German "so" for "said" after the quotation, no verb

def test_a_quotation_tagged_with_so_and_the_speaker_after_it_is_theirs():
    body = ("Foreign Minister Jean-Noël Barrot spoke after the meeting in Brussels.\n\n"
            "\"Nobody can decide the future of Ukraine without the Ukrainians\", so Barrot after the talks.\n\n"
            "Kremlin spokesman Dmitry Peskov dismissed the plan. \"There will be no truce before the causes are "
            "removed\", so Peskov. He left the room.\n\n"
            "\"Europe must sit at the table\", so the 61-year-old in Paris, where he met the Polish prime minister.\n")
    got = _actors(body)
    assert got["Nobody can decide the future of Ukraine without the Ukrainians"] == "Jean-Noël Barrot"
    assert got["There will be no truce before the causes are removed"] == "Dmitry Peskov"
    assert got["Europe must sit at the table"] == "Dmitry Peskov"        # the person last named before the age
    kinds = {t: k for t, _, k in extracted_statements(body)}
    assert kinds["There will be no truce before the causes are removed"] == "direct"


def test_so_as_a_conjunction_after_a_quotation_is_no_frame():
    body = ("The mayor was tired. \"We need more heating oil\", so the council could not wait for the ministry.\n\n"
            "\"It is cold\", so Kyiv decided to open more shelters.\n")
    assert _actors(body) == {}


def test_a_lower_case_age_after_a_quotation_is_the_person_named_before():
    body = ("Chancellor Olaf Scholz arrived in Kyiv on Monday.\n\n"
            "\"A ceasefire without guarantees is only a pause for Russia,\" the 66-year-old warned.\n")
    assert _actors(body) == {"A ceasefire without guarantees is only a pause for Russia": "Olaf Scholz"}
