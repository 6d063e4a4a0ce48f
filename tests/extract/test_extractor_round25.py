"""Round 25 (issue 14): oral histories whose paragraphs are labelled "NAME IN CAPITALS, role:" and later "SURNAME:",
with or without a cast list, and pull quotes that repeat them. Our own sentences."""
from __future__ import annotations

from conftest import extracted_statements

from pipeline.actors import ActorRegistry
from pipeline.extract.cast import cast_label, display_name, learn_cast
from pipeline.extract.extractor import extract_statements
from pipeline.extract.speakers import Ctx

ORAL = """Cast
MARTA KOVAL, then a Ukrainian trade negotiator
JOHN PRICE, a State Department lawyer
ANNA DE LA ROSA, an interpreter

MARTA KOVAL, then a Ukrainian trade negotiator: We waited two days for the Russians. Nobody told us why, and we stopped asking.

PULL QUOTE: Nobody told us why, and we stopped asking.

JOHN PRICE, a State Department lawyer: The draft was ours. We wanted a ceasefire before the summer, that was the whole point.

KOVAL: The second day they came with maps. We said no maps without a ceasefire first.

ANNA DE LA ROSA, an interpreter: I translated every word of it, and I remember the silence after.
"""


def test_each_labelled_paragraph_is_one_direct_statement_of_the_labelled_person():
    got = extracted_statements(ORAL)
    assert ("We waited two days for the Russians. Nobody told us why, and we stopped asking", "Marta Koval",
            "direct") in got
    assert ("The draft was ours. We wanted a ceasefire before the summer, that was the whole point", "John Price",
            "direct") in got
    assert ("I translated every word of it, and I remember the silence after", "Anna de la Rosa", "direct") in got


def test_a_later_surname_label_is_the_person_the_cast_introduced():
    got = extracted_statements(ORAL)
    assert ("The second day they came with maps. We said no maps without a ceasefire first", "Marta Koval",
            "direct") in got


def test_the_role_gives_the_camp():
    out = extract_statements("Headline\n\n" + ORAL, "t", ActorRegistry.default())
    sides = {s.actor: s.side for s in out}
    assert sides["Marta Koval"] == "ukraine" and sides["John Price"] == "us" and sides["Anna de la Rosa"] == "other"


def test_a_pull_quote_is_not_a_statement():
    got = extracted_statements(ORAL)
    assert [t for t, _, _ in got].count("Nobody told us why, and we stopped asking") == 0
    assert not any(actor.lower().startswith("pull") for _, actor, _ in got)


def test_labels_without_a_cast_list_are_learned_from_their_first_paragraph():
    body = ("OLEH BONDAR, a Ukrainian officer on the delegation: They wanted to talk about us without us. "
            "We told them that was over.\n\nBONDAR: After that, the room was quieter.\n")
    got = extracted_statements(body)
    assert ("They wanted to talk about us without us. We told them that was over", "Oleh Bondar", "direct") in got
    assert ("After that, the room was quieter", "Oleh Bondar", "direct") in got


def test_a_surname_two_cast_members_share_is_not_guessed():
    cast = learn_cast("IVAN PETRENKO, a Ukrainian diplomat: one two three.\n\nOLGA PETRENKO, a Ukrainian "
                      "medic: four five six.\n", ActorRegistry.default(), Ctx())
    assert "PETRENKO" not in cast and cast["IVAN PETRENKO"] == ("Ivan Petrenko", "ukraine")


def test_a_sentence_with_a_verb_after_the_comma_is_no_introduction():
    cast = learn_cast("NATO OFFICIALS, who said nothing more: the talks go on.\n", ActorRegistry.default(), Ctx())
    assert cast == {}
    assert cast_label("KOVAL: We waited.", 0, 16, {}) is None


def test_names_in_capitals_are_written_as_running_text_writes_them():
    assert display_name("MARTA KOVAL") == "Marta Koval"
    assert display_name("AHMED AL-SAYED") == "Ahmed al-Sayed"
    assert display_name("JEAN-PAUL DE LA CROIX") == "Jean-Paul de la Croix"


