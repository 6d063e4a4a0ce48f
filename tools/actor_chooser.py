"""Train and tune the learned actor chooser (`pipeline.extract.chooser`, round 24 of issue 14).

    python tools/actor_chooser.py tune -o reports/extraction/actor_chooser.round24.tune.json --save models/actor-chooser
    python tools/actor_chooser.py tune --tune data/frozen13=h64,h65,h66 --tune data/frozen14=h67,h68,h69 \
        --exclude h64,h65,h66,h67,h68,h69 -o /tmp/dev.json            # early development

`tune` runs the rules on every original article of the training writers (`--train DIR=W1,W2`, repeatable; default:
the pre-registered h1-h36 and h46-h69, without the acceptance writers h37-h45), aligns their statements to gold with
the evaluation's matcher (ANNOTATION.md §6), lists each matched statement's candidate speakers
(`pipeline.extract.candidates`) and labels the one whose canonical actor is the gold actor (a statement with no such
candidate is skipped and counted: the recall ceiling of candidate generation). It fits one conditional logit
(a softmax over each statement's candidates, L2, scipy L-BFGS) per grid point (feature set x C), re-attributes the rules' statements of the tuning writers (`--tune`,
default data/frozen15=h70,h71,h72) with each, and scores them with the evaluation's metric, pooled and per writer.
The selection rule is the pre-registered one (`reports/extraction/actor_chooser.round24.md`): highest pooled actor
accuracy at 4 decimals with F1 not below the rules', ties to the simpler model (`cues` first, then the smaller C).
`--save DIR` writes the chosen model (JSON coefficients, README) when it beats the rules' actor accuracy, or with
`--save-always` in any case (for the record). Only aggregate scores are written. Refuses data/frozen63 and
/work/staging (round 70's frozen set and where the next set is written), and data/frozen19, data/frozen21 and
data/frozen22 (h82-h84, h88-h90 and h91-h93, acceptance writers since rounds 28, 30 and 31: stance labels
unread); data/frozen17 and data/frozen18 are READ since round 27, data/frozen20 since round 29, data/frozen23
since round 32, data/frozen24 since round 33, data/frozen25 since round 34, data/frozen26 since round 35,
data/frozen27 and data/frozen28 (h109-h111, the tagger-by-default check's judge) since round 36, data/frozen29
(h112-h114) since round 37, data/frozen30 (h115-h117) since round 38, data/frozen31 (h118-h120) since round 39,
data/frozen32 (h121-h123) since round 40, data/frozen33 (h124-h126) since round 41, data/frozen34 (h127-h129) since
round 42, data/frozen35 (h130-h132) since round 43, data/frozen36 (h133-h135) since round 44, data/frozen37
(h136-h138) since round 45, data/frozen38 (h139-h141) since round 46, data/frozen39 (h142-h144) since round 47,
data/frozen40 (h145-h147) since round 48, data/frozen41 (h148-h150) since round 49, data/frozen42 (h151-h153) since
round 50, data/frozen43 (h154-h156) since round 51, data/frozen44 (h157-h159) since round 52, data/frozen45
(h160-h162) since round 53, data/frozen46 (h163-h165) since round 54, data/frozen47 (h166-h168) since round 55,
data/frozen48 (h169-h171) since round 56, data/frozen49 (h172-h174) since round 57, data/frozen50 (h175-h177)
since round 58, data/frozen51 (h178-h180) since round 59, data/frozen52 (h181-h183) since round 60, data/frozen53
(h184-h186) since round 61, data/frozen54 (h187-h189) since round 62, data/frozen55
(h190-h192) since round 63, data/frozen56 (h193-h195) since round 64, data/frozen57 (h196-h198) since round 65,
data/frozen58 (h199-h201) since round 66, data/frozen59 (h202-h204) since round 67,
data/frozen60 (h205-h207) since round 68, data/frozen61 (h208-h210) since round 69,
data/frozen62 (h211-h213) since round 70.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from tqdm.auto import tqdm  # noqa: E402

from pipeline.evaluate.extraction import registry_for, score  # noqa: E402
from pipeline.evaluate.gold_sets import load_writers  # noqa: E402
from pipeline.evaluate.matching import match_statements  # noqa: E402
from pipeline.extract.candidates import FEATURES, features, speaker_candidates  # noqa: E402
from pipeline.extract.chooser import ActorChooser  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402

TRAIN = ("data/corpus=" + ",".join(f"h{i}" for i in range(1, 25)), "data/frozen=h25,h26,h27",
         "data/frozen2=h28,h29,h30", "data/frozen3=h31,h32,h33", "data/train-only=h34,h35,h36",
         *(f"data/frozen{7 + k}=h{46 + 3 * k},h{47 + 3 * k},h{48 + 3 * k}" for k in range(8)))   # h46-h69
TUNE = ("data/frozen15=h70,h71,h72",)
GRID = tuple((fs, c) for fs in ("cues", "cues+context", "cues+mention") for c in (1.0, 10.0, 100.0))
FENCED = ("frozen63", "frozen19", "frozen21", "frozen22", "/work/staging")


def _groups(specs: list[str], exclude: set[str]) -> list[tuple[str, list[str]]]:
    out = []
    for spec in specs:
        folder, _, ws = spec.partition("=")
        if any(f in os.path.abspath(folder) or f in folder for f in FENCED):
            sys.exit(f"refused: {folder} is fenced this round")
        writers = [w for w in ws.split(",") if w and w not in exclude]
        if not folder or not writers and not exclude:
            sys.exit(f"bad group {spec!r}: expected DIR=W1,W2")
        if writers:
            out.append((folder, writers))
    return out


def _articles(groups: list[tuple[str, list[str]]], desc: str) -> list[dict]:
    """Per article: writer, gold, the rules' statements, their candidates and the gold actor of each matched one."""
    items = [(w, art, gold) for folder, writers in groups for w in writers for art, gold in load_writers(folder, [w])]
    out = []
    for w, art, gold in tqdm(items, desc=desc, unit="article"):
        reg = registry_for(art.conflict)
        preds = extract_statements(art.text, art.id, reg)
        cands = speaker_candidates(art.text, preds, reg)
        gold_of = {id(p): g for g, p in match_statements(preds, gold, art.text)}
        keys = [reg.canonical(gold_of[id(p)].actor).lower() if id(p) in gold_of else None for p in preds]
        rows = [[features(c, p, reg) for c in cs] for p, cs in zip(preds, cands)]
        labels = [[reg.canonical(c.actor).lower() == k for c in cs] if k else None for k, cs in zip(keys, cands)]
        out.append({"writer": w, "art": art, "gold": gold, "preds": preds, "cands": cands, "rows": rows,
                    "labels": labels})
    return out


