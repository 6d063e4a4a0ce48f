"""Round 60 (issue 14): a quotation that is a whole sentence, then a frame sentence whose adjuncts are longer
('"…." Governor X wrote on his VK page at 16.05 on Monday.'), and the Scandinavian "it says in a statement from X"
frame. Our own sentences."""
from __future__ import annotations

import pytest

from conftest import extracted_statements


@pytest.mark.parametrize("frame", [
    "Governor Pavel Orlov wrote on his VK page at 16.05 on Monday.",
    "Governor Pavel Orlov wrote on Telegram shortly after the two delegations left Istanbul.",
    "Governor Pavel Orlov wrote that on Telegram after the round.",
])
def test_a_frame_sentence_with_long_adjuncts_gives_the_quotation_its_speaker(frame):
    body = f'Home from the front\n\n"Four of ours are home, and the truce must hold." {frame} The post has a photo.\n'
    assert ("Four of ours are home, and the truce must hold.", "Pavel Orlov", "direct") in extracted_statements(body)


def test_a_frame_sentence_with_content_of_its_own_is_no_handover():
    body = ('Aides called the summit a "listening exercise." Vice President JD Vance had said earlier the U.S. was '
            '"done funding" the war.\n')
    got = extracted_statements(body)
    assert not any(t.startswith("listening exercise") for t, _, _ in got), got


@pytest.mark.parametrize("frame, speaker", [
    ("So it says in a written comment from Prime Minister Jonas Gahr Støre to this paper on Saturday.",
     "Jonas Gahr Støre"),
    ("It says so in a statement from Prime Minister Jonas Gahr Støre on Saturday.", "Jonas Gahr Støre"),
])
def test_it_says_in_a_statement_from_x_credits_the_author(frame, speaker):
    body = f'"Ukraine decides what Ukraine can accept." {frame}\n'
    assert ("Ukraine decides what Ukraine can accept.", speaker, "direct") in extracted_statements(body)


def test_it_says_in_a_press_release_from_a_ministry_in_a_capital():
    body = '"The exchange is humanitarian," it says in a press release from the Ministry of Foreign Affairs in Oslo.\n'
    assert [(t, kind) for t, _, kind in extracted_statements(body)] == [("The exchange is humanitarian", "direct")]
    assert extracted_statements(body)[0][1].lower() == "norwegian foreign ministry"
