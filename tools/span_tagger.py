"""Learned statement-span tagger, measured against the rules (issue 14, item 2; rounds 2 and 8).

A token classifier (B/I/O over our verified encoder, MiniLM-L6; only the top `--train-layers` layers and the head
learn, so a run is saved as those weights alone, in safetensors, over the sha256-verified base) tags statement
spans. It is trained on the train split of the READ writers' original articles only (default h1..h18; never the
frozen writers h19..h24, never dev/test, never ../shared/foreign-dev; contrast copies `-cN` are left out: they
repeat their original's sentences with other stance words, so they would only weight those articles twice). The
rules still attribute. Two ways to combine, each with its own threshold (`pipeline.tagging.TaggerSettings`):
- add: a tagged span that overlaps no rule statement (mean inside-probability >= add_min) is added with the
  speaker the rules' phrase finder gives it (`attribution`: "verb" = the subject before the last communication
  verb of its sentence; "verb+mention" = else the last known actor named in the sentence before it (round 2);
  "verb+first" = else the first one, usually the subject; "verb+paragraph" = else the speaker of the last rule
  statement of its paragraph); dropped when none is found;
- veto: a rule statement whose tokens the tagger gives a mean inside-probability below veto_max is dropped.
`train` writes a checkpoint per epoch (`<out>/epoch-N`, a folder `stance extract --tagger` loads); `tune` scores
every setting on the READ writers' dev split (original articles) with the checkpoint of each epoch and applies the
selection rule of reports/extraction/span_tagger.round8.md; `measure` scores rules alone and rules + tagger, with
ONE setting fixed beforehand (default: the one saved with the tagger), on the frozen writers (aggregate and per
writer only), foreign-dev, READ dev and the test split. Round 8 kept epoch 2 of this run as models/span-tagger.

Since round 13 the training set is named by flags, not paths in the code: `--splits train,dev` (the corpus splits of
the `--read` writers; the test split is refused) and `--folder DIR[=W1,W2]` (repeatable: every original article of
those writers, all of a READ folder's writers when none are named). `tune --folder DIR --writers W1,W2` tunes on
that folder's writers instead of READ dev (since round 23 `--folder DIR=W1,W2` repeats and pools, and `--model`
repeats: run folders and single checkpoints as candidates), records how many statements each setting adds, and
applies the round-13 selection rule (reports/extraction/span_tagger.round13.md: highest F1 with actor accuracy not below the rules',
ties to fewer additions). Every folder is refused when it is (under) data/frozen63 (round 70's frozen set),
data/frozen19 (round 27's frozen set: acceptance writers h82-h84 since round 28, aggregates only, their stance labels
unread), data/frozen21 (round 29's frozen set: acceptance writers h88-h90 since round 30, the same way),
data/frozen22 (round 30's frozen set: acceptance writers h91-h93 since round 31, the same way) or /work/staging,
on the path as written, before the disk is touched (round 26 also fenced data/frozen17 and data/frozen18, READ since
round 27; round 28 fenced data/frozen20, READ since round 29; round 31 fenced data/frozen23, READ since round
32; round 32 fenced data/frozen24, READ since round 33; round 33 fenced data/frozen25, READ since round 34; round 34
fenced data/frozen26, READ since round 35; round 35 fenced data/frozen27, READ since round 36, like data/frozen28,
the tagger-by-default check's judge written after round 35, never fenced here; round 36 fenced data/frozen29, READ
since round 37; round 37 fenced data/frozen30, READ since round 38; round 38 fenced data/frozen31, READ since round
39; round 39 fenced data/frozen32, READ since round 40; round 40 fenced data/frozen33, READ since round 41; round 41
fenced data/frozen34, READ since round 42; round 42 fenced data/frozen35, READ since round 43; round 43 fenced
data/frozen36, READ since round 44; round 44 fenced data/frozen37, READ since round 45; round 45 fenced
data/frozen38, READ since round 46; round 46 fenced data/frozen39, READ since round 47; round 47 fenced
data/frozen40, READ since round 48; round 48 fenced data/frozen41, READ since round 49; round 49 fenced
data/frozen42, READ since round 50; round 50 fenced data/frozen43, READ since round 51; round 51 fenced
data/frozen44, READ since round 52; round 52 fenced data/frozen45, READ since round 53; round 53 fenced
data/frozen46, READ since round 54; round 54 fenced data/frozen47, READ since round 55; round 55 fenced
data/frozen48, READ since round 56; round 56 fenced data/frozen49, READ since round 57; round 57 fenced
data/frozen50, READ since round 58; round 58 fenced data/frozen51, READ since round 59; round 59 fenced
data/frozen52, READ since round 60; round 60 fenced data/frozen53, READ since round 61; round 61 fenced
data/frozen54, READ since round 62; round 62 fenced data/frozen55, READ since round 63; round 63 fenced
data/frozen56, READ since round 64; round 64 fenced data/frozen57, READ since round 65; round 65 fenced
data/frozen58, READ since round 66; round 66 fenced data/frozen59, READ since round 67; round 67 fenced
data/frozen60, READ since round 68; round 68 fenced data/frozen61, READ since round 69; round 69 fenced
data/frozen62, READ since round 70).
`measure` scores the frozen writers (default h214,h215,h216) from `--frozen-corpus` (default data/frozen63), aggregates
only; `--frozen ''` leaves them out and never touches that folder.

    nice -n 19 python tools/span_tagger.py train -o /tmp/span-tagger --epochs 6 --cpu-minutes 24
    nice -n 19 python tools/span_tagger.py tune --model /tmp/span-tagger -o /tmp/span-tagger/tune.json
    nice -n 19 python tools/span_tagger.py measure --model models/span-tagger -o /tmp/span_tagger.json
    nice -n 19 python tools/span_tagger.py train -o /tmp/st13 --splits train,dev --read h1,...,h24 \
        --folder data/frozen --folder data/frozen2 --folder data/frozen3 --folder data/train-only --cpu-minutes 30
    nice -n 19 python tools/span_tagger.py tune --model /tmp/st13 --folder data/frozen4 --writers h37,h38,h39 \
        -o /tmp/st13/tune.json
    nice -n 10 python tools/span_tagger.py tune --model models/span-tagger --model /tmp/st22 \
        --folder data/frozen13=h64,h65,h66 --folder data/frozen14=h67,h68,h69 -o /tmp/st23-tune.json     # round 23

Not here: the rules (`pipeline.extract`), the tagger and the merge logic (`pipeline.tagging`).
"""
from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from dataclasses import asdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate.extraction import evaluate_items  # noqa: E402
from pipeline.evaluate.gold_sets import corpus_writers, load_gold_folder, load_split, load_writers  # noqa: E402
from pipeline.evaluate.matching import SpanError, locate  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402
from pipeline.schema import Statement  # noqa: E402
from pipeline.tagging import SpanTagger, TaggerSettings, combine, fit_tagger  # noqa: E402
from pipeline.tagging.merge import ATTRIBUTIONS  # noqa: E402

