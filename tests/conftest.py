"""Shared fixtures: a tiny valid corpus built in a temp folder and ONE smoke-trained model for the session.

Everything is offline (HF_HUB_OFFLINE=1) and small: the smoke model is the random 2-layer BERT of
configs/smoke.yaml trained for a few steps on the tiny corpus, so the tests that need a model share
one run of a few seconds.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["HF_DATASETS_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

import pytest  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED_DIR = REPO_ROOT / "data" / "seed"
SEED_ARTICLE = SEED_DIR / "riyadh-talks.txt"
SMOKE_CONFIG = REPO_ROOT / "configs" / "smoke.yaml"


def extracted_statements(body: str, conflict: str = "russia-ukraine") -> list[tuple[str, str, str]]:
    """(text, actor, kind) of each statement the rules find in `body` under a one-line headline, with
    every statement's offsets checked against the article text (for the extraction construction tests)."""
    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements

    text = "Headline about talks\n\n" + body
    out = extract_statements(text, "t", ActorRegistry.for_conflict(conflict))
    for s in out:
        assert text[s.start:s.end] == s.text
    return [(s.text, s.actor, s.kind) for s in out]


def extracted_actors(body: str, conflict: str = "russia-ukraine") -> dict[str, str]:
    """text -> actor of each statement the rules find in `body` (`extracted_statements`, offsets checked)."""
    return {text: actor for text, actor, _ in extracted_statements(body, conflict)}


def _st(article_id, text, speaker, actor, side, kind, inclusion, ceasefire):
    return {"article_id": article_id, "text": text, "speaker": speaker, "actor": actor, "side": side,
            "kind": kind, "inclusion": inclusion, "ceasefire": ceasefire}


# Three short inline articles besides the seed article; every statement text occurs exactly once.
INLINE_ARTICLES = {
    "kyiv-presser": (
        "Kyiv demands a seat at the table\n\n"
        "Ukrainian President Volodymyr Zelenskyy said on Monday that no deal could be made without Ukraine. "
        "“We are ready for a cease-fire if there are security guarantees,” Zelenskyy told reporters. "
        "Foreign Minister Andrii Sybiha added that Europe must be at the table.\n"),
    "moscow-briefing": (
        "Lavrov rules out a truce\n\n"
        "Russian Foreign Minister Sergei Lavrov said there can be no truce until the root causes are addressed. "
        "“Europe has no place at the negotiating table,” Lavrov told a news conference. "
        "Kremlin spokesman Dmitry Peskov said relations with Washington were improving.\n"),
    "brussels-wire": (
        "EU leaders back Kyiv\n\n"
        "European Commission President Ursula von der Leyen said Ukraine must be part of any talks. "
        "“The fighting must stop now,” she said. "
        "British Prime Minister Keir Starmer urged Moscow to accept a full cease-fire.\n"),
}

INLINE_STATEMENTS = [
    _st("kyiv-presser", "no deal could be made without Ukraine", "Ukrainian President Volodymyr Zelenskyy",
        "Volodymyr Zelenskyy", "ukraine", "indirect", "favor", "none"),
    _st("kyiv-presser", "We are ready for a cease-fire if there are security guarantees", "Zelenskyy",
        "Volodymyr Zelenskyy", "ukraine", "direct", "none", "favor"),
    _st("kyiv-presser", "Europe must be at the table", "Foreign Minister Andrii Sybiha", "Andrii Sybiha", "ukraine",
        "indirect", "favor", "none"),
    _st("moscow-briefing", "there can be no truce until the root causes are addressed",
        "Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov", "russia", "indirect", "none", "against"),
    _st("moscow-briefing", "Europe has no place at the negotiating table", "Lavrov", "Sergei Lavrov", "russia",
        "direct", "against", "none"),
    _st("moscow-briefing", "relations with Washington were improving", "Kremlin spokesman Dmitry Peskov",
        "Dmitry Peskov", "russia", "indirect", "none", "none"),
    _st("brussels-wire", "Ukraine must be part of any talks", "European Commission President Ursula von der Leyen",
        "Ursula von der Leyen", "europe", "indirect", "favor", "none"),
    _st("brussels-wire", "The fighting must stop now", "she", "Ursula von der Leyen", "europe", "direct",
        "none", "favor"),
    _st("brussels-wire", "Moscow to accept a full cease-fire", "British Prime Minister Keir Starmer", "Keir Starmer",
        "europe", "indirect", "none", "favor"),
]

TINY_WRITERS = {"riyadh-talks": "wire-a", "kyiv-presser": "wire-a", "moscow-briefing": "blog-b",
                "brussels-wire": "analysis-c"}
TINY_SPLITS = {"train": ["riyadh-talks", "kyiv-presser"], "dev": ["moscow-briefing"], "test": ["brussels-wire"]}


