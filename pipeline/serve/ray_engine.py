"""`stance predict --engine ray`: the same batch job on Ray Data, over one machine or a Ray cluster.

The inputs (.txt files, folders, JSONL) are read by a Ray Data datasource (`ArticleSource`) with the
local engine's own readers (`pipeline.serve.inputs`), so ids, metadata and per-article input errors
are the same. Articles go through `map_batches` over a pool of actors that each load
`StancePipeline` once: CPU workers extract and classify; GPU workers only classify, after a stage of
stateless CPU extraction tasks, so that the GPU is fed by every core. Workers format each article's
output lines; the driver streams them into the local engine's resumable writer (`BatchWriter`:
JSONL / CSV / DNA, `OUT.progress.jsonl`, `OUT.errors.jsonl`). Articles arrive in completion order,
not input order; sorted by article id and offset the records equal the local engine's.

Resuming: the ids already in the progress file are handed to the readers, which drop those
articles before any work. A worker that dies is restarted by Ray and its batch retried; the driver
keeps each input position once, so no article is written twice. A second occurrence of an id is an
error record, as in the local engine: within one input file the first in file order is kept; across
files (two read tasks) the one that finishes first.
Not here: the model (`pipeline.serve.predict`), output formats (`pipeline.serve.batch`).
"""
from __future__ import annotations

import inspect
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import pyarrow as pa
import ray
from ray.data import Datasource, ReadTask
from ray.data.block import BlockMetadata

from pipeline.serve.inputs import META_KEYS, InputProblem, input_files, iter_articles

log = logging.getLogger(__name__)
FAULT_ENV = "STANCE_RAY_FAULT_MARKER"
"""Test hook: a path; the first worker to reach its second batch creates it and exits (once)."""
TXT_PER_TASK = 256  # .txt files per read task (a JSONL file is one task, streamed)
ROWS_PER_BLOCK = 64
WORKER_ENV = {"HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1", "TRANSFORMERS_VERBOSITY": "error",
              "TOKENIZERS_PARALLELISM": "false"}
ARTICLE_SCHEMA = pa.schema([("pos", pa.int64()), ("id", pa.string()), ("text", pa.string()),
                            ("meta", pa.string()), ("error", pa.string()), ("dup", pa.bool_()),
                            ("key", pa.string())])


@dataclass
class RayOptions:
    """Where and how wide the job runs (`stance predict --engine ray ...`)."""

    address: str | None = None  # None: a local Ray instance on this machine; "auto": the running cluster
    workers: int = 0  # model replicas (actors); 0 = one per CPU (CPU workers) or per GPU share
    gpus_per_worker: float = 0.0  # > 0: GPU workers, extraction in a CPU stage of its own
    cpus_per_worker: float = 0.0  # 0 = the cluster's CPUs shared among CPU workers (1 for GPU workers)
    articles_per_batch: int = 0  # articles per worker call; 0 = 16 on CPU workers, 256 on GPU workers
    extract_stage: bool | None = None  # extraction as its own CPU stage; None = with GPU workers only


# ---- reading ----
def _skip_set(ref) -> frozenset:
    return ray.get(ref) if ref is not None else frozenset()


def _items(files: list[tuple[str, str]]) -> Iterator:
    """The articles of (path as given, absolute path) files; messages name the path as given."""
    for shown, real in files:
        for item in iter_articles([real]):
            if isinstance(item, InputProblem) and shown != real:
                item.error, item.source = item.error.replace(real, shown), item.source.replace(real, shown)
            yield item


def _read_group(files: list[tuple[str, str]], group: int, done_ref) -> Iterator[pa.Table]:
    """Blocks of articles from some input files; articles already done are left out."""
    done = _skip_set(done_ref)
    seen: dict[str, int] = {}  # id -> occurrences in this task: the first in file order is kept
    rows: list[dict] = []
    for n, item in enumerate(_items(files)):
        seen[item.id] = count = seen.get(item.id, 0) + 1
        key = item.id if count == 1 else f"{item.id} (occurrence {count})"  # the local engine's progress key
        if key in done:
            continue
        row = {"pos": (group << 32) | n, "id": item.id, "text": "", "meta": "{}", "error": None,
               "dup": count > 1, "key": key}
        if row["dup"]:
            row["error"] = f"duplicate article id {item.id!r} (first occurrence kept)"
        elif isinstance(item, InputProblem):
            row["error"] = item.error
        else:
            meta = {k: item.meta[k] for k in META_KEYS if item.meta.get(k) not in (None, "")}
            row.update(text=item.text, meta=json.dumps(meta, ensure_ascii=False))
        rows.append(row)
        if len(rows) >= ROWS_PER_BLOCK:
            yield pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)
            rows = []
    if rows:
        yield pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA)


