"""Learned statement-span tagger, measured against the rules (issue 14, item 2).

A token classifier (B/I/O over our verified encoder, MiniLM-L6) tags statement spans; it is trained on the
train split of the READ writers' original articles only (never the frozen writers h8/h10/h11, never
dev/test, never ../shared/foreign-dev). The rules still attribute: a tagged span that overlaps no rule
statement is added with the speaker the rules' own phrase finder gives it (the subject before the last
communication verb of its sentence, else the nearest rule speaker of the paragraph), and dropped when none
is found. `measure` scores rules alone and rules + tagger with the same metric on the frozen writers
(aggregate numbers only), foreign-dev and the READ writers' dev+test articles.

    nice -n 19 python tools/span_tagger.py train -o /tmp/span-tagger --cpu-minutes 13
    python tools/span_tagger.py measure --model /tmp/span-tagger -o reports/extraction/span_tagger.json

Not here: the rules (`pipeline.extract`); this tool is an experiment, not part of `stance extract`.
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate.extraction import evaluate_items, registry_for  # noqa: E402
from pipeline.evaluate.gold_sets import load_gold_folder, load_split, load_writers  # noqa: E402
from pipeline.evaluate.matching import SpanError, locate  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402
from pipeline.extract.lexicon import VERB_RE  # noqa: E402
from pipeline.extract.phrases import np_before  # noqa: E402
from pipeline.extract.speakers import Ctx, mentions, resolve  # noqa: E402
from pipeline.schema import Statement  # noqa: E402

READ = ("h1", "h2", "h3", "h4", "h5", "h6", "h7", "h9", "h12")
FROZEN = ("h8", "h10", "h11")
WINDOW, STRIDE = 254, 190
LABELS = ("O", "B", "I")


def _train_items(corpus: str):
    """READ writers' original articles of the train split, with gold."""
    items = load_split(corpus, "train")
    return [(a, g) for a, g in items if a.id.split("-")[0] in READ and not re.search(r"-c\d+$", a.id)]


def _windows(tok, text: str):
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
    ids, offs = enc["input_ids"], enc["offset_mapping"]
    starts = list(range(0, max(1, len(ids) - WINDOW + STRIDE), STRIDE)) or [0]
    return ids, offs, starts


def _labels(offs, spans):
    lab = [0] * len(offs)
    for s, e in spans:
        first = True
        for k, (a, b) in enumerate(offs):
            if b <= s or a >= e:
                continue
            lab[k] = 1 if first else 2
            first = False
    return lab


def train(args) -> int:
    import torch
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    from pipeline.classify.encoder import DEFAULT_BASE, resolve_base, verify_base
    torch.set_num_threads(1)
    torch.manual_seed(0)
    base = resolve_base(DEFAULT_BASE)
    verify_base(base, DEFAULT_BASE)
    tok = AutoTokenizer.from_pretrained(base)
    model = AutoModelForTokenClassification.from_pretrained(base, num_labels=3)
    examples = []
    for art, gold in _train_items(args.corpus):
        spans = []
        for g in gold:
            try:
                spans.append(locate(g.text, art.text))
            except SpanError:
                pass
        ids, offs, starts = _windows(tok, art.text)
        lab = _labels(offs, spans)
        for st in starts:
            w = slice(st, st + WINDOW)
            examples.append(([tok.cls_token_id] + ids[w] + [tok.sep_token_id], [-100] + lab[w] + [-100]))
    print(f"{len(examples)} windows from the train split of {', '.join(READ)}", flush=True)
    opt = torch.optim.AdamW(model.parameters(), lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(examples) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda i: min(1.0, (i + 1) / (0.1 * steps)) * max(0.0, 1 - i / steps))
    cpu0, step = time.process_time(), 0
    gen = torch.Generator().manual_seed(0)
    model.train()
    for epoch in range(args.epochs):
        order = torch.randperm(len(examples), generator=gen).tolist()
        total = 0.0
        for b in range(0, len(order), args.batch):
            batch = [examples[i] for i in order[b:b + args.batch]]
            n = max(len(x) for x, _ in batch)
            inp = torch.tensor([x + [tok.pad_token_id] * (n - len(x)) for x, _ in batch])
            att = torch.tensor([[1] * len(x) + [0] * (n - len(x)) for x, _ in batch])
            lab = torch.tensor([y + [-100] * (n - len(y)) for _, y in batch])
            loss = model(input_ids=inp, attention_mask=att, labels=lab).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += loss.item()
            step += 1
            if time.process_time() - cpu0 > args.cpu_minutes * 60:
                break
        print(f"epoch {epoch + 1}: mean loss {total / max(1, (len(order) + args.batch - 1) // args.batch):.4f}, "
              f"cpu {time.process_time() - cpu0:.0f} s", flush=True)
        if time.process_time() - cpu0 > args.cpu_minutes * 60:
            print("CPU budget reached", flush=True)
            break
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out)
    tok.save_pretrained(out)
    (out / "train_info.json").write_text(json.dumps({"windows": len(examples), "steps": step, "epochs": args.epochs,
                                                     "cpu_seconds": round(time.process_time() - cpu0, 1),
                                                     "writers": READ, "split": "train"}, indent=1))
    return 0


