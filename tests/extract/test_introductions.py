"""Tests for pipeline.extract.introductions: people introduced with a title, reused later in the article."""
from pipeline.actors import ActorRegistry
from pipeline.extract.introductions import learn_introductions, nation_key, split_title_name, title_fits
from pipeline.extract.speakers import Ctx

REG = ActorRegistry.default()


def learned(text):
    ctx = Ctx()
    learn_introductions(text, 0, len(text), bytearray(len(text) + 1), REG, ctx)
    return ctx


def test_nationality_title_name_is_recorded_with_its_camp():
    ctx = learned("Estonian Prime Minister Kaia Tamm arrived in Kyiv.")
    (intro,) = ctx.intros
    assert (intro.name, intro.camp, intro.nation) == ("Kaia Tamm", "europe", "est")
    assert intro.titles == {"prime", "minister"} and ctx.names["Tamm"] == "Kaia Tamm"


def test_possessive_country_and_appositive_forms():
    assert learned("Sweden's prime minister, Ulf Kristersson, spoke.").intros[0].name == "Ulf Kristersson"
    ctx = learned("Kristen Michal, the Estonian prime minister, spoke first.")
    assert ctx.intros[0].name == "Kristen Michal" and ctx.intros[0].camp == "europe"


def test_country_after_of_the_is_no_person():
    assert split_title_name("President of the United Arab Emirates".split(), REG) is None
    assert learned("The President of the United Arab Emirates spoke.").intros == []


def test_nation_keys_join_adjective_and_country():
    assert nation_key("Estonian") == nation_key("Estonia's") and nation_key("French") == nation_key("France")


def test_ranked_titles_do_not_fit_the_plain_title():
    assert title_fits({"president"}, {"president"}) and not title_fits({"president"}, {"vice", "president"})
    assert title_fits({"vice", "president"}, {"vice", "president"})
