"""Classification throughput on the same statements, three ways, each in its own process.

  (a) ours:  StancePipeline.classify — length-sorted batches, dynamic padding, inference_mode
  (a8) ours with dynamic int8 quantization of the Linear layers (torch.ao)
  (ao) ours with the network exported to ONNX and run by ONNX Runtime (needs onnxruntime + onnx)
  (b) naive: a transformers pipeline("text-classification") called once per statement and target,
             over the same encoder (a BertForSequenceClassification built from our weights)
  (c) raw:   the network's forward pass alone on pre-tokenized, length-sorted batches

Prints statements/s, articles/s and peak resident memory per mode, plus dev macro-F1 of (a) and
(a8) so the cost of quantization is visible. Usage:

  python benchmarks/throughput.py --model models/stance-minilm --split dev --threads 2

With --device, it measures instead the three stages of inference on that device, in one process,
on the split's statements repeated --repeat times (default: 1 on the CPU, enough for 100,000 on a
GPU): tokenisation alone (one Python thread), the forward pass alone (pre-tokenised token-budget
batches already on the device, synchronised), and end to end (`StanceClassifier.predict_proba`:
tokenisation in its worker thread overlapped with the forward pass, softmax, copy back):

  python benchmarks/throughput.py --device cuda --split train
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _statements(corpus_dir: str, split: str, limit: int):
    from pipeline.corpus import load_corpus

    corpus = load_corpus(corpus_dir)
    sts = corpus.split_statements(split)[:limit] if limit else corpus.split_statements(split)
    return corpus, sts


def _macro(clf_labels, sts, targets):
    from pipeline.evaluate.metrics import macro_f1

    return {t: round(100 * macro_f1([s.stances[t] for s in sts], [lab[t] for lab in clf_labels]), 2) for t in targets}


class _OrtNetwork:
    """Stands in for the torch network: same call, logits from an ONNX Runtime session."""

    def __init__(self, session):
        self.session = session

    def eval(self):
        return self

    def __call__(self, **enc):
        import torch

        feeds = {k: v.numpy() for k, v in enc.items()}
        return torch.from_numpy(self.session.run(None, feeds)[0])


def _onnx_network(clf, threads: int):
    import onnxruntime as ort
    import torch

    names = ["input_ids", "attention_mask", "token_type_ids"]
    enc = clf.tokenize([("warm up text for export", None)] * 2)
    path = Path(tempfile.mkdtemp()) / "model.onnx"
    torch.onnx.export(clf.network, tuple(enc[k] for k in names), str(path), input_names=names,
                      output_names=["logits"], dynamic_axes={k: {0: "batch", 1: "seq"} for k in names},
                      opset_version=17, dynamo=False)
    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    return _OrtNetwork(ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"]))


def run_mode(args) -> dict:
    import torch

    torch.set_num_threads(args.threads)
    from pipeline.classify.examples import StatementExample
    from pipeline.serve.predict import StancePipeline
    from pipeline.schema import LABELS

    corpus, sts = _statements(args.corpus, args.split, args.limit)
    articles = {a: corpus.articles[a].text for a in {s.article_id for s in sts}}
    records = [{"article_id": s.article_id, "text": s.text, "side": s.side} for s in sts]
    sp = StancePipeline.load(args.model)
    clf = sp.classifier
    n_targets = len(clf.targets)
    out = {"mode": args.mode, "statements": len(sts), "articles": len(articles)}
    if args.mode in ("a", "a8", "ao"):
        if args.mode == "a8":
            clf.network = torch.ao.quantization.quantize_dynamic(clf.network, {torch.nn.Linear}, dtype=torch.qint8)
        if args.mode == "ao":
            clf.network = _onnx_network(clf, args.threads)
        sp.classify(records[:8], articles)  # warm-up
        t0 = time.perf_counter()
        labelled = sp.classify(records, articles, batch_size=args.batch_size)
        secs = time.perf_counter() - t0
        out["dev_macro_f1"] = _macro([s.stances for s in labelled], sts, sp.targets)
    elif args.mode == "c":
        exs = [StatementExample(s.text, side=s.side) for s in sts]
        if clf.settings.design == "cross":
            pairs = [clf.pair_inputs(ex, t) for ex in exs for t in range(n_targets)]
        else:
            pairs = [clf.pair_inputs(ex, 0) for ex in exs]
        pairs.sort(key=lambda p: len(p[0]) + len(p[1] or ""))
        batches = [clf.tokenize(pairs[i:i + args.batch_size]) for i in range(0, len(pairs), args.batch_size)]
        with torch.inference_mode():
            clf.network(**batches[0])
            t0 = time.perf_counter()
            for b in batches:
                clf.network(**b)
            secs = time.perf_counter() - t0
    else:  # naive transformers pipeline per statement and target
        from transformers import BertConfig, BertForSequenceClassification, pipeline

        with tempfile.TemporaryDirectory() as tmp:
            cfg = BertConfig(**clf.network.encoder.config.to_dict())
            cfg.num_labels = 3
            cfg.id2label = dict(enumerate(LABELS))
            cfg.label2id = {lab: i for i, lab in enumerate(LABELS)}
            hf = BertForSequenceClassification(cfg)
            hf.bert.load_state_dict(clf.network.encoder.state_dict(), strict=False)
            hf.save_pretrained(tmp)
            clf.tokenizer.save_pretrained(tmp)
            pipe = pipeline("text-classification", model=tmp, tokenizer=tmp, device=-1, top_k=None)
            inputs = []
            for s in sts:
                for t in range(n_targets):
                    first, second = clf.pair_inputs(StatementExample(s.text, side=s.side), t)
                    inputs.append({"text": first, "text_pair": second} if second else first)
            pipe(inputs[0])
            t0 = time.perf_counter()
            for x in inputs:
                pipe(x, truncation=True, max_length=clf.settings.max_length)
            secs = time.perf_counter() - t0
    out.update(seconds=round(secs, 3), statements_per_s=round(len(sts) / secs, 1),
               articles_per_s=round(len(articles) / secs, 2),
               peak_rss_mb=round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1))
    return out


def run_device(args) -> None:
    """Tokenisation, forward and end-to-end statements/s of `predict_proba` on --device."""
    import torch

    from pipeline.classify.batching import pad_batch, plan_token_batches
    from pipeline.classify.examples import StatementExample
    from pipeline.serve.predict import StancePipeline

    torch.set_num_threads(args.threads)
    _, sts = _statements(args.corpus, args.split, args.limit)
    sp = StancePipeline.load(args.model, device=args.device, precision=args.precision,
                             max_tokens=args.max_tokens if args.max_tokens >= 0 else None,
                             tokenize_workers=args.tokenize_workers if args.tokenize_workers >= 0 else None)
    clf = sp.classifier
    cuda = clf.device.type == "cuda"
    repeat = args.repeat or (max(1, -(-100_000 // len(sts))) if cuda else 1)
    exs = [StatementExample(s.text, side=s.side) for s in sts] * repeat
    pairs = [clf.pair_inputs(ex, 0) for ex in exs]  # heads design: one input per statement
    sync = torch.cuda.synchronize if cuda else (lambda: None)
    clf.predict_proba(exs[:2048], args.batch_size)  # warm-up (CUDA context, kernels, allocator)
    t0 = time.perf_counter()
    enc = {"input_ids": [], "token_type_ids": []}
    for c in range(0, len(pairs), 4096):
        part = clf._encode(pairs[c:c + 4096])
        for k in enc:
            enc[k].extend(part.get(k, []))
    tok_s = time.perf_counter() - t0
    if not enc["token_type_ids"]:
        del enc["token_type_ids"]
    order = sorted(range(len(pairs)), key=lambda i: len(enc["input_ids"][i]))
    budget = clf.max_tokens or args.batch_size * 128
    groups = plan_token_batches([len(enc["input_ids"][i]) for i in order], budget) if clf.max_tokens else \
        [list(range(b, min(b + args.batch_size, len(order)))) for b in range(0, len(order), args.batch_size)]
    batches = [{k: v.to(clf.device) for k, v in pad_batch(enc, [order[p] for p in g], clf.tokenizer.pad_token_id or 0).items()}
               for g in groups]
    autocast = torch.autocast(clf.device.type, dtype=clf.autocast) if clf.autocast else torch.autocast("cpu", enabled=False)
    from pipeline.classify.device import attention_kernels

    with torch.inference_mode(), autocast, attention_kernels(clf.device):
        clf.network(**batches[0])
        sync()
        t0 = time.perf_counter()
        for b in batches:
            clf.network(**b)
        sync()
        fwd_s = time.perf_counter() - t0
    t0 = time.perf_counter()
    clf.predict_proba(exs, args.batch_size)
    sync()
    e2e_s = time.perf_counter() - t0
    n = len(exs)
    name = torch.cuda.get_device_name(clf.device) if cuda else f"CPU, {args.threads} threads"
    print(f"{n:,} statements ({len(sts)} of the {args.split} split x {repeat}) on {clf.device} ({name}), "
          f"precision {clf.autocast or 'float32'}, "
          + (f"batches of <= {clf.max_tokens:,} tokens" if clf.max_tokens else f"batches of {args.batch_size}")
          + f", {len(batches)} batches, {clf.tokenize_workers} tokenising processes end to end\n")
    print("| stage | seconds | statements/s |\n|---|---|---|")
    for stage, secs in (("tokenisation alone (1 thread)", tok_s), ("forward pass alone (pre-tokenised)", fwd_s),
                        ("end to end (predict_proba)", e2e_s)):
        print(f"| {stage} | {secs:.2f} | {n / secs:,.0f} |")
    extra = f", peak GPU memory {torch.cuda.max_memory_allocated(clf.device) / 2**20:,.0f} MiB" if cuda else ""
    print(f"\npeak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:,.0f} MB{extra}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", default=str(ROOT / "models" / "stance-mpnet3-unweighted"), help="run folder")
    parser.add_argument("--corpus", default=str(ROOT / "data" / "corpus"), help="corpus folder")
    parser.add_argument("--split", default="dev", help="statements of this split are classified (default dev)")
    parser.add_argument("--limit", type=int, default=0, help="use only the first N statements (0 = all)")
    parser.add_argument("--threads", type=int, default=2, help="torch threads (default 2)")
    parser.add_argument("--batch-size", type=int, default=64, help="batch size for (a) and (c)")
    parser.add_argument("--mode", choices=["a", "a8", "ao", "b", "c"], help=argparse.SUPPRESS)
    parser.add_argument("--device", help="measure tokenisation / forward / end to end on this device "
                                         "(cpu, cuda, mps, auto) instead of comparing the CPU modes")
    parser.add_argument("--precision", default="auto", help="with --device: auto (fp16 on CUDA), fp32, fp16, bf16")
    parser.add_argument("--max-tokens", type=int, default=-1,
                        help="with --device: token budget per batch (default: 131072 on CUDA; 0 = --batch-size rows)")
    parser.add_argument("--repeat", type=int, default=0, help="with --device: repeat the statements N times")
    parser.add_argument("--tokenize-workers", type=int, default=-1,
                        help="with --device: forked tokenising processes for end to end (-1 = the device's default)")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    if args.device:
        run_device(args)
        return
    if args.mode:
        print(json.dumps(run_mode(args)))
        return
    rows = []
    try:
        import onnxruntime  # noqa: F401

        modes = ("a", "a8", "ao", "b", "c")
    except ImportError:
        modes = ("a", "a8", "b", "c")
        print("(onnxruntime not installed: ONNX Runtime row skipped)")
    for mode in modes:
        cmd = [sys.executable, __file__, "--mode", mode, "--model", args.model, "--corpus", args.corpus,
               "--split", args.split, "--limit", str(args.limit), "--threads", str(args.threads),
               "--batch-size", str(args.batch_size)]
        res = subprocess.run(cmd, capture_output=True, text=True)
        if res.returncode:
            sys.exit(f"mode {mode} failed:\n{res.stderr[-2000:]}")
        rows.append(json.loads(res.stdout.strip().splitlines()[-1]))
    names = {"a": "(a) ours, batched", "a8": "(a) ours + int8 dynamic quantization",
             "ao": "(a) ours on ONNX Runtime",
             "b": "(b) naive transformers pipeline loop", "c": "(c) raw forward, pre-tokenized"}
    print(f"{rows[0]['statements']} statements of {rows[0]['articles']} articles ({args.split} split), "
          f"{args.threads} threads, batch {args.batch_size}, {os.cpu_count()} CPUs\n")
    print(f"| mode | statements/s | articles/s | peak RSS MB | {args.split} macro-F1 |\n|---|---|---|---|---|")
    for r in rows:
        f1 = r.get("dev_macro_f1")
        print(f"| {names[r['mode']]} | {r['statements_per_s']} | {r['articles_per_s']} | {r['peak_rss_mb']} | "
              f"{', '.join(f'{k} {v}' for k, v in f1.items()) if f1 else ''} |")
    a, b, c = (next(r for r in rows if r["mode"] == m) for m in ("a", "b", "c"))
    print(f"\n(a)/(b) = {a['statements_per_s'] / b['statements_per_s']:.2f}x   "
          f"(a)/(c) = {100 * a['statements_per_s'] / c['statements_per_s']:.0f}%")


if __name__ == "__main__":
    main()
