"""Learned statement-span tagger (issue 14, item 2): `stance extract`, `stance predict` and `StancePipeline.load()`
combine it with the rules by default since session 25 (`--tagger none` / `tagger=None`: the rules alone).

Takes an article's text and the rules' attributed statements; gives them back combined with a token
classifier's B/I/O probabilities (a veto of rule statements the tagger does not see, sparing nominal ones in the
saved setting since session 28; added spans that the rules' phrase finder attributes, and optionally, for spans it
cannot attribute, a learned speaker, `pipeline.tagging.fallback`; session 31: optionally, the added spans' speakers
re-chosen by an `ActorChooser` trained on additions, `additions.json`, off in the release). The rules path
(`pipeline.extract`) stays torch-free.

Public surface: `SpanTagger` (load/save/extract), `TaggerSettings` and `combine` (the merge logic),
`fit_tagger` (training; `tools/span_tagger.py train` prepares its data), `TaggerError`, `tagger_folder` (what
`--tagger default|none|DIR` names).
"""
from pipeline.tagging.merge import ATTRIBUTIONS, TaggerSettings, TaggerSettingsError, combine
from pipeline.tagging.model import SpanTagger, TaggerError, tagger_folder

__all__ = ["ATTRIBUTIONS", "SpanTagger", "TaggerError", "TaggerSettings", "TaggerSettingsError", "combine",
           "fit_tagger", "tagger_folder"]


def __getattr__(name: str):
    if name == "fit_tagger":                      # the trainer only when asked for (inference never reaches it)
        from pipeline.tagging.train import fit_tagger
        return fit_tagger
    raise AttributeError(name)
