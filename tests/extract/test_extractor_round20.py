"""Extraction tests for issue 14, round 20 (actors on writers the rules were not written from). Our own sentences,
none copied from a corpus article."""
from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements


def _got(text: str, conflict: str = "russia-ukraine") -> list[tuple[str, str, str]]:
    return [(s.kind, s.actor, s.text) for s in extract_statements("Title\n\n" + text, "t",
                                                                     ActorRegistry.for_conflict(conflict))]


# --- mechanism 1: an honorific or rank before a given name is the person the article introduced --------------------

def test_an_honorific_before_a_given_name_is_the_person_that_name_opens():
    text = ("Kanok Wirachai, who heads the rubber growers' association, said prices had doubled.\n\n"
            "\u201cWe cannot wait another season,\u201d Mr Kanok said.")
    assert _got(text)[-1] == ("direct", "Kanok Wirachai", "We cannot wait another season")


def test_a_rank_without_a_full_stop_is_dropped_from_the_name_and_its_given_name_re_mention():
    text = ("Navy chief Adm Pravit Somboon inspected the patrol boats on Friday.\n\n"
            "Adm Pravit said the fleet would stay in port during the truce.")
    got = _got(text, "thailand-cambodia")
    assert got[-1][1:] == ("Pravit Somboon", "the fleet would stay in port during the truce")


def test_a_surname_after_an_honorific_still_wins_and_a_shared_given_name_is_left_alone():
    text = ("Daniel Okoro, an economist at a Lagos bank, said oil would fall. Later, Mr Okoro said the truce "
            "was fragile.")
    assert _got(text)[-1][1] == "Daniel Okoro"
    text = ("Somchai Rattana, a farmer, and Somchai Boonmee, a trader, both spoke at the meeting.\n\n"
            "Mr Somchai said the border had to reopen.")
    assert _got(text)[-1][1] not in ("Somchai Rattana", "Somchai Boonmee")
