"""`stance predict --engine ray` (pipeline.serve.ray_engine) on one local Ray instance (2 CPUs):
the same records and errors as the local engine, CSV/DNA output, the separate extraction stage,
resuming after an interruption, and a worker killed mid-run."""
from __future__ import annotations

import json
import threading
from pathlib import Path

import pytest
import ray  # installed by the test extra (pip install -e '.[test]'), so the suite always runs these
from conftest import INLINE_ARTICLES, SEED_ARTICLE

from pipeline.serve.batch import predict_files
from pipeline.serve.ray_engine import FAULT_ENV, RayOptions
from pipeline.serve.ray_engine import predict_files_ray as _predict_files_ray

pytestmark = pytest.mark.ray
CORPUS = Path(__file__).resolve().parents[2] / "data" / "corpus" / "articles"
RUN_TIMEOUT_S = 240


def predict_files_ray(*args, **kwargs):
    """The engine, failing the test instead of hanging the suite if a run stalls (e.g. no CPU left)."""
    result: dict = {}

    def target():
        try:
            result["value"] = _predict_files_ray(*args, **kwargs)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test
            result["error"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join(RUN_TIMEOUT_S)
    if worker.is_alive():
        pytest.fail(f"the Ray engine did not finish within {RUN_TIMEOUT_S} s")
    if "error" in result:
        raise result["error"]
    return result["value"]


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    """One local Ray instance for the whole module."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """A JSONL of 10 articles (dated and not, a broken line, an empty text, a repeated id) and a .txt folder."""
    root = tmp_path_factory.mktemp("ray-in")
    corpus = sorted(CORPUS.glob("*.txt"))[:4]
    lines = [{"id": aid, "text": text, "date": f"2025-03-0{i + 1}", "title": aid}
             for i, (aid, text) in enumerate(sorted(INLINE_ARTICLES.items()))]
    lines += [{"id": p.stem, "text": p.read_text(encoding="utf-8")} for p in corpus]
    lines.insert(2, {"id": "empty-one", "text": "  "})
    lines.append({"id": "kyiv-presser", "text": "A second article under an id already used, Zelenskyy said."})
    body = [json.dumps(rec, ensure_ascii=False) for rec in lines]
    body.insert(4, '{"id": "broken", "text": ')
    news = root / "news.jsonl"
    news.write_text("\n".join(body) + "\n", encoding="utf-8")
    folder = root / "txt"
    folder.mkdir()
    (folder / "riyadh-talks.txt").write_text(SEED_ARTICLE.read_text(encoding="utf-8"), encoding="utf-8")
    return [str(news), str(folder)]


def _sorted_lines(path: Path, skip_header: bool = False) -> list[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return sorted(lines[1:] if skip_header else lines)


def _records(path: Path) -> list[dict]:
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    return sorted(recs, key=lambda r: (r["article_id"], r.get("start") or 0, r["text"]))


def assert_same_records(got: Path, want: Path) -> None:
    """Equal after sorting by article and offset; a probability may differ by one rounding step
    (1e-4), since statements are batched with other articles' than in the local run."""
    a, b = _records(got), _records(want)
    assert len(a) == len(b)
    for x, y in zip(a, b):
        px, py = x.pop("probabilities"), y.pop("probabilities")
        assert x == y
        for t in px:
            assert px[t] == pytest.approx(py[t], abs=1.5e-4), (x["article_id"], x["text"])


def _errors(path: Path) -> dict[str, str]:
    errors = Path(str(path) + ".errors.jsonl")
    return {e["id"]: e["error"] for e in map(json.loads, errors.read_text(encoding="utf-8").splitlines())}


def _progress_ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in Path(str(path) + ".progress.jsonl").read_text().splitlines()]


@pytest.fixture(scope="module")
def local_jsonl(smoke_pipeline, inputs, tmp_path_factory) -> tuple[Path, list[str]]:
    out = tmp_path_factory.mktemp("local") / "out.jsonl"
    undated: list[str] = []
    predict_files(smoke_pipeline, inputs, out, progress=False, undated=undated)
    return out, undated


