"""Tests for pipeline.actors: loading, look-ups, camps and errors."""
from pathlib import Path

import pytest

from pipeline.actors import CONFIG_DIR, ActorRegistry, RegistryError

CAMPS = {
    "russia-ukraine": ["us", "russia", "ukraine", "europe", "other"],
    "gaza": ["israel", "palestinians", "us", "arab", "europe", "other"],
    "sudan": ["saf", "rsf", "civilians", "quad", "other"],
    "drc-rwanda": ["drc", "rwanda", "m23", "us", "other"],
    "armenia-azerbaijan": ["armenia", "azerbaijan", "us", "russia", "europe", "other"],
}


@pytest.mark.parametrize("conflict", sorted(CAMPS))
def test_every_registry_loads_with_its_declared_camps(conflict):
    reg = ActorRegistry.for_conflict(conflict)
    assert list(reg.camps) == CAMPS[conflict]
    assert reg.affected_party and reg.allies
    assert all(a.camp in reg.camps for a in reg.actors.values())


def test_default_is_russia_ukraine():
    assert ActorRegistry.default().conflict == "russia-ukraine"


@pytest.mark.parametrize("alias,canon", [
    ("Zelensky", "Volodymyr Zelenskyy"), ("ZELENSKIY", "Volodymyr Zelenskyy"), ("Sergey Lavrov", "Sergei Lavrov"),
    ("the Kremlin", "Kremlin"), ("Peskov", "Dmitry Peskov"), ("U.S. State Department", "US State Department"),
])
def test_canonical_resolves_aliases_case_insensitively(alias, canon):
    assert ActorRegistry.default().canonical(alias) == canon


def test_unknown_name_comes_back_stripped():
    assert ActorRegistry.default().canonical("  Jane   Doe ") == "Jane Doe"


def test_titles_name_actors():
    reg = ActorRegistry.default()
    assert reg.by_title("the Kremlin spokesman") == ["Dmitry Peskov"]
    assert "Vladimir Medinsky" in reg.by_title("Kremlin aide")


@pytest.mark.parametrize("mention,camp", [
    ("a Russian official", "russia"), ("Ukrainian lawmakers", "ukraine"), ("a French diplomat", "europe"),
    ("Ukrainian political scientist Ivan Petrenko", "other"), ("critics", "other"),
])
def test_camp_from_words_for_unknown_speakers(mention, camp):
    assert ActorRegistry.default().camp_of(mention) == camp


def test_unknown_camp_error_names_file_and_actor(tmp_path: Path):
    p = tmp_path / "bad.yaml"
    p.write_text("conflict: x\ncamps: [a, other]\nactors:\n  - {name: Jane Doe, camp: b}\n", encoding="utf-8")
    with pytest.raises(RegistryError, match=r"bad\.yaml.*Jane Doe.*camp 'b'"):
        ActorRegistry.load(p)


def test_bad_yaml_error_names_file(tmp_path: Path):
    p = tmp_path / "broken.yaml"
    p.write_text("conflict: [unclosed\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="broken.yaml"):
        ActorRegistry.load(p)


def test_unknown_key_is_an_error(tmp_path: Path):
    p = tmp_path / "k.yaml"
    p.write_text("conflict: x\ncamps: [other]\nactors: []\ncolour: red\n", encoding="utf-8")
    with pytest.raises(RegistryError, match="colour"):
        ActorRegistry.load(p)


def test_missing_conflict_lists_known_ones():
    with pytest.raises(RegistryError, match="russia-ukraine"):
        ActorRegistry.for_conflict("atlantis")


def test_config_dir_has_the_five_conflicts():
    assert {p.stem for p in CONFIG_DIR.glob("*.yaml")} >= set(CAMPS)


def test_think_tank_institute_is_other():
    from pipeline.actors import ActorRegistry
    assert ActorRegistry.default().camp_from_words("Stanislav Pritchin, of Moscow's IMEMO institute") == "other"


def test_honorifics_resolve_to_the_canonical_actor():
    reg = ActorRegistry.default()
    assert reg.canonical("Mr Lavrov") == "Sergei Lavrov" and reg.canonical("Ms. Kallas") == "Kaja Kallas"


def test_transliteration_variants_name_one_person():
    from pipeline.actors import spelling_key
    reg = ActorRegistry.default()
    assert spelling_key("Zelenskiy") == spelling_key("Zelenskyy") == spelling_key("Zelensky")
    assert reg.canonical("Dmitri Peskov") == reg.canonical("Dmitriy Peskov") == "Dmitry Peskov"
    assert reg.canonical("Yury Ushakov") == "Yuri Ushakov" and reg.canonical("Nebenzia") == "Vasily Nebenzya"


def test_spelling_variants_never_reach_institutions_or_short_names():
    reg = ActorRegistry.default()
    assert reg.lookup("Kyev") is None          # "Kyiv" is an institution alias: no fuzzy match
    assert reg.lookup("Xy") is None


def test_unknown_names_compare_without_a_leading_the():
    assert ActorRegistry.default().canonical("The Kyiv Post") == "Kyiv Post"
