"""Round 48 (issue 14): a labelled line's own speaker, caption rubrics, and names without markup; our own
sentences."""
from __future__ import annotations

from conftest import extracted_actors

_TITLE = "Reactions to the talks\n\n"


# --- "<place or body>: <title chain> <Name> said ...": the named person speaks, the label only files the line

def test_a_country_label_before_a_titled_speaker_gives_the_line_to_the_speaker():
    body = _TITLE + "Estonia: Foreign Minister Liisa Kask said the deal would reward the aggressor.\n"
    assert extracted_actors(body)["the deal would reward the aggressor"] == "Liisa Kask"


def test_a_body_label_before_a_long_title_chain_gives_the_line_to_the_speaker():
    body = _TITLE + ("NATO: Deputy Secretary General Tomas Varga said that allies would not accept a truce "
                     "without guarantees.\n")
    assert extracted_actors(body)["allies would not accept a truce without guarantees"] == "Tomas Varga"


def test_a_country_label_over_a_plain_sentence_still_speaks_for_its_government():
    body = _TITLE + "- Poland: Warsaw will not recognise any deal made without Kyiv at the table.\n"
    assert extracted_actors(body)["Warsaw will not recognise any deal made without Kyiv at the table"] == \
        "Polish government"


def test_a_transcript_label_keeps_its_line_when_the_line_reports_another_person():
    body = _TITLE + "SIKORSKI: Mr Lavrov said that Russia wants peace. We do not believe him.\n\nMARSH: Thank you.\n"
    actors = extracted_actors(body)
    assert "Radosław Sikorski" in actors.values()


# --- photo captions and stop-press boxes are rubrics, never speakers

def test_a_file_photo_caption_is_read_as_an_ordinary_sentence():
    body = _TITLE + ("FILE PHOTO: Kremlin spokesman Dmitry Peskov said Moscow was open to talks at a briefing in "
                     "Moscow, March 3, 2025.\n")
    assert set(extracted_actors(body).values()) == {"Dmitry Peskov"}


def test_a_stop_press_box_is_no_speaker():
    body = _TITLE + "Stop press: Maria Zakharova said the Geneva text was unacceptable to Moscow.\n"
    assert "Stop press" not in extracted_actors(body).values()


# --- the asterisk that marks a changed name is not part of the actor's name

def test_a_changed_name_asterisk_is_not_part_of_the_actor():
    body = _TITLE + 'Olena Marchuk*, a nurse in Kharkiv, said the truce "came too late for us".\n'
    assert extracted_actors(body)['the truce "came too late for us"'] == "Olena Marchuk"
