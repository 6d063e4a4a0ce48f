"""Round 26 (issue 14): mechanisms general across newsrooms, each with our own sentences."""
from __future__ import annotations

from conftest import extracted_statements

from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements
from pipeline.extract.fullnames import full_names
from pipeline.schema import Statement


def _actors_of(body: str) -> dict[str, str]:
    """text -> actor of each statement the rules find in `body` (under a headline, offsets checked)."""
    return {text: actor for text, actor, _ in extracted_statements(body)}


def _sided(text: str) -> list[tuple[str, str, str]]:
    """(text, actor, side) of each statement of a whole article (dateline and all), Russia-Ukraine registry."""
    return [(s.text, s.actor, s.side) for s in extract_statements(text, "t", ActorRegistry.for_conflict("russia-ukraine"))]


# --- an unknown person under one full name: titles off, surnames to the full name (pipeline/extract/fullnames.py)

def test_a_title_rank_or_courtesy_before_an_unknown_name_is_no_part_of_the_actor():
    actors = _actors_of(
        "Ambassador Paul Kerriman, the former US envoy to the OSCE, said the talks had failed because nobody wanted a "
        "ceasefire. \"We were always one meeting short,\" Kerriman said.\n\n"
        "Datuk Aisha Rahimi, a senior official in Malaysia's foreign ministry, said ASEAN must be consulted.\n\n"
        "Energy CS Peter Mwangi said Kenya backed an immediate truce.\n")
    assert actors["the talks had failed because nobody wanted a ceasefire"] == "Paul Kerriman"
    assert actors["We were always one meeting short"] == "Paul Kerriman"
    assert actors["ASEAN must be consulted"] == "Aisha Rahimi"
    assert actors["Kenya backed an immediate truce"] == "Peter Mwangi"


def test_a_party_tag_or_a_trailing_body_is_cut_from_the_name():
    actors = _actors_of(
        "Owen Pritchard (Lab, Cwm Rhondda), a Welsh Labour backbencher, called the energy pause \"a gimmick that lets "
        "Moscow keep shelling cities\".\n\n"
        "Brigadier General Hamid Rahman of the Malaysian Armed Forces said ASEAN would send observers only after a "
        "truce.\n")
    assert actors["a gimmick that lets Moscow keep shelling cities"] == "Owen Pritchard"
    assert actors["ASEAN would send observers only after a truce"] == "Hamid Rahman"


def test_a_surname_alone_takes_the_full_name_the_article_gives_even_in_a_possessive():
    got = extracted_statements(
        "The launch of \"Winter Talks\", Karl Weissmann’s memoir of two decades of mediation, drew a full hall.\n\n"
        "Weissmann, who retired from the Austrian foreign service in 2022, said a truce had to come before any talk "
        "of borders.\n\nAsked about Europe's seat, Weissmann said that was a question for governments.\n")
    assert ("a truce had to come before any talk of borders", "Karl Weissmann", "indirect") in got
    assert ("that was a question for governments", "Karl Weissmann", "indirect") in got


def _st(actor: str, side: str = "other") -> Statement:
    return Statement("t", "x", actor, actor, side, "direct", {}, 0, 1)


def test_a_capitals_label_or_surname_takes_the_one_full_name_of_another_statement_and_its_camp():
    reg = ActorRegistry.for_conflict("russia-ukraine")
    sts = [_st("Marta Hrytsenko", "ukraine"), _st("HRYTSENKO"), _st("Hrytsenko")]
    out = full_names(sts, [True, True, True], "", reg)
    assert [(s.actor, s.side) for s in out] == [("Marta Hrytsenko", "ukraine")] * 3


def test_a_surname_two_full_names_share_and_institutions_are_left_alone():
    reg = ActorRegistry.for_conflict("russia-ukraine")
    sts = [_st("Anna Berg"), _st("Lars Berg"), _st("Berg"), _st("Defence Forces"), _st("KNG Securities")]
    out = full_names(sts, [True] * 5, "", reg)
    assert [s.actor for s in out] == ["Anna Berg", "Lars Berg", "Berg", "Defence Forces", "KNG Securities"]


