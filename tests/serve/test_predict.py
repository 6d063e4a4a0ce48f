"""Tests for the public prediction API (pipeline.serve.predict) on the session's smoke-trained model."""
import json
import threading

import pytest
from conftest import INLINE_ARTICLES

from pipeline.serve.actor_stance import ActorStance
from pipeline.classify.model import ModelLoadError
from pipeline.serve.predict import ArticleResult, StancePipeline
from pipeline.schema import LABELS, Article, RecordError, Statement

TEXTS = list(INLINE_ARTICLES.values())
IDS = list(INLINE_ARTICLES)


def check_probabilities(statements, targets):
    for st in statements:
        assert set(st.probabilities) == set(targets)
        for t in targets:
            p = st.probabilities[t]
            assert list(p) == list(LABELS)
            assert sum(p.values()) == pytest.approx(1.0, abs=1e-3)
            assert st.stances[t] == max(p, key=p.get)


def test_predict_returns_typed_results(smoke_pipeline, seed_text):
    result = smoke_pipeline.predict(seed_text, "riyadh-talks")
    assert isinstance(result, ArticleResult) and result.article_id == "riyadh-talks"
    assert result.statements and all(isinstance(s, Statement) for s in result.statements)
    assert result.actors and all(isinstance(a, ActorStance) for a in result.actors)
    assert smoke_pipeline.targets == ["inclusion", "ceasefire"]
    for st in result.statements:
        assert st.article_id == "riyadh-talks"
        assert set(st.stances) == {"inclusion", "ceasefire"} and set(st.stances.values()) <= set(LABELS)


def test_offsets_slice_back_to_the_statement_text(smoke_pipeline, seed_text):
    result = smoke_pipeline.predict(seed_text, "riyadh-talks")
    for st in result.statements:
        assert seed_text[st.start:st.end] == st.text


def test_probabilities_sum_to_one_per_target(smoke_pipeline, seed_text):
    result = smoke_pipeline.predict(seed_text, "riyadh-talks")
    check_probabilities(result.statements, smoke_pipeline.targets)


def test_actor_table_has_one_row_per_actor_and_target(smoke_pipeline, seed_text):
    result = smoke_pipeline.predict(seed_text, "riyadh-talks")
    actors = {s.actor for s in result.statements}
    assert {(a.actor, a.target) for a in result.actors} == {(a, t) for a in actors for t in smoke_pipeline.targets}
    assert all(a.label in LABELS and 0.0 <= a.confidence <= 1.0 for a in result.actors)


def test_to_dict_is_json_serialisable(smoke_pipeline, seed_text):
    d = smoke_pipeline.predict(seed_text, "riyadh-talks").to_dict()
    back = json.loads(json.dumps(d))
    assert back["article_id"] == "riyadh-talks"
    assert back["statements"][0]["probabilities"]["inclusion"].keys() == set(LABELS)
    assert {"actor", "target", "label", "confidence"} <= set(back["actors"][0])
    Statement.from_record(back["statements"][0])  # the output is a valid record


def test_rows_are_flat(smoke_pipeline, seed_text):
    result = smoke_pipeline.predict(seed_text, "riyadh-talks")
    rows = result.rows()
    assert len(rows) == len(result.statements)
    for row in rows:
        assert all(not isinstance(v, (dict, list)) for v in row.values())
        assert {f"p_{t}_{lab}" for t in ("inclusion", "ceasefire") for lab in LABELS} <= set(row)
        assert "probabilities" not in row and row["inclusion"] in LABELS


def test_predict_many_keeps_input_order_and_accepts_every_input_type(smoke_pipeline):
    items = [TEXTS[0], Article(IDS[1], TEXTS[1]), {"id": IDS[2], "text": TEXTS[2]}, TEXTS[0]]
    results = list(smoke_pipeline.predict_many(items, articles_per_batch=3))
    assert [r.article_id for r in results] == ["article-0", IDS[1], IDS[2], "article-3"]
    alone = [smoke_pipeline.predict(t, i) for t, i in zip(TEXTS, IDS)]
    assert [s.text for s in results[1].statements] == [s.text for s in alone[1].statements]
    # batching pads statements to a common length, which moves float32 sums in the last bit; the rounded
    # probabilities may then differ by one unit in the fourth decimal, never more
    batched = [s.probabilities for s in results[2].statements]
    single = [s.probabilities for s in alone[2].statements]
    assert len(batched) == len(single)
    for b, a in zip(batched, single):
        assert b.keys() == a.keys()
        for target in a:
            assert b[target] == pytest.approx(a[target], abs=1.5e-4)
    assert [s.to_record() for s in results[3].statements] == \
        [dict(s.to_record(), article_id="article-3") for s in results[0].statements]


