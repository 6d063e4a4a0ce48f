"""Round 38 of issue 14: who speaks the tagger's added spans (pipeline.tagging.frames, `frame+recent`). Names in a
dashed aside or in a call with someone, inside the subject, are not the speaker. Tiny articles of our own."""
from pipeline.actors import ActorRegistry
from pipeline.tagging.frames import frame_speaker

REG = ActorRegistry.default()
SUDAN = ActorRegistry.for_conflict("sudan")


def speaker(text, span, reg=REG):
    s = text.index(span)
    found = frame_speaker(text, s, s + len(span), [], reg, recent=True)
    return found and found[1][0]


def test_the_members_listed_between_dashes_are_not_the_group():
    for dash in ("—", "–", "-"):
        text = (f"Lead\n\nThe Quad {dash} the United States, Saudi Arabia, Egypt and the United Arab Emirates {dash} "
                "had in June called for a humanitarian pause of three months in Darfur.")
        assert speaker(text, "a humanitarian pause of three months in Darfur", SUDAN) == "Quad"


def test_the_person_called_is_not_the_caller():
    text = ("Lead\n\nPresident Emmanuel Macron, in a long call with Putin on Friday, called for a ceasefire to be "
            "agreed before the winter.")
    assert speaker(text, "a ceasefire to be agreed before the winter") == "Emmanuel Macron"


def test_a_split_quotation_is_spoken_by_the_frame_inside_it_not_the_last_person_named():
    text = ("Lead\n\nThe truce held under the first phase of President Donald Trump's plan.\n\n"
            '"The border belongs to those who live by it," al-Sisi told the summit, "and they must run it."')
    assert speaker(text, 'The border belongs to those who live by it," al-Sisi told the summit, "and they must run it.',
                   ActorRegistry.for_conflict("gaza")) == "Abdel Fattah al-Sisi"