class Tagger:
    """Statement spans of an article from the trained token classifier (character offsets)."""

    def __init__(self, folder: str):
        import torch
        from transformers import AutoModelForTokenClassification, AutoTokenizer
        torch.set_num_threads(1)
        self.torch = torch
        self.tok = AutoTokenizer.from_pretrained(folder)
        self.model = AutoModelForTokenClassification.from_pretrained(folder).eval()

    def spans(self, text: str) -> list[tuple[int, int]]:
        torch = self.torch
        ids, offs, starts = _windows(self.tok, text)
        if not ids:
            return []
        logits = torch.zeros(len(ids), 3)
        counts = torch.zeros(len(ids), 1)
        with torch.no_grad():
            for st in starts:
                w = ids[st:st + WINDOW]
                out = self.model(input_ids=torch.tensor([[self.tok.cls_token_id] + w + [self.tok.sep_token_id]])).logits[0]
                logits[st:st + len(w)] += out[1:1 + len(w)]
                counts[st:st + len(w)] += 1
        probs = (logits / counts.clamp(min=1)).softmax(-1)
        tags = probs.argmax(-1).tolist()
        inside = (1 - probs[:, 0]).tolist()
        out, cur = [], None
        for k, t in enumerate(tags):
            if t == 0 or (t == 1 and cur is not None):
                if cur is not None:
                    out.append(cur)
                cur = None
            if t in (1, 2):
                cur = (offs[k][0] if cur is None else cur[0], offs[k][1], (cur[2] if cur else []) + [inside[k]])
        if cur is not None:
            out.append(cur)
        return [(s, e, sum(c) / len(c)) for s, e, c in out if len(text[s:e].split()) >= 4]


def _attribute(text: str, s: int, rules: list[Statement], reg, verb_only: bool = False
               ) -> tuple[str, tuple[str, str, str]] | None:
    """The speaker of a tagged span: the subject before the last communication verb of its sentence (a pronoun
    means the nearest rule speaker before it), else a known actor named in the sentence before the span."""
    ss = max(text.rfind("\n", 0, s) + 1, max(text.rfind(". ", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s)) + 2)
    ss = min(ss, s)
    ctx = Ctx()
    for r in rules:
        if r.end <= s:
            ctx.person.append((r.actor, r.side)) if r.speaker.lower() not in ("it", "they") else ctx.things.append((r.actor, r.side))
    verbs = list(VERB_RE.finditer(text, ss, s))
    for v in reversed(verbs):
        np = np_before(text, ss, v.start())
        if np:
            res = resolve(text[np[0]:np[1]], ctx, reg)
            if res:
                return text[np[0]:np[1]], res
    if verb_only:
        return None
    ms = [m for m in mentions(text, ss, s, bytearray(len(text) + 1), reg) if m[3] != "unknown"]
    if ms and verbs:
        pos, a, side, typ = ms[-1]
        return a, (a, side, typ)
    return None


