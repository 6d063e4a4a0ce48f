"""stance-pipeline: who said what in peace-negotiation news, and where each speaker stands.

>>> from pipeline import StancePipeline                       # doctest: +SKIP
>>> sp = StancePipeline.load()          # doctest: +SKIP
>>> result = sp.predict(open("data/seed/riyadh-talks.txt").read(), article_id="riyadh-talks")  # doctest: +SKIP
>>> [(s.actor, s.stances["inclusion"]) for s in result.statements]  # doctest: +SKIP
"""
from pipeline.schema import KINDS, LABELS, TARGETS, Article, RecordError, Statement

__all__ = ["StancePipeline", "ArticleResult", "Statement", "Article", "LABELS", "TARGETS", "KINDS",
           "RecordError", "extract_statements", "load_corpus"]
__version__ = "0.1.0"


def __getattr__(name: str):
    """Heavy parts (torch, transformers) load on first use, so `import pipeline` stays instant."""
    if name in ("StancePipeline", "ArticleResult"):
        from pipeline.serve import predict

        return getattr(predict, name)
    if name == "extract_statements":
        from pipeline.extract.extractor import extract_statements

        return extract_statements
    if name == "load_corpus":
        from pipeline.corpus import load_corpus

        return load_corpus
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