READ = ",".join(f"h{i}" for i in range(1, 19))       # round 8: every writer read while the rules were written
FROZEN = "h214,h215,h216"     # frozen since round 70 (1-5: h8,h10,h11; 6: h13-h18; ...; 68: h208-h210; 69: h211-h213)
FROZEN_CORPUS = "data/frozen63"     # their folder, read by `measure` only (aggregates), never trained or tuned on
_ROOT = Path(__file__).resolve().parent.parent
# round 70's frozen set, rounds 27's, 29's and 30's (acceptance writers h82-h84, h88-h90 and h91-h93) and where the
# next one is written
FENCES = ("data/frozen63", "data/frozen19", "data/frozen21", "data/frozen22", "/work/staging")
SPLITS_ALLOWED = ("train", "dev")                     # the test split is never trained or tuned on


def fenced(folder: str) -> str | None:
    """The fence `folder` is at or under (data/frozen63, data/frozen19, data/frozen21, data/frozen22,
    /work/staging), else None; on the path as written (os.path.abspath and normpath read no disk), so a fenced folder
    is refused before anything under it is touched.

    >>> fenced("data/frozen63/parts"), fenced("data/frozen19"), fenced("data/frozen21"), fenced("data/frozen22")
    ('data/frozen63', 'data/frozen19', 'data/frozen21', 'data/frozen22')
    >>> fenced("/work/staging/x")
    '/work/staging'
    >>> fenced("data/frozen62"), fenced("data/frozen61"), fenced("data/frozen60"), fenced("data/frozen59")
    (None, None, None, None)
    """
    where = os.path.normpath(os.path.abspath(folder))
    for fence in FENCES:
        f = os.path.normpath(fence if os.path.isabs(fence) else os.path.join(str(_ROOT), fence))
        g = os.path.normpath(os.path.abspath(fence))
        if any(where == x or where.startswith(x.rstrip(os.sep) + os.sep) for x in (f, g)):
            return fence
    return None


