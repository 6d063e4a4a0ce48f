"""Extraction tests for issue 14, round 21 (recall and actors on writers the rules were not written from: h61-h63
read for the first time). Our own sentences, none copied from a corpus article."""
from conftest import extracted_statements


def _got(text: str, conflict: str = "russia-ukraine") -> list[tuple[str, str, str]]:
    return [(kind, actor, span) for span, actor, kind in extracted_statements(text, conflict)]


# --- mechanism 1: a transcript or monitoring line tagged with its speaker in square brackets ----------------------

def test_a_line_tagged_with_a_full_name_in_brackets_is_that_persons_direct_statement():
    text = ("The evening bulletin opened with the talks in Lima.\n\n"
            "[Maria Lopez, captioned as foreign minister] We will not sign this text. It is unfair to our farmers.\n\n"
            "[Lopez] The door stays open for talks next week.")
    assert _got(text)[-2:] == [("direct", "Maria Lopez", "We will not sign this text. It is unfair to our farmers"),
                               ("direct", "Maria Lopez", "The door stays open for talks next week")]


def test_a_bracket_tag_with_a_language_note_or_a_known_leader_still_names_the_speaker():
    text = ("The channel replayed the summit.\n\n"
            "[Carlos Mendes in Portuguese, subtitled in English] Nobody can force us to sign anything.\n\n"
            "[Putin] We are ready to continue the contacts.")
    assert _got(text)[-2:] == [("direct", "Carlos Mendes", "Nobody can force us to sign anything"),
                               ("direct", "Vladimir Putin", "We are ready to continue the contacts")]


def test_bracketed_stage_notes_and_an_unnamed_presenter_are_no_speakers():
    text = ("The channel replayed the summit.\n\n"
            "[Video shows delegates leaving the conference hall in silence.]\n\n"
            "[Passage omitted: the minister lists the prisoners exchanged]\n\n"
            "[Presenter] Good evening. The talks have failed once more tonight.")
    assert _got(text) == []


# --- mechanism 2: report verbs 'posited that', 'averred that' and 'enjoined X to' ----------------------------------

def test_posited_and_averred_report_with_that_like_maintained():
    text = ("A lecturer at the state university, Dr Ada Nwosu, posited that the talks would fail without Kyiv.\n\n"
            "Dr Nwosu later averred that Europe had no place at the table.")
    assert _got(text) == [("indirect", "Ada Nwosu", "the talks would fail without Kyiv"),
                          ("indirect", "Ada Nwosu", "Europe had no place at the table")]


def test_enjoined_reports_its_object_like_urged():
    text = ("The head of the diaspora commission, Mrs Ada Bello, enjoined citizens in both countries to register "
            "with the embassies.")
    assert _got(text) == [("indirect", "Ada Bello", "citizens in both countries to register with the embassies")]


# --- mechanism 3: a quotation closed with a full stop, its frame the whole next sentence -------------------------

def test_a_frame_after_a_quotation_closed_with_a_full_stop_names_its_speaker():
    text = ("Talks ended in Lima without a date for the next round.\n\n"
            "\u201cThe talks will fail without a truce. Nobody wants that.\u201d Dr Ada Nwosu said.")
    assert _got(text)[-1] == ("direct", "Ada Nwosu", "The talks will fail without a truce. Nobody wants that.")


def test_a_sentence_of_reported_speech_after_such_a_quotation_is_still_its_own():
    text = ("Talks ended in Lima without a date for the next round.\n\n"
            "\u201cThe talks will fail without a truce.\u201d Dr Ada Nwosu said the plan was dead.")
    assert ("indirect", "Ada Nwosu", "the plan was dead") in _got(text)
    assert not any(k == "direct" for k, _, _ in _got(text))


# --- mechanism 4: a channel's audience (and its translated name) between the subject and the verb ----------------

def test_a_channel_with_its_translated_name_and_audience_is_the_subject():
    text = ("Talks resumed in Doha.\n\n"
            "Krasny Veter [Red Wind] (215,000 subscribers) wrote that any pause would only help the other side.")
    assert _got(text) == [("indirect", "Krasny Veter", "any pause would only help the other side")]


def test_the_channel_of_a_named_person_with_its_followers_speaks_for_that_person():
    text = ("Talks resumed in Doha.\n\n"
            "The channel of Ukrainian MP Olena Koval (1.2m followers) posted that Kyiv should not have gone.")
    assert _got(text) == [("indirect", "Olena Koval", "Kyiv should not have gone")]


# --- mechanism 5: a courtesy title or rank before a name introduced after its office ----------------------------

def test_a_courtesy_title_after_a_title_first_appositive_is_no_part_of_the_name():
    text = ("Talks resumed in Abuja. The Kenyan High Commissioner, Mr Peter Kamau Njoroge, said the talks would go "
            "on. The envoy added that Nairobi was ready to help.")
    assert [a for _, a, _ in _got(text)] == ["Peter Kamau Njoroge", "Peter Kamau Njoroge"]


def test_west_african_honorifics_and_hyphenated_ranks_are_dropped_from_the_actor():
    text = ("Talks resumed. The Minister of Trade, Alhaji Bello Umaru, said the border would reopen.\n\n"
            "The army spokesman, Brig.-Gen. Tunde Bakare, said the militia had shelled the town.\n\n"
            "Mallam Garba Isa, a trader in Kano, lamented that prices had doubled.")
    assert [a for _, a, _ in _got(text)] == ["Bello Umaru", "Tunde Bakare", "Garba Isa"]


# --- mechanism 6: a byline's city stands like a dateline; 'the Federal Government' is its state's government ------

def test_a_byline_city_names_the_state_of_bodies_named_without_it():
    body = ("From Ada Obi, Abuja, and Tunde Ojo, Lagos\n\n"
            "The ceasefire must hold, the Federal Government has said.\n\n"
            "The Ministry of Foreign Affairs added that Abuja was ready to help.")
    assert [a for _, a, _ in extracted_statements(body)] == ["Nigerian government", "Nigerian foreign ministry"]


def test_without_a_byline_city_the_bodies_stay_as_written():
    body = ("From Ada Obi and Tunde Ojo\n\n"
            "The ceasefire must hold, the Federal Government has said.")
    assert [a for _, a, _ in extracted_statements(body)] != ["Nigerian government"]


# --- mechanism 7: an inverted frame with a place or time after its speaker; 'indicated' inverted ------------------

def test_an_inverted_frame_may_end_with_a_place_or_time_after_the_speaker():
    text = ("Talks resumed in Geneva. The ceasefire will hold only if both sides pull back, warned Peskov in "
            "Moscow.")
    assert _got(text)[-1] == ("indirect", "Dmitry Peskov", "The ceasefire will hold only if both sides pull back")


def test_indicated_reports_with_the_speaker_after_the_clause():
    text = "Talks resumed in Geneva. Kyiv will send a delegation next week, indicated Zelensky on Friday."
    assert _got(text)[-1] == ("indirect", "Volodymyr Zelenskyy", "Kyiv will send a delegation next week")


def test_a_relative_clause_after_the_inverted_speaker_is_still_no_place():
    text = "Talks resumed in Geneva. The plan is dead, said Peskov in a tone that surprised nobody, and left."
    assert not any(a == "Dmitry Peskov" and s == "The plan is dead" for _, a, s in _got(text))
