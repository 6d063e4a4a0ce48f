"""Round 50 (issue 14): a printed Q&A interview's questions are no statements, all of each turn (corpus rule 36,
R212); our own sentences."""
from __future__ import annotations

from conftest import extracted_actors

_HEAD = ("Interview: the talks\n\nOlena Marchuk, 52, chairs a Kharkiv civic council.\n\n")
_TURNS = [
    ("WEEKLY", "Ms Marchuk, Sergei Lavrov said the Europeans had no place at the table. Is he right?"),
    ("Marchuk", "He is wrong, and I said so to the minister's face. Europe pays, so Europe sits."),
    ("WEEKLY", "Marco Rubio said the deal was close."),
    ("Marchuk", "Close for whom? Kharkiv is shelled every night, and no deal is close for us."),
    ("WEEKLY", "Would you accept a truce on the current line?"),
    ("Marchuk", "Only with guarantees. A truce without guarantees is a pause for the next attack."),
    ("WEEKLY", "Dmitry Peskov said Moscow wants a lasting settlement. Do you believe him?"),
    ("Marchuk", "No. I believe what I see from my window."),
]


def _interview(turns=_TURNS) -> str:
    return _HEAD + "\n\n".join(f"{label}: {line}" for label, line in turns) + "\n"


def test_what_the_interviewer_reports_before_asking_is_not_a_statement():
    actors = set(extracted_actors(_interview()).values())
    assert not actors & {"Sergei Lavrov", "Marco Rubio", "Dmitry Peskov"}


def test_the_guest_s_answers_are_still_statements():
    assert "Olena Marchuk" in set(extracted_actors(_interview()).values())


def test_a_label_that_names_a_known_speaker_is_never_the_interviewer():
    turns = [("LAVROV" if label == "WEEKLY" else label, line) for label, line in _TURNS]
    assert "Sergei Lavrov" in set(extracted_actors(_interview(turns)).values())


def test_too_few_turns_make_no_interview():
    body = _HEAD + "WEEKLY: Marco Rubio said the deal was close. Is it?\n\nMarchuk: No.\n"
    assert "Marco Rubio" in set(extracted_actors(body).values())
