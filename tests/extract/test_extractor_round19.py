"""Extraction tests for issue 14, round 19 (actors first, then direct quotes). Our own sentences, none copied from a
corpus article."""
from pipeline.actors import ActorRegistry
from pipeline.extract.bodies import local_body
from pipeline.extract.extractor import extract_statements
from pipeline.extract.headers import header_speaker
from pipeline.extract.speakers import Ctx, resolve
from pipeline.extract.titles import title_holder


def _got(text: str, conflict: str = "russia-ukraine") -> list[tuple[str, str, str]]:
    return [(s.kind, s.actor, s.text) for s in extract_statements("Title\n\n" + text, "t",
                                                                     ActorRegistry.for_conflict(conflict))]


# --- mechanism 1: a title used as a speaker is the person the article introduced with it --------------------------

def test_a_capitalised_title_is_the_person_a_title_chain_introduced():
    text = ("Cardinal Matteo Zuppi visited Moscow on Tuesday to talk about the deported children.\n\n"
            "The Cardinal said the children had to come home before any summit.")
    assert _got(text)[-1] == ("indirect", "Matteo Zuppi", "the children had to come home before any summit")


def test_an_apposition_introduces_the_title_too():
    text = ("Sviatoslav Kovalenko, Major Archbishop of Lviv, met the families of prisoners on Sunday.\n\n"
            "The Major Archbishop said no truce would last while prisoners were held.")
    assert _got(text)[-1] == ("indirect", "Sviatoslav Kovalenko", "no truce would last while prisoners were held")


def test_a_generic_head_after_an_acronym_is_whoever_the_article_titled_with_it():
    text = ("In Manila, DFA Secretary Ana Reyes said the embassy was in touch with the crew. "
            "The DFA chief added that no Filipino had been hurt.")
    assert _got(text)[-1][1:] == ("Ana Reyes", "no Filipino had been hurt")


def test_the_most_recent_holder_wins_and_a_rank_names_someone_else():
    text = ("President Aurelio Santos of the island republic met the envoys on Monday. "
            "Vice President Lorna Diaz stayed in the capital.\n\nThe President said his country backed the truce.")
    assert _got(text)[-1][1] == "Aurelio Santos"
    text = ("Cardinal Piero Landi led the first mission. A year later Cardinal Matteo Zuppi went to Kyiv.\n\n"
            "The Cardinal said the exchanges of prisoners had to go on.")
    assert _got(text)[-1][1] == "Matteo Zuppi"


def test_a_holder_named_with_another_state_is_taken_only_when_no_one_else_fits():
    text = ("President Aurelio Santos met the envoys in the capital. Later, US President Donald Trump called him.\n\n"
            "The President said his country would keep its observers on the border.")
    assert _got(text)[-1][1] == "Aurelio Santos"
    text = "US President Donald Trump called the envoys.\n\nThe President said a deal was very close now."
    assert _got(text)[-1][1] == "Donald Trump"


def test_title_holder_leaves_lower_case_titles_unknown_titles_and_registry_aliases_alone():
    reg = ActorRegistry.for_conflict("russia-ukraine")
    text = "Vice President Lorna Diaz spoke first. Cardinal Matteo Zuppi spoke next. Then they left. "
    ctx = Ctx(text=text, pos=len(text))
    assert title_holder("The President", ctx, reg, resolve) is None      # only a vice president was named
    assert title_holder("the president", ctx, reg, resolve) is None      # lower case: the discourse state's
    assert title_holder("The Pope", ctx, reg, resolve) is None           # the registry's alias
    assert title_holder("The Cardinal", ctx, reg, resolve)[0] == "Matteo Zuppi"
    assert title_holder("The Cardinal", Ctx(text=text, pos=0), reg, resolve) is None


def test_the_holy_father_is_the_pope_the_registry_knows():
    text = "Pope Leo XIV received the envoys.\n\nThe Holy Father said the guns had to fall silent by Christmas."
    assert _got(text)[-1] == ("indirect", "Pope Leo XIV", "the guns had to fall silent by Christmas")


# --- mechanism 2: bodies named by a seat, a function or an acronym take their state (R62) ------------------------

def test_a_body_named_by_its_function_and_its_acronym_takes_the_state_of_the_dateline():
    text = ("MANILA, Philippines — The Department of Social Welfare (DSWD) said on Monday that relief packs had reached "
            "the families.\n\nThe DSWD added that more aid would follow next week.")
    assert [a for _, a, _ in _got(text)] == ["Philippine Department of Social Welfare"] * 2


def test_a_seat_of_government_speaks_for_its_body_and_state_house_for_the_dateline_state():
    assert _got("Malacañang said the President would not attend the summit in Kuala Lumpur.")[0][1] == \
        "Philippine Presidency"
    text = "NAIROBI, Kenya — State House said the talks on Sudan would resume in January."
    assert _got(text)[0][1] == "Kenyan State House"


def test_a_function_body_without_a_clear_state_or_known_to_the_registry_is_left_alone():
    ctx = Ctx()
    reg = ActorRegistry.for_conflict("russia-ukraine")
    assert local_body("Department of Social Welfare", ctx, reg) is None            # no dateline, no opener
    assert local_body("Department of State", Ctx(home="Philippines"), reg) is None   # the registry's
    assert local_body("Ministry of Foreign Affairs", Ctx(home="Philippines"), reg) is None   # left to the
    # foreign-ministry rules
    assert local_body("Ministry of External Affairs", Ctx(home="Azerbaijan"), reg) is None     # a ministry: not here


# --- mechanism 3: a header line names the speaker of the quotation on the next line ------------------------------

def test_a_soundbite_header_names_the_official_or_the_private_person_of_the_next_line():
    text = ("SHOTLIST\n1. Wide of the venue\n2. SOUNDBITE (Ukrainian) Andrii Sybiha, Ukrainian Foreign Minister:\n"
            "\"We will not trade our land for a pause in the shelling.\"\n3. SOUNDBITE (Russian) Olga, Moscow pensioner:\n"
            "\"I want my grandson back from the front before winter comes.\"\n")
    got = [(s.actor, s.side, s.kind) for s in extract_statements("Title\n\n" + text, "t",
                                                                  ActorRegistry.for_conflict("russia-ukraine"))]
    assert got == [("Andrii Sybiha", "ukraine", "direct"), ("Olga", "russia", "direct")]


def test_a_reporters_question_after_its_header_is_no_statement():
    text = ("1. SOUNDBITE (English) Keir Starmer, British Prime Minister:\n"
            "\"Europe will stand with Ukraine for as long as it takes, whatever is signed.\"\n"
            "2. SOUNDBITE (English) Reporter (question):\n\"Will you send troops to Ukraine next year, Prime Minister?\"\n")
    assert [a for _, a, _ in _got(text)] == ["Keir Starmer"]


def test_a_sentence_that_ends_in_a_colon_is_no_header():
    reg = ActorRegistry.for_conflict("russia-ukraine")
    text = "In Kyiv, residents said:\n\"We are tired of the sirens every night.\""
    assert header_speaker(text, 0, text.index("\n"), Ctx(), reg, resolve) == (False, None)
    text = "Olga, Moscow pensioner:\nShe walked on."
    assert header_speaker(text, 0, text.index("\n"), Ctx(), reg, resolve) == (False, None)
