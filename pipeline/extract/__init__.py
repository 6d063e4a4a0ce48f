"""Stage 1, data preparation: article text -> attributed statements (span, speaker, actor, camp, kind).

Takes a plain-text article and the conflict's actor registry; gives `Statement`s with character
offsets. Pure functions: no torch, no file I/O (`tests/test_layout_rules.py` checks this), except
`chooser.ActorChooser.load`, which reads the learned actor chooser's JSON weights (round 24; numpy only);
`chooser.with_chooser(extract_statements, chooser)` re-chooses the rules' speakers with it.
"""
from pipeline.extract.extractor import extract_statements

__all__ = ["extract_statements"]