def write_corpus(root: Path, articles: dict[str, str], statements: list[dict], splits: dict[str, list[str]],
                 meta: dict[str, dict] | None = None, folds: dict[str, list[str]] | None = None) -> Path:
    """Write a corpus folder (articles.jsonl, articles/<id>.txt, statements.jsonl, splits.json, folds.json).

    Folds default to one per writer (`meta` may set an article's writer)."""
    root.mkdir(parents=True, exist_ok=True)
    (root / "articles").mkdir(exist_ok=True)
    with (root / "articles.jsonl").open("w", encoding="utf-8") as fh:
        for aid, text in articles.items():
            rec = {"id": aid, "conflict": "russia-ukraine", "title": aid, "date": "2025-02-18", "style": "wire",
                   "writer": TINY_WRITERS.get(aid, "w-" + aid)}
            rec.update((meta or {}).get(aid, {}))
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            (root / "articles" / f"{aid}.txt").write_text(text, encoding="utf-8")
    with (root / "statements.jsonl").open("w", encoding="utf-8") as fh:
        for rec in statements:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    (root / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
    if folds is None:
        folds = {}
        for aid in articles:
            rec = (meta or {}).get(aid, {})
            writer = rec.get("writer", TINY_WRITERS.get(aid, "w-" + aid))
            folds.setdefault(writer, []).append(aid)
    (root / "folds.json").write_text(json.dumps(folds, indent=1) + "\n", encoding="utf-8")
    return root


def tiny_corpus_parts() -> tuple[dict[str, str], list[dict], dict[str, list[str]]]:
    """Articles, statements and splits of the tiny corpus (fresh copies, safe to mutate)."""
    articles = {"riyadh-talks": SEED_ARTICLE.read_text(encoding="utf-8"), **INLINE_ARTICLES}
    seed = [json.loads(line) for line in (SEED_DIR / "riyadh-talks.gold.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    statements = seed + [dict(s) for s in INLINE_STATEMENTS]
    return articles, statements, {k: list(v) for k, v in TINY_SPLITS.items()}


@pytest.fixture
def tiny_corpus(tmp_path) -> Path:
    """A valid four-article corpus (seed article + three inline ones) in a fresh temp folder."""
    articles, statements, splits = tiny_corpus_parts()
    return write_corpus(tmp_path / "corpus", articles, statements, splits)


@pytest.fixture(scope="session")
def session_corpus(tmp_path_factory) -> Path:
    """The tiny corpus, written once per session (read-only for tests)."""
    articles, statements, splits = tiny_corpus_parts()
    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus", articles, statements, splits)


def smoke_overrides(corpus: Path, output_dir: Path, name: str = "smoke") -> list[str]:
    out = [f"data.path={corpus}", f"output_dir={output_dir}", f"name={name}", "train.threads=2"]
    # A machine without the packaged base (e.g. a GPU box reached for the `cuda` tests) names a copy of
    # its tokenizer folder and that folder's weights hash: STANCE_TEST_BASE=FOLDER:SHA256
    folder, _, sha = os.environ.get("STANCE_TEST_BASE", "").partition(":")
    if folder:
        out += [f"model.base={folder}", f"model.base_sha256={sha}"]
    return out


@pytest.fixture(scope="session")
def smoke_model(session_corpus, tmp_path_factory) -> Path:
    """ONE model for the whole session: configs/smoke.yaml trained on the tiny corpus; returns the run folder."""
    from pipeline.config import load_config
    from pipeline.classify.train import train

    out = tmp_path_factory.mktemp("runs")
    cfg = load_config(SMOKE_CONFIG, smoke_overrides(session_corpus, out))
    return train(cfg, progress=False)


@pytest.fixture(scope="session")
def smoke_pipeline(smoke_model):
    """The smoke model loaded once through the public API."""
    from pipeline.serve.predict import StancePipeline

    return StancePipeline.load(smoke_model)


@pytest.fixture
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture
def packaged_base_copy(tmp_path) -> Path:
    """A private copy of the packaged base encoder folder (safe to tamper with)."""
    from pipeline.config import DEFAULT_BASE
    from pipeline.classify.encoder import resolve_base

    dst = tmp_path / "base"
    shutil.copytree(resolve_base(DEFAULT_BASE), dst, ignore=shutil.ignore_patterns(".git*"))
    return dst


def pytest_collection_modifyitems(config, items):
    """Tests marked `slow` (they train a real pretrained model) run only with STANCE_SLOW=1."""
    if os.environ.get("STANCE_SLOW") == "1":
        return
    skip = pytest.mark.skip(reason="trains a real pretrained model; set STANCE_SLOW=1 to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
