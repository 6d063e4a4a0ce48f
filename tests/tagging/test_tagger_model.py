"""The span tagger's folder (pipeline.tagging.model) and its training loop (pipeline.tagging.train), over a random
tiny BERT saved as a base folder, so the tests stay fast and offline."""
import json
import shutil

import pytest

from pipeline.actors import ActorRegistry
from pipeline.tagging import SpanTagger, TaggerError, TaggerSettings, fit_tagger
from pipeline.tagging.train import labels_for

TEXT = "Talks\n\nDmitry Peskov said the talks would resume next week in Istanbul. Nothing else was agreed."


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory):
    """A random 2-layer BERT (hidden 32) with the packaged base's tokenizer, as a base folder."""
    from transformers import BertConfig, BertModel

    from pipeline.classify.encoder import resolve_base
    from pipeline.config import DEFAULT_BASE

    folder = tmp_path_factory.mktemp("tiny-base")
    cfg = BertConfig(vocab_size=30522, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                     intermediate_size=64, max_position_embeddings=512)
    BertModel(cfg, add_pooling_layer=False).save_pretrained(folder, safe_serialization=True)
    src = resolve_base(DEFAULT_BASE)
    for name in ("vocab.txt", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json"):
        shutil.copy(src / name, folder / name)
    return folder


def test_labels_mark_the_first_token_of_a_span_b_and_the_rest_i():
    assert labels_for([(0, 5), (6, 10), (11, 15), (16, 20)], [(6, 15)]) == [0, 1, 2, 0]


def test_train_save_load_round_trip_keeps_probabilities_and_settings(tiny_base, tmp_path):
    tagger = SpanTagger.fresh("tiny-random", train_layers=1, base_folder=tiny_base)
    tagger.settings = TaggerSettings(veto_max=0.2)
    s = TEXT.index("the talks")
    history = fit_tagger(tagger, [(TEXT, [(s, TEXT.index(" in Istanbul"))])], tmp_path / "run", epochs=2, lr=1e-3,
                         batch=1, max_steps=3, threads=0)
    assert [h["epoch"] for h in history] == [1, 2]     # one window: one step per epoch
    assert (tmp_path / "run" / "epoch-1" / "tagger.safetensors").is_file()
    loaded = SpanTagger.from_pretrained(tmp_path / "run" / "epoch-2", base_folder=tiny_base, threads=0)
    assert loaded.settings == TaggerSettings(veto_max=0.2)
    offs_a, probs_a = tagger.probs(TEXT)
    offs_b, probs_b = loaded.probs(TEXT)
    assert offs_a == offs_b
    assert [x for row in probs_a for x in row] == pytest.approx([x for row in probs_b for x in row], abs=1e-5)
    from safetensors.torch import load_file
    saved = load_file(str(tmp_path / "run" / "epoch-2" / "tagger.safetensors"))
    assert saved and all(k.startswith(("classifier.", "bert.encoder.layer.1.")) for k in saved)   # top layer + head
    statements = loaded.extract(TEXT, "a", ActorRegistry.default())
    assert all(st.article_id == "a" for st in statements)


def test_bf16_training_learns_and_records_its_precision(tiny_base, tmp_path):
    tagger = SpanTagger.fresh("tiny-random", train_layers=1, base_folder=tiny_base)
    s = TEXT.index("the talks")
    history = fit_tagger(tagger, [(TEXT, [(s, TEXT.index(" in Istanbul"))])], tmp_path / "run", epochs=3, lr=1e-2,
                         batch=1, threads=0, precision="bf16")
    assert history[-1]["mean_loss"] < history[0]["mean_loss"]
    meta = json.loads((tmp_path / "run" / "epoch-3" / "tagger.json").read_text())
    assert meta["train_precision"] == "bf16"
    with pytest.raises(ValueError, match="fp16"):
        fit_tagger(tagger, [(TEXT, [])], tmp_path / "bad", precision="fp16")


def test_loading_refuses_a_base_whose_hash_is_not_the_recorded_one(tiny_base, tmp_path):
    folder = SpanTagger.fresh("tiny-random", train_layers=1, base_folder=tiny_base).save_pretrained(tmp_path / "t")
    meta = json.loads((folder / "tagger.json").read_text())
    meta["base_sha256"] = "0" * 64
    (folder / "tagger.json").write_text(json.dumps(meta))
    with pytest.raises(TaggerError, match="does not match the expected 0000"):
        SpanTagger.from_pretrained(folder, base_folder=tiny_base, threads=0)


def test_loading_refuses_missing_files_and_weights_it_would_not_train(tiny_base, tmp_path):
    with pytest.raises(TaggerError, match="no tagger.json"):
        SpanTagger.from_pretrained(tmp_path, base_folder=tiny_base, threads=0)
    folder = SpanTagger.fresh("tiny-random", train_layers=2, base_folder=tiny_base).save_pretrained(tmp_path / "t")
    meta = json.loads((folder / "tagger.json").read_text())
    meta["train_layers"] = 1                          # the file holds layer 0 too, which a 1-layer tagger never trains
    (folder / "tagger.json").write_text(json.dumps(meta))
    with pytest.raises(TaggerError, match="bert.encoder.layer.0"):
        SpanTagger.from_pretrained(folder, base_folder=tiny_base, threads=0)


def test_cli_extract_with_a_missing_tagger_fails_naming_the_folder(tmp_path, capsys):
    from pipeline.cli import main

    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article), "-o", str(tmp_path / "out.jsonl"), "--tagger", str(tmp_path / "none")]) == 1
    assert "none: no tagger.json" in capsys.readouterr().err


