"""Round 39 (issue 14): the rules' mechanisms found on the default path's errors across writers; our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- the leading names of a longer full name: "Agustín Santos" after "Agustín Santos Maraver"

def test_the_first_two_names_of_a_three_word_name_are_that_person():
    body = ("Talks resume\n\nThe former ambassador Marisol Vega Ibarra said the plan rewarded the invasion.\n\n"
            "Marisol Vega added that Madrid should ask for a seat at the table.\n")
    got = _actors(body)
    assert got["Madrid should ask for a seat at the table"] == "Marisol Vega Ibarra"


def test_a_two_word_name_introduced_first_stays_its_own_person():
    body = ("Talks resume\n\nTomas Berg said the plan rewarded the invasion.\n\n"
            "Later the economist Tomas Berg Lund said sanctions should stay.\n\n"
            "Tomas Berg added that Oslo should ask for a seat at the table.\n")
    got = _actors(body)
    assert got["Oslo should ask for a seat at the table"] == "Tomas Berg"


# --- full names whose words open with a capital bearing a diacritic ("Østergaard", "Žaneta", "Ólöf")

def test_names_opening_with_a_diacritic_capital_are_learned_in_full():
    first = ("Talks resume\n\nFinance Minister Ólöf Björk Einarsdóttir said the fund would be ready in May.\n\n"
             "Ólöf Björk added that Reykjavik would pay its share.\n")
    sur = ("Talks resume\n\nThe analyst Jonas Østby told reporters that the front would hold.\n\n"
           "Østby said the talks in Geneva would fail.\n")
    assert _actors(first)["Reykjavik would pay its share"] == "Ólöf Björk Einarsdóttir"
    assert _actors(sur)["the talks in Geneva would fail"] == "Jonas Østby"


# --- "the State Department" in a conflict whose registry does not list it: the US one, not "Department"

def test_the_state_department_is_the_us_one_in_every_conflict():
    body = ("Truce holds\n\nThe State Department said that the crossings should reopen within a week.\n\n"
            "A State Department spokesperson said that Washington would keep funding the clinics.\n")
    for conflict in ("gaza", "armenia-azerbaijan", "thailand-cambodia"):
        got = _actors(body, conflict)
        assert got["the crossings should reopen within a week"] == "US State Department"
        assert got["Washington would keep funding the clinics"] == "US State Department"


# --- a councillor's title ("Cllr", "Councillor") is no part of the name

def test_a_councillors_title_is_dropped_from_the_name():
    body = ("Vigil held\n\nCllr Mary Okafor (Lab, Riverside ward) said the town would keep its twinning link.\n\n"
            "Councillor Dev Sharma said that the council should send a second convoy.\n")
    got = _actors(body)
    assert got["the town would keep its twinning link"] == "Mary Okafor"
    assert got["the council should send a second convoy"] == "Dev Sharma"


# --- "<State>'s <Body>" for a body the registry does not know: the body's own name, in its state's camp

def test_a_states_possessive_before_an_unknown_bodys_name_is_dropped():
    body = ("Swap completed\n\nUkraine's National Centre for Missing Persons said that 40 civilians had come home.\n")
    got = _actors(body)
    assert got["40 civilians had come home"] == "National Centre for Missing Persons"
    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements
    assert [st.side for st in extract_statements("Talks\n\n" + body, "t", ActorRegistry.default())] == ["ukraine"]


# --- a party tag in brackets after a name places the person: a British party, a European group and its state

def _sides(body, conflict="russia-ukraine"):
    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements
    return {st.actor: st.side for st in extract_statements("Debate\n\n" + body, "t", ActorRegistry.for_conflict(conflict))}


def test_a_british_party_tag_in_brackets_is_a_european_politician():
    body = ("Gwen Pryce (Lab, Aberglas) said that the force should wait for a ceasefire.\n\n"
            "Martin Oakes (Ind, Fernley) said that the decision was one for Washington.\n")
    assert _sides(body) == {"Gwen Pryce": "europe", "Martin Oakes": "europe"}


def test_a_european_group_tag_names_the_members_state():
    body = "Lena Kowalik (EPP, Poland) said that a truce now would only reward Moscow.\n"
    assert _sides(body) == {"Lena Kowalik": "europe"}


def test_an_age_or_an_unknown_party_in_brackets_names_no_state():
    from pipeline.extract.home import bracket_state
    assert bracket_state(" (49)") == "" and bracket_state(" (Greens)") == ""
    assert bracket_state(" (CSU)") == "Germany" and bracket_state(" (Lab, Cwm Llynfi)") == "Britain"


# --- national parties and parliaments as cues: a Dutch or an Italian party speaks in its state's camp

def test_dutch_and_italian_parties_are_european_voices():
    body = ("The D66 says that a European force is the best guarantee of a truce.\n\n"
            "Forza Italia said that Rome should keep its soldiers at home.\n")
    assert set(_sides(body).values()) == {"europe"}


# --- the state named right after an unknown person's name: a possessive title in apposition, a bracket

def test_a_possessive_states_title_in_apposition_places_the_person():
    body = "Oksana Didenko, Ukraine's deputy energy minister, said that the grid would not survive another month.\n"
    assert _sides(body) == {"Oksana Didenko": "ukraine"}


def test_a_state_in_brackets_after_a_delegates_name_places_the_delegate():
    body = "Mykola Hrytsenko (Ukraine) said that no truce could be signed while the strikes went on.\n"
    assert _sides(body) == {"Mykola Hrytsenko": "ukraine"}
