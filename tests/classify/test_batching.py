"""Token-budget batch planning, padding and the prefetch thread."""
from __future__ import annotations

import threading

import pytest
import torch

from pipeline.classify.batching import pad_batch, plan_token_batches, prefetch


def test_plan_keeps_rows_times_width_within_budget():
    lengths = [2, 3, 3, 5, 8, 8, 9, 30]
    batches = plan_token_batches(lengths, 16)
    assert [p for b in batches for p in b] == list(range(len(lengths)))  # every row once, in order
    for b in batches:
        assert len(b) == 1 or len(b) * max(lengths[p] for p in b) <= 16
    assert batches[-1] == [7]  # longer than the budget: alone


def test_plan_rejects_a_zero_budget():
    with pytest.raises(ValueError, match="max_tokens must be positive"):
        plan_token_batches([1], 0)


def test_pad_batch_matches_the_tokenizer_padding(smoke_pipeline):
    clf = smoke_pipeline.classifier
    texts = [("short one", None), ("a much longer statement about a cease-fire in the east", None), ("mid size", None)]
    enc = clf._encode(texts)
    padded = pad_batch(enc, [0, 1, 2], clf.tokenizer.pad_token_id or 0)
    ref = clf.tokenize(texts)
    for key in ref:
        assert torch.equal(padded[key], ref[key]), key


def test_prefetch_keeps_order_and_reraises():
    assert list(prefetch(iter(range(50)), depth=3)) == list(range(50))

    def broken():
        yield 1
        raise RuntimeError("tokenizer failed")

    got = []
    with pytest.raises(RuntimeError, match="tokenizer failed"):
        for x in prefetch(broken()):
            got.append(x)
    assert got == [1]


def test_prefetch_stops_its_thread_when_abandoned():
    before = threading.active_count()
    it = prefetch(iter(range(10_000)), depth=2)
    next(it)
    it.close()
    for _ in range(50):
        if threading.active_count() <= before:
            break
        threading.Event().wait(0.05)
    assert threading.active_count() <= before