def test_a_first_name_alone_is_not_given_a_known_person_of_the_same_first_name():
    reg = ActorRegistry.for_conflict("russia-ukraine")
    sts = [_st("Volodymyr Zelenskyy", "ukraine"), _st("Volodymyr")]
    out = full_names(sts, [True, True], "", reg)
    assert out[1].actor == "Volodymyr"


# --- a state or body in the possessive before a role: the registry's holder of that title (titles.possessive_title_holder)

def test_a_states_prime_minister_is_that_states_prime_minister_not_the_last_one_named():
    actors = _actors_of(
        "Keir Starmer said Britain would host the next meeting of the coalition. Poland's prime minister said Warsaw "
        "would not send troops before a ceasefire.\n\nSlovakia's prime minister said the sanctions had to end.\n")
    assert actors["Warsaw would not send troops before a ceasefire"] == "Donald Tusk"
    assert actors["the sanctions had to end"] == "Robert Fico"


def test_a_bodys_spokesperson_in_the_possessive_is_the_registrys_holder_of_the_title():
    actors = _actors_of(
        "The Kremlin's spokesman said Moscow was open to talks but not to a truce.\n\n"
        "Russia's foreign ministry spokeswoman said the proposal was unacceptable.\n")
    assert actors["Moscow was open to talks but not to a truce"] == "Dmitry Peskov"
    assert actors["the proposal was unacceptable"] == "Maria Zakharova"


def test_a_states_leader_is_its_one_head_of_government_and_a_body_stays_a_body():
    reg = ActorRegistry.for_conflict("russia-ukraine")
    from pipeline.extract.titles import possessive_title_holder
    assert possessive_title_holder("Germany's leader", reg)[0] == "Friedrich Merz"
    assert possessive_title_holder("Russia's foreign ministry", reg) is None
    assert possessive_title_holder("Estonia's deputy culture minister", reg) is None   # no registry title: not guessed


# --- an unnamed spokesperson of a person speaks for that person's office (data card rules 11-12)

def test_an_unnamed_spokesman_of_a_leader_is_the_leaders_office():
    actors = _actors_of(
        "Keir Starmer met Volodymyr Zelenskyy in London on Monday.\n\n"
        "The Prime Minister's official spokesman said Britain wanted Ukraine at the table in any talks.\n\n"
        "Starmer's spokesman said the coalition would meet again in Paris.\n\n"
        "Macron's spokeswoman said France would not send troops before a ceasefire.\n")
    assert actors["Britain wanted Ukraine at the table in any talks"] == "Downing Street"
    assert actors["the coalition would meet again in Paris"] == "Downing Street"
    assert actors["France would not send troops before a ceasefire"] == "Élysée"


def test_an_anonymous_source_is_still_no_statement():
    got = extracted_statements("A senior Downing Street source said the prime minister would not be rushed.\n")
    assert got == []


# --- a report inside an opening concessive clause ends with that clause (clauses._CONCESSIVE_OPENING)

def test_a_report_in_an_opening_while_clause_ends_where_the_main_clause_begins():
    got = extracted_statements(
        "While Dmitry Peskov says Moscow is ready to discuss guarantees, he has also insisted that they be agreed with "
        "Washington.\n\nAlthough the Kremlin maintains that it remains open to dialogue, its troops keep advancing.\n")
    texts = [t for t, _, _ in got]
    assert "Moscow is ready to discuss guarantees" in texts
    assert "they be agreed with Washington" in texts
    assert "it remains open to dialogue" in texts


def test_a_comma_inside_the_reported_clause_of_a_while_clause_is_kept_when_no_subject_follows():
    got = extracted_statements(
        "While Dmitry Peskov says Moscow is ready, in principle, to discuss guarantees, the army keeps advancing.\n")
    assert ("Moscow is ready, in principle, to discuss guarantees", "Dmitry Peskov", "indirect") in got


# --- a second report joined by "while"/"but" with a promise or threat verb starts a statement of its own (lexicon SPLIT)

