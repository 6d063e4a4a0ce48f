"""Train and tune the learned camp model for unknown speakers (`pipeline.extract.camp_model`, session 29, issue 14).

    python tools/camp_model.py tune --train data/frozen7=h46,h47,h48 ... --tune data/frozen37=h136,h137,h138 ... \
        -o reports/extraction/camp_model.session29.tune.json --save /tmp/camp-model

`tune` collects the gold statements of the training writers whose gold actor the registry does not know (the only
statements the model ever relabels), with `camp_features` of that actor in its article and the gold camp as label,
and fits one multinomial logistic regression per feature set and C (scikit-learn, at training time only). It then runs
the rules on the tuning writers' articles, relabels their statements with each model at each `min_prob`, and scores
them with the evaluation's metric (ANNOTATION.md §6: side accuracy on matched statements). The rule fixed in
`reports/extraction/camp_model.session29.md` (session 30 added the feature-set axis): the highest pooled side
accuracy (4 decimals), ties to the earlier feature set, then the higher `min_prob`, then the smaller C. `--save DIR`
writes the chosen model when it beats the rules' side accuracy by at least `--gate` (0.005) and, with `--against
MODEL`, that model's side accuracy on the same tuning writers; `--refit-all` fits the saved model on the training and
tuning writers together (same feature set, C and `min_prob`). Only aggregate scores are written. The fences are `tools/actor_chooser.py`'s (the frozen set of
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
from pipeline.extract.camp_model import FEATURE_SETS, CampModel, camp_features  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402

GRID_C = (0.3, 1.0, 3.0)
GRID_MIN_PROB = (0.5, 0.6, 0.7, 0.8, 0.9)


def _items(groups: list[tuple[str, list[str]]]) -> list[tuple[str, object, list]]:
    return [(w, art, gold) for folder, writers in groups for w in writers for art, gold in load_writers(folder, [w])]


def training_rows(items, features: str = "namings") -> tuple[list[dict], list[str]]:
    """Features and gold camp of every gold statement whose actor the registry does not know (one per actor and
    article: the features are the actor's, not the statement's)."""
    X, y, seen = [], [], set()
    for _, art, gold in tqdm(items, desc="train articles", unit="article"):
        reg = registry_for(art.conflict)
        for g in gold:
            if reg.lookup(g.actor) is not None or (art.id, g.actor, g.side) in seen:
                continue
            seen.add((art.id, g.actor, g.side))
            X.append(camp_features(art.text, g.actor, reg.conflict, features))
            y.append(g.side)
    return X, y


def fit(X: list[dict], y: list[str], c: float, features: str = "namings") -> CampModel:
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
                     features=features, meta={"C": c, "model": "multinomial logistic regression", "n_rows": len(y)})


def measure(items, preds) -> dict:
    """Pooled aggregates (F1, actor, side) of predictions against gold."""
    r = score([(art, gold) for _, art, gold in items], preds, "pooled")
    return {"gold": r.n_gold, "matched": r.n_matched, "f1": round(r.f1, 4), "actor": round(r.actor_accuracy, 4),
            "side": round(r.side_accuracy, 4)}


def cmd_tune(args) -> int:
    t0 = time.time()
    bad = [fs for fs in args.features if fs not in FEATURE_SETS]
    if bad:
        sys.exit(f"--features: {', '.join(bad)} not among {', '.join(FEATURE_SETS)}")
    train_groups, tune_groups = _groups(args.train, set()), _groups(args.tune, set())   # fences first
    train, tune = _items(train_groups), _items(tune_groups)
    overlap = {w for w, _, _ in train} & {w for w, _, _ in tune}
    if overlap:
        sys.exit(f"refused: writers {sorted(overlap)} are in both the training and the tuning set")
    rows = {fs: training_rows(train, fs) for fs in args.features}
    rules = [extract_statements(art.text, art.id, registry_for(art.conflict))
             for _, art, _ in tqdm(tune, desc="tune articles", unit="article")]

    def relabelled(model: CampModel) -> list:
        return [model.relabel(art.text, sts, registry_for(art.conflict)) for (_, art, _), sts in zip(tune, rules)]

    base = measure(tune, rules)
    against = measure(tune, relabelled(CampModel.load(args.against))) if args.against else None
    results = []
    for fs in args.features:
        for c in tqdm(GRID_C, desc=f"grid {fs}", unit="model"):
            model = fit(*rows[fs], c, fs)
            for mp in GRID_MIN_PROB:
                model.min_prob = mp
                results.append({"features": fs, "C": c, "min_prob": mp, "scores": measure(tune, relabelled(model))})
            print(f"{fs} C={c}: " + " ".join(f"{r['min_prob']}:{r['scores']['side']}"
                                             for r in results[-len(GRID_MIN_PROB):]))
    best = max(results, key=lambda r: (r["scores"]["side"], -FEATURE_SETS.index(r["features"]), r["min_prob"], -r["C"]))
    win = best["scores"]["side"] >= base["side"] + args.gate and (against is None or
                                                                  best["scores"]["side"] > against["side"])
    y = rows[best["features"]][1]
    info = {"train_writers": ",".join(sorted({w for w, _, _ in train}, key=lambda w: int(w[1:]))),
            "tune_writers": ",".join(sorted({w for w, _, _ in tune}, key=lambda w: int(w[1:]))),
            "train_rows": len(y), "camps": sorted(set(y)), "rules": base,
            "against": {"model": str(args.against), "scores": against} if args.against else None,
            "grid": results,
            "chosen": {"features": best["features"], "C": best["C"], "min_prob": best["min_prob"],
                       "scores": best["scores"]},
            "passes_gate": win, "gate": args.gate, "refit_all": args.refit_all, "seconds": round(time.time() - t0, 1)}
    print(f"rules: {json.dumps(base)}")
    if against:
        print(f"against {args.against}: {json.dumps(against)}")
    print(f"chosen: {json.dumps(info['chosen'])} (passes the gate: {win})")
    if args.output:
        Path(args.output).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    if args.save and win:
        X, y = rows[best["features"]]
        if args.refit_all:
            Xt, yt = training_rows(tune, best["features"])
            X, y = X + Xt, y + yt
        model = fit(X, y, best["C"], best["features"])
        model.min_prob = best["min_prob"]
        model.meta.update({"train_writers": info["train_writers"], "tune_writers": info["tune_writers"],
                           "fitted_on": "train+tune" if args.refit_all else "train",
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
    p.add_argument("--features", type=lambda v: v.split(","), default=["namings"], metavar="SET[,SET]",
                   help=f"feature sets to try, in tie-break order ({', '.join(FEATURE_SETS)}; default namings)")
    p.add_argument("--gate", type=float, default=0.005, help="side-accuracy gain over the rules needed to save")
    p.add_argument("--against", metavar="MODEL",
                   help="an existing camp model (folder): the choice must also beat its side accuracy to be saved")
    p.add_argument("--refit-all", action="store_true",
                   help="fit the saved model on the training and tuning writers together")
    p.add_argument("-o", "--output", help="write every grid point's aggregates and the choice to this JSON")
    p.add_argument("--save", metavar="DIR", help="write the chosen model here when it passes the gate")
    p.set_defaults(func=cmd_tune)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