def ceiling(arts: list[dict]) -> dict:
    """Matched statements, how many the rules attribute right, how many have the gold actor among the candidates."""
    matched = [lab for a in arts for lab in a["labels"] if lab is not None]
    return {"matched": len(matched), "rule_right": sum(lab[0] for lab in matched),
            "gold_in_candidates": sum(any(lab) for lab in matched),
            "no_candidate": sum(not any(lab) for lab in matched),
            "mean_candidates": round(float(np.mean([len(lab) for lab in matched])) if matched else 0.0, 2)}


def _softmax_fit(Xs: list[np.ndarray], ys: list[np.ndarray], c: float) -> np.ndarray:
    """Weights of a conditional logit (a softmax over each statement's candidates): minimises the
    summed negative log-likelihood of the gold candidates plus ||w||^2 / (2 C), by L-BFGS (scipy)."""
    from scipy.optimize import minimize

    X = np.vstack(Xs)
    idx = np.repeat(np.arange(len(Xs)), [len(x) for x in Xs])
    y = np.concatenate(ys)
    n = len(Xs)

    def grouped_lse(s: np.ndarray, mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        s = np.where(mask, s, -np.inf)
        m = np.full(n, -np.inf)
        np.maximum.at(m, idx, s)
        e = np.where(mask, np.exp(s - m[idx]), 0.0)
        z = np.zeros(n)
        np.add.at(z, idx, e)
        return m + np.log(z), e / z[idx]

    def objective(w: np.ndarray) -> tuple[float, np.ndarray]:
        s = X @ w
        lse, p = grouped_lse(s, np.ones_like(y))
        lsp, pp = grouped_lse(s, y)
        return float((lse - lsp).sum() + w @ w / (2 * c)), X.T @ (p - pp) + w / c

    return minimize(objective, np.zeros(X.shape[1]), jac=True, method="L-BFGS-B", options={"maxiter": 3000}).x


def fit(arts: list[dict], feature_set: str, c: float) -> ActorChooser:
    """One conditional logit over the candidates of every matched statement with a positive candidate."""
    names = FEATURES[feature_set]
    Xs, ys = [], []
    for a in arts:
        for rows, lab in zip(a["rows"], a["labels"]):
            if lab is None or not any(lab):
                continue
            Xs.append(np.array([[r.get(n, 0.0) for n in names] for r in rows]))
            ys.append(np.array(lab, dtype=bool))
    w = _softmax_fit(Xs, ys, c)
    return ActorChooser(feature_set=feature_set, coef=dict(zip(names, w.tolist())), intercept=0.0,
                        meta={"C": c, "model": "conditional logit", "n_statements": len(Xs),
                              "n_candidates": int(sum(len(x) for x in Xs))})


def apply(ch: ActorChooser | None, arts: list[dict]) -> list[list]:
    """The tuning articles' statements, re-attributed by `ch` (the rules' own when None)."""
    out = []
    for a in arts:
        if ch is None:
            out.append(a["preds"])
            continue
        reg = registry_for(a["art"].conflict)
        preds = []
        for p, cs, rows in zip(a["preds"], a["cands"], a["rows"]):
            sc = np.array([[r.get(n, 0.0) for n in ch.names] for r in rows]) @ ch.coef_ + ch.intercept_
            best = int(np.argmax(sc))
            if best == 0 or sc[best] <= sc[0]:
                preds.append(p)
            else:
                from dataclasses import replace
                preds.append(replace(p, speaker=cs[best].mention, actor=cs[best].actor, side=cs[best].side))
        out.append(preds)
        del reg
    return out


def measure(arts: list[dict], preds: list[list]) -> dict:
    """Pooled and per-writer aggregates (F1, actor, side, P, R)."""
    def agg(idx: list[int], name: str) -> dict:
        r = score([(arts[i]["art"], arts[i]["gold"]) for i in idx], [preds[i] for i in idx], name)
        return {"gold": r.n_gold, "pred": r.n_pred, "matched": r.n_matched, "precision": round(r.precision, 4),
                "recall": round(r.recall, 4), "f1": round(r.f1, 4), "actor": round(r.actor_accuracy, 4),
                "side": round(r.side_accuracy, 4)}
    writers = sorted({a["writer"] for a in arts}, key=lambda w: int(w[1:]))
    out = {"pooled": agg(list(range(len(arts))), "pooled")}
    for w in writers:
        out[w] = agg([i for i, a in enumerate(arts) if a["writer"] == w], w)
    return out


def choose(results: list[dict], rules: dict) -> dict | None:
    """The pre-registered selection: highest pooled actor (4 decimals) with F1 not below the rules'; ties to the
    simpler model (grid order: `cues` before `cues+context`, smaller C first)."""
    ok = [r for r in results if r["scores"]["pooled"]["f1"] >= rules["pooled"]["f1"]]
    return max(ok, key=lambda r: (r["scores"]["pooled"]["actor"], -r["order"])) if ok else None


def _ranges(writers: str) -> str:
    """"h1,h2,h3,h7" -> "h1–h3, h7"."""
    nums = [int(w[1:]) for w in writers.split(",") if w]
    out, start = [], None
    for i, n in enumerate(nums):
        start = n if start is None else start
        if i + 1 == len(nums) or nums[i + 1] != n + 1:
            out.append(f"h{start}" if start == n else f"h{start}–h{n}")
            start = None
    return ", ".join(out)


def _readme(ch: ActorChooser, out: Path, info: dict) -> None:
    tc, uc = info["train_ceiling"], info["tune_ceiling"]
    lines = ["# Actor chooser (round 24 of issue 14)", "",
             "A conditional logit (one linear score per candidate, a softmax over each statement's candidates) that",
             "re-chooses the speaker of every statement the rules extract (`pipeline/extract/chooser.py`; candidates",
             "and features: `pipeline/extract/candidates.py`). Spans never change. `chooser.json` holds the feature",
             "set, the feature names, one coefficient each and the intercept; loading is pure numpy (no pickle, no",
             "torch). Use: `stance extract|evaluate-extraction|predict --actor-chooser models/actor-chooser` (the",
             "default) or `--actor-chooser none` (the rules' own speakers).", "",
             f"- Feature set: `{ch.feature_set}` ({len(ch.names)} features), L2 with C = {ch.meta.get('C')} "
             f"(objective: summed negative log-likelihood + ||w||^2 / 2C, scipy L-BFGS).",
             f"- Training writers: {_ranges(info['train_writers'])}, original articles ({tc['matched']} statements "
             f"matched to gold; {tc['no_candidate']} without the gold actor among their candidates, skipped; the "
             f"rules were right on {tc['rule_right']}).",
             f"- Candidate-generation ceiling on {_ranges(info['tune_writers'])}: the gold actor is among the "
             f"candidates of {uc['gold_in_candidates']} of {uc['matched']} matched statements (rules right: "
             f"{uc['rule_right']}); {uc['mean_candidates']} candidates per statement.",
             f"- Chosen by the pre-registered rule (`reports/extraction/actor_chooser.round24.md`) on {info['tune_writers']}: "
             f"actor {info['chosen']['pooled']['actor']:.4f} against the rules' {info['rules']['pooled']['actor']:.4f} "
             f"(F1 {info['chosen']['pooled']['f1']:.4f} both; side {info['chosen']['pooled']['side']:.4f} against "
             f"{info['rules']['pooled']['side']:.4f}).",
             f"- Decision: {info['decision']}", "",
             "| feature | weight |", "|---|---|"]
    lines += [f"| {n} | {c:+.3f} |" for n, c in zip(ch.names, ch.coef_)]
    lines += [f"| (intercept) | {ch.intercept_:+.3f} |", "",
              "Regenerate: `python tools/actor_chooser.py tune -o reports/extraction/actor_chooser.round24.tune.json "
              "--save models/actor-chooser`."]
    (out / "README.md").write_text("\n".join(lines) + "\n", encoding="utf-8")


def cmd_tune(args) -> int:
    exclude = {w for w in (args.exclude or "").split(",") if w}
    train_groups = _groups(args.train or list(TRAIN), exclude)
    tune_groups = _groups(args.tune or list(TUNE), set())
    overlap = {w for _, ws in train_groups for w in ws} & {w for _, ws in tune_groups for w in ws}
    if overlap:
        sys.exit(f"refused: writers {sorted(overlap)} are in both the training and the tuning set")
    t0 = time.time()
    train = _articles(train_groups, "train articles")
    tune = _articles(tune_groups, "tune articles")
    rules = measure(tune, apply(None, tune))
    baseline = measure(tune, apply(ActorChooser.load(args.baseline), tune)) if args.baseline else None
    results = []
    for k, (fs, c) in enumerate(tqdm(GRID, desc="grid", unit="model")):
        ch = fit(train, fs, c)
        results.append({"order": k, "feature_set": fs, "C": c, "scores": measure(tune, apply(ch, tune)),
                        "model": ch})
    best = choose(results, rules)
    win = best is not None and best["scores"]["pooled"]["actor"] > rules["pooled"]["actor"]
    info = {"train_writers": ",".join(w for _, ws in train_groups for w in ws),
            "tune_writers": ",".join(w for _, ws in tune_groups for w in ws),
            "train_ceiling": ceiling(train), "tune_ceiling": ceiling(tune), "rules": rules,
            "grid": [{k: v for k, v in r.items() if k != "model"} for r in results],
            "chosen": best["scores"] if best else None,
            "chosen_model": {"feature_set": best["feature_set"], "C": best["C"]} if best else None,
            "beats_rules": win, "baseline": args.baseline, "baseline_scores": baseline,
            "beats_baseline": None if baseline is None or best is None else
            best["scores"]["pooled"]["actor"] > baseline["pooled"]["actor"],
            "seconds": round(time.time() - t0, 1),
            "decision": "beats the rules' actor accuracy" if win else "does not beat the rules' actor accuracy"}
    print(json.dumps({k: info[k] for k in ("train_ceiling", "tune_ceiling", "chosen_model", "beats_rules")}))
    print(f"rules: {json.dumps(rules['pooled'])}")
    if baseline is not None:
        print(f"baseline {args.baseline}: {json.dumps(baseline['pooled'])} (beaten: {info['beats_baseline']})")
    for r in results:
        print(f"{r['feature_set']:>13} C={r['C']:<5} " + json.dumps(r["scores"]["pooled"]))
    if args.output:
        Path(args.output).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")
    if args.save and best is not None and (win or args.save_always):
        ch = best["model"]
        ch.meta.update({"feature_set": best["feature_set"], "train_writers": info["train_writers"],
                        "tune_writers": info["tune_writers"], "tune_actor": best["scores"]["pooled"]["actor"],
                        "rules_actor": rules["pooled"]["actor"]})
        info["decision"] = args.decision or info["decision"]
        print(f"saved {ch.save(args.save)}")
        _readme(ch, Path(args.save), info)
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("tune", help="fit the grid on the training writers, score it on the tuning writers, choose")
    p.add_argument("--train", action="append", metavar="DIR=W1,W2", help="training writers of a folder (repeatable; "
                   "default: the pre-registered h1-h36, h46-h69)")
    p.add_argument("--tune", action="append", metavar="DIR=W1,W2", help="tuning writers (repeatable; default "
                   "data/frozen15=h70,h71,h72)")
    p.add_argument("--exclude", metavar="W1,W2", help="leave these writers out of training (early development)")
    p.add_argument("-o", "--output", help="write every grid point's aggregates and the choice to this JSON")
    p.add_argument("--save", metavar="DIR", help="write the chosen model here when it beats the rules")
    p.add_argument("--save-always", action="store_true", help="with --save: write it even when it does not")
    p.add_argument("--decision", help="the decision line for the model README")
    p.add_argument("--baseline", metavar="DIR", help="also score this saved chooser on the tuning writers (e.g. the "
                   "current models/actor-chooser) and say whether the chosen model beats it")
    p.set_defaults(func=cmd_tune)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    raise SystemExit(main())