def test_same_records_errors_and_undated_as_the_local_engine(smoke_model, inputs, local_jsonl, tmp_path):
    local, local_undated = local_jsonl
    out = tmp_path / "ray.jsonl"
    undated: list[str] = []
    written, failures = predict_files_ray(inputs, out, model=smoke_model, progress=False, undated=undated,
                                          opts=RayOptions(workers=2, articles_per_batch=3))
    assert_same_records(out, local)
    assert _errors(out) == _errors(local) and failures == 3  # empty text, broken line, repeated id
    assert sorted(undated) == sorted(local_undated)
    assert written == 8 and sorted(_progress_ids(out)) == sorted(_progress_ids(local))


def test_csv_with_a_separate_extraction_stage_and_relative_paths(smoke_model, smoke_pipeline, inputs, tmp_path,
                                                                  monkeypatch):
    monkeypatch.chdir(Path(inputs[0]).parent)  # the workers were started elsewhere
    rel = [Path(i).name for i in inputs] + ["missing.jsonl"]
    local, out = tmp_path / "local.csv", tmp_path / "ray.csv"
    predict_files(smoke_pipeline, rel, local, fmt="csv", progress=False)
    predict_files_ray(rel, out, model=smoke_model, fmt="csv", progress=False,
                      opts=RayOptions(workers=1, extract_stage=True))
    assert out.read_text().splitlines()[0] == local.read_text().splitlines()[0]  # one header
    assert _sorted_lines(out, skip_header=True) == _sorted_lines(local, skip_header=True)
    assert _errors(out) == _errors(local) and "missing.jsonl: no such file" in _errors(out)["missing"]


def test_rerun_after_interruption_skips_finished_articles(smoke_model, smoke_pipeline, inputs, tmp_path):
    """An output interrupted after 4 articles (mid-way through a line) is finished by the Ray engine."""
    out = tmp_path / "out.dna"
    predict_files(smoke_pipeline, inputs, out, fmt="dna", progress=False)
    full = out.read_bytes()
    progress = Path(str(out) + ".progress.jsonl")
    all_ids = _progress_ids(out)
    kept = progress.read_text().splitlines()[:4]
    progress.write_text("\n".join(kept) + '\n{"id": "half', encoding="utf-8")
    out.write_bytes(full[:json.loads(kept[-1])["offset"]] + b"half a line")
    written, _ = predict_files_ray(inputs, out, model=smoke_model, fmt="dna", progress=False,
                                   opts=RayOptions(workers=2))
    done_before = [json.loads(line) for line in kept]
    assert written == 8 - sum(1 for d in done_before if not d["error"])  # the finished ones were skipped
    assert sorted(out.read_bytes().splitlines()) == sorted(full.splitlines())
    ids = _progress_ids(out)
    assert len(ids) == len(set(ids)) and sorted(ids) == sorted(all_ids)


def test_a_worker_killed_mid_run_still_gives_every_article_once(smoke_model, inputs, local_jsonl, tmp_path,
                                                                monkeypatch):
    marker = tmp_path / "worker-killed"
    monkeypatch.setenv(FAULT_ENV, str(marker))
    out = tmp_path / "ray.jsonl"
    written, failures = predict_files_ray(inputs, out, model=smoke_model, progress=False,
                                          opts=RayOptions(workers=2, articles_per_batch=2))
    assert marker.exists(), "the fault hook did not fire: no worker was killed"
    ids = _progress_ids(out)
    assert len(ids) == len(set(ids)) and sorted(ids) == sorted(_progress_ids(local_jsonl[0]))
    assert written == 8 and failures == 3
    assert_same_records(out, local_jsonl[0])


def test_cli_engine_ray(smoke_model, inputs, tmp_path, capsys):
    from pipeline.cli import main

    out = tmp_path / "cli.jsonl"
    assert main(["predict", inputs[1], "-o", str(out), "--model", str(smoke_model), "--engine", "ray",
                 "--workers", "1", "--device", "cpu"]) == 0
    err = capsys.readouterr().err
    assert "1 article(s) written" in err and "riyadh-talks" in err  # .txt inputs are undated
    assert {r["article_id"] for r in _records(out)} == {"riyadh-talks"}
    assert main(["predict", "-o", str(out), "--engine", "ray", "--statements", str(out)]) == 2
