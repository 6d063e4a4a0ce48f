"""Round 31 (issue 14): a speaker re-mentioned by a common noun resolves to its earlier mention in the article;
our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors


# --- a body re-mentioned by its head noun: "The agency said", "The union demanded"

def test_a_body_re_mentioned_by_its_head_noun_is_the_body_named_before():
    body = ("The Nordic Grid Operators Association said on Monday that repairs at the substation had begun.\n\n"
            "The association said both armies must respect every repair window.\n\n"
            "Dockworkers met the Baltic Seafarers Union in Gdansk on Tuesday. The union demanded that crews be "
            "added to the exchange lists.\n")
    got = _actors(body)
    assert got["both armies must respect every repair window"] == "Nordic Grid Operators Association"
    assert got["crews be added to the exchange lists"] == "Baltic Seafarers Union"


def test_a_head_noun_with_no_body_of_that_noun_before_it_stays_unresolved():
    body = ("The Nordic Grid Operators Association said on Monday that repairs had begun.\n\n"
            "The foundation said the truce must hold through the winter.\n")
    assert "the truce must hold through the winter" not in _actors(body)


def test_a_headline_s_capitals_are_no_body_name():
    body = ("Relief Coalition Welcomes Truce, Calls For Open Crossings Under The Deal\n\n"
            "A coalition of aid groups, led by the Aegean Relief Compact, welcomed the truce.\n\n"
            "The coalition pledged to keep pressing all parties to honour the ceasefire.\n")
    assert _actors(body).get("to keep pressing all parties to honour the ceasefire") != \
        "Relief Coalition Welcomes Truce"


# --- a person re-mentioned by an age: "The 47-year-old said"

def test_an_age_re_mention_is_the_person_named_last():
    body = ("Finnish President Aino Lehtonen addressed parliament on Monday night. The 58-year-old said her "
            "government would back any ceasefire that Kyiv accepts.\n")
    assert _actors(body) == {"her government would back any ceasefire that Kyiv accepts": "Aino Lehtonen"}


def test_an_age_with_no_person_before_it_stays_unresolved():
    body = "The 58-year-old said the government would back any ceasefire that Kyiv accepts.\n"
    assert _actors(body) == {}


# --- a release, a manual, a cable: documents whose author the article named

def test_a_release_speaks_for_the_body_that_issued_it():
    body = ("The Latvian Ministry of Foreign Affairs issued a release on Monday. The release said Riga was ready to "
            "host a round of talks.\n")
    assert _actors(body) == {"Riga was ready to host a round of talks": "Latvian foreign ministry"}


def test_a_release_with_no_author_named_is_not_the_body_named_last():
    body = ("The Kremlin said on Monday that talks would resume.\n\n"
            "The release said underwriters would return to normal rates after a ceasefire.\n")
    assert _actors(body) == {"talks would resume": "Kremlin"}


def test_a_manual_speaks_for_its_author():
    body = ("The Kremlin circulated a manual to regional broadcasters. The manual says hosts must describe the truce "
            "as a trap.\n")
    assert _actors(body) == {"hosts must describe the truce as a trap": "Kremlin"}


# --- a bare foreign ministry whose state the sentence before (or its own opening) gives

def test_a_bare_foreign_ministry_is_the_state_s_the_sentence_before_opens_with():
    body = ("The Kremlin said the summit had been useful.\n\n"
            "Tokyo's reaction was cautious. The foreign ministry said Japan would back any ceasefire that Kyiv "
            "accepts.\n")
    assert _actors(body)["Japan would back any ceasefire that Kyiv accepts"] == "Japanese foreign ministry"


def test_a_state_opening_the_sentence_before_gives_no_bare_government():
    body = ("Tokyo's reaction was cautious. The government said Japan would back any ceasefire that Kyiv "
            "accepts.\n")
    assert _actors(body).get("Japan would back any ceasefire that Kyiv accepts") != "Japanese government"
