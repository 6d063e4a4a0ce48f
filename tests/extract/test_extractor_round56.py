"""Round 56 (issue 14): a header line naming a speaker with where and when, or a lead-in with a verb, ending in a
colon over a block without quotation marks (a newsletter's "**Name, day, venue:**" over the words). Our own
sentences."""
from __future__ import annotations

from conftest import extracted_statements

_LEAD = "THE READ: cool, and silent on Kyiv.\n\n"


def test_a_bold_header_with_day_and_venue_over_a_block_is_the_speakers_direct_statement():
    body = _LEAD + ("**Presidential aide Yuri Ushakov, Feb. 18, Riyadh, to reporters:**\nWe are not ready to discuss a "
                    "truce before the talks. The sequence matters.\n\nMore later.\n")
    assert ("We are not ready to discuss a truce before the talks. The sequence matters", "Yuri Ushakov", "direct") in \
        extracted_statements(body)


def test_a_plain_header_with_a_time_over_a_block_is_the_speakers_too():
    body = _LEAD + "Medvedev, Saturday, X, 1:17 p.m. Moscow:\nThe European demands for a seat were ignored.\n"
    assert ("The European demands for a seat were ignored", "Dmitry Medvedev", "direct") in extracted_statements(body)


def test_a_lead_in_with_writes_over_a_block_is_the_writers_statement():
    body = _LEAD + ("Ambassador (ret.) Hedda Lundqvist, former Swedish envoy to the OSCE, writes:\nA truce that Europe "
                    "is not asked to police is a truce Europe cannot guarantee.\n")
    got = extracted_statements(body)
    assert any(actor == "Hedda Lundqvist" and kind == "direct" and t.startswith("A truce that Europe") for t, actor, kind in got)


def test_a_rubric_over_a_line_names_no_speaker():
    for rubric in ("What we know:", "Key points:", "**The diff:**"):
        body = _LEAD + rubric + "\nThe talks resumed in Istanbul on Monday and will go on.\n"
        assert extracted_statements(body) == [], rubric


def test_a_header_whose_qualifiers_carry_a_verb_is_no_header():
    body = _LEAD + "Ushakov, who was not in the room, was vague:\nNothing was signed and nothing will be.\n"
    assert not any(t.startswith("Nothing was signed") and actor != "Yuri Ushakov" for t, actor, _ in extracted_statements(body))
