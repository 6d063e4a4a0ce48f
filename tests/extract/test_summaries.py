"""Tests for pipeline.extract.summaries: KEY POINTS bullets that summarise a statement reported later (data card
rule 22). Our own sentences."""
from conftest import extracted_statements


ARTICLE = ("KEY POINTS\n\n- Russia ready for new round of talks - Kremlin\n\n- Ukraine wants full ceasefire before any "
           "summit\n\n- EU to discuss new sanctions on Thursday\n\nMOSCOW, May 12 (Wire) - Russia is ready for a new "
           "round of talks with Ukraine, the Kremlin said on Monday.\n\nUkrainian Foreign Minister Andrii Sybiha said "
           "Kyiv wanted a full ceasefire before any summit.")


def test_a_bullet_with_its_source_after_a_dash():
    assert ("Russia ready for new round of talks", "Kremlin", "indirect") in extracted_statements(ARTICLE)


def test_a_bullet_takes_the_speaker_of_the_statement_it_summarises():
    assert ("Ukraine wants full ceasefire before any summit", "Andrii Sybiha", "indirect") in extracted_statements(ARTICLE)


def test_a_bullet_that_summarises_no_statement_stays_unattributed():
    assert not any(t.startswith("EU to discuss") for t, _, _ in extracted_statements(ARTICLE))


def test_bullets_without_a_key_points_header_are_left_alone():
    body = ARTICLE.replace("KEY POINTS", "Background")
    assert not any(t.startswith("Ukraine wants") for t, _, _ in extracted_statements(body))
