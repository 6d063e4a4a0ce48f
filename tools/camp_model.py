"""Train and tune the learned camp model for unknown speakers (`pipeline.extract.camp_model`, session 29, issue 14).

    python tools/camp_model.py tune --train data/frozen7=h46,h47,h48 ... --tune data/frozen37=h136,h137,h138 ... \
        -o reports/extraction/camp_model.session29.tune.json --save /tmp/camp-model

`tune` collects the gold statements of the training writers whose gold actor the registry does not know (the only
statements the model ever relabels), with `camp_features` of that actor in its article and the gold camp as label,
and fits one multinomial logistic regression per C (scikit-learn, at training time only). It then runs the rules on
the tuning writers' articles, relabels their statements with each model at each `min_prob`, and scores them with the
evaluation's metric (ANNOTATION.md §6: side accuracy on matched statements). The rule fixed in
`reports/extraction/camp_model.session29.md`: the highest pooled side accuracy (4 decimals), ties to the higher
`min_prob`, then the smaller C; `--save DIR` writes the chosen model when it beats the rules' side accuracy by at least
`--gate` (0.005). Only aggregate scores are written. The fences are `tools/actor_chooser.py`'s (the frozen set of
the current round, /work/staging, the acceptance writers' folders).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from tqdm.auto import tqdm  # noqa: E402

from actor_chooser import _groups  # noqa: E402  (the same fences)
from pipeline.evaluate.extraction import registry_for, score  # noqa: E402
from pipeline.evaluate.gold_sets import load_writers  # noqa: E402
from pipeline.extract.camp_model import CampModel, camp_features  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402

GRID_C = (0.3, 1.0, 3.0)
GRID_MIN_PROB = (0.5, 0.6, 0.7, 0.8, 0.9)


def _items(groups: list[tuple[str, list[str]]]) -> list[tuple[str, object, list]]:
    return [(w, art, gold) for folder, writers in groups for w in writers for art, gold in load_writers(folder, [w])]


def training_rows(items) -> tuple[list[dict], list[str]]:
    """Features and gold camp of every gold statement whose actor the registry does not know (one per actor and
    article: the features are the actor's, not the statement's)."""
    X, y, seen = [], [], set()
    for _, art, gold in tqdm(items, desc="train articles", unit="article"):
        reg = registry_for(art.conflict)
        for g in gold:
            if reg.lookup(g.actor) is not None or (art.id, g.actor, g.side) in seen:
                continue
            seen.add((art.id, g.actor, g.side))
            X.append(camp_features(art.text, g.actor, reg.conflict))
            y.append(g.side)
    return X, y


def fit(X: list[dict], y: list[str], c: float) -> CampModel:
    """One multinomial logistic regression (L2, C); weights kept sparse (|w| >= 0.01: a 1.5 MB file instead of 7.7 MB)."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    M = vec.fit_transform(X)
    lr = LogisticRegression(C=c, max_iter=3000)
    lr.fit(M, y)
    names = vec.get_feature_names_out()
    camps = [str(k) for k in lr.classes_]
    coef = lr.coef_ if len(camps) > 2 else [-lr.coef_[0], lr.coef_[0]]
    icpt = lr.intercept_ if len(camps) > 2 else [-lr.intercept_[0], lr.intercept_[0]]
    weights = {camp: {str(n): float(w) for n, w in zip(names, row) if abs(w) >= 0.01} for camp, row in zip(camps, coef)}
    return CampModel(camps=camps, weights=weights, intercepts=dict(zip(camps, map(float, icpt))), min_prob=0.5,
                     meta={"C": c, "model": "multinomial logistic regression", "n_rows": len(y)})


def measure(items, preds) -> dict:
    """Pooled aggregates (F1, actor, side) of predictions against gold."""
    r = score([(art, gold) for _, art, gold in items], preds, "pooled")
    return {"gold": r.n_gold, "matched": r.n_matched, "f1": round(r.f1, 4), "actor": round(r.actor_accuracy, 4),
            "side": round(r.side_accuracy, 4)}


def cmd_tune(args) -> int:
    t0 = time.time()
    train_groups, tune_groups = _groups(args.train, set()), _groups(args.tune, set())   # fences first
    train, tune = _items(train_groups), _items(tune_groups)
    overlap = {w for w, _, _ in train} & {w for w, _, _ in tune}
    if overlap:
        sys.exit(f"refused: writers {sorted(overlap)} are in both the training and the tuning set")
    X, y = training_rows(train)
    rules = [extract_statements(art.text, art.id, registry_for(art.conflict))
             for _, art, _ in tqdm(tune, desc="tune articles", unit="article")]
    base = measure(tune, rules)
    results = []
    for c in tqdm(GRID_C, desc="grid", unit="model"):
        model = fit(X, y, c)
        for mp in GRID_MIN_PROB:
            model.min_prob = mp
            preds = [model.relabel(art.text, sts, registry_for(art.conflict)) for (_, art, _), sts in zip(tune, rules)]
            results.append({"C": c, "min_prob": mp, "scores": measure(tune, preds), "model": model})
        print(f"C={c}: " + " ".join(f"{r['min_prob']}:{r['scores']['side']}" for r in results[-len(GRID_MIN_PROB):]))
    best = max(results, key=lambda r: (r["scores"]["side"], r["min_prob"], -r["C"]))
    win = best["scores"]["side"] >= base["side"] + args.gate
    info = {"train_writers": ",".join(sorted({w for w, _, _ in train}, key=lambda w: int(w[1:]))),
            "tune_writers": ",".join(sorted({w for w, _, _ in tune}, key=lambda w: int(w[1:]))),
            "train_rows": len(y), "camps": sorted(set(y)), "rules": base,
            "grid": [{k: v for k, v in r.items() if k != "model"} for r in results],
            "chosen": {"C": best["C"], "min_prob": best["min_prob"], "scores": best["scores"]},
            "passes_gate": win, "gate": args.gate, "seconds": round(time.time() - t0, 1)}
    print(f"rules: {json.dumps(base)}")
    print(f"chosen: {json.dumps(info['chosen'])} (passes the gate: {win})")
    if args.output:
        Path(args.output).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    if args.save and win:
        model = fit(X, y, best["C"])
        model.min_prob = best["min_prob"]
        model.meta.update({"train_writers": info["train_writers"], "tune_writers": info["tune_writers"],
                           "tune_side": best["scores"]["side"], "rules_side": base["side"]})
        print(f"saved {model.save(args.save)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("tune", help="fit the grid on the training writers, score it on the tuning writers, choose")
    p.add_argument("--train", action="append", required=True, metavar="DIR=W1,W2",
                   help="training writers of a folder (repeatable)")
    p.add_argument("--tune", action="append", required=True, metavar="DIR=W1,W2",
                   help="tuning writers of a folder (repeatable)")
    p.add_argument("--gate", type=float, default=0.005, help="side-accuracy gain over the rules needed to save")
    p.add_argument("-o", "--output", help="write every grid point's aggregates and the choice to this JSON")
    p.add_argument("--save", metavar="DIR", help="write the chosen model here when it passes the gate")
    p.set_defaults(func=cmd_tune)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
