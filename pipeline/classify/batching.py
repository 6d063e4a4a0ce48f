"""Encoder inputs -> padded tensor batches, made in a worker thread while the model runs.

`plan_token_batches` groups length-sorted rows so that rows x padded length stays within a token
budget (GPU batches sized by tokens rather than by count); `length_grouped_batches` cuts a training
epoch's shuffled order into batches of rows of similar length (less padding, same rows per epoch);
`pad_batch` pads token id lists into the tensors the encoder reads (right padding, like the
tokenizer's own); `prefetch` runs a batch iterator in a background thread, a few batches ahead, so
tokenisation overlaps the forward pass (fast tokenizers release the GIL); `worker_batches` spreads
whole chunks over forked worker processes instead (a GPU outruns one Python process's tokenisation
and padding). Not here: the model, devices (`pipeline.classify.device`).
"""
from __future__ import annotations

import multiprocessing
import os
import queue
import threading
from typing import Callable, Iterable, Iterator, Sequence, TypeVar

import numpy as np
import torch

T = TypeVar("T")
_END = object()


def plan_token_batches(lengths: Sequence[int], max_tokens: int) -> list[list[int]]:
    """Consecutive groups of row positions whose count x longest length is at most `max_tokens`.

    Rows should come sorted by length (ascending) so that little padding is wasted; a row longer
    than the budget gets a batch of its own.

    >>> plan_token_batches([3, 3, 4, 10], 10)
    [[0, 1], [2], [3]]
    """
    if max_tokens <= 0:
        raise ValueError(f"max_tokens must be positive, got {max_tokens}")
    batches: list[list[int]] = []
    current: list[int] = []
    longest = 0
    for pos, n in enumerate(lengths):
        if current and (len(current) + 1) * max(longest, n) > max_tokens:
            batches.append(current)
            current, longest = [], 0
        current.append(pos)
        longest = max(longest, n)
    if current:
        batches.append(current)
    return batches


def length_grouped_batches(order: np.ndarray, lengths: np.ndarray, batch_size: int, group: int,
                           rng: np.random.Generator) -> list[np.ndarray]:
    """A training epoch's shuffled `order` cut into batches of rows of similar token length.

    Consecutive spans of `group` x `batch_size` rows of `order` are each sorted by length (longest
    first) and cut into batches of `batch_size`; the batches are then shuffled with `rng`. Every row
    of `order` lands in exactly one batch, and a batch only mixes rows that were close in the random
    order, so batches stay random in content while padding shrinks (the idea of group-by-length
    sampling in common trainers). `lengths[i]` is row i's token count.

    >>> rng = np.random.default_rng(0)
    >>> sorted(len(b) for b in length_grouped_batches(np.arange(5), np.array([1, 9, 2, 8, 3]), 2, 2, rng))
    [1, 2, 2]
    """
    if batch_size <= 0 or group <= 0:
        raise ValueError(f"batch_size and group must be positive, got {batch_size} and {group}")
    span = batch_size * group
    batches: list[np.ndarray] = []
    for start in range(0, len(order), span):
        chunk = np.asarray(order[start:start + span])
        chunk = chunk[np.argsort(-lengths[chunk], kind="stable")]
        batches.extend(chunk[i:i + batch_size] for i in range(0, len(chunk), batch_size))
    return [batches[i] for i in rng.permutation(len(batches))]


def pad_batch(encoded: dict[str, Sequence[Sequence[int]]], rows: Sequence[int], pad_id: int,
              pin: bool = False) -> dict[str, torch.Tensor]:
    """Right-padded `input_ids`, `attention_mask` (and `token_type_ids` when present) for `rows`."""
    ids = [encoded["input_ids"][r] for r in rows]
    width = max(len(x) for x in ids)
    out = {"input_ids": np.full((len(rows), width), pad_id, dtype=np.int64),
           "attention_mask": np.zeros((len(rows), width), dtype=np.int64)}
    types = encoded.get("token_type_ids")
    if types is not None:
        out["token_type_ids"] = np.zeros((len(rows), width), dtype=np.int64)
    for i, r in enumerate(rows):
        n = len(ids[i])
        out["input_ids"][i, :n] = ids[i]
        out["attention_mask"][i, :n] = 1
        if types is not None:
            out["token_type_ids"][i, :n] = types[r]
    tensors = {k: torch.from_numpy(v) for k, v in out.items()}
    return {k: v.pin_memory() for k, v in tensors.items()} if pin else tensors


def prefetch(batches: Iterator[T], depth: int = 2) -> Iterator[T]:
    """Yield the items of `batches`, produced `depth` ahead in a daemon thread; errors re-raised here."""
    q: queue.Queue = queue.Queue(maxsize=max(1, depth))
    stop = threading.Event()

    def put(item) -> bool:
        while not stop.is_set():
            try:
                q.put(item, timeout=0.1)
                return True
            except queue.Full:
                continue
        return False

    def produce() -> None:
        try:
            for item in batches:
                if not put(item):
                    return
            put(_END)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer
            put(exc)

    worker = threading.Thread(target=produce, name="stance-tokenize", daemon=True)
    worker.start()
    try:
        while True:
            item = q.get()
            if item is _END:
                return
            if isinstance(item, BaseException):
                raise item
            yield item
    finally:
        stop.set()


def default_tokenize_workers(device: torch.device) -> int:
    """Worker processes that tokenise for `device`: on CUDA all cores but two (at most 8), else 0
    (threads only: on a CPU the forward pass needs the cores, and outputs must not change)."""
    if device.type != "cuda" or not fork_available():
        return 0
    return max(1, min(8, (os.cpu_count() or 2) - 2))


def fork_available() -> bool:
    """Worker processes are forked (the model and its inputs are not pickled); only where fork exists."""
    return "fork" in multiprocessing.get_all_start_methods()


class _Chunks(torch.utils.data.IterableDataset):
    """Chunk numbers dealt round-robin over the loader's workers; each yields that chunk's batches."""

    def __init__(self, make: Callable[[int], Iterable[T]], n_chunks: int):
        self.make, self.n_chunks = make, n_chunks

    def __iter__(self) -> Iterator[T]:
        info = torch.utils.data.get_worker_info()
        first, step = (info.id, info.num_workers) if info is not None else (0, 1)
        for c in range(first, self.n_chunks, step):
            yield from self.make(c)


def worker_batches(make: Callable[[int], Iterable[T]], n_chunks: int, workers: int,
                   pin: bool = False, depth: int = 4) -> Iterator[T]:
    """The batches of chunks 0..n_chunks-1, made by `make(chunk)` in `workers` forked processes
    (in no fixed order across chunks); pinned for a fast copy to the GPU when `pin`."""
    loader = torch.utils.data.DataLoader(
        _Chunks(make, n_chunks), batch_size=None, num_workers=workers, pin_memory=pin,
        prefetch_factor=depth, multiprocessing_context="fork", persistent_workers=False)
    yield from loader
