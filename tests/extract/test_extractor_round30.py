"""Round 30 (issue 14): mechanisms shared by all newsrooms, each with our own sentences."""
from __future__ import annotations

from conftest import extracted_actors as _actors

from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements


def _sides(body: str, conflict: str = "russia-ukraine") -> dict[str, str]:
    """text -> side of each statement the rules find in `body` under a headline."""
    return {s.text: s.side for s in extract_statements("Headline about talks\n\n" + body, "t",
                                                       ActorRegistry.for_conflict(conflict))}


# --- a describing apposition before the name: "<description>, <Name>, said"

def test_a_described_name_after_an_opening_participle_phrase_is_the_speaker():
    body = ("Answering a question from the audience, the Polish embassy's trade attaché, Marta Wielgosz, said that "
            "Warsaw would not sign any deal over Kyiv's head.\n\n"
            "Speaking after the vote, the opposition's defence spokesman, Henrik Aaltonen, said the truce "
            "was too fragile to build on.\n")
    assert _actors(body) == {"Warsaw would not sign any deal over Kyiv's head": "Marta Wielgosz",
                             "the truce was too fragile to build on": "Henrik Aaltonen"}


def test_the_description_of_a_bare_name_gives_its_camp():
    body = ("Replying to reporters in Geneva, the Ukrainian embassy's legal counsellor, Oksana Hrytsenko, said "
            "Kyiv would table its own text.\n")
    assert _sides(body) == {"Kyiv would table its own text": "ukraine"}


def test_a_reporter_s_beat_is_no_camp():
    body = "A Gulf channel's correspondent in Kyiv, Samir Haddad, said the mood in the capital was sombre.\n"
    assert _sides(body) == {"the mood in the capital was sombre": "other"}


def test_a_lone_acronym_or_a_named_body_after_a_description_is_the_speaker():
    body = ("The federation of dockers' unions, ITWF, said crews would refuse to sail without guarantees.\n\n"
            "The political wing of the movement, the Sovereign Front, said it would join the talks.\n")
    assert _actors(body) == {"crews would refuse to sail without guarantees": "ITWF",
                             "it would join the talks": "Sovereign Front"}


def test_a_description_with_a_verb_before_the_name_is_no_apposition():
    body = "Asked about the plan, the aide who drafted it, Lena Ortiz, and two colleagues declined to comment.\n"
    assert _actors(body) == {}


# --- a document as the speaker: its date after the author, a state's adjective as its author

def test_a_document_dated_after_its_author_is_the_author_s():
    body = ("A statement issued by European leaders on 3 March said the ceasefire \"must be verified on the ground\".\n\n"
            "A communiqué from the Kremlin late on Friday said the talks would resume in Istanbul.\n")
    assert _actors(body) == {'the ceasefire "must be verified on the ground"': "European leaders",
                             "the talks would resume in Istanbul": "Kremlin"}


def test_a_document_named_by_a_state_adjective_is_that_state_s():
    body = ("The Ukrainian draft said the line of contact would be frozen for ninety days.\n\n"
            "The Russian memorandum demanded that Kyiv hold elections within a hundred days.\n")
    assert _actors(body) == {"the line of contact would be frozen for ninety days": "Ukrainian government",
                             "Kyiv hold elections within a hundred days": "Kremlin"}


# --- "X made Y conditional on Z": a position, whoever or whatever states it

def test_made_conditional_on_reports_a_condition():
    body = ("The Kremlin made any truce conditional on an end to arms deliveries to Kyiv.\n\n"
            "Moscow's memorandum, handed over at the second round, makes a ceasefire conditional upon new elections.\n")
    assert _actors(body) == {"any truce conditional on an end to arms deliveries to Kyiv": "Kremlin",
                             "a ceasefire conditional upon new elections": "Kremlin"}


def test_made_without_a_condition_is_no_report():
    assert _actors("The Kremlin made a point of hosting the talks.\n\nThe strikes made the city darker.\n") == {}


# --- "X said A, but added that B": two statements of X, even when A opens with a subject and a verb of its own

def test_a_coordinated_speech_verb_with_that_is_the_speaker_s_second_statement():
    body = ("Foreign ministry spokeswoman Maria Zakharova said Moscow welcomed every step towards a truce, but added "
            "that the region's problems had to be solved by its own states.\n")
    assert _actors(body) == {"Moscow welcomed every step towards a truce": "Maria Zakharova",
                             "the region's problems had to be solved by its own states": "Maria Zakharova"}


def test_a_content_subject_s_own_coordinated_verb_stays_in_the_clause():
    body = "Lavrov said Ankara welcomed the plan and urged both sides to sign it within a week.\n"
    assert _actors(body) == {"Ankara welcomed the plan and urged both sides to sign it within a week": "Sergei Lavrov"}


# --- ", but days later he warned ...": a time adverbial before the second clause's own subject

def test_a_time_adverbial_before_a_second_subject_ends_the_reported_clause():
    body = ("Erdogan said Turkey would host the next round, but two days later he warned that the venue could "
            "still change.\n")
    assert _actors(body) == {"Turkey would host the next round": "Recep Tayyip Erdogan",
                             "the venue could still change": "Recep Tayyip Erdogan"}
