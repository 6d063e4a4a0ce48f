"""Device run only: the same statements through the released network on CPU (fp32) and CUDA (fp16)."""
import sys, time
import numpy as np
sys.path.insert(0, ".")
from pipeline.corpus import load_corpus
from pipeline.classify.examples import StatementExample
from pipeline.serve.predict import StancePipeline

dev = sys.argv[1] if len(sys.argv) > 1 else "cuda"
sts = load_corpus("data/corpus").split_statements("dev")
exs = [StatementExample(s.text, side=s.side) for s in sts]
out = {}
for d in ("cpu", dev):
    clf = StancePipeline.load("/tmp/model-gpu", device=d).classifier
    t0 = time.perf_counter(); p = np.asarray(clf.predict_proba(exs, 64)); out[d] = p
    print(d, p.shape, f"{time.perf_counter() - t0:.2f}s")
a, b = out["cpu"], out[dev]
print(f"dev statements {len(exs)}; labels agree {np.mean(a.argmax(-1) == b.argmax(-1)):.4f}; "
      f"max |p_cpu - p_{dev}| {np.abs(a - b).max():.4f}; mean {np.abs(a - b).mean():.5f}")
