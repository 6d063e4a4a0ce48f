"""Inter-annotator agreement between the gold corpus and a second, independent annotation.

    python tools/agreement.py data/corpus data/corpus/agreement/second.statements.jsonl [--out FILE.json]
    python tools/agreement.py data/corpus data/corpus/agreement/v2-second.statements.jsonl \
        --before data/corpus/agreement/v2_before_adjudication.json    # the figures before adjudication

Statement agreement: the second annotation is matched to the first with the rule of ANNOTATION.md §6
(first = gold) and scored by precision, recall and F1. On matched statements: Cohen's kappa, raw
agreement and the second annotator's macro-F1 against the first per target (what a model scores is
comparable to it), and agreement on actor (after the alias table) and side. Also writes the list
of disagreements (unmatched statements and label differences) for adjudication.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.actors import ActorRegistry  # noqa: E402
from pipeline.corpus import load_corpus  # noqa: E402
from pipeline.evaluate.matching import match_statements, precision_recall_f1  # noqa: E402
from pipeline.evaluate.metrics import macro_f1  # noqa: E402
from pipeline.schema import LABELS, TARGETS, read_statements  # noqa: E402


def cohen_kappa(a: list[str], b: list[str]) -> float:
    n = len(a)
    if not n:
        return 0.0
    po = sum(x == y for x, y in zip(a, b)) / n
    ca, cb = Counter(a), Counter(b)
    pe = sum(ca[lab] * cb[lab] for lab in LABELS) / (n * n)
    return (po - pe) / (1 - pe) if pe < 1 else 1.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("second")
    ap.add_argument("--out", help="write figures + disagreements as JSON here")
    ap.add_argument("--before", help="a JSON written by --out before adjudication: score the first annotation as it "
                                     "was then (its label disagreements restore the first annotator's labels)")
    args = ap.parse_args()
    restored = {}
    if args.before:
        for d in json.loads(Path(args.before).read_text(encoding="utf-8"))["disagreements"]:
            if d["type"] == "labels":
                restored[(d["article_id"], d["first"]["text"])] = d["first"]
    corpus = load_corpus(args.corpus)
    second = read_statements(args.second)
    ids = sorted({s.article_id for s in second})
    n_first = n_second = matched = 0
    labels = {t: ([], []) for t in TARGETS}
    actor_ok = side_ok = 0
    disagreements = []
    for aid in ids:
        art = corpus.articles[aid]
        reg = ActorRegistry.for_conflict(art.conflict)
        first = corpus.statements_for(aid)
        sec = [s for s in second if s.article_id == aid]
        pairs = match_statements(sec, first, art.text)
        n_first += len(first)
        n_second += len(sec)
        matched += len(pairs)
        got_f = {id(g) for g, _ in pairs}
        got_s = {id(p) for _, p in pairs}
        for g, p in pairs:
            was = restored.get((aid, g.text), {})
            for t in TARGETS:
                labels[t][0].append(was.get(t, g.stances[t]))
                labels[t][1].append(p.stances[t])
            a_same = reg.canonical(g.actor).lower() == reg.canonical(p.actor).lower()
            actor_ok += a_same
            side_ok += g.side == p.side
            diff = {t: [g.stances[t], p.stances[t]] for t in TARGETS if g.stances[t] != p.stances[t]}
            if diff or not a_same or g.side != p.side:
                disagreements.append({"article_id": aid, "type": "labels", "first": g.to_record(),
                                      "second": p.to_record(), "differs": diff})
        for g in first:
            if id(g) not in got_f:
                disagreements.append({"article_id": aid, "type": "only_first", "first": g.to_record()})
        for p in sec:
            if id(p) not in got_s:
                disagreements.append({"article_id": aid, "type": "only_second", "second": p.to_record()})
    p, r, f = precision_recall_f1(matched, n_second, n_first)
    result = {"articles": len(ids), "first_statements": n_first, "second_statements": n_second, "matched": matched,
              "statement_precision": round(p, 4), "statement_recall": round(r, 4), "statement_f1": round(f, 4),
              "actor_agreement": round(actor_ok / matched, 4) if matched else 0.0,
              "side_agreement": round(side_ok / matched, 4) if matched else 0.0,
              "targets": {t: {"kappa": round(cohen_kappa(*labels[t]), 4),
                              "raw_agreement": round(sum(x == y for x, y in zip(*labels[t])) / max(1, matched), 4),
                              # the second annotator scored like a model against the first (= gold): a human ceiling
                              "macro_f1_second_vs_first": round(macro_f1(*labels[t]), 4)}
                          for t in TARGETS}}
    print(json.dumps(result, indent=2))
    if args.out:
        Path(args.out).write_text(json.dumps({"figures": result, "disagreements": disagreements}, indent=2,
                                             ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