def parse_folder(spec: str) -> tuple[str, list[str] | None]:
    """`DIR` or `DIR=W1,W2` -> (folder, writers or None for all); a fenced folder is an error naming the fence."""
    folder, sep, ws = spec.partition("=")
    fence = fenced(folder)
    if fence:
        raise SystemExit(f"--folder {folder}: refused, it is (under) {fence}, which is never trained or tuned on")
    writers = [w for w in ws.split(",") if w] if sep else None
    if sep and not writers:
        raise SystemExit(f"--folder {spec!r}: expected DIR or DIR=W1,W2")
    return folder, writers


def folder_items(spec: str):
    """Every original article (no contrast copies) of a READ folder's writers (all of them unless named)."""
    folder, writers = parse_folder(spec)
    return [(a, g) for a, g in load_writers(folder, writers or corpus_writers(folder)) if not a.meta.get("contrast_of")]


def parse_splits(value: str) -> list[str]:
    splits = [s for s in value.split(",") if s]
    bad = [s for s in splits if s not in SPLITS_ALLOWED]
    if bad or not splits:
        raise SystemExit(f"--splits {value!r}: allowed {list(SPLITS_ALLOWED)} (the test split is never trained on)")
    return splits


def writer_of(article) -> str:
    return str(article.meta.get("writer") or article.id.split("-")[0])


def read_items(corpus: str, split: str, read: list[str]):
    """The READ writers' original articles (no contrast copies) of one split, with gold."""
    return [(a, g) for a, g in load_split(corpus, split)
            if writer_of(a) in read and not a.meta.get("contrast_of")]


# ----------------------------------------------------------------------------------- training
def train(args) -> int:
    """Gold spans of the READ writers' originals of `--splits` (default train) and of every `--folder` ->
    `fit_tagger`, a checkpoint per epoch."""
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    read = args.read.split(",")
    splits = parse_splits(args.splits)
    folders = [parse_folder(f) for f in args.folder or []]     # fences checked before anything is read
    items = [x for sp in splits for x in read_items(args.corpus, sp, read)]
    for f in args.folder or []:
        items += folder_items(f)
    docs, unlocated = [], 0
    for art, gold in items:
        spans = []
        for g in gold:
            try:
                spans.append(locate(g.text, art.text))
            except SpanError:
                unlocated += 1
        docs.append((art.text, spans))
    writers = sorted({writer_of(a) for a, _ in items}, key=lambda w: (len(w), w))
    print(f"{len(items)} articles of {','.join(writers)} ({unlocated} gold statements not located)", flush=True)
    tagger = SpanTagger.fresh(train_layers=args.train_layers)
    fit_tagger(tagger, docs, args.output, epochs=args.epochs, lr=args.lr, batch=args.batch, seed=args.seed,
               cpu_minutes=args.cpu_minutes, max_steps=args.max_steps, precision=args.precision,
               info={"articles": len(items), "writers": writers, "split": "+".join(splits), "originals_only": True,
                     "folders": [f"{f}={','.join(ws)}" if ws else f for f, ws in folders]})
    return 0


