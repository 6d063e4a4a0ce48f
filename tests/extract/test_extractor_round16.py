"""Extraction tests for issue 14, round 16 (direct quotations and attributions that transfer across voices).
Our own sentences, none copied from a corpus article."""
from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements


def _got(text: str, conflict: str = "russia-ukraine") -> list[tuple[str, str, str]]:
    return [(s.kind, s.actor, s.text) for s in extract_statements("Title\n\n" + text, "t",
                                                                     ActorRegistry.for_conflict(conflict))]


# --- mechanism 1: a colon lead-in whose subject follows an opening adverbial without a comma ------------------------

def test_a_colon_quote_after_an_opening_phrase_is_the_subjects():
    got = _got("The vote was close. From the back benches Lindsey Graham struck a different note: \"This bill "
               "will not pass before the summer.\"")
    assert got == [("direct", "Lindsey Graham", "This bill will not pass before the summer.")]
    got = _got("Talks went on. Already before the meeting Press Secretary of the Kremlin Dmitry Peskov was curt: "
               "\"There is nothing to add to what was said.\"")
    assert got == [("direct", "Dmitry Peskov", "There is nothing to add to what was said.")]


def test_an_opening_phrase_does_not_make_a_place_or_a_bloc_the_speaker():
    assert _got("After the summit Europe faced a choice: \"sanctions or silence\".") == []
    assert _got("In Paris the mood was grim: \"Nobody expects a deal this week.\"") == []


# --- mechanism 2: a transcript's surname label is the full name its participants list introduced --------------------

def test_a_transcript_label_is_the_participant_named_before_and_the_moderator_asks():
    text = ("Edited transcript of a panel. Participants: Jana Kowalski (fellow, Northern Policy Lab), Pavel Orlov "
            "(former diplomat). Moderator: Eva Lind.\n\nLIND: Is this a peace process?\n\nKOWALSKI: Both, honestly. "
            "The exchanges are real and they matter to families.\n\nORLOV: Look at the conditions. Moscow is saying "
            "there will be no general truce.")
    got = [(k, a) for k, a, _ in _got(text)]
    assert got == [("direct", "Jana Kowalski"), ("direct", "Pavel Orlov")]


def test_a_transcript_label_nobody_introduced_is_no_statement():
    assert _got("A panel met on Monday.\n\nSMITH: Nobody here said anything about a truce.") == []
