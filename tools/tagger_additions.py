"""Choose the span tagger's additions by attributed F1 (session 28 of issue 14).

The default path (rules + `--tagger` at its saved setting + the actor chooser `--actor-chooser`) is scored on the
tuning writers at each `add_min` × `attribution` of the grid, everything else of the saved setting kept. Besides
F1 and actor accuracy it reports **attributed F1**: a prediction counts only when it matches a gold statement and names
its actor (P = matched with the right actor / predicted, R = the same / gold). The pre-registered choice
(`reports/extraction/additions.session28.md`): the highest attributed F1 among settings whose F1 is at most 0.005
below the saved setting's (ties: the saved setting, then the higher add_min, then the stricter attribution); when it
is not the saved setting, `-o DIR` gets a tagger folder with it. Fenced folders are refused as in
`tools/speaker_fallback.py`; only aggregates are printed.

  python tools/tagger_additions.py tune --tagger models/span-tagger -o /tmp/t4a --report /tmp/additions.json
"""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tqdm.auto import tqdm  # noqa: E402

from pipeline.evaluate.extraction import registry_for, score  # noqa: E402
from pipeline.extract.chooser import chooser_from  # noqa: E402
from pipeline.tagging.merge import combine  # noqa: E402
from tools.speaker_fallback import _groups, _items, tagger_cache, tune_parser, write_tagger_folder  # noqa: E402

TUNE = tuple(f"data/frozen{34 + k}=h{127 + 3 * k},h{128 + 3 * k},h{129 + 3 * k}" for k in range(5))   # h127-h141
ADD_MIN = (0.85, 0.9, 0.95)
ATTRIBUTIONS = ("frame+recent", "frame+strict", "frame+subject")   # loosest to strictest
F1_SLACK = 0.005


def attributed(r) -> dict:
    """Aggregates of one extraction report, with attributed precision, recall and F1."""
    right = r.n_matched * r.actor_accuracy
    p = right / r.n_pred if r.n_pred else 0.0
    rec = right / r.n_gold if r.n_gold else 0.0
    return {"gold": r.n_gold, "pred": r.n_pred, "matched": r.n_matched, "precision": round(r.precision, 4),
            "recall": round(r.recall, 4), "f1": round(r.f1, 4), "actor": round(r.actor_accuracy, 4),
            "attributed_f1": round(2 * p * rec / (p + rec) if p + rec else 0.0, 4)}


def cmd_tune(args) -> int:
    from pipeline.tagging import SpanTagger

    items = _items(_groups(args.group or TUNE))
    tagger = SpanTagger.from_pretrained(args.tagger, precision=args.precision)
    chooser = chooser_from(args.actor_chooser)
    cache = tagger_cache(items, tagger)
    saved = tagger.settings
    grid = [replace(saved, add_min=a, attribution=t) for a in ADD_MIN for t in ATTRIBUTIONS]
    rows = []
    for st in tqdm(grid, desc="settings", unit="setting"):
        preds = []
        for w, art, gold in items:
            reg = registry_for(art.conflict)
            rules, offs, probs = cache[art.id]
            out = combine(art.text, art.id, reg, rules, offs, probs, st, tagger.fallback)
            preds.append(chooser.choose(art.text, out, reg) if chooser is not None else out)
        rows.append((st, attributed(score([(a, g) for _, a, g in items], preds, "tune"))))
    print("| add_min | attribution | pred | matched | P | R | F1 | actor | attributed F1 |\n|---|---|---|---|---|---|---|---|---|")
    for st, r in rows:
        print(f"| {st.add_min} | {st.attribution} | {r['pred']} | {r['matched']} | {r['precision']} | {r['recall']} | "
              f"{r['f1']} | {r['actor']} | {r['attributed_f1']} |")
    base = next(r for st, r in rows if st == saved)
    ok = [(st, r) for st, r in rows if r["f1"] >= base["f1"] - F1_SLACK]
    best_st, best = max(ok, key=lambda sr: (sr[1]["attributed_f1"], sr[0] == saved, sr[0].add_min,
                                             ATTRIBUTIONS.index(sr[0].attribution)))
    report = {"tune": list(args.group or TUNE), "tagger": str(args.tagger), "actor_chooser": str(args.actor_chooser),
              "rows": [[st.to_dict(), r] for st, r in rows], "chosen": best_st.to_dict()}
    if best_st == saved:
        print("the saved setting is chosen: nothing to judge")
    else:
        print(f"chosen add_min {best_st.add_min}, {best_st.attribution}: attributed F1 {base['attributed_f1']} -> "
              f"{best['attributed_f1']}, F1 {base['f1']} -> {best['f1']}, actor {base['actor']} -> {best['actor']}")
        write_tagger_folder(args.tagger, args.output, best_st.to_dict())
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def main(argv=None) -> int:
    ap, u = tune_parser(__doc__.split("\n\n")[0], __doc__.split("\n\n", 1)[1],
                        "score the additions' grid on the tuning writers and apply the pre-registered choice",
                        "a tuning group (repeatable); default h127-h141 (data/frozen34 ... frozen38)",
                        "tagger folder written when another setting is chosen")
    u.add_argument("--actor-chooser", default="default", help="chooser folder, `default` or `none` (default: default)")
    u.set_defaults(func=cmd_tune)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
