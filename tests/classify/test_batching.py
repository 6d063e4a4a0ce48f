"""Token-budget batch planning, padding and the prefetch thread."""
from __future__ import annotations

import threading

import numpy as np
import pytest
import torch

from pipeline.classify.batching import length_grouped_batches, pad_batch, plan_token_batches, prefetch


def test_plan_keeps_rows_times_width_within_budget():
    lengths = [2, 3, 3, 5, 8, 8, 9, 30]
    batches = plan_token_batches(lengths, 16)
    assert [p for b in batches for p in b] == list(range(len(lengths)))  # every row once, in order
    for b in batches:
        assert len(b) == 1 or len(b) * max(lengths[p] for p in b) <= 16
    assert batches[-1] == [7]  # longer than the budget: alone


def test_length_grouped_batches_use_every_row_once_and_pad_less_than_random_batches():
    rng = np.random.default_rng(3)
    lengths = rng.integers(5, 80, size=1000)
    order = np.random.default_rng(4).permutation(1000)
    batches = length_grouped_batches(order, lengths, 16, 20, np.random.default_rng(5))
    assert sorted(int(i) for b in batches for i in b) == list(range(1000))
    assert len(batches) == -(-1000 // 16)  # as many steps per epoch as plain batches
    padded = sum(len(b) * lengths[b].max() for b in batches)
    plain = sum(len(order[i:i + 16]) * lengths[order[i:i + 16]].max() for i in range(0, 1000, 16))
    assert padded < 0.8 * plain
    again = length_grouped_batches(order, lengths, 16, 20, np.random.default_rng(5))
    assert all((a == b).all() for a, b in zip(batches, again))  # same seed, same batches


def test_length_grouped_batches_only_mix_rows_from_one_span_of_the_shuffled_order():
    order = np.arange(64)
    batches = length_grouped_batches(order, np.arange(64) % 7, 4, 2, np.random.default_rng(0))
    assert all(len({int(i) // 8 for i in b}) == 1 for b in batches)  # spans of 2 x 4 rows


def test_length_grouped_batches_refuse_a_zero_group():
    with pytest.raises(ValueError, match="group must be positive"):
        length_grouped_batches(np.arange(4), np.ones(4, dtype=int), 2, 0, np.random.default_rng(0))


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
