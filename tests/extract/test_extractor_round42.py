"""Round 42 (issue 14): general mechanisms of the default path's actor errors across development writers; our own
sentences."""
from __future__ import annotations

from conftest import extracted_actors

_BEFORE = "Talks went on.\n\nSergei Lavrov said on Monday that the talks were useful.\n\n"


# --- a person introduced by what they do, in apposition, opens a sentence: the next "he"/"she" is that person

def test_a_descriptive_apposition_before_a_name_makes_the_name_the_subject():
    body = _BEFORE + ("A second researcher at the institute, Prof. Nneka Obi, disagreed. She said that a truce now "
                      "would only freeze the front.\n")
    assert extracted_actors(body)["a truce now would only freeze the front"] == "Nneka Obi"


def test_a_representative_in_apposition_is_the_subject_of_the_next_pronoun():
    body = _BEFORE + ("Luxembourg's permanent representative, Corentin Weydert, struck a different note. He said "
                      "that no deal could be signed without Kyiv.\n")
    assert extracted_actors(body)["no deal could be signed without Kyiv"] == "Corentin Weydert"


def test_an_apposition_naming_no_person_leaves_the_last_speaker():
    body = _BEFORE + "The member states, France and Germany, stayed silent. He said that the talks would go on.\n"
    assert extracted_actors(body)["the talks would go on"] == "Sergei Lavrov"


# --- a coordinated verb after "The <title>, <Name>, went further and ...": the named person, not the title's body

def test_a_coordinated_verb_after_a_titled_apposition_is_the_named_persons():
    body = _BEFORE + ("The Kremlin spokesman, Dmitry Peskov, went further and questioned whether any deal signed "
                      "in Kyiv would hold.\n")
    assert extracted_actors(body)["whether any deal signed in Kyiv would hold"] == "Dmitry Peskov"


def test_a_coordinated_verb_after_a_bare_body_stays_the_bodys():
    body = _BEFORE + "The Kremlin went further and questioned whether any deal signed in Kyiv would hold.\n"
    assert extracted_actors(body)["whether any deal signed in Kyiv would hold"] == "Kremlin"