def _metadata(files: list[str], size: int) -> BlockMetadata:
    """BlockMetadata across Ray versions (its required fields have changed over time)."""
    wanted = {"num_rows": None, "size_bytes": size, "exec_stats": None, "input_files": files, "schema": None}
    params = inspect.signature(BlockMetadata).parameters
    return BlockMetadata(**{k: v for k, v in wanted.items() if k in params})


class ArticleSource(Datasource):
    """The inputs of `stance predict` as a Ray Data source: a read task per JSONL file and per
    TXT_PER_TASK .txt files, in input order; rows are pos, id, text, meta (JSON), error."""

    def __init__(self, inputs: list[str], done_ref=None):
        # workers on other machines or in another directory open absolute paths; messages keep the given ones
        self.files = [(str(f), str(f.resolve())) for f in input_files(inputs)]
        self.done_ref = done_ref

    def _groups(self) -> list[list[tuple[str, str]]]:
        def alone(f: tuple[str, str]) -> bool:
            return f[1].lower().endswith(".jsonl") or not os.path.exists(f[1])

        groups: list[list[tuple[str, str]]] = []
        for f in self.files:
            if alone(f) or not groups or len(groups[-1]) >= TXT_PER_TASK or alone(groups[-1][0]):
                groups.append([f])
            else:
                groups[-1].append(f)
        return groups

    @staticmethod
    def _size(files: list[tuple[str, str]]) -> int:
        return sum(os.path.getsize(real) for _, real in files if os.path.exists(real))

    def estimate_inmemory_data_size(self) -> int | None:
        return self._size(self.files)

    def get_read_tasks(self, parallelism: int, per_task_row_limit: int | None = None,
                       data_context=None) -> list[ReadTask]:
        tasks = []
        for g, files in enumerate(self._groups()):
            def read(files=files, g=g, ref=self.done_ref):
                return _read_group(files, g, ref)
            tasks.append(ReadTask(read, _metadata([real for _, real in files], self._size(files))))
        return tasks

    def get_name(self) -> str:
        return "StanceArticles"


# ---- extraction stage (GPU workers only) ----
_REGISTRIES: dict = {}


def _registry(path: str | None):
    from pipeline.actors import ActorRegistry

    if path not in _REGISTRIES:  # once per worker process
        _REGISTRIES[path] = ActorRegistry.load(path) if path else ActorRegistry.default()
    return _REGISTRIES[path]


def extract_batch(batch: pa.Table, registry: str | None = None) -> pa.Table:
    """Adds `statements` (JSON list of statement records) to a batch of articles; errors per article."""
    from pipeline.extract.extractor import extract_statements

    reg = _registry(registry)
    rows = batch.to_pylist()
    for row in rows:
        row["statements"] = None
        if row["error"]:
            continue
        try:
            row["statements"] = json.dumps([s.to_record() for s in extract_statements(row["text"], row["id"], reg)],
                                           ensure_ascii=False)
        except Exception as exc:  # noqa: BLE001 - one bad article, not the batch
            row["error"] = f"{row['id']}: {type(exc).__name__}: {exc}"
    return pa.Table.from_pylist(rows, schema=ARTICLE_SCHEMA.append(pa.field("statements", pa.string())))


# ---- the model stage ----
RESULT_SCHEMA = pa.schema([("pos", pa.int64()), ("id", pa.string()), ("error", pa.string()),
                           ("payload", pa.binary()), ("dated", pa.bool_()), ("dup", pa.bool_()), ("key", pa.string())])


