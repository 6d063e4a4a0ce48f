"""Train and tune the learned speaker choice for the span tagger's additions (session 31 of issue 14).

The span tagger adds spans no rule statement covers; `pipeline.tagging.frames.frame_speaker` names their speaker,
right about four times in five on READ writers, against nine in ten for the rules' own statements. With
`addition_chooser` in a tagger's settings, `pipeline.tagging.merge.combine` re-chooses each addition's speaker among
its candidate speakers (`pipeline.extract.candidates.speaker_candidates`, the frame's pick first) with an
`ActorChooser` read from `additions.json` in the tagger's folder. Two steps, each printing a table:

  train   Examples from READ writers' gold (the pre-registered ones: reports/extraction/addition_chooser.session31.md):
          every gold statement that no rule statement matches or overlaps, located in its article, whose frame names
          a speaker becomes a pseudo-addition (the gold span, the frame's speaker); its candidates are labelled by the
          gold actor. Per feature set x C, a conditional logit scored by five-fold cross-validation by writer (no
          writer on both sides; top-1 over all examples, those without the gold actor among their candidates
          counting as wrong) beside two baselines on the same examples: the frame's pick and the shipped actor
          chooser's. The best grid point (ties: `cues` first, then the smaller C) is refitted on all examples and
          written to `-o DIR/additions.json`; the tool says whether it passes the plan's first gate (top-1 at least
          0.010 above the better baseline).
  tune    The whole default path (rules + `--tagger` + `--actor-chooser` + `--camp-model`) on the tuning writers,
          without and with the addition chooser; writes a tagger folder `-o DIR` (the tagger's files, its settings
          with `addition_chooser` on, `additions.json`) only when the plan's second gate passes: pooled actor accuracy
          above the path without it (4 decimals) and F1 at most 0.001 below.

Fenced writers and folders are refused (the fences of `tools/speaker_fallback.py`). Only aggregates are printed.
Needs scipy (training only).

  python tools/addition_chooser.py train -o /tmp/additions
  python tools/addition_chooser.py tune --additions /tmp/additions --tagger models/span-tagger -o /tmp/t4a
"""
from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np  # noqa: E402
from tqdm.auto import tqdm  # noqa: E402

from pipeline.evaluate.extraction import registry_for  # noqa: E402
from pipeline.evaluate.matching import SpanError, locate, match_statements  # noqa: E402
from pipeline.extract.candidates import FEATURES, features, speaker_candidates  # noqa: E402
from pipeline.extract.chooser import ActorChooser, chooser_from  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402
from pipeline.schema import Statement  # noqa: E402
from pipeline.tagging.frames import article_ctx, frame_speaker  # noqa: E402
from pipeline.tagging.model import ADDITIONS_FILE  # noqa: E402
from tools.speaker_fallback import _R, _groups, _items, aggregates, tagger_cache, write_tagger_folder  # noqa: E402

TRAIN = (f"data/corpus={_R(1, 24)}", f"data/frozen={_R(25, 27)}", f"data/frozen2={_R(28, 30)}",
         f"data/frozen3={_R(31, 33)}", f"data/train-only={_R(34, 36)}",
         *(f"data/frozen{7 + k}={_R(46 + 3 * k, 48 + 3 * k)}" for k in range(12)),          # h46-h81
         f"data/frozen20={_R(85, 87)}",
         *(f"data/frozen{23 + k}={_R(94 + 3 * k, 96 + 3 * k)}" for k in range(18)))         # h94-h147
TUNE = tuple(f"data/frozen{41 + k}={_R(148 + 3 * k, 150 + 3 * k)}" for k in range(6))      # h148-h165
GRID = tuple((fs, c) for fs in ("cues", "cues+context") for c in (0.3, 1.0, 3.0, 10.0))
GATE_CV = 0.010
F1_SLACK = 0.001


def pseudo_additions(text: str, art_id: str, rules: list[Statement], gold, reg) -> tuple[list[tuple], dict]:
    """(gold statement, pseudo-addition) for every gold statement no rule statement matches or overlaps, located,
    whose frame names a speaker; and counts."""
    n = {"unmatched_gold": 0, "unlocated": 0, "overlapping_rules": 0, "speakerless": 0, "framed": 0}
    matched = {id(g) for g, _ in match_statements(rules, gold, text)}
    taken = [(r.start, r.end) for r in rules if r.start is not None]
    base, out = article_ctx(text, reg), []
    for g in gold:
        if id(g) in matched:
            continue
        n["unmatched_gold"] += 1
        try:
            s, e = locate(g.text, text)
        except SpanError:
            n["unlocated"] += 1
            continue
        if any(min(e, b) - max(s, a) > 0 for a, b in taken):
            n["overlapping_rules"] += 1
            continue
        att = frame_speaker(text, s, e, rules, reg, recent=True, base=base)
        if att is None:
            n["speakerless"] += 1
            continue
        n["framed"] += 1
        mention, (actor, side, _) = att
        kind = "direct" if text[max(0, s - 1)] in "\"“‘" else "indirect"
        out.append((g, Statement(art_id, text[s:e], mention, actor, side if side in reg.camps else "other", kind,
                                 {}, s, e)))
    return out, n


