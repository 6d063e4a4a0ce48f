"""Round 29 (issue 14): mechanisms shared by all newsrooms, each with our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors

from pipeline.extract.lexicon import CLASS_YEAR


def _actors_are(body: str, expected: dict[str, str]) -> None:
    """Each statement text of `expected` is found in `body` with that actor (compared case-insensitively)."""
    got = _actors(body)
    assert {text: got.get(text, "").lower() for text in expected} == {t: a.lower() for t, a in expected.items()}


# --- a class year after a student's name (a college newspaper's convention)

def test_a_class_year_after_a_name_is_no_part_of_the_speaker_phrase():
    _actors_are(
        "Tomas Varga ’26, a junior in the School of Law, said the talks \"will only pause the shelling.\"\n\n"
        "Anneke Brouwer GRAD ’25, a doctoral student in history, said she wanted \"a truce that holds through the "
        "winter.\"\n\n"
        "Rafael Osei '09, the alumni council's chair, said the ceasefire was \"overdue by a year.\"\n",
        {'the talks "will only pause the shelling."': "Tomas Varga",
         'she wanted "a truce that holds through the winter."': "Anneke Brouwer",
         'the ceasefire was "overdue by a year."': "Rafael Osei"})


def test_the_class_year_pattern_takes_years_only():
    assert [m.group(0) for m in CLASS_YEAR.finditer("Lena Ortiz ’27, Paul Kim GRAD ’24 and Russia’s envoy")] == \
        [" ’27", " GRAD ’24"]
    assert not CLASS_YEAR.search("the ’90s and rock ’n’ roll, in the summer of ’2024")


# --- a person re-mentioned by the role noun of their apposition (pipeline/extract/roles.py)

def test_the_role_of_an_apposition_re_mentions_the_person_given_it_last():
    _actors_are(
        "Tomas Varga ’26, a junior in the School of Law, spoke first. Ilse Maas, a senior in history, spoke next. "
        "The junior said the pause \"would not survive the spring.\"\n\n"
        "\"Nobody asked the people of Kherson,\" the senior said.\n\n"
        "Pieter de Wit, a graduate student in physics, was less sure. The graduate student added that the talks "
        "\"might still bring a truce.\"\n\n"
        "Marta Silva, a professor of political science, closed the panel. The professor said that \"a ceasefire "
        "without guarantees is a pause.\"\n",
        {'the pause "would not survive the spring."': "Tomas Varga",
         "Nobody asked the people of Kherson": "Ilse Maas",
         'the talks "might still bring a truce."': "Pieter de Wit",
         "a ceasefire without guarantees is a pause.": "Marta Silva"})


def test_a_role_noun_as_a_modifier_gives_no_role_to_re_mention():
    from pipeline.extract.roles import role_holder
    text = "Olga Nemtsova, a senior official in Kyiv, spoke. The senior said "
    assert role_holder("The senior", text, len(text) - 16) is None
    assert role_holder("the senior official", text, len(text) - 16) is None


# --- the home country of an outlet that speaks of "the cabinet" without naming whose (pipeline/extract/home.py)

_EXPAT = ("Cabinet answers the Folketing on the truce plan\n\n"
          "The Danish cabinet has sent parliament its view of the American plan. Foreign Minister Lars Holm writes "
          "that Denmark will only back a ceasefire that Ukraine itself accepts.\n\n"
          "The cabinet also states that Europe must sit at the table. Defence Minister Mette Brandt said the "
          "government would keep sending air defence to Kyiv.\n")


def test_an_outlet_that_speaks_of_the_cabinet_without_naming_whose_is_at_home_in_the_state_it_names_most():
    from pipeline.extract.home import home_country
    assert home_country(_EXPAT) == "Denmark"
    # no bare cabinet or government: a venue named often is no home
    assert home_country("Talks in Berlin\n\nLeaders met in Berlin. German officials said Berlin would host again. "
                        "The German chancellor said the talks in Berlin went well. Defence Minister Ana Cruz said "
                        "the talks were useful.\n") == ""


def test_a_bare_state_office_in_such_an_article_takes_the_home_states_camp():
    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements
    out = extract_statements(_EXPAT, "t", ActorRegistry.for_conflict("russia-ukraine"))
    sides = {s.actor: s.side for s in out}
    assert sides.get("Lars Holm") == "europe" and sides.get("Mette Brandt") == "europe"


# --- a person of an organisation: "<profession> <Name with particles> of <Org>" (pipeline/extract/speakers.py)

def test_a_name_with_particles_or_a_profession_before_it_of_an_organisation_is_the_person():
    _actors_are(
        "Political analyst Sanne van der Berg of the Amsterdam Peace Institute said the truce would not hold.\n\n"
        "Mayor Pieter van Dam of Delft told reporters that the town would keep its shelters open.\n\n"
        "Economist Rina Kusuma of the Centre for Trade Studies argued that a truce would lower grain prices.\n",
        {"the truce would not hold": "Sanne van der Berg",
         "the town would keep its shelters open": "Pieter van Dam",
         "a truce would lower grain prices": "Rina Kusuma"})


# --- a describing verb's object and the rest of its clause (pipeline/extract/quotes.py)

def test_a_short_quoted_name_takes_its_object_and_the_rest_of_the_clause():
    got = _actors("Lavrov called the meeting a \"clumsy attempt to slow\" the talks.\n\n"
                  "Peskov called the draft \"a wish list\" and said Moscow would answer next week.\n\n"
                  "Zelenskyy called it \"a trap\".\n")
    assert got.get('the meeting a "clumsy attempt to slow" the talks') == "Sergei Lavrov"
    assert got.get('the draft "a wish list"') == "Dmitry Peskov"
    assert got.get("Moscow would answer next week") == "Dmitry Peskov"      # a statement of its own, not swallowed
    assert got.get("a trap") == "Volodymyr Zelenskyy"                     # "called it X": X (ANNOTATION.md §1)


def test_a_long_or_very_short_quoted_name_or_a_reported_describer_keeps_the_quotation_alone():
    got = _actors("Rubio called the session \"probably the most productive and meaningful meeting we have had so "
                  "far\".\n\nThe institute noted that Umerov had called the text \"a basis\" for further work.\n")
    assert "probably the most productive and meaningful meeting we have had so far" in got
    assert "a basis" in got
    assert "clumsy" in _actors("Lavrov called the Paris meeting a \"clumsy\" attempt by the Europeans to slow "
                               "the talks.\n")


# --- a consulate is named like an embassy (pipeline/extract/speakers.py)

def test_a_consulate_with_its_city_is_named_as_written_and_the_consulate_re_mentions_it():
    _actors_are(
        "In an email, the Ukrainian Consulate General in Toronto wrote that the vigil \"honours every child still "
        "held.\" The consulate also wrote that talks \"must bring them home first.\"\n",
        {'the vigil "honours every child still held."': "Ukrainian Consulate General in Toronto",
         'talks "must bring them home first."': "Ukrainian Consulate General in Toronto"})


# --- a first name alone re-mentions the one full name the article gives it (pipeline/extract/fullnames.py)

def test_a_first_name_alone_is_the_one_person_named_in_full_with_it():
    _actors_are(
        "The foreign affairs commission met on Monday. Bambang Sutrisno of the Golkar faction chaired the "
        "hearing.\n\nBambang added that the truce \"must come first, then the map.\"\n",
        {'the truce "must come first, then the map."': "Bambang Sutrisno"})