def extractor(tagger: SpanTagger, setting: TaggerSettings, cache: dict | None = None, counts: dict | None = None):
    """An extractor (text, article id, registry) -> statements for `evaluate_items` (rules and tagger
    probabilities of an article computed once per cache); `counts` (if given) gathers how many statements the
    tagger added and vetoed."""
    cache = {} if cache is None else cache

    def run(text: str, aid: str, reg) -> list[Statement]:
        if aid not in cache:
            cache[aid] = (extract_statements(text, aid, reg), *tagger.probs(text))
        rules, offs, probs = cache[aid]
        out = combine(text, aid, reg, rules, offs, probs, setting, tagger.fallback)
        if counts is not None:
            kept = sum(1 for r in rules if any(o is r for o in out))
            counts["added"] = counts.get("added", 0) + len(out) - kept
            counts["vetoed"] = counts.get("vetoed", 0) + len(rules) - kept
        return out
    return run


def _row(rep) -> dict:
    row = {k: round(getattr(rep, k), 4) if isinstance(getattr(rep, k), float) else getattr(rep, k)
           for k in ("n_articles", "n_gold", "n_pred", "n_matched", "precision", "recall", "f1", "actor_accuracy",
                     "side_accuracy")}
    row["direct_recall"] = round(rep.per_kind.get("direct", {}).get("recall", 0.0), 4)
    row["indirect_recall"] = round(rep.per_kind.get("indirect", {}).get("recall", 0.0), 4)
    return row


def grid() -> list[TaggerSettings]:
    out = [TaggerSettings()]
    for add in (None, 0.5, 0.6, 0.7, 0.8, 0.9):
        for att in (ATTRIBUTIONS if add is not None else ("verb+mention",)):
            for veto in (None, 0.05, 0.1, 0.2, 0.3):
                if add is None and veto is None:
                    continue
                out.append(TaggerSettings(add, att, veto))
    return out


def candidates(models: list[str]) -> list[tuple[str, Path]]:
    """(label, checkpoint folder) in the order given: a checkpoint folder (with tagger.json) as itself, a run folder
    as its epoch-N folders in epoch order (labelled epoch-N when it is the only model, else folder/epoch-N)."""
    out = []
    for m in models:
        if (Path(m) / "tagger.json").exists():
            out.append((m, Path(m)))
            continue
        eps = sorted(Path(m).glob("epoch-*"), key=lambda p: int(p.name.split("-")[1]))
        if not eps:
            raise SystemExit(f"--model {m}: neither a checkpoint (tagger.json) nor a run folder of epoch-N checkpoints")
        out += [(ck.name if len(models) == 1 else f"{m.rstrip('/')}/{ck.name}", ck) for ck in eps]
    return out


def tune(args) -> int:
    """Every setting with every epoch's checkpoint, on the READ writers' dev split (round 8) or on `--folder` +
    `--writers` (round 13: the selection rule of span_tagger.round13.md)."""
    if args.folder:
        specs = args.folder if not args.writers else [f"{f}={args.writers}" for f in args.folder]
        parsed = [parse_folder(f) for f in specs]             # every fence checked before anything is read
        if any(ws is None for _, ws in parsed):
            raise SystemExit("tune --folder needs its writers: --folder DIR=W1,W2 (repeatable) or --writers W1,W2")
        items = [(a, g) for f, ws in parsed for a, g in load_writers(f, ws) if not a.meta.get("contrast_of")]
        name = " + ".join(f"{f} ({','.join(ws)})" for f, ws in parsed) + " (original articles)"   # type: ignore[arg-type]
    else:
        items, name = read_items(args.corpus, "dev", args.read.split(",")), f"READ dev ({args.read}; original articles)"
    rules = evaluate_items(items, "rules")
    out = {"set": name, "rules": _row(rules), "runs": []}
    print(f"rules alone: F1 {rules.f1:.4f} actor {rules.actor_accuracy:.4f} (P {rules.precision:.4f} R {rules.recall:.4f}) "
          f"indirect {_row(rules)['indirect_recall']:.4f}")
    for order, (label, ck) in enumerate(candidates(args.model)):
        tagger, cache = SpanTagger.from_pretrained(ck), {}
        for st in grid():
            counts: dict = {}
            rep = evaluate_items(items, name, extractor(tagger, st, cache, counts))
            out["runs"].append({"checkpoint": label, "order": order, **asdict(st), **_row(rep),
                                "added": counts.get("added", 0), "vetoed": counts.get("vetoed", 0)})
            print(f"{label} {st.name()}: F1 {rep.f1:.4f} actor {rep.actor_accuracy:.4f} "
                  f"(P {rep.precision:.4f} R {rep.recall:.4f}) indirect {_row(rep)['indirect_recall']:.4f} "
                  f"+{counts.get('added', 0)} -{counts.get('vetoed', 0)}", flush=True)
    out["chosen"] = (choose_fewer_additions if args.folder else choose)(out["rules"], out["runs"])
    print(f"chosen by the selection rule: {out['chosen']}")
    Path(args.output).write_text(json.dumps(out, indent=1) + "\n")
    return 0