def examples(groups, shipped: ActorChooser | None) -> tuple[list[dict], dict]:
    """Per pseudo-addition: writer, candidate feature rows, labels, and the shipped chooser's pick; and counts."""
    exs = []
    n = {"articles": 0, "unmatched_gold": 0, "unlocated": 0, "overlapping_rules": 0, "speakerless": 0, "framed": 0,
         "frame_right": 0, "gold_in_candidates": 0}
    for w, art, gold in tqdm(_items(groups), desc="examples", unit="article"):
        n["articles"] += 1
        reg = registry_for(art.conflict)
        rules = extract_statements(art.text, art.id, reg)
        pairs, counts = pseudo_additions(art.text, art.id, rules, gold, reg)
        for k, v in counts.items():
            n[k] += v
        if not pairs:
            continue
        statements = rules + [p for _, p in pairs]
        cands = speaker_candidates(art.text, statements, reg)[len(rules):]
        for (g, p), cs in zip(pairs, cands):
            key = reg.canonical(g.actor).lower()
            labels = [reg.canonical(c.actor).lower() == key for c in cs]
            n["frame_right"] += reg.canonical(p.actor).lower() == key
            n["gold_in_candidates"] += any(labels)
            shipped_pick = _keep_first(shipped.scores(cs, p, reg)) if shipped is not None and cs else 0
            exs.append({"writer": w, "rows": [features(c, p, reg) for c in cs], "labels": labels,
                        "frame_right": reg.canonical(p.actor).lower() == key,
                        "shipped_right": bool(labels[shipped_pick]) if cs else False})
    return exs, n


def _keep_first(sc: np.ndarray) -> int:
    """The chooser's rule: the first candidate (the given pick) unless another scores strictly above it."""
    best = int(np.argmax(sc))
    return 0 if best == 0 or sc[best] <= sc[0] else best


def _matrix(x: dict, names) -> np.ndarray:
    return np.array([[r.get(f, 0.0) for f in names] for r in x["rows"]]).reshape(len(x["rows"]), len(names))


def fit(exs: list[dict], feature_set: str, c: float) -> np.ndarray:
    from tools.actor_chooser import _softmax_fit

    use = [x for x in exs if any(x["labels"])]
    names = FEATURES[feature_set]
    return _softmax_fit([_matrix(x, names) for x in use], [np.array(x["labels"], dtype=bool) for x in use], c)


def cross_validate(exs: list[dict], feature_set: str, c: float, folds: int = 5) -> dict:
    """Five folds by writer: top-1 accuracy (the chooser's keep-first rule) over all examples."""
    writers = sorted({x["writer"] for x in exs}, key=lambda w: int(w[1:]))
    fold_of = {w: i % folds for i, w in enumerate(writers)}
    names, right, changed = FEATURES[feature_set], 0, 0
    for k in range(folds):
        w = fit([x for x in exs if fold_of[x["writer"]] != k], feature_set, c)
        for x in exs:
            if fold_of[x["writer"]] == k and x["rows"]:
                b = _keep_first(_matrix(x, names) @ w)
                right += bool(x["labels"][b])
                changed += b != 0
    return {"feature_set": feature_set, "C": c, "examples": len(exs), "top1": round(right / max(1, len(exs)), 4),
            "changed": changed}


def cmd_train(args) -> int:
    shipped = chooser_from(args.actor_chooser)
    exs, n = examples(_groups(args.group or TRAIN), shipped)
    print(json.dumps(n))
    frame = round(sum(x["frame_right"] for x in exs) / max(1, len(exs)), 4)
    ship = round(sum(x["shipped_right"] for x in exs) / max(1, len(exs)), 4)
    rows = [cross_validate(exs, fs, c) for fs, c in tqdm(GRID, desc="grid", unit="point")]
    print(f"baselines on the same {len(exs)} examples: the frame's pick {frame}, the shipped chooser {ship}")
    print("| feature set | C | top-1 (writer CV) | picks changed |\n|---|---|---|---|")
    for r in rows:
        print(f"| {r['feature_set']} | {r['C']} | {r['top1']} | {r['changed']} |")
    order = {g: i for i, g in enumerate(GRID)}
    best = max(rows, key=lambda r: (r["top1"], -order[(r["feature_set"], r["C"])]))
    gate = best["top1"] >= max(frame, ship) + GATE_CV
    w = fit(exs, best["feature_set"], best["C"])
    ch = ActorChooser(feature_set=best["feature_set"], coef=dict(zip(FEATURES[best["feature_set"]], w.tolist())),
                      meta={"model": "conditional logit", "C": best["C"], "examples": len(exs),
                            "train": list(args.group or TRAIN), "counts": n, "baselines": {"frame": frame,
                                                                                            "shipped": ship},
                            "writer_cv": rows, "gate_cv": gate})
    ch.save(args.output, ADDITIONS_FILE)
    print(f"chosen {best['feature_set']} C={best['C']} (writer-CV top-1 {best['top1']}); gate 1 "
          f"({max(frame, ship)} + {GATE_CV}): {'passed' if gate else 'NOT passed'}; "
          f"written {Path(args.output) / ADDITIONS_FILE}")
    return 0


