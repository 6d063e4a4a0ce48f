"""Serving: how people use the pipeline — the Python API, batch inference over files, the demo.

Takes articles (text, folders, JSONL) and a released model folder; gives statements with stances
and per-actor roll-ups, as objects, JSONL/CSV/DNA files or a rendered demo.
"""
import importlib

_SURFACE = {
    "StancePipeline": "predict", "ArticleResult": "predict", "predict_files": "batch",
    "classify_file": "batch", "iter_articles": "inputs", "predicted_actor_stances": "actor_stance",
    "run_demo": "demo",
}
__all__ = sorted(_SURFACE)


def __getattr__(name: str):
    if name in _SURFACE:
        return getattr(importlib.import_module(f"{__name__}.{_SURFACE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
