"""Session 34: the speaker resolver and the possessive reader (`pipeline.extract.owners.owned`) call each other; a
mention whose tail sends them round each other must end with an answer, not a RecursionError that stops the whole
article (a new voice's copy did exactly that). Our own sentences; the cycle is forced by a reader that always
sends the mention back."""
from __future__ import annotations

import pipeline.extract.speakers as speakers
from pipeline.actors import ActorRegistry
from pipeline.extract.extractor import extract_statements


def test_a_possessive_that_sends_the_readers_round_each_other_still_ends(monkeypatch):
    calls = []

    def cycling_owned(mention, ctx, reg, resolve):
        calls.append(mention)
        return resolve(mention, ctx, reg)        # the worst case: the tail is read as the whole mention again

    monkeypatch.setattr(speakers, "owned", cycling_owned)
    text = "Talks\n\nThe ICC's Registry said that the talks must include Kyiv.\n"
    found = extract_statements(text, "a", ActorRegistry.default())   # no RecursionError
    assert calls and len(calls) <= 8             # bounded, not hundreds of frames deep
    assert [s.text for s in found] == ["the talks must include Kyiv"]