def _path_scores(items, cache, settings, additions, chooser, camps) -> dict:
    from pipeline.tagging.merge import combine

    preds = []
    for w, art, gold in items:
        reg = registry_for(art.conflict)
        rules, offs, probs = cache[art.id]
        found = combine(art.text, art.id, reg, rules, offs, probs, settings, None, additions)
        found = chooser.choose(art.text, found, reg) if chooser is not None else found
        preds.append(camps.relabel(art.text, found, reg) if camps is not None else found)
    return aggregates(items, preds)


def cmd_tune(args) -> int:
    from pipeline.extract.camp_model import camp_model_from
    from pipeline.tagging import SpanTagger

    items = _items(_groups(args.group or TUNE))
    tagger = SpanTagger.from_pretrained(args.tagger, precision=args.precision)
    cache = tagger_cache(items, tagger)
    src = Path(args.additions)
    additions = ActorChooser.load(src / ADDITIONS_FILE if src.is_dir() else src)
    chooser, camps = chooser_from(args.actor_chooser), camp_model_from(args.camp_model)
    off = _path_scores(items, cache, replace(tagger.settings, addition_chooser=False), None, chooser, camps)
    on = _path_scores(items, cache, replace(tagger.settings, addition_chooser=True), additions, chooser, camps)
    print("| path | gold | pred | matched | P | R | F1 | actor | side |\n|---|---|---|---|---|---|---|---|---|")
    for name, r in (("without", off), ("with the addition chooser", on)):
        print(f"| {name} | {r['gold']} | {r['pred']} | {r['matched']} | {r['precision']} | {r['recall']} | {r['f1']} "
              f"| {r['actor']} | {r['side']} |")
    gate = on["actor"] > off["actor"] and on["f1"] >= off["f1"] - F1_SLACK
    report = {"tune": list(args.group or TUNE), "tagger": str(args.tagger), "actor_chooser": str(args.actor_chooser),
              "camp_model": str(args.camp_model), "without": off, "with": on, "gate": gate}
    print(f"gate 2 (actor above, F1 at most {F1_SLACK} below): {'passed' if gate else 'NOT passed'}")
    if gate:
        out = write_tagger_folder(args.tagger, args.output, replace(tagger.settings, addition_chooser=True).to_dict())
        ActorChooser(feature_set=additions.feature_set, coef=dict(zip(additions.names, additions.coef_.tolist())),
                     meta={**additions.meta, "tune": report}).save(out, ADDITIONS_FILE)
        print(f"written {out}")
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__.split("\n\n", 1)[1],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="fit the additions' chooser on READ writers' framed gold spans the rules miss")
    t.add_argument("-o", "--output", required=True, help="folder for additions.json")
    t.add_argument("--group", action="append", metavar="DIR=W1,W2",
                   help="a training group (repeatable); default: the plan's READ writers h1-h147")
    t.add_argument("--actor-chooser", default="models/actor-chooser",
                   help="the shipped chooser, the second baseline (default models/actor-chooser; none to skip)")
    t.set_defaults(func=cmd_train)
    u = sub.add_parser("tune", help="the whole default path on the tuning writers, without and with the chooser")
    u.add_argument("--additions", required=True, help="folder (or file) written by `train`")
    u.add_argument("--tagger", default="models/span-tagger", help="span tagger folder (default models/span-tagger)")
    u.add_argument("--actor-chooser", default="models/actor-chooser", help="actor chooser folder, or none")
    u.add_argument("--camp-model", default="models/camp-model", help="camp model folder, or none")
    u.add_argument("--precision", default="fp32", choices=("fp32", "bf16", "auto"), help="tagger precision")
    u.add_argument("--group", action="append", metavar="DIR=W1,W2",
                   help="a tuning group (repeatable); default h148-h165 (data/frozen41 ... data/frozen46)")
    u.add_argument("-o", "--output", required=True, help="tagger folder written when the gate passes")
    u.add_argument("--report", help="also write the table as JSON here")
    u.set_defaults(func=cmd_tune)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