class ArticlePredictor:
    """A Ray actor: loads `StancePipeline` once, turns batches of articles into formatted output."""

    def __init__(self, model: str, registry: str | None, fmt: str, device: str, threads: int,
                 batch_size: int, fault_marker: str | None = None):
        from pipeline.serve.predict import StancePipeline

        # no forked tokenising processes inside a Ray actor: Ray's pool is the parallelism, and forking a
        # process that holds Ray's own threads is not safe
        self.pipeline = StancePipeline.load(model, registry=registry, threads=threads, device=device,
                                            tokenize_workers=0)
        self.fmt, self.batch_size, self.fault_marker, self.calls = fmt, batch_size, fault_marker, 0

    def _maybe_fail(self) -> None:
        self.calls += 1
        if not self.fault_marker or self.calls < 2:
            return
        try:
            fd = os.open(self.fault_marker, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            return
        os.write(fd, f"{os.getpid()}\n".encode())
        os.close(fd)
        os._exit(1)  # as if the worker's machine went away mid-run

    def __call__(self, batch: pa.Table) -> pa.Table:
        from pipeline.schema import Article, Statement
        from pipeline.serve.batch import _predict_chunk, format_article

        self._maybe_fail()
        rows = batch.to_pylist()
        todo = [r for r in rows if not r["error"]]
        articles = [Article(r["id"], r["text"]) for r in todo]
        if todo and "statements" in todo[0]:
            per_article = [[Statement(s["article_id"], s["text"], s["speaker"], s["actor"], s["side"], s["kind"], {},
                                      s.get("start"), s.get("end")) for s in json.loads(r["statements"])]
                           for r in todo]
            try:
                results = {r.article_id: r for r in self.pipeline.label_articles(articles, per_article,
                                                                                 self.batch_size)}
            except Exception:  # noqa: BLE001 - isolate the bad article
                results = _predict_chunk(self.pipeline, articles, self.batch_size)
        else:
            results = _predict_chunk(self.pipeline, articles, self.batch_size)
        out = []
        targets = self.pipeline.targets
        for r in rows:
            meta = json.loads(r["meta"] or "{}")
            res = None if r["error"] else results[r["id"]]
            error = r["error"] or (res if isinstance(res, str) else None)
            payload = b"" if error else format_article(res, self.fmt, targets, meta)
            out.append({"pos": r["pos"], "id": r["id"], "error": error, "payload": payload,
                        "dated": bool(meta.get("date")), "dup": r["dup"], "key": r["key"]})
        return pa.Table.from_pylist(out, schema=RESULT_SCHEMA)


# ---- the driver ----
def model_targets(model: str | Path) -> list[str]:
    """Target names of a model folder, read without loading the model (the driver needs no torch)."""
    cfg = Path(model) / "stance_config.json"
    if not cfg.exists():
        raise ValueError(f"{model}: not a model folder (no stance_config.json); train one with `stance train`")
    return [t["name"] for t in json.loads(cfg.read_text(encoding="utf-8"))["targets"]]


def _connect(address: str | None) -> None:
    quiet = not log.isEnabledFor(logging.INFO)
    if quiet:  # our own progress bar and summary stand in for Ray Data's
        logging.getLogger("ray").setLevel(logging.WARNING)
        logging.getLogger("ray.data").setLevel(logging.ERROR)
    if not ray.is_initialized():
        level = logging.WARNING if quiet else logging.INFO
        if address:
            ray.init(address=address, log_to_driver=not quiet, logging_level=level)
        else:
            ray.init(include_dashboard=False, log_to_driver=not quiet, logging_level=level)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    if hasattr(ctx, "print_on_execution_start"):
        ctx.print_on_execution_start = False


def _plan(opts: RayOptions) -> tuple[int, float, float, int]:
    """(workers, CPUs and GPUs per worker, articles per call) from the options and the cluster."""
    res = ray.cluster_resources()
    cpus, gpus = float(res.get("CPU", 1)), float(res.get("GPU", 0))
    g = opts.gpus_per_worker
    if g > 0:
        if gpus < g:
            raise ValueError(f"--gpus-per-worker {g}: the Ray cluster has {gpus:g} GPU(s)")
        workers = opts.workers or max(1, int(gpus // g))
    else:
        workers = opts.workers or max(1, int(cpus) - (1 if opts.extract_stage and cpus > 1 else 0))
    if opts.cpus_per_worker:
        c = opts.cpus_per_worker
    elif g > 0 or opts.extract_stage:  # the other CPUs run the extraction tasks
        c = 1.0
    else:
        c = max(1.0, float(int(cpus // workers)))
    if (g > 0 or opts.extract_stage) and opts.extract_stage is not False and workers * c >= cpus:
        raise ValueError(f"{workers} worker(s) x {c:g} CPU leave none of the cluster's {cpus:g} CPUs for "
                         "the extraction stage; give fewer --workers")
    return workers, c, g, opts.articles_per_batch or (256 if g > 0 else 16)


def predict_files_ray(inputs: list[str], out: str | Path, *, model: str | Path, registry: str | None = None,
                      fmt: str = "jsonl", batch_size: int = 32, device: str = "auto",
                      opts: RayOptions | None = None, progress: bool = True,
                      undated: list[str] | None = None) -> tuple[int, int]:
    """Run `stance predict` on Ray into OUT; returns (articles written this run, failures in total).

    >>> predict_files_ray(["news.jsonl"], "out.jsonl", model="models/stance-minilm")  # doctest: +SKIP
    (1200, 0)
    """
    from tqdm.auto import tqdm

    from pipeline.serve.batch import BatchWriter

    opts = opts or RayOptions()
    model = str(Path(model).resolve())
    registry = str(Path(registry).resolve()) if registry else None
    writer = BatchWriter(out, fmt, model_targets(model))
    written, kept, originals, repeats, taken = 0, set(), set(), {}, set()
    bar = tqdm(desc="predict (ray)", unit="article", disable=not progress)
    try:
        _connect(opts.address)
        workers, cpus, gpus, per_call = _plan(opts)
        worker_device = ("cuda" if device == "auto" else device) if gpus > 0 else \
            ("cpu" if device == "auto" else device)
        log.info("ray: %d worker(s), %g CPU and %g GPU each, %d articles per call", workers, cpus, gpus, per_call)
        done_ref = ray.put(frozenset(writer.done)) if writer.done else None
        ds = ray.data.read_datasource(ArticleSource(inputs, done_ref), num_cpus=0)  # light: leave CPUs to workers
        if opts.extract_stage or (opts.extract_stage is None and gpus > 0):
            ds = ds.map_batches(extract_batch, fn_kwargs={"registry": registry}, batch_size=ROWS_PER_BLOCK,
                                batch_format="pyarrow", num_cpus=1, runtime_env={"env_vars": WORKER_ENV})
        ds = ds.map_batches(
            ArticlePredictor, batch_size=per_call, batch_format="pyarrow",
            compute=ray.data.ActorPoolStrategy(size=workers),  # Ray Data restarts dead actors, retries their batches
            num_cpus=cpus, num_gpus=gpus or None, runtime_env={"env_vars": WORKER_ENV},
            fn_constructor_kwargs={"model": model, "registry": registry, "fmt": fmt, "device": worker_device,
                                   "threads": max(1, int(cpus)), "batch_size": batch_size,
                                   "fault_marker": os.environ.get(FAULT_ENV)})
        for batch in ds.iter_batches(batch_size=None, batch_format="pyarrow"):
            entries = []
            for row in batch.to_pylist():
                if row["pos"] in kept:  # a retried batch's article, already written
                    continue
                kept.add(row["pos"])
                aid = row["id"]
                if row["dup"] or aid in originals:  # a repeated id: an error under its own key
                    key = row["key"]
                    while key == aid or writer.is_done(key) or key in taken:  # repeated across input files
                        repeats[aid] = n = repeats.get(aid, 1) + 1
                        key = f"{aid} (occurrence {n})"
                    taken.add(key)
                    entries.append((key, b"", f"duplicate article id {aid!r} (first occurrence kept)"))
                    continue
                originals.add(aid)
                entries.append((aid, row["payload"] or b"", row["error"]))
                if not row["error"]:
                    written += 1
                    if undated is not None and not row["dated"]:
                        undated.append(row["id"])
            writer.write_many(entries)
            bar.update(len(entries))
    finally:
        bar.close()
        failures = writer.close()
    return written, failures
