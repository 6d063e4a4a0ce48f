"""Extraction tests for issue 14, round 18 (reported speech first, then bodies). Our own sentences, none copied
from a corpus article."""
from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements


def _got(text: str, conflict: str = "russia-ukraine") -> list[tuple[str, str, str]]:
    return [(s.kind, s.actor, s.text) for s in extract_statements("Title\n\n" + text, "t",
                                                                     ActorRegistry.for_conflict(conflict))]


# --- mechanism 1: a stance stated as an adjective of the speaker, with "that" ------------------------------------

def test_a_speaker_who_was_categorical_or_adamant_that_reports_the_clause():
    text = "The ministers met in Vienna.\n\nSergei Lavrov was categorical that no truce would come before a deal was signed."
    assert _got(text) == [("indirect", "Sergei Lavrov", "no truce would come before a deal was signed")]
    text = "The ministers met in Vienna.\n\nVolodymyr Zelenskyy was adamant that Ukraine would not give up the Donbas."
    assert _got(text) == [("indirect", "Volodymyr Zelenskyy", "Ukraine would not give up the Donbas")]


def test_a_pronoun_that_was_equally_clear_and_a_state_that_made_plain_report_too():
    text = ("The ministers met in Vienna.\n\nDr Amina Otieno, a lecturer at a university in Mombasa, warned that a "
            "rushed deal would fail. She was equally clear that the region had lessons to offer.")
    assert _got(text)[-1] == ("indirect", "Amina Otieno", "the region had lessons to offer")
    text = "The cabinet met.\n\nIsrael had made plain that it would not withdraw until the hostages were home."
    assert _got(text, "gaza") == [("indirect", "Israeli government", "it would not withdraw until the hostages were home")]


def test_an_impersonal_it_or_an_unknown_subject_that_was_clear_is_no_statement():
    text = "The ministers met in Vienna.\n\nIt was clear that the talks had failed. The message was clear that nobody wanted a pause."
    assert _got(text) == []


# --- mechanism 2: a document that names its author, with a modifier before the verb -------------------------------

def test_a_document_by_its_authors_with_a_participle_between_commas_is_theirs():
    text = ("The summit ended.\n\nA joint statement by European leaders, issued after a call with the White House, said "
            "that no deal could be struck without Ukraine.")
    assert _got(text) == [("indirect", "European leaders", "no deal could be struck without Ukraine")]


def test_a_document_from_a_group_attending_a_meeting_is_the_groups():
    text = "The summit ended.\n\nA statement from European leaders attending the summit in Rome said the draft would need more work."
    assert _got(text) == [("indirect", "European leaders", "the draft would need more work")]


def test_a_modifier_after_a_phrase_that_is_no_authored_document_gives_no_speaker():
    assert _got("The summit ended.\n\nA convoy of trucks, stopped at the border, said nothing.") == []


# --- mechanism 3: a capital or a state labelling a bulleted line speaks for its government --------------------------

def test_a_capital_that_labels_a_bullet_speaks_for_its_government_even_outside_the_registry():
    text = ("MARKET BRIEF\n- Ankara: Istanbul ready to host the next round of talks and a leaders meeting\n"
            "- Moscow: no truce while Ukrainian troops hold the four regions\n\nTalks ended on Friday.")
    assert _got(text) == [("indirect", "Turkish government", "Istanbul ready to host the next round of talks and a leaders meeting"),
                          ("indirect", "Kremlin", "no truce while Ukrainian troops hold the four regions")]


def test_a_rubric_that_labels_a_bullet_is_no_speaker():
    text = ("MARKET BRIEF\n- Rates: flat on the week for bulk carriers out of Odesa\n"
            "- Cover: war-risk premiums unchanged at one per cent of hull value\n\nTalks ended on Friday.")
    assert _got(text) == []


# --- mechanism 4: a person's office speaks for the presidency or the ministry its head runs -------------------------

def test_a_presidents_office_is_the_presidency_of_the_state_the_title_names():
    text = ("Talks ended.\n\nRwandan President Paul Kagame met the envoys in Kigali. His office said the talks had been "
            "frank and that Rwanda backed the Doha track.")
    assert _got(text, "drc-rwanda") == [("indirect", "Rwandan Presidency",
                                         "the talks had been frank and that Rwanda backed the Doha track")]
    text = "Talks ended.\n\nTshisekedi's office said the accord had to be implemented in full before any investment deal."
    assert [a for _, a, _ in _got(text, "drc-rwanda")] == ["Congolese Presidency"]


def test_a_ministers_office_is_the_ministry():
    text = ("Talks ended.\n\nDefence Minister Israel Katz visited the border. His office added in a statement that no "
            "talks on the second phase would open before all the bodies were returned.")
    assert [a.lower() for _, a, _ in _got(text, "gaza")] == ["israeli defence ministry"]


def test_the_office_of_a_person_without_a_title_names_no_presidency_or_ministry():
    text = "Talks ended.\n\nMaria Lindqvist's office said the report would be published next week."
    assert all(a != "Presidency" and not a.endswith(" Presidency") for _, a, _ in _got(text))


# --- mechanism 5: a group before its own participle ("leaders meeting at X", "gathered in Y") is the subject ----------

def test_a_group_meeting_or_gathered_somewhere_is_the_subject_of_the_verb_after():
    text = "Talks ended.\n\nEuropean leaders meeting at the G20 in Johannesburg welcomed US efforts to bring peace to Ukraine."
    assert _got(text) == [("indirect", "European leaders", "US efforts to bring peace to Ukraine")]
    text = ("Talks ended.\n\nThe European leaders gathered in Berlin said in a joint statement that decisions on "
            "territory were for Ukraine alone.")
    assert _got(text) == [("indirect", "European leaders", "decisions on territory were for Ukraine alone")]


def test_a_crowd_gathered_somewhere_is_no_group_speaker():
    assert _got("Talks ended.\n\nThe protesters gathered in Kyiv said they wanted no deal over their heads.") == []


# --- mechanism 6: a passive inside a nominal attribution's content does not end it ---------------------------------

def test_a_complaint_about_being_treated_somehow_keeps_its_passive():
    text = "Talks ended.\n\nEurope's complaints about being handed a finished text were aired at length in the corridors."
    assert _got(text) == [("indirect", "European leaders", "complaints about being handed a finished text")]


def test_the_sentences_own_verb_still_ends_a_nominal_attribution():
    text = "Talks ended.\n\nKyiv's complaint that it had not been consulted dominated the meeting."
    assert _got(text) == [("indirect", "Ukrainian government", "complaint that it had not been consulted")]
