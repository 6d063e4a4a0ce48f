"""Round 64 of issue 14: who speaks the tagger's added spans (pipeline.tagging.frames, `frame+recent`) — round 63's
frames that only change whom an added span is credited to. A person named with a body after "of" is the speaker, not
the body; "on X." ends a sentence (the platform, not an initial). Tiny articles of our own."""
from pipeline.actors import ActorRegistry
from pipeline.tagging.frames import frame_speaker

REG = ActorRegistry.default()


def speaker(text, span):
    s = text.index(span)
    found = frame_speaker(text, s, s + len(span), [], REG, recent=True)
    return found and found[1][0]


def test_a_person_named_with_a_body_after_of_is_the_speaker():
    text = ("Lead\n\nMP Ivo Dragnev of the Ruritanian Socialist Party said for a morning show that the task force was "
            "a step towards war.\n")
    assert speaker(text, "the task force was a step towards war") == "Ivo Dragnev"


def test_an_expert_of_an_academy_is_the_speaker_in_a_clause_subject():
    text = ("Lead\n\nA third expert, Luo Weiming of the Eastern Academy of Social Sciences, said Washington and Moscow "
            "would decide the main lines anyway.\n")
    assert speaker(text, "Washington and Moscow would decide the main lines anyway") == "Luo Weiming"


def test_on_x_ends_the_sentence_before_another_speakers_frame():
    text = ("Lead\n\nThe Colombian president, Gustavo Petro, was less festive: a plan without the Palestinians is a "
            "protectorate, not a peace, published the president on X. The Mexican president, Claudia Sheinbaum, said "
            "that Mexico celebrated the truce.\n")
    assert speaker(text, "a plan without the Palestinians is a protectorate, not a peace") == "Gustavo Petro"
