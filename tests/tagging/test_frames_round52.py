"""Round 52 of issue 14: who speaks the tagger's added spans (pipeline.tagging.frames, `frame+recent`). A quotation
credited after it with a dash line is the credit's, not the previous credit's; a list item "…; Name, that [span]" is
that name's. Tiny articles of our own."""
from pipeline.actors import ActorRegistry
from pipeline.tagging.frames import frame_speaker

REG = ActorRegistry.default()


def speaker(text, span):
    s = text.index(span)
    found = frame_speaker(text, s, s + len(span), [], REG, recent=True)
    return found and found[1][0]


def test_a_quotation_credited_after_it_belongs_to_its_own_credit():
    text = ("Lead\n\n‘We will not sign a ceasefire on these terms.’ — Russian Foreign Minister Sergei Lavrov, on "
            "Tuesday.\n\n‘Ukraine is ready to meet them on energy first.’ — Andrii Sybiha, in Kyiv.\n")
    assert speaker(text, "Ukraine is ready to meet them on energy first.") == "Andrii Sybiha"


def test_a_credit_with_a_title_and_an_apposition_names_the_person():
    text = ("Lead\n\nFinland's president said Europe must be heard. ‘The next round has to include Kyiv.’ — Italy's "
            "prime minister, Giorgia Meloni, in Rome.\n")
    assert speaker(text, "The next round has to include Kyiv.") == "Giorgia Meloni"


def test_a_dash_that_goes_on_with_narration_is_no_credit():
    text = ("Lead\n\nPresident Emmanuel Macron said: 'The next round has to include Kyiv.' — and then he left for "
            "Brussels.\n")
    assert speaker(text, "The next round has to include Kyiv.") == "Emmanuel Macron"


def test_a_list_item_that_names_its_own_speaker():
    text = ("Lead\n\nFriedrich Merz said Europe must be at the table; Emmanuel Macron, that Europe would call Moscow "
            "itself.\n")
    assert speaker(text, "Europe would call Moscow itself") == "Emmanuel Macron"
