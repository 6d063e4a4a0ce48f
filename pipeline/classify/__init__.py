"""Stage 2, the transformer classifier: statements -> stance labels per target, with probabilities.

Takes training examples built from the corpus and a run config; gives a trained `StanceClassifier`
(safetensors folder with its model card). Torch loads only when one of these names is used.
"""
import importlib

_SURFACE = {
    "StanceClassifier": "model", "ModelLoadError": "model", "train": "train",
    "StatementExample": "examples", "load_examples": "examples",
    "MajorityBaseline": "baselines", "TfidfLogRegBaseline": "baselines",
    "verify_base": "encoder", "BaseModelError": "encoder",
    "make_soup": "soup", "SoupError": "soup",
}
__all__ = sorted(_SURFACE)


def __getattr__(name: str):
    if name in _SURFACE:
        return getattr(importlib.import_module(f"{__name__}.{_SURFACE[name]}"), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
