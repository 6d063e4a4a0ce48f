"""Tune the span tagger's veto that spares nominal statements (session 28 of issue 14).

The default path (rules + `--tagger` at its saved setting, D3: additions, no veto) is scored on the tuning writers
once as it is and once per `veto_max` of the grid with `veto_spares_nominal` on (`pipeline.tagging.merge.nominal`:
a span opening with "demand", "concern", "refusal" ... or following a possessive is never vetoed). The pre-registered
choice (`reports/extraction/nominal_veto.session28.md`): the highest pooled F1 among values whose F1 is above the
saved setting's and whose actor accuracy is at most 0.002 below it (ties: the lower veto_max). When one qualifies,
`-o DIR` gets a tagger folder: the tagger's files with that setting saved. Fenced folders are refused as in
`tools/speaker_fallback.py`; only aggregates are printed.

  python tools/nominal_veto.py tune --tagger models/span-tagger -o /tmp/t4v --report /tmp/veto.json
"""
from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools.speaker_fallback import (TUNE, _groups, _items, _path_scores, tagger_cache, tune_parser,  # noqa: E402
                                    write_tagger_folder)

GRID = (0.05, 0.1, 0.2, 0.3)
ACTOR_SLACK = 0.002


def cmd_tune(args) -> int:
    from pipeline.tagging import SpanTagger

    items = _items(_groups(args.group or TUNE))
    tagger = SpanTagger.from_pretrained(args.tagger, precision=args.precision)
    cache = tagger_cache(items, tagger)
    base = tagger.settings
    rows = [("saved", _path_scores(items, cache, tagger, base, None))]
    for v in GRID:
        rows.append((v, _path_scores(items, cache, tagger, replace(base, veto_max=v, veto_spares_nominal=True), None)))
    print("| veto_max | gold | pred | matched | P | R | F1 | actor | side |\n|---|---|---|---|---|---|---|---|---|")
    for v, r in rows:
        print(f"| {v} | {r['gold']} | {r['pred']} | {r['matched']} | {r['precision']} | {r['recall']} | {r['f1']} | "
              f"{r['actor']} | {r['side']} |")
    off = rows[0][1]
    ok = [(v, r) for v, r in rows[1:] if r["f1"] > off["f1"] and r["actor"] >= off["actor"] - ACTOR_SLACK]
    report = {"tune": list(args.group or TUNE), "tagger": str(args.tagger), "rows": [[v, r] for v, r in rows]}
    if not ok:
        print("no veto_max qualifies: the saved setting stays")
        report["chosen"] = None
    else:
        v, r = max(ok, key=lambda vr: (vr[1]["f1"], -vr[0]))
        print(f"chosen veto_max {v}: F1 {off['f1']} -> {r['f1']}, actor {off['actor']} -> {r['actor']}")
        report["chosen"] = v
        write_tagger_folder(args.tagger, args.output, replace(base, veto_max=v, veto_spares_nominal=True).to_dict())
    if args.report:
        Path(args.report).write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def main(argv=None) -> int:
    ap, u = tune_parser(__doc__.split("\n\n")[0], __doc__.split("\n\n", 1)[1],
                        "score the veto values on the tuning writers and apply the pre-registered choice",
                        "a tuning group (repeatable); default h127-h135 (data/frozen34, frozen35, frozen36)",
                        "tagger folder written when a value qualifies")
    u.set_defaults(func=cmd_tune)
    args = ap.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
