"""Stage 1, data preparation: article text -> attributed statements (span, speaker, actor, camp, kind).

Takes a plain-text article and the conflict's actor registry; gives `Statement`s with character
offsets. Pure functions: no torch, no file I/O (`tests/test_layout_rules.py` checks this).
"""
from pipeline.extract.extractor import extract_statements

__all__ = ["extract_statements"]
