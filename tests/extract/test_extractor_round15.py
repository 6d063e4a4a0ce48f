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


# --- mechanism 2: reporting verbs and frames as data ---------------------------------------------------------------

def _texts(body: str) -> list[tuple[str, str]]:
    return [(s.text, s.actor) for s in extract_statements("Headline\n\n" + body, "t", ActorRegistry.for_conflict(
        "russia-ukraine"))]


def test_that_verbs_are_one_list_and_each_reports_only_with_that():
    from pipeline.extract.lexicon import THAT_VERBS, V_INVERTED, V_THAT_ONLY
    assert {"defended", "evaluated", "assessed", "considered", "estimated", "judged", "assured", "opined",
            "maintained", "underlined", "pointed out", "highlighted", "insisted"} <= set(THAT_VERBS)
    assert V_THAT_ONLY <= set(THAT_VERBS) and V_THAT_ONLY <= V_INVERTED
    for verb in ("evaluated", "judged", "defended", "considered", "assessed", "estimated", "opined", "maintained",
                 "underlined", "highlighted", "assured"):
        assert _texts(f"Lavrov {verb} that the sanctions had failed.") == [("the sanctions had failed", "Sergei Lavrov")]
    assert _texts("Lavrov evaluated the proposal for a week. The troops defended the town.") == []
    assert _texts("Sybiha judged on Friday that Moscow was stalling.") == [("Moscow was stalling", "Andrii Sybiha")]


def test_a_verb_of_the_list_after_its_content_takes_the_speaker_after_it():
    assert _texts("Europe has no place at the table, evaluated the Russian foreign minister.") == [
        ("Europe has no place at the table", "Sergei Lavrov")]
    assert _texts("The plan was rushed and badly drafted, judged Merz.") == [
        ("The plan was rushed and badly drafted", "Friedrich Merz")]
    assert _texts("The army held the line it had defended, Kallas said.") == [
        ("The army held the line it had defended", "Kaja Kallas")]   # "defended" inside the content frames nothing


def test_pleaded_for_and_termed_as_are_object_frames():
    assert _texts("Tusk pleaded for an immediate cease-fire.") == [("an immediate cease-fire", "Donald Tusk")]
    assert _texts("Kallas termed the plan as a capitulation.")[0][1] == "Kaja Kallas"
    assert _texts("Its standing terms: Kyiv must withdraw from the region first.") == []   # "terms" is a noun


def test_speaker_last_for_his_part_and_chains_report():
    out = _texts("For his part, Lavrov said the West was to blame. Peskov said the talks were useful, adding that "
                 "more rounds would follow. He further said that the venue was not chosen. The offer stands, "
                 "according to the Kremlin.")
    assert [t for t, _ in out] == ["the West was to blame", "the talks were useful", "more rounds would follow",
                                   "the venue was not chosen", "The offer stands"]


def test_welcoming_an_event_of_the_talks_is_a_position_welcoming_a_thing_is_not():
    assert _texts("Kallas welcomed the de-escalation.") == [("the de-escalation", "Kaja Kallas")]
    assert _texts("Macron welcomed the outcome on Sunday.")[0][1] == "Emmanuel Macron"
    assert _texts("Tusk welcomed any step toward de-escalation.") == [("any step toward de-escalation", "Donald Tusk")]
    assert _texts("Tusk welcomed the delegation at the airport.") == []      # a thing, not an event of the talks