def choose(rules: dict, runs: list[dict]) -> dict:
    """The selection rule fixed before tuning: the highest READ-dev F1 whose actor accuracy is not below the
    rules'; ties to the earlier epoch, then veto off, additions off, the higher add_min. If none beats the rules'
    F1 under that constraint, the highest F1 without it (so the learned path is measured either way)."""
    def key(r):
        return (-r["f1"], int(r["checkpoint"].split("-")[1]), r["veto_max"] is not None, r["add_min"] is not None,
                -(r["add_min"] or 0.0))
    ok = sorted((r for r in runs if r["actor_accuracy"] >= rules["actor_accuracy"]), key=key)
    best = ok[0] if ok and ok[0]["f1"] > rules["f1"] else sorted(runs, key=key)[0]
    return {"checkpoint": best["checkpoint"], "setting": {k: best[k] for k in ("add_min", "attribution", "veto_max")},
            "constraint_met": bool(ok and ok[0]["f1"] > rules["f1"]), "read_dev": {k: best[k] for k in (
                "precision", "recall", "f1", "actor_accuracy", "direct_recall", "indirect_recall")}}


def choose_fewer_additions(rules: dict, runs: list[dict]) -> dict:
    """The round-13 selection rule (span_tagger.round13.md, fixed before tuning): among settings whose actor accuracy
    is not below the rules', the highest F1 (to 4 decimals); ties to fewer added statements, then fewer vetoed ones,
    then the earlier epoch (the earlier candidate, in `--model` order). `beats_rules` says whether that F1 is above the rules' (only then is it saved)."""
    def key(r):
        return (-round(r["f1"], 4), r.get("added", 0), r.get("vetoed", 0),
                r["order"] if "order" in r else int(r["checkpoint"].split("-")[1]))
    ok = sorted((r for r in runs if r["actor_accuracy"] >= rules["actor_accuracy"]), key=key)
    best = ok[0] if ok else sorted(runs, key=key)[0]
    return {"checkpoint": best["checkpoint"], "setting": {k: best[k] for k in ("add_min", "attribution", "veto_max")},
            "constraint_met": bool(ok), "beats_rules": bool(ok) and round(best["f1"], 4) > round(rules["f1"], 4),
            "added": best.get("added", 0), "vetoed": best.get("vetoed", 0),
            "scores": {k: best[k] for k in ("precision", "recall", "f1", "actor_accuracy", "direct_recall",
                                              "indirect_recall")}}