def test_a_long_article_runs_its_windows_as_one_batch_with_the_same_probabilities_as_one_by_one(tiny_base):
    import torch

    tagger = SpanTagger.fresh("tiny-random", train_layers=1, base_folder=tiny_base)
    tagger.meta = {**tagger.meta, "window": 16, "stride": 10}     # several windows, the last one shorter
    text = " ".join([TEXT] * 4)
    offs, probs = tagger.probs(text)
    ids, _, starts = tagger.windows(text)
    assert len(starts) > 2 and len(probs) == len(ids) == len(offs)
    logits, counts = torch.zeros(len(ids), 3), torch.zeros(len(ids), 1)
    cls_id, sep_id = tagger.tokenizer.cls_token_id, tagger.tokenizer.sep_token_id
    with torch.no_grad():
        for st in starts:                                          # the one-window-at-a-time reading
            w = ids[st:st + 16]
            out = tagger.model(input_ids=torch.tensor([[cls_id] + w + [sep_id]])).logits[0]
            logits[st:st + len(w)] += out[1:1 + len(w)]
            counts[st:st + len(w)] += 1
    expected = (logits / counts).softmax(-1).tolist()
    assert [x for row in probs for x in row] == pytest.approx([x for row in expected for x in row], abs=1e-5)


def test_precision_bf16_stays_close_to_float32_and_unknown_precisions_are_refused(tiny_base):
    tagger = SpanTagger.fresh("tiny-random", train_layers=1, base_folder=tiny_base)
    _, fp32 = tagger.probs(TEXT)
    assert tagger.set_precision("auto").autocast is None             # tagger.json does not ask for bf16
    _, bf16 = tagger.set_precision("bf16").probs(TEXT)
    assert [x for row in bf16 for x in row] == pytest.approx([x for row in fp32 for x in row], abs=0.05)
    with pytest.raises(TaggerError, match="precision 'fp16'"):
        tagger.set_precision("fp16")


def test_tagger_folder_reads_default_none_and_folders(tmp_path):
    from pipeline.tagging import tagger_folder
    from pipeline.tagging.model import DEFAULT_TAGGER

    assert tagger_folder(None) is None and tagger_folder("none") is None and tagger_folder("OFF") is None
    assert tagger_folder("default") == DEFAULT_TAGGER               # the shipped tagger, when its folder is there
    assert tagger_folder(str(tmp_path)) == tmp_path


def test_cli_extract_with_tagger_none_is_the_rules_alone(tmp_path):
    import json

    from pipeline.actors import ActorRegistry
    from pipeline.cli import main
    from pipeline.extract.extractor import extract_statements

    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    assert main(["extract", str(article), "-o", str(tmp_path / "out.jsonl"), "--tagger", "none"]) == 0
    got = [json.loads(line)["text"] for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    assert got == [st.text for st in extract_statements(TEXT, "a", ActorRegistry.default())]
