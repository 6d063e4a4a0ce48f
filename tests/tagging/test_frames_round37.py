"""Round 37 of issue 14: who speaks the tagger's added spans (pipeline.tagging.frames, `frame+recent`). A place, a
school or an estate named inside a speaker's subject is no person. Tiny articles of our own."""
from pipeline.actors import ActorRegistry
from pipeline.tagging.frames import frame_speaker

REG = ActorRegistry.default()


def speaker(text, span):
    s = text.index(span)
    found = frame_speaker(text, s, s + len(span), [], REG, recent=True)
    return found and found[1][0]


def test_names_in_a_relative_clause_are_not_the_subject_of_the_verb():
    text = ("Lead\n\nOlha Marchenko (41), who has lived with Ann and Colin Pell in Birch Rise since April, said she "
            "would take a month of quiet nights over nothing.")
    assert speaker(text, "she would take a month of quiet nights over nothing") == "Olha Marchenko"


def test_a_workplace_named_in_an_apposition_is_no_speaker():
    text = ("Lead\n\nPetro Danyliuk, a forklift driver at the Hollin Park depot, said there should be no truce until "
            "every prisoner came home.")
    assert speaker(text, "there should be no truce until every prisoner came home") == "Petro Danyliuk"


def test_a_school_is_not_the_pupil():
    text = ("Lead\n\nPupil Ivan Koval (9), who attends St Anne's primary school, said he had drawn his "
            "grandmother's house.")
    assert speaker(text, "he had drawn his grandmother's house") == "Ivan Koval"


def test_a_ministry_named_in_two_ways_resolves_without_an_endless_look_back():
    text = ("Lead\n\nCitizens should not take up offers of jobs abroad, the Federal Government has warned.\n\n"
            "The Ministry of Foreign Affairs, in a statement signed by its spokesperson, Mr Tamuno Briggs, disclosed "
            "that it had received reports of recruits.\n\nThe ministry maintained that the only lasting protection "
            "for its citizens was an end to the war.")
    s = text.index("the only lasting protection")
    frame_speaker(text, s, s + 40, [], REG, recent=True)          # no RecursionError


def test_the_tagger_reads_handles_with_the_extractors_handle_module():
    from pipeline.extract.handles import handle_person
    assert handle_person("JaneRoeEU", [("Jane Roe", "europe")], REG) == ("Jane Roe", "europe")
    assert handle_person("PM_roe", [("Jane Roe", "europe")], REG) is None
    text = 'Lead\n\nJane Roe chairs the committee. @JaneRoeEU — wrote that the envoys would meet in June.'
    assert speaker(text, "the envoys would meet in June") == "Jane Roe"
