"""Tests for pipeline.config: every run config loads, strict keys and types, dotted overrides."""
from pathlib import Path

import pytest

from pipeline.config import ConfigError, ModelConfig, RunConfig, TrainConfig, config_from_dict, load_config

CONFIGS = Path(__file__).resolve().parent.parent / "configs"
RUN_CONFIGS = sorted(CONFIGS.glob("*.yaml"))  # configs/actors/ holds actor registries, not run configs


def test_there_are_run_configs():
    assert {p.name for p in RUN_CONFIGS} >= {"smoke.yaml", "stance-minilm.yaml"}


@pytest.mark.parametrize("path", RUN_CONFIGS, ids=lambda p: p.name)
def test_every_run_config_loads(path):
    cfg = load_config(path)
    assert isinstance(cfg, RunConfig)
    assert cfg.name
    if cfg.data.format == "corpus":
        assert cfg.target_names


@pytest.mark.parametrize("path", RUN_CONFIGS, ids=lambda p: p.name)
def test_every_run_config_opens_with_the_command_that_runs_it(path):
    head = "".join(path.read_text(encoding="utf-8").splitlines(keepends=True)[:5])
    assert "stance " in head and head.lstrip().startswith("#")


def test_defaults_live_in_the_classes():
    cfg = config_from_dict({})
    assert cfg.train == TrainConfig()
    assert cfg.model == ModelConfig()
    assert cfg.target_names == ["inclusion", "ceasefire"]


def test_smoke_config_is_tiny_and_random():
    cfg = load_config(CONFIGS / "smoke.yaml")
    assert cfg.model.random_init
    assert cfg.train.max_steps and cfg.data.max_train_examples


def test_unknown_key_names_the_key_and_the_file(tmp_path):
    path = tmp_path / "run.yaml"
    path.write_text("train:\n  epochz: 3\n", encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_config(path)
    msg = str(err.value)
    assert str(path) in msg and "train.epochz" in msg and "epochs" in msg


def test_unknown_top_level_key():
    with pytest.raises(ConfigError, match="unknown key 'trian'"):
        config_from_dict({"trian": {}})


@pytest.mark.parametrize("raw,key", [
    ({"train": {"epochs": "three"}}, "train.epochs"),
    ({"train": {"lr": "fast"}}, "train.lr"),
    ({"train": {"epochs": 2.5}}, "train.epochs"),
    ({"train": {"epochs": True}}, "train.epochs"),
    ({"model": {"use_side": "yes"}}, "model.use_side"),
    ({"data": {"path": 3}}, "data.path"),
    ({"targets": "inclusion"}, "targets"),
    ({"targets": [{"name": "x"}]}, "targets[0]"),
    ({"model": 5}, "model"),
])
def test_wrong_type_names_the_key(raw, key):
    with pytest.raises(ConfigError) as err:
        config_from_dict(raw)
    assert key in str(err.value)


def test_int_is_accepted_for_a_float():
    cfg = config_from_dict({"model": {"dropout": 0}})
    assert cfg.model.dropout == 0.0 and isinstance(cfg.model.dropout, float)


@pytest.mark.parametrize("key,value", [("data.format", "xml"), ("model.design", "triple"), ("model.finetune", "half")])
def test_bad_enum_value_names_key_and_allowed_values(key, value):
    section, name = key.split(".")
    with pytest.raises(ConfigError) as err:
        config_from_dict({section: {name: value}})
    assert key in str(err.value) and repr(value) in str(err.value)


def test_dotted_overrides_are_parsed_as_yaml():
    cfg = load_config(CONFIGS / "smoke.yaml",
                      ["train.lr=3e-5", "train.epochs=1", "model.use_side=false", "name=try1", "data.path=/tmp/x"])
    assert cfg.train.lr == pytest.approx(3e-5)
    assert cfg.train.epochs == 1
    assert cfg.model.use_side is False
    assert (cfg.name, cfg.data.path) == ("try1", "/tmp/x")


def test_override_does_not_touch_the_other_keys():
    base = load_config(CONFIGS / "stance-minilm.yaml")
    cfg = load_config(CONFIGS / "stance-minilm.yaml", ["train.lr=3e-5"])
    assert cfg.train.epochs == base.train.epochs and cfg.model == base.model


def test_override_of_unknown_key_is_an_error():
    with pytest.raises(ConfigError, match="train.learning_rate"):
        load_config(CONFIGS / "smoke.yaml", ["train.learning_rate=0.1"])


def test_override_without_equals_sign_is_an_error():
    with pytest.raises(ConfigError, match="key.sub=value"):
        config_from_dict({}, ["train.lr"])


def test_override_with_wrong_type_is_an_error():
    with pytest.raises(ConfigError, match="train.epochs"):
        config_from_dict({}, ["train.epochs=many"])


def test_corpus_run_with_no_targets_is_an_error():
    with pytest.raises(ConfigError, match="at least one target"):
        config_from_dict({"targets": [], "data": {"format": "corpus"}})


def test_benchmark_run_may_take_targets_from_the_data():
    cfg = config_from_dict({"targets": [], "data": {"format": "semeval2016"}})
    assert cfg.targets == []


def test_duplicate_and_non_identifier_target_names_are_errors():
    t = {"name": "inclusion", "description": "d"}
    with pytest.raises(ConfigError, match="duplicate"):
        config_from_dict({"targets": [t, t]})
    with pytest.raises(ConfigError, match=r"targets\[0\].name"):
        config_from_dict({"targets": [{"name": "cease fire", "description": "d"}]})


@pytest.mark.parametrize("override,key", [("train.epochs=0", "train.epochs"), ("train.lr=2", "train.lr"),
                                          ("model.max_length=-1", "model.max_length")])
def test_out_of_range_values_are_errors(override, key):
    with pytest.raises(ConfigError, match=key):
        config_from_dict({}, [override])


def test_missing_and_invalid_files(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_config(tmp_path / "nope.yaml")
    bad = tmp_path / "bad.yaml"
    bad.write_text("train: [unclosed\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)


def test_to_dict_rebuilds_the_same_config():
    cfg = load_config(CONFIGS / "stance-minilm.yaml")
    assert config_from_dict(cfg.to_dict()) == cfg


def test_scientific_notation_without_a_dot_is_a_number(tmp_path):
    # YAML 1.1 reads `3e-5` as a string; a learning rate written that way must still work
    path = tmp_path / "run.yaml"
    path.write_text("train:\n  lr: 3e-5\n", encoding="utf-8")
    assert load_config(path).train.lr == pytest.approx(3e-5)


def test_target_without_description_names_the_missing_key():
    with pytest.raises(ConfigError, match=r"missing key 'targets\[0\].description'"):
        config_from_dict({"targets": [{"name": "inclusion"}]})
