"""Round 37 of issue 14: who speaks the tagger's added spans (pipeline.tagging.frames, `frame+recent`). Tiny
articles of our own."""
from pipeline.actors import ActorRegistry
from pipeline.tagging.frames import frame_speaker

REG = ActorRegistry.default()


def speaker(text, span):
    s = text.index(span)
    found = frame_speaker(text, s, s + len(span), [], REG, recent=True)
    return found and found[1][0]


def test_a_ministry_named_in_two_ways_resolves_without_an_endless_look_back():
    text = ("Lead\n\nCitizens should not take up offers of jobs abroad, the Federal Government has warned.\n\n"
            "The Ministry of Foreign Affairs, in a statement signed by its spokesperson, Mr Tamuno Briggs, disclosed "
            "that it had received reports of recruits.\n\nThe ministry maintained that the only lasting protection "
            "for its citizens was an end to the war.")
    s = text.index("the only lasting protection")
    frame_speaker(text, s, s + 40, [], REG, recent=True)          # no RecursionError
