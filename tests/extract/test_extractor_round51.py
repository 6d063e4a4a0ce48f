"""Round 51 (issue 14): guillemets and low opening quotes open a sentence; a person named again with a courtesy
title keeps the camp the article introduced them with. Our own sentences."""
from __future__ import annotations

from conftest import extracted_statements

from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements

_INTRO = "Danish Foreign Minister Karsten Holm met his counterparts on Monday.\n\n"


def test_a_guillemet_quote_after_a_short_sentence_is_only_the_quotation():
    body = _INTRO + "Mr Holm was curt. «No one will divide Ukraine over our heads», he said.\n"
    assert ("No one will divide Ukraine over our heads", "Karsten Holm", "direct") in extracted_statements(body)


def test_a_low_opening_quote_after_a_sentence_is_only_the_quotation():
    body = _INTRO + "Holm did not wait. „Europe has to sit at that table“, he told reporters.\n"
    assert ("Europe has to sit at that table", "Karsten Holm", "direct") in extracted_statements(body)


def test_a_closing_guillemet_after_the_full_stop_ends_the_sentence():
    body = _INTRO + "«We want a truce before the winter.» Mr Holm then left for Brussels.\n"
    texts = [t for t, _, _ in extracted_statements(body)]
    assert not any("Brussels" in t for t in texts)


def test_a_courtesy_title_mention_keeps_the_camp_of_the_introduction():
    text = ("Headline about talks\n\n" + _INTRO +
            'Mr Holm was blunt. "No deal about Europe can be made without Europe," he said.\n')
    st = next(s for s in extract_statements(text, "t", ActorRegistry.default())
              if s.text.startswith("No deal about Europe"))
    assert (st.actor, st.side) == ("Karsten Holm", "europe")
