"""Device run only: where the forward pass spends its GPU time (torch.profiler, 10 token-budget batches)."""
import sys
import torch
sys.path.insert(0, ".")
from pipeline.corpus import load_corpus
from pipeline.classify.batching import pad_batch, plan_token_batches
from pipeline.serve.predict import StancePipeline

budget = int(sys.argv[1]) if len(sys.argv) > 1 else 32768
DEV = sys.argv[2] if len(sys.argv) > 2 else "cuda"
sts = load_corpus("data/corpus").split_statements("train")
clf = StancePipeline.load("/tmp/model-gpu", device=DEV, max_tokens=budget).classifier
pairs = [clf.pair_inputs(__import__("pipeline.classify.examples", fromlist=["x"]).StatementExample(s.text, side=s.side), 0) for s in sts] * (4 if DEV == 'cuda' else 1)
enc = clf._encode(pairs)
order = sorted(range(len(pairs)), key=lambda i: len(enc["input_ids"][i]))
groups = plan_token_batches([len(enc["input_ids"][i]) for i in order], budget)
batches = [{k: v.to(DEV) for k, v in pad_batch(enc, [order[p] for p in g], 0).items()} for g in groups]
print(f"budget {budget}: {len(batches)} batches, shapes {[tuple(b['input_ids'].shape) for b in batches[:3]]} ...")
print("attn implementation:", getattr(clf.network.encoder.config, "_attn_implementation", "?"))
with torch.inference_mode(), torch.autocast(DEV, dtype=torch.float16 if DEV == "cuda" else torch.bfloat16):
    for b in batches[:3]:
        clf.network(**b)
    import time
    if DEV == 'cuda': torch.cuda.synchronize()
    t0 = time.perf_counter()
    for b in batches:
        clf.network(**b)
    if DEV == 'cuda': torch.cuda.synchronize()
    ms = (time.perf_counter() - t0) * 1000
    ntok = sum(b["input_ids"].numel() for b in batches)
    print(f"forward: {ms:.1f} ms for {len(pairs)} statements, {ntok:,} padded tokens "
          f"-> {len(pairs) / ms * 1000:,.0f} statements/s")
    from torch.profiler import ProfilerActivity, profile
    with profile(activities=[ProfilerActivity.CPU] + ([ProfilerActivity.CUDA] if DEV == "cuda" else [])) as prof:
        for b in batches[:10]:
            clf.network(**b)
        if DEV == 'cuda': torch.cuda.synchronize()
print(prof.key_averages().table(sort_by=("cuda_time_total" if DEV == "cuda" else "cpu_time_total"), row_limit=14, max_name_column_width=60))