FACTBOX = """Here is where the main parties stand.

RUSSIA
- Controls most of the eastern region.
- Demands that Ukrainian forces leave the region before any ceasefire.
- Has said the annexed regions are "Russian territory" and not up for talks.

UNITED STATES
- Wants a deal signed before the end of the year.
- Zelenskyy: "We are ready for a ceasefire on the current line."

Analysts call the gap wide.
- Says nothing that could be attributed.
"""


def test_factbox_bullets_under_a_party_heading_are_that_partys_statements():
    got = extracted_statements(FACTBOX)
    assert ("Ukrainian forces leave the region before any ceasefire", "Kremlin", "indirect") in got
    assert ('the annexed regions are "Russian territory" and not up for talks', "Kremlin", "direct") in got
    assert ("a deal signed before the end of the year", "White House", "indirect") in got


def test_factbox_bullets_of_fact_or_outside_a_section_are_not_statements():
    texts = [t for t, _, _ in extracted_statements(FACTBOX)]
    assert not any("Controls most" in t or "eastern region" == t for t in texts)
    assert not any("could be attributed" in t for t in texts)


def test_a_bullet_that_names_its_own_speaker_keeps_that_speaker():
    got = extracted_statements(FACTBOX)
    assert any(actor == "Volodymyr Zelenskyy" and "current line" in t for t, actor, _ in got)


def test_whos_who_entries_attribute_what_the_person_has_said():
    body = ("Yuri Ushakov - Kremlin foreign policy aide and former ambassador. Sat in on the summit. Has said that the "
            "land question will be settled \"with the Americans\" and nobody else.\n\n"
            "Marta Koval - Ukrainian negotiator; heads the team. A former judge who has said Kyiv is ready for a full "
            "ceasefire monitored by partners.\n")
    got = extracted_statements(body)
    assert ('the land question will be settled "with the Americans" and nobody else', "Yuri Ushakov", "direct") in got
    assert ("Kyiv is ready for a full ceasefire monitored by partners", "Marta Koval", "indirect") in got
    out = extract_statements("Headline\n\n" + body, "t", ActorRegistry.default())
    assert {s.actor: s.side for s in out}["Marta Koval"] == "ukraine"   # the camp of the entry's role
    assert not any("Sat in on" in t for t, _, _ in got)


def test_a_quotation_signed_after_a_spaced_hyphen_with_a_title_is_the_signers():
    body = ('"We do not need anyone else in the room to continue this." - Kremlin aide Yuri Ushakov, Aug. 15\n\n'
            '- "Talks without us are talks about us, and we will say so." - Polish Foreign Minister Radoslaw Sikorski, on X\n')
    got = extracted_statements(body)
    assert any(actor == "Yuri Ushakov" and t.startswith("We do not need") for t, actor, _ in got)
    assert any(actor.startswith("Rados") and t.startswith("Talks without us") for t, actor, _ in got)


def test_a_cited_author_is_the_speaker_of_what_they_have_shown_or_contend():
    body = ("Truces come and go. As the political scientist Marta Koval (2024) has shown, ceasefires without monitors "
            "rarely hold for long. Others disagree.\n\nThe historian Ivan Sirko (2019a) contends that an early truce "
            "only freezes the war on the stronger side's terms. A sceptic would say otherwise.\n")
    got = extracted_statements(body)
    assert ("ceasefires without monitors rarely hold for long", "Marta Koval", "indirect") in got
    assert ("an early truce only freezes the war on the stronger side's terms", "Ivan Sirko", "indirect") in got
    assert not any("sceptic" in t or "Others disagree" in t for t, _, _ in got)


def test_a_bracketed_source_after_a_sentence_is_no_citation_of_a_speaker():
    got = extracted_statements("Enlargement is the original grievance (Sirko, 2023). Nobody disputes the dates.\n")
    assert got == []