def test_predict_many_is_lazy_and_batch_size_does_not_change_results(smoke_pipeline):
    gen = smoke_pipeline.predict_many(iter(TEXTS), batch_size=1, articles_per_batch=1)
    first = next(gen)
    assert first.article_id == "article-0"
    rest = list(gen)
    big = list(smoke_pipeline.predict_many(TEXTS, batch_size=64))
    assert [r.to_dict() for r in [first] + rest] == [r.to_dict() for r in big]


def test_predict_many_rejects_bad_items(smoke_pipeline):
    with pytest.raises(RecordError, match="missing key 'text'"):
        list(smoke_pipeline.predict_many([{"id": "x"}]))
    with pytest.raises(TypeError, match="expected str, Article or a mapping"):
        list(smoke_pipeline.predict_many([42]))


def test_classify_labels_user_statements(smoke_pipeline):
    records = [{"article_id": "u1", "text": "We are ready for a cease-fire if there are security guarantees",
                "side": "ukraine"},
               {"article_id": "u1", "text": "Europe has no place at the negotiating table"},
               Statement("u2", "The fighting must stop now", "she", "Ursula von der Leyen", "europe", "direct",
                         {"inclusion": "favor"}, 5, 31)]
    out = smoke_pipeline.classify(records)
    assert [s.text for s in out] == [r["text"] if isinstance(r, dict) else r.text for r in records]
    assert out[0].side == "ukraine" and out[1].speaker == "" and out[1].kind == "direct"
    assert (out[2].start, out[2].end, out[2].actor) == (5, 31, "Ursula von der Leyen")
    check_probabilities(out, smoke_pipeline.targets)
    assert records[2].stances == {"inclusion": "favor"}  # the caller's statement is not modified


def test_classify_agrees_with_predict_on_the_same_statement(smoke_pipeline, seed_text):
    result = smoke_pipeline.predict(seed_text, "riyadh-talks")
    again = smoke_pipeline.classify(result.statements, {"riyadh-talks": seed_text})
    assert [s.probabilities for s in again] == [s.probabilities for s in result.statements]


def test_classify_needs_article_id_and_text(smoke_pipeline):
    with pytest.raises(RecordError, match="statement 1: needs keys 'article_id' and 'text'"):
        smoke_pipeline.classify([{"article_id": "a", "text": "ok"}, {"text": "no article"}])


def test_predict_is_thread_safe(smoke_pipeline, seed_text):
    inputs = [(seed_text, "riyadh-talks")] + [(t, i) for t, i in zip(TEXTS, IDS)]
    expected = {i: smoke_pipeline.predict(t, i).to_dict() for t, i in inputs}
    results: dict[tuple[int, int], dict] = {}
    errors: list[BaseException] = []
    barrier = threading.Barrier(4)

    def work(worker: int) -> None:
        try:
            barrier.wait()
            for rep in range(3):
                for k, (t, i) in enumerate(inputs):
                    results[(worker, rep * 10 + k)] = smoke_pipeline.predict(t, i).to_dict()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(w,)) for w in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not errors, errors
    assert len(results) == 4 * 3 * len(inputs)
    for (_, key), got in results.items():
        assert got == expected[inputs[key % 10][1]]


def test_load_of_a_missing_folder_is_a_clear_error(tmp_path):
    with pytest.raises(ModelLoadError, match="model folder not found"):
        StancePipeline.load(tmp_path / "nope")


def test_load_reads_stance_model_from_the_environment(smoke_model, monkeypatch):
    monkeypatch.setenv("STANCE_MODEL", str(smoke_model))
    assert StancePipeline.load().targets == ["inclusion", "ceasefire"]
