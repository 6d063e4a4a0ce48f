"""Stage 3, evaluation: predictions vs gold -> accuracy, macro-F1, extraction P/R/F1, reports.

Takes a trained model folder or an extractor and a gold corpus; gives JSON and markdown reports
under `reports/`, against majority and TF-IDF + LR baselines, plus public-benchmark runs.
"""
import importlib

_SURFACE = {
    "evaluate_run": "stance", "evaluate_extraction": "extraction", "match_statements": "matching",
    "macro_f1": "metrics", "accuracy": "metrics", "summary": "metrics", "run_benchmark": "benchmarks",
    "compare": "compare",
}
__all__ = sorted(_SURFACE)


def __getattr__(name: str):
    if name in _SURFACE:
        return getattr(importlib.import_module(f"{__name__}.{_SURFACE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