def combined(tagger: Tagger, min_conf: float = 0.0, verb_only: bool = False, cache: dict | None = None):
    """Rules, plus the tagger's spans that no rule statement overlaps (confidence >= min_conf, attributed)."""
    cache = {} if cache is None else cache

    def run(text: str, aid: str, reg) -> list[Statement]:
        if aid not in cache:
            cache[aid] = (extract_statements(text, aid, reg), tagger.spans(text))
        rules, tagged = cache[aid]
        taken = [(r.start, r.end) for r in rules]
        extra = []
        for s, e, conf in tagged:
            if conf < min_conf:
                continue
            while s < e and text[s] in " \"“”‘’'":
                s += 1
            while e > s and text[e - 1] in " .,\"“”‘’'":
                e -= 1
            if any(min(e, b) - max(s, a) > 0 for a, b in taken) or len(text[s:e].split()) < 4:
                continue
            att = _attribute(text, s, rules, reg, verb_only)
            if att is None:
                continue
            mention, (actor, side, _) = att
            direct = text[max(0, s - 1)] in "\"“‘"
            extra.append(Statement(aid, text[s:e], mention, actor, side if side in reg.camps else "other",
                                   "direct" if direct else "indirect", {}, s, e))
        return sorted(rules + extra, key=lambda st: st.start)
    return run


def _row(rep) -> dict:
    return {k: round(getattr(rep, k), 4) if isinstance(getattr(rep, k), float) else getattr(rep, k)
            for k in ("n_articles", "n_gold", "n_pred", "n_matched", "precision", "recall", "f1", "actor_accuracy")}


def measure(args) -> int:
    tagger = Tagger(args.model)
    read_eval = [(a, g) for sp in ("dev", "test") for a, g in load_split(args.corpus, sp)
                 if a.id.split("-")[0] in READ and not re.search(r"-c\d+$", a.id)]
    sets = {"read writers, dev+test": read_eval,
            "frozen writers": load_writers(args.corpus, list(FROZEN)),
            "foreign-dev": load_gold_folder(args.foreign)}
    out = {"model": args.model, "sets": {}, "tuning": []}
    cache: dict = {}
    best = (-1.0, 0.0, False)
    for min_conf in (0.0, 0.6, 0.7, 0.8, 0.9):            # chosen on the READ writers' dev+test only
        for verb_only in (False, True):
            rep = evaluate_items(read_eval, "tune", combined(tagger, min_conf, verb_only, cache))
            out["tuning"].append({"min_conf": min_conf, "verb_only": verb_only, **_row(rep)})
            print(f"  tune on READ dev+test: min_conf {min_conf} verb_only {verb_only}: F1 {rep.f1:.3f} "
                  f"actor {rep.actor_accuracy:.3f}", flush=True)
            if rep.f1 > best[0]:
                best = (rep.f1, min_conf, verb_only)
    out["chosen"] = {"min_conf": best[1], "verb_only": best[2]}
    for name, items in sets.items():
        rules = evaluate_items(items, name)
        both = evaluate_items(items, name, combined(tagger, best[1], best[2]))
        out["sets"][name] = {"rules": _row(rules), "rules+tagger": _row(both),
                             "rules_articles_per_s": round(rules.n_articles / rules.seconds, 1),
                             "combined_articles_per_s": round(both.n_articles / both.seconds, 2)}
        print(f"{name}: rules F1 {rules.f1:.3f} actor {rules.actor_accuracy:.3f} | rules+tagger F1 {both.f1:.3f} "
              f"actor {both.actor_accuracy:.3f} (P {both.precision:.3f} R {both.recall:.3f}); "
              f"{both.n_articles / both.seconds:.2f} articles/s", flush=True)
    info = Path(args.model) / "train_info.json"
    if info.exists():
        out["training"] = json.loads(info.read_text())
    Path(args.output).write_text(json.dumps(out, indent=1) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n")[2])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train the tagger on the READ writers' train split")
    t.add_argument("--corpus", default="data/corpus")
    t.add_argument("-o", "--output", required=True, help="folder for the trained tagger (not committed)")
    t.add_argument("--epochs", type=int, default=3)
    t.add_argument("--batch", type=int, default=8)
    t.add_argument("--lr", type=float, default=5e-5)
    t.add_argument("--cpu-minutes", type=float, default=13.0, help="stop training after this much CPU time")
    m = sub.add_parser("measure", help="rules vs rules + tagger on READ dev+test, the frozen writers, foreign-dev")
    m.add_argument("--corpus", default="data/corpus")
    m.add_argument("--foreign", default="../shared/foreign-dev")
    m.add_argument("--model", required=True)
    m.add_argument("-o", "--output", required=True)
    args = ap.parse_args(argv)
    return train(args) if args.cmd == "train" else measure(args)


if __name__ == "__main__":
    sys.exit(main())
