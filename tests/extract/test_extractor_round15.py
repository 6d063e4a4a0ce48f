"""Extraction tests for issue 14, round 15 (the article's home country for officials named without a nationality;
reporting verbs and frames as data for indirect recall). Our own sentences."""
from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements
from pipeline.extract.home import cue_state, home_country


def _sides(text: str, conflict: str = "russia-ukraine") -> list[tuple[str, str]]:
    return [(s.actor, s.side) for s in extract_statements(text, "t", ActorRegistry.for_conflict(conflict))]


# --- mechanism 1: a home country for the article -------------------------------------------------------------------

def test_home_country_comes_from_a_dateline_or_national_institutions_and_only_when_clear():
    assert home_country("OSLO --\n\nThe talks went on.") == "Norway"
    assert home_country("Talks went on.\n\nThe Dáil debated the plan, and the Taoiseach spoke.") == "Ireland"
    assert home_country("ROME/OSLO --\n\nThe talks went on.") == ""         # filed from two places: from neither
    assert home_country("The talks went on and nobody said where.") == ""
    assert home_country("The Bundestag debated it. The Sejm debated it too.") == ""   # a tie is no evidence


def test_cues_name_the_state_of_a_title_party_or_institution():
    assert cue_state("Fine Gael TD") == "Ireland" and cue_state("Servant of the People MP") == "Ukraine"
    assert cue_state("Chairman of the State Duma Defence Committee") == "Russia"
    assert cue_state(", R-Ohio, said") == "United States" and cue_state("a professor") == ""


def test_an_official_with_a_title_but_no_nationality_takes_the_home_country_camp():
    text = ("Ministers meet on Monday\n\nTALLINN --\n\nDefence Minister Mart Kask said Europe had to be at the table."
            " Mart Kask, the defence minister, added that talks must include Ukraine.")
    assert _sides(text)[0] == ("Mart Kask", "europe")


def test_a_title_that_names_a_state_office_of_the_outlet_keeps_a_camp_without_a_dateline():
    text = ("Harbour talks\n\nThe Oireachtas committee met on Tuesday. Tánaiste Niamh Doyle said Ireland would back "
            "any cease-fire.")
    assert _sides(text) == [("Niamh Doyle", "europe")]


def test_legislators_of_a_party_are_the_state_of_the_party_and_the_rank_is_no_part_of_the_name():
    text = ("Vote in the chamber\n\nFine Gael TD Ronan Kiely said the plan ignored Kyiv. Sen. Carla Mendes, D-Ore., "
            "said a truce had to come first.")
    assert _sides(text) == [("Ronan Kiely", "europe"), ("Carla Mendes", "us")]


def test_a_nationality_in_the_clause_or_no_clear_home_leaves_the_camp_alone():
    text = ("Border clash\n\nBANGKOK --\n\nCambodian nationalist senator Sok Dara said the border was theirs.")
    assert _sides(text, "thailand-cambodia")[0][1] != "thailand"     # not the dateline's state
    text = "Talks resume\n\nDefence Minister Paulo Reis said the talks had to include Europe."
    assert _sides(text) == [("Paulo Reis", "other")]                # no home country: no camp is guessed
    text = ("Summit news\n\nLISBON --\n\nSenior official Rui Costa said the deal was near.")
    assert _sides(text)[0][1] == "other"                            # an official of anything is not a state office


def test_a_party_named_as_speaker_is_its_state():
    text = "Coalition row\n\nThe SPD said it would not back sending more troops."
    assert _sides(text) == [("SPD", "europe")]