def measure(args) -> int:
    """Rules alone vs rules + tagger with the one setting fixed beforehand; aggregates only."""
    tagger = SpanTagger.from_pretrained(args.model)
    setting = TaggerSettings(**json.loads(Path(args.setting).read_text())["setting"]) if args.setting else tagger.settings
    frozen = [w for w in args.frozen.split(",") if w]
    froz = {"frozen": lambda: load_writers(args.frozen_corpus, frozen),
            **{f"frozen {w}": (lambda w=w: load_writers(args.frozen_corpus, [w])) for w in frozen}} if frozen else {}
    sets = {**froz,
            "foreign-dev": lambda: load_gold_folder(args.foreign),
            "READ dev": lambda: read_items(args.corpus, "dev", args.read.split(",")),
            "test": lambda: load_split(args.corpus, "test")}
    out = {"model": args.model, "setting": asdict(setting), "measured": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
           "sets": {}}
    for name, load in sets.items():
        items = load()
        rules = evaluate_items(items, name)
        both = evaluate_items(items, name, extractor(tagger, setting))
        out["sets"][name] = {"rules": _row(rules), "rules+tagger": _row(both),
                             "rules_articles_per_s": round(rules.n_articles / rules.seconds, 1),
                             "combined_articles_per_s": round(both.n_articles / both.seconds, 2)}
        print(f"{name}: rules F1 {rules.f1:.4f} actor {rules.actor_accuracy:.4f} | rules+tagger F1 {both.f1:.4f} "
              f"actor {both.actor_accuracy:.4f} (P {both.precision:.4f} R {both.recall:.4f}); "
              f"{both.n_articles / both.seconds:.2f} articles/s", flush=True)
    out["training"] = tagger.meta
    Path(args.output).write_text(json.dumps(out, indent=1) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n")[-2])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train the tagger on the READ writers' train split (a checkpoint per epoch)")
    t.add_argument("--epochs", type=int, default=6, help="planned epochs (the learning-rate schedule spans them)")
    t.add_argument("--batch", type=int, default=8, help="windows per optimizer step")
    t.add_argument("--lr", type=float, default=1e-4, help="AdamW learning rate")
    t.add_argument("--train-layers", type=int, default=3, help="top encoder layers that learn (with the head)")
    t.add_argument("--cpu-minutes", type=float, default=24.0, help="no new epoch after this much CPU time")
    t.add_argument("--seed", type=int, default=0)
    t.add_argument("--max-steps", type=int, default=0, help="stop after this many optimizer steps (0: no limit)")
    t.add_argument("--precision", choices=("fp32", "bf16"), default="fp32",
                   help="fp32, or bf16: forward pass and loss under bfloat16 autocast (~2.5x faster on CPUs with AMX)")
    t.add_argument("--splits", default="train", help="corpus splits of the --read writers to train on: train or "
                   "train,dev (default: train; test is refused)")
    t.add_argument("--folder", action="append", metavar="DIR[=W1,W2]", help="also train on every original article "
                   "of these writers of a READ folder (all its writers if none named); repeatable; data/frozen63, "
                   "data/frozen19, data/frozen21, data/frozen22 and /work/staging are refused")
    u = sub.add_parser("tune", help="score every combination setting and checkpoint on the READ writers' dev split "
                       "(or on --folder + --writers)")
    u.add_argument("--folder", action="append", metavar="DIR[=W1,W2]", help="tune on these writers of this folder "
                   "instead of READ dev (round-13 selection rule); repeatable, pooled (round 23); data/frozen63, "
                   "data/frozen19, data/frozen21, data/frozen22 and /work/staging are refused")
    u.add_argument("--writers", metavar="W1,W2", help="the writers of every --folder given as DIR (round 13's form)")
    u.add_argument("--model", action="append", required=True, help="a run folder of epoch-N checkpoints, or a "
                   "checkpoint folder; repeatable (candidates in this order: ties go to the earlier)")
    m = sub.add_parser("measure", help="rules vs rules + tagger (one fixed setting) on frozen, foreign-dev, READ dev, test")
    m.add_argument("--setting", help="JSON with a 'setting' object (add_min, attribution, veto_max); default: the "
                   "settings saved with the tagger")
    m.add_argument("--frozen", default=FROZEN, help=f"frozen writers (default {FROZEN}; '' for none); aggregate "
                   "scores only")
    m.add_argument("--frozen-corpus", default=FROZEN_CORPUS, help=f"folder of the frozen writers (default "
                   f"{FROZEN_CORPUS}); never read with --frozen ''")
    m.add_argument("--foreign", default="../shared/foreign-dev")
    m.add_argument("--model", required=True, help="a checkpoint folder")
    for p in (t, u, m):
        p.add_argument("--corpus", default="data/corpus")
        p.add_argument("--read", default=READ, help=f"READ writers (default {READ})")
    for p in (t, u, m):
        p.add_argument("-o", "--output", required=True, help="train: run folder; tune/measure: JSON to write")
    args = ap.parse_args(argv)
    if fenced(args.corpus):
        raise SystemExit(f"--corpus {args.corpus}: refused, it is (under) {fenced(args.corpus)}")
    return {"train": train, "tune": tune, "measure": measure}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
