"""Round 28 (issue 14): mechanisms shared by all newsrooms (who "he" and "she" mean), each with our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors

from pipeline.actors import ActorRegistry
from pipeline.extract.givennames import given_names


def _actors_are(body: str, expected: dict[str, str]) -> None:
    """Each statement text of `expected` is found in `body` with that actor (compared case-insensitively)."""
    got = _actors(body)
    assert {text: got[text].lower() for text in expected} == {t: a.lower() for t, a in expected.items()}


# --- people known by a given name alone (pipeline/extract/givennames.py)

def test_a_given_name_with_an_age_is_the_person_the_next_pronoun_means():
    _actors_are(
        "Regional governor Pavlo Kremenets said on his channel that the pumping station had been hit twice.\n\n"
        "Marta, 43, a bookkeeper who queues for water every morning, shrugged. 'Let them sign anything that stops "
        "the drones,' she said.\n\n"
        "Bohdan, 71, is less forgiving. 'No truce with people who shell a hospital,' he said.\n",
        {"Let them sign anything that stops the drones": "Marta",
         "No truce with people who shell a hospital": "Bohdan"})


def test_a_given_name_shared_with_a_known_full_name_stays_the_person_it_introduces():
    _actors_are(
        "President Volodymyr Zelenskyy said Ukraine would not trade land for a pause.\n\n"
        "Volodymyr, 68, a retired tram driver from Dnipro, sees it differently. 'Any pause is a gift to my "
        "grandchildren,' he said.\n",
        {"Any pause is a gift to my grandchildren": "Volodymyr"})


def test_a_given_name_taken_up_by_a_pronoun_is_a_person():
    _actors_are(
        "The aid agency said convoys were waiting at the border.\n\n"
        "Soraya came to Leeds from Aleppo as a child. She teaches at a weekend school. She says \"We only want the "
        "bombing to stop.\"\n",
        {"We only want the bombing to stop.": "Soraya"})


def test_full_names_places_and_openers_are_no_given_names():
    reg = ActorRegistry.default()
    text = ("Amal Rahim chairs the association. \"Enough,\" said Rahim, 52, after the vote. Back in Kharkiv, "
            "Kyiv, 2025, was no easier. Not everyone agreed. Under pressure, the council relented.\n")
    assert given_names(text, reg) == set()
    assert given_names("Lesia, 35, a nurse, said nothing.", reg) == {"Lesia"}


# --- a role owned by a state or heading a body, as the sentence's subject, is who the next "he" / "she" means

def test_a_states_role_as_subject_is_whom_the_next_pronoun_means():
    _actors_are(
        "Talks resumed in Ankara on Tuesday.\n\n"
        "Russia's foreign minister arrived a day after Volodymyr Zelenskyy had left the city. He said Moscow would "
        "accept no pause in the fighting while weapons kept arriving.\n\n"
        "Ukraine's president toured a hospital after talking to Keir Starmer by phone. He said a truce had to start "
        "with the skies and the sea.\n",
        {"Moscow would accept no pause in the fighting while weapons kept arriving": "Sergei Lavrov",
         "a truce had to start with the skies and the sea": "Volodymyr Zelenskyy"})


def test_a_role_subject_after_an_opening_clause_that_names_others():
    _actors_are(
        "On Tuesday, before receiving Steve Witkoff and Jared Kushner in the Kremlin, the Russian President turned on "
        "Europe. He accused the Europeans of wrecking the American draft.\n",
        {"the Europeans of wrecking the American draft": "Vladimir Putin"})


def test_an_owners_thing_before_a_role_word_is_no_role_subject():
    _actors_are(
        "Steve Witkoff met Kirill Dmitriev in Miami. Donald Trump's praise for his envoy was unreserved. "
        "\"He is doing a great job,\" Trump said.\n\n"
        "Dmitriev's defence of his minister was brief. He said the talks were \"constructive\".\n",
        {"the talks were \"constructive\"": "Kirill Dmitriev"})


# --- an unknown person opening the sentence behind a party tag or a body is its subject

def test_a_name_before_its_party_tag_or_body_is_the_sentences_subject():
    _actors_are(
        "The debate ran late.\n\n"
        "Tom Reddick (Reform, Eastmarsh) rose and mocked Keir Starmer's plan. He added that Europe should stay out "
        "of the talks.\n\n"
        "Sam Roe of the Lowy Institute was unconvinced by Donald Trump's deadline. He told reporters that a truce on "
        "these terms would not hold.\n",
        {"Europe should stay out of the talks": "Tom Reddick",
         "a truce on these terms would not hold": "Sam Roe"})


# --- "the spokesman" alone is the speaker the article last named as a spokesperson

def test_a_bare_spokesman_is_the_spokesperson_named_before():
    _actors_are(
        "Kremlin spokesman Dmitry Peskov said Moscow was studying the proposal.\n\n"
        "A State Department spokesperson said Washington backed the talks. Asked about a summit, the spokesperson "
        "said no date had been set.\n",
        {"no date had been set": "US State Department"})


# --- a body's or an outlet's name is no person: "it" after it is that body or outlet

def test_a_bodys_or_outlets_name_is_what_it_means_next():
    _actors_are(
        "The Kremlin said it was ready for talks.\n\n"
        "The Saudi daily Al-Madina, which often reflects official thinking, wrote that the plan was flawed. It said "
        "the southern council had no mandate to speak for the south.\n\n"
        "The Moscow Patriarchate's Department for External Church Relations welcomed \"the dialogue between two great "
        "powers\". It said the Europeans had no place at the table.\n",
        {"the southern council had no mandate to speak for the south": "Al-Madina",
         "the Europeans had no place at the table": "Moscow Patriarchate's Department for External Church Relations"})


# --- an owner and its thing ("Kharkiv's Saltivka district") are no person's full name

def test_a_place_and_its_district_are_no_person_a_pronoun_could_mean():
    _actors_are(
        "Mayor Ihor Terekhov said the heating had held through the night.\n\n"
        "The boiler house in Kharkiv’s Saltivka district runs on two burners. “We hold on because we have to,” he "
        "said.\n",
        {"We hold on because we have to": "Ihor Terekhov"})