def test_a_vow_or_pledge_after_while_ends_the_first_report():
    got = extracted_statements(
        "The Security and Defence Council said that it valued all efforts for peace, while it also vowed to fight on "
        "until the militia was defeated.\n")
    texts = [t for t, _, _ in got]
    assert "it valued all efforts for peace" in texts
    assert not any("vowed" in t for t in texts)


# --- a legislature, armed force or agency named without its state is the home state's; a byline's place names home

def test_the_senate_in_an_article_filed_from_a_capital_is_that_states_senate():
    actors = _actors_of(
        "From Ada Obi, Abuja\n\nThe Senate has urged Russia and Ukraine to agree a ceasefire at once.\n\n"
        "The Air Force said it had no role in the talks.\n")
    assert actors["Russia and Ukraine to agree a ceasefire at once"] == "Nigerian Senate"
    assert actors["it had no role in the talks"] == "Nigerian Air Force"


def test_a_body_without_its_state_is_left_as_it_was_when_the_article_has_no_clear_home():
    from pipeline.extract.home import home_country
    assert home_country("Talks\n\nBy Ann Lee in Kyiv\n\nThe Rada voted.") == "Ukraine"
    assert home_country("Talks\n\nThe Senate voted. Moscow and Kyiv answered.") == ""


# --- a courtesy or peerage title says the person's sex: "she" is not Lord X, "he" is not Baroness Y (speakers._gender)

def test_she_after_a_lord_spoke_is_the_baroness_the_text_named_not_the_lord():
    actors = _actors_of(
        "Lord Harwell opened for the Government. \"The force will deploy only after a ceasefire,\" he said.\n\n"
        "Baroness Fenn rose next. \"No decision about this force should be taken without Kyiv in the room,\" she said.\n")
    assert actors["The force will deploy only after a ceasefire"] == "Lord Harwell"
    assert actors["No decision about this force should be taken without Kyiv in the room"] == "Baroness Fenn"


def test_a_spelling_given_in_brackets_names_the_full_name_before_it():
    got = extracted_statements(
        "Hikmat Aliyarov (also spelled Aliarov), the president's foreign policy adviser, said Azerbaijan would "
        "consider sending personnel only after the fighting had stopped.\n\nHe said Baku supported the ceasefire.\n")
    assert [a for _, a, _ in got] == ["Hikmat Aliyarov", "Hikmat Aliyarov"]


# --- a party's legislators are a group of the home country, not a person surnamed "MPs" (speakers._PARTY_GROUP)

def test_party_groups_of_legislators_are_groups_in_the_home_countrys_camp():
    text = ("Starmer under pressure\n\nLONDON -- Keir Starmer faced questions in the House of Commons on Wednesday. "
            "The Foreign Secretary sat beside him.\n\nLabour MPs said the government had to do more for Ukraine.\n\n"
            "Conservative MPs said the plan was too timid.\n")
    got = _sided(text)
    assert ("the government had to do more for Ukraine", "Labour MPs", "europe") in got
    assert ("the plan was too timid", "Conservative MPs", "europe") in got


def test_a_states_legislators_are_a_group_too_not_a_person_named_mps():
    from pipeline.extract.speakers import Ctx, resolve
    reg = ActorRegistry.for_conflict("russia-ukraine")
    assert resolve("German MPs", Ctx(), reg) == ("German MPs", "europe", "group")
    assert resolve("US senators", Ctx(), reg) == ("US senators", "us", "group")
    got = extracted_statements("Tory MPs said a ceasefire must come first.\n\nReform UK MPs said the deal was a "
                               "surrender.\n")
    assert [a for _, a, _ in got] == ["Tory MPs", "Reform UK MPs"]


# --- a title in apposition before a name ("The chancellor, Rachel Reeves,") gives the home country's camp (home.py)

def test_a_title_in_apposition_before_an_unknown_name_gives_the_home_camp():
    text = ("Reeves and the loan\n\nLONDON -- The chancellor, Ruth Avery, told the Commons that Britain would back the "
            "reparations loan.\n\nThe chancellor said the Treasury had set aside money for air defence.\n")
    assert [(actor, side) for _, actor, side in _sided(text)] == [("Ruth Avery", "europe")] * 2
