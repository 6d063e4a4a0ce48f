"""Extraction tests for issue 14, round 17 (actors first: pronouns, bodies and titles; then direct quotations).
Our own sentences, none copied from a corpus article."""
from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements


def _got(text: str, conflict: str = "russia-ukraine") -> list[tuple[str, str, str]]:
    return [(s.kind, s.actor, s.text) for s in extract_statements("Title\n\n" + text, "t",
                                                                     ActorRegistry.for_conflict(conflict))]


def _actors(text: str, conflict: str = "russia-ukraine") -> list[str]:
    return [a for _, a, _ in _got(text, conflict)]


# --- mechanism 1: "it" is the document the sentence (or the one before) named with its author -----------------------

def test_it_after_a_document_its_author_signed_in_the_same_sentence_is_the_author():
    text = ("Talks resumed in Vienna on Monday.\n\nNordic leaders signed a statement backing a monitoring mission, and "
            "it says that any ceasefire must be verified on the ground.")
    assert _actors(text) == ["European leaders"]


def test_it_after_a_document_named_in_the_sentence_before_is_its_author():
    text = ("Talks resumed in Vienna on Monday.\n\nThe joint statement of the European leaders sets out a plan for "
            "guarantees. It affirms that territorial questions belong to the Ukrainian people.")
    assert _actors(text)[-1] == "European leaders"
    text = ("Talks resumed in Vienna on Monday.\n\nSteve Witkoff has put out a statement on both tracks. On the "
            "Russian track it says that a prisoner exchange is ready.")
    assert _actors(text) == ["Steve Witkoff"]


def test_a_document_named_after_it_or_by_an_adjective_is_not_the_speaker():
    text = ("Talks resumed in Vienna on Monday.\n\nThe Kremlin has released its account of the call. It says Putin "
            "welcomed Trump's proposal for a pause in strikes on energy sites.")
    assert _actors(text) == ["Kremlin"]
    text = ("Talks resumed in Vienna on Monday.\n\nThe Élysée hosted the meeting. The American draft, it said, was only "
            "a starting point.")
    assert "US government" not in _actors(text) and "White House" not in _actors(text)


def test_a_member_listed_with_including_is_not_the_author_of_the_groups_statement():
    text = ("Talks resumed in Vienna on Monday.\n\nEuropean leaders met in Paris. A group of them, including Emmanuel "
            "Macron and Friedrich Merz, put out a joint statement. It says that Ukraine must be at the table.")
    assert "Emmanuel Macron" not in _actors(text)


# --- mechanism 2: "For X, ..." is X's view when X is a person or body the registry or the article knows -------------

def test_for_a_named_person_opens_their_view():
    got = _got("The talks ended on Friday.\n\nFor Sergei Lavrov, the Europeans have no business at the table in "
               "Istanbul.")
    assert got == [("indirect", "Sergei Lavrov", "the Europeans have no business at the table in Istanbul")]


def test_for_a_place_a_time_or_a_pronoun_is_narration():
    for opener in ("For Moscow, the arithmetic of the talks is simple and brutal.",
                   "For three days in Munich, the delegates argued about the order of the steps.",
                   "For him, the Europeans have no business at the table in Istanbul."):
        assert _got("The talks ended on Friday.\n\n" + opener) == []


# --- mechanism 3: "X said A, and he further said that B" is two statements, both X's --------------------------------

def test_a_second_report_by_the_same_pronoun_ends_the_first_clause():
    got = _got("The talks ended on Friday.\n\nKremlin spokesman Dmitry Peskov said Russia wanted \"a real peace, not a "
               "pause\", and he further said that the Europeans had made themselves \"a party to the conflict\".")
    assert got == [("direct", "Dmitry Peskov", "Russia wanted \"a real peace, not a pause\""),
                   ("direct", "Dmitry Peskov", "the Europeans had made themselves \"a party to the conflict\"")]


def test_and_with_another_subject_or_verb_is_not_split_here():
    got = _got("The talks ended on Friday.\n\nMr Rubio maintained that the deal must be acceptable to all and that "
               "the Europeans would join later.")
    assert len(got) == 1 and got[0][1] == "Marco Rubio"


# --- mechanism 4: a lower-case "he" after an opening phrase keeps "he" salient for the next paragraph's quotation ---

def test_a_quotation_after_an_opener_with_he_is_his():
    text = ("Talks in Istanbul lasted two hours. Russia's chief negotiator Vladimir Medinsky called them "
            "satisfactory.\n\nLater, talking to Russian television, he struck a harsher note.\n\n\"We are ready to "
            "fight for as long as it takes.\"")
    assert ("direct", "Vladimir Medinsky", "We are ready to fight for as long as it takes.") in _got(text)
    text = ("Sudan's army chief Abdel Fattah al-Burhan rejected the plan on Sunday.\n\nSpeaking to troops in Omdurman, "
            "he was unambiguous.\n\n\"There will be no truce with the militia.\"")
    assert ("direct", "Abdel Fattah al-Burhan", "There will be no truce with the militia.") in _got(text, "sudan")
