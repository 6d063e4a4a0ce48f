"""Extraction tests for issue 14, round 14 (attribution that needs no registry entry: state bodies, titles and
according-to resolved from the article itself; camps of unlisted states as data, R44). Our own sentences."""
from pipeline.actors import ActorRegistry
from pipeline.extract.camps import EUROPE_STATES, NEUTRAL_STATES, camp_from_words, state_camp
from pipeline.extract.extractor import extract_statements

from conftest import extracted_statements

stmts = extracted_statements


def _sides(body: str, conflict: str = "russia-ukraine") -> list[tuple[str, str]]:
    text = "Headline about talks\n\n" + body
    return [(s.actor, s.side) for s in extract_statements(text, "t", ActorRegistry.for_conflict(conflict))]


def test_unlisted_eu_and_nato_states_are_europe_switzerland_and_the_rest_other():
    reg = ActorRegistry.for_conflict("russia-ukraine")
    assert "Slovenia" in EUROPE_STATES and "Switzerland" in NEUTRAL_STATES and "Switzerland" not in EUROPE_STATES
    assert state_camp("Slovenian", reg) == "europe" and state_camp("Ljubljana", reg) == "europe"
    assert state_camp("Swiss", reg) == "other" and state_camp("Bern", reg) == "other"
    assert state_camp("Brazilian", reg) == "other"
    assert state_camp("Russian", reg) == "russia"            # the registry decides first
    assert camp_from_words(reg, "a Czech Republic envoy") == "europe"
    assert camp_from_words(reg, "The President of the Republic") == "other"   # not a piece of "Czech Republic"
    assert camp_from_words(reg, "a Slovenian analyst") == "other"             # analysts stay other


def test_unlisted_states_keep_the_camp_of_the_table_in_statements():
    assert _sides("The Slovenian government said it backed the plan.") == [("Slovenian government", "europe")]
    assert _sides("The Swiss government said on Friday that it would host the talks.") == [("Swiss government", "other")]


def test_a_camp_word_the_conflict_lacks_falls_back_to_other():
    reg = ActorRegistry.for_conflict("sudan")                 # no europe camp in this conflict
    assert "europe" not in reg.camps and state_camp("Slovenian", reg) == "other"
