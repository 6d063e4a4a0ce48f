"""Learned statement-span tagger, measured against the rules (issue 14, item 2; rounds 2 and 8).

A token classifier (B/I/O over our verified encoder, MiniLM-L6; only the top `--train-layers` layers and the head
learn, so a run is saved as those weights alone, in safetensors, over the sha256-verified base) tags statement
spans. It is trained on the train split of the READ writers' original articles only (default h1..h18; never the
frozen writers h19..h24, never dev/test, never ../shared/foreign-dev; contrast copies `-cN` are left out: they
repeat their original's sentences with other stance words, so they would only weight those articles twice). The
rules still attribute. Two ways to combine, each with its own threshold (`Setting`):
- add: a tagged span that overlaps no rule statement (mean inside-probability >= add_min) is added with the
  speaker the rules' phrase finder gives it (`attribution`: "verb" = the subject before the last communication
  verb of its sentence; "verb+mention" = else the last known actor named in the sentence before it (round 2);
  "verb+first" = else the first one, usually the subject; "verb+paragraph" = else the speaker of the last rule
  statement of its paragraph); dropped when none is found;
- veto: a rule statement whose tokens the tagger gives a mean inside-probability below veto_max is dropped.
`tune` scores every setting on the READ writers' dev split (original articles) with the checkpoint of each epoch;
`measure` scores rules alone and rules + tagger, with ONE setting fixed beforehand, on the frozen writers (aggregate
and per writer only), foreign-dev, READ dev and the test split.

    nice -n 19 python tools/span_tagger.py train -o /tmp/span-tagger --cpu-minutes 24
    nice -n 19 python tools/span_tagger.py tune --model /tmp/span-tagger -o /tmp/span-tagger/tune.json
    nice -n 19 python tools/span_tagger.py measure --model /tmp/span-tagger/epoch-6 --setting setting.json \\
        -o reports/extraction/span_tagger.round8.json

Not here: the rules (`pipeline.extract`); this tool is an experiment, not part of `stance extract`.
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.evaluate.extraction import evaluate_items  # noqa: E402
from pipeline.evaluate.gold_sets import load_gold_folder, load_split, load_writers  # noqa: E402
from pipeline.evaluate.matching import SpanError, locate  # noqa: E402
from pipeline.extract.extractor import extract_statements  # noqa: E402
from pipeline.extract.lexicon import VERB_RE  # noqa: E402
from pipeline.extract.phrases import np_before  # noqa: E402
from pipeline.extract.speakers import Ctx, mentions, resolve  # noqa: E402
from pipeline.schema import Statement  # noqa: E402

READ = ",".join(f"h{i}" for i in range(1, 19))       # round 8: every writer read while the rules were written
FROZEN = ",".join(f"h{i}" for i in range(19, 25))     # frozen since round 7 (rounds 1-5: h8,h10,h11; 6: h13-h18)
WINDOW, STRIDE = 254, 190
LABELS = ("O", "B", "I")
ATTRIBUTIONS = ("verb", "verb+mention", "verb+first", "verb+paragraph")


def writer_of(article) -> str:
    return str(article.meta.get("writer") or article.id.split("-")[0])


def read_items(corpus: str, split: str, read: list[str]):
    """The READ writers' original articles (no contrast copies) of one split, with gold."""
    return [(a, g) for a, g in load_split(corpus, split)
            if writer_of(a) in read and not a.meta.get("contrast_of")]


# ----------------------------------------------------------------------------------- tokens and labels
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


def _base():
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    from pipeline.classify.encoder import DEFAULT_BASE, resolve_base, verify_base
    folder = resolve_base(DEFAULT_BASE)
    return DEFAULT_BASE, folder, verify_base(folder, DEFAULT_BASE)


def _trained(name: str, n_layers: int, train_layers: int) -> bool:
    keep = tuple(f"bert.encoder.layer.{i}." for i in range(n_layers - train_layers, n_layers))
    return name.startswith("classifier.") or name.startswith(keep)


# ----------------------------------------------------------------------------------- training
def train(args) -> int:
    import torch
    from safetensors.torch import save_file
    from transformers import AutoModelForTokenClassification, AutoTokenizer

    torch.set_num_threads(1)
    torch.manual_seed(0)
    read = args.read.split(",")
    base_id, base, sha = _base()
    tok = AutoTokenizer.from_pretrained(base)
    model = AutoModelForTokenClassification.from_pretrained(base, num_labels=len(LABELS))
    n_layers = model.config.num_hidden_layers
    for name, p in model.named_parameters():
        p.requires_grad = _trained(name, n_layers, args.train_layers)
    items = read_items(args.corpus, "train", read)
    examples, unlocated = [], 0
    for art, gold in items:
        spans = []
        for g in gold:
            try:
                spans.append(locate(g.text, art.text))
            except SpanError:
                unlocated += 1
        ids, offs, starts = _windows(tok, art.text)
        lab = _labels(offs, spans)
        for st in starts:
            w = slice(st, st + WINDOW)
            examples.append(([tok.cls_token_id] + ids[w] + [tok.sep_token_id], [-100] + lab[w] + [-100]))
    print(f"{len(examples)} windows from {len(items)} train articles of {args.read} ({unlocated} gold unlocated)",
          flush=True)
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=0.01)
    steps = args.epochs * ((len(examples) + args.batch - 1) // args.batch)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda i: min(1.0, (i + 1) / (0.1 * steps)) * max(0.0, 1 - i / steps))
    cpu0, step = time.process_time(), 0
    gen = torch.Generator().manual_seed(0)
    out = Path(args.output)
    out.mkdir(parents=True, exist_ok=True)
    log = []
    for epoch in range(1, args.epochs + 1):
        model.train()
        order = torch.randperm(len(examples), generator=gen).tolist()
        total, nb = 0.0, 0
        for b in range(0, len(order), args.batch):
            batch = [examples[i] for i in order[b:b + args.batch]]
            n = max(len(x) for x, _ in batch)
            inp = torch.tensor([x + [tok.pad_token_id] * (n - len(x)) for x, _ in batch])
            att = torch.tensor([[1] * len(x) + [0] * (n - len(x)) for x, _ in batch])
            lab = torch.tensor([y + [-100] * (n - len(y)) for _, y in batch])
            loss = model(input_ids=inp, attention_mask=att, labels=lab).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            opt.step()
            sched.step()
            opt.zero_grad()
            total += loss.item()
            nb += 1
            step += 1
        cpu = time.process_time() - cpu0
        log.append({"epoch": epoch, "mean_loss": round(total / max(1, nb), 4), "cpu_seconds": round(cpu, 1)})
        print(f"epoch {epoch}: mean loss {total / max(1, nb):.4f}, cpu {cpu:.0f} s", flush=True)
        state = {k: v.detach().contiguous() for k, v in model.state_dict().items() if _trained(k, n_layers, args.train_layers)}
        folder = out / f"epoch-{epoch}"
        folder.mkdir(exist_ok=True)
        save_file(state, str(folder / "tagger.safetensors"))
        meta = {"base": base_id, "base_sha256": sha, "labels": list(LABELS), "train_layers": args.train_layers,
                "window": WINDOW, "stride": STRIDE, "epoch": epoch, "epochs_planned": args.epochs, "lr": args.lr,
                "batch": args.batch, "windows": len(examples), "articles": len(items), "writers": read,
                "split": "train", "originals_only": True, "steps": step, "log": log}
        (folder / "tagger.json").write_text(json.dumps(meta, indent=1) + "\n")
        if cpu > args.cpu_minutes * 60 and epoch < args.epochs:
            print("CPU budget reached", flush=True)
            break
    return 0


class Tagger:
    """Per-token B/I/O probabilities of an article from a saved checkpoint (top layers over the verified base)."""

    def __init__(self, folder: str):
        import torch
        from safetensors.torch import load_file
        from transformers import AutoModelForTokenClassification, AutoTokenizer
        torch.set_num_threads(1)
        self.torch = torch
        meta = json.loads((Path(folder) / "tagger.json").read_text())
        base_id, base, sha = _base()
        if sha != meta["base_sha256"]:
            raise SystemExit(f"{folder}: trained over base sha256 {meta['base_sha256']}, this base is {sha}")
        self.tok = AutoTokenizer.from_pretrained(base)
        self.model = AutoModelForTokenClassification.from_pretrained(base, num_labels=len(LABELS))
        missing = self.model.load_state_dict(load_file(str(Path(folder) / "tagger.safetensors")), strict=False)
        if missing.unexpected_keys:
            raise SystemExit(f"{folder}: unexpected weights {missing.unexpected_keys[:3]}")
        self.model.eval()

    def probs(self, text: str):
        """(token char offsets, [tokens, 3] probabilities O/B/I), windows averaged in logit space."""
        torch = self.torch
        ids, offs, starts = _windows(self.tok, text)
        if not ids:
            return [], torch.zeros(0, 3)
        logits = torch.zeros(len(ids), 3)
        counts = torch.zeros(len(ids), 1)
        with torch.no_grad():
            for st in starts:
                w = ids[st:st + WINDOW]
                out = self.model(input_ids=torch.tensor([[self.tok.cls_token_id] + w + [self.tok.sep_token_id]])).logits[0]
                logits[st:st + len(w)] += out[1:1 + len(w)]
                counts[st:st + len(w)] += 1
        return offs, (logits / counts.clamp(min=1)).softmax(-1)


def tagged_spans(text: str, offs, probs) -> list[tuple[int, int, float]]:
    """Spans (start, end, mean inside-probability) of argmax B/I runs, a B opening a new span; >= 4 words."""
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


def span_inside(offs, probs, s: int, e: int) -> float:
    """Mean inside-probability of the tokens in [s, e) (1.0 when no token falls inside)."""
    vals = [1 - float(probs[k, 0]) for k, (a, b) in enumerate(offs) if a < e and b > s]
    return sum(vals) / len(vals) if vals else 1.0


# ----------------------------------------------------------------------------------- combination
@dataclass(frozen=True)
class Setting:
    """How rules and tagger combine: add_min None = no additions; veto_max None = no veto."""

    add_min: float | None = None
    attribution: str = "verb+mention"
    veto_max: float | None = None

    def name(self) -> str:
        add = "off" if self.add_min is None else f"{self.add_min}/{self.attribution}"
        return f"add {add}, veto {'off' if self.veto_max is None else self.veto_max}"


def _attribute(text: str, s: int, rules: list[Statement], reg, mode: str) -> tuple[str, tuple[str, str, str]] | None:
    """The speaker of a tagged span (see the module docstring's `attribution`)."""
    ss = max(text.rfind("\n", 0, s) + 1, max(text.rfind(". ", 0, s), text.rfind("? ", 0, s), text.rfind("! ", 0, s)) + 2)
    ss = min(ss, s)
    ctx = Ctx()
    for r in rules:
        if r.end <= s:
            (ctx.things if r.speaker.lower() in ("it", "they") else ctx.person).append((r.actor, r.side))
    verbs = list(VERB_RE.finditer(text, ss, s))
    for v in reversed(verbs):
        np = np_before(text, ss, v.start())
        if np:
            res = resolve(text[np[0]:np[1]], ctx, reg)
            if res:
                return text[np[0]:np[1]], res
    if mode in ("verb+mention", "verb+first"):
        ms = [m for m in mentions(text, ss, s, bytearray(len(text) + 1), reg) if m[3] != "unknown"]
        if ms and verbs:
            _, a, side, typ = ms[-1] if mode == "verb+mention" else ms[0]
            return a, (a, side, typ)
    if mode == "verb+paragraph":
        para = text.rfind("\n", 0, s) + 1
        prev = [r for r in rules if para <= r.start and r.end <= s]
        if prev:
            r = prev[-1]
            return r.speaker, (r.actor, r.side, "")
    return None


def combine(text: str, aid: str, reg, rules: list[Statement], offs, probs, setting: Setting) -> list[Statement]:
    """Rules (less those the tagger vetoes) plus the tagger's attributed spans that overlap no rule statement."""
    kept = rules if setting.veto_max is None else [
        r for r in rules if span_inside(offs, probs, r.start, r.end) >= setting.veto_max]
    if setting.add_min is None:
        return list(kept)
    taken = [(r.start, r.end) for r in rules]
    extra = []
    for s, e, conf in tagged_spans(text, offs, probs):
        if conf < setting.add_min:
            continue
        while s < e and text[s] in " \"“”‘’'":
            s += 1
        while e > s and text[e - 1] in " .,\"“”‘’'":
            e -= 1
        if any(min(e, b) - max(s, a) > 0 for a, b in taken) or len(text[s:e].split()) < 4:
            continue
        att = _attribute(text, s, rules, reg, setting.attribution)
        if att is None:
            continue
        mention, (actor, side, _) = att
        direct = text[max(0, s - 1)] in "\"“‘"
        extra.append(Statement(aid, text[s:e], mention, actor, side if side in reg.camps else "other",
                               "direct" if direct else "indirect", {}, s, e))
    return sorted(list(kept) + extra, key=lambda st: st.start)


def extractor(tagger: Tagger, setting: Setting, cache: dict | None = None):
    """An extractor (text, article id, registry) -> statements for `evaluate_items`."""
    cache = {} if cache is None else cache

    def run(text: str, aid: str, reg) -> list[Statement]:
        if aid not in cache:
            cache[aid] = (extract_statements(text, aid, reg), *tagger.probs(text))
        rules, offs, probs = cache[aid]
        return combine(text, aid, reg, rules, offs, probs, setting)
    return run


def _row(rep) -> dict:
    row = {k: round(getattr(rep, k), 4) if isinstance(getattr(rep, k), float) else getattr(rep, k)
           for k in ("n_articles", "n_gold", "n_pred", "n_matched", "precision", "recall", "f1", "actor_accuracy",
                     "side_accuracy")}
    row["direct_recall"] = round(rep.per_kind.get("direct", {}).get("recall", 0.0), 4)
    row["indirect_recall"] = round(rep.per_kind.get("indirect", {}).get("recall", 0.0), 4)
    return row


def grid() -> list[Setting]:
    out = [Setting()]
    for add in (None, 0.5, 0.6, 0.7, 0.8, 0.9):
        for att in (ATTRIBUTIONS if add is not None else ("verb+mention",)):
            for veto in (None, 0.05, 0.1, 0.2, 0.3):
                if add is None and veto is None:
                    continue
                out.append(Setting(add, att, veto))
    return out


def tune(args) -> int:
    """Every setting with every epoch's checkpoint, on the READ writers' dev split only."""
    items = read_items(args.corpus, "dev", args.read.split(","))
    rules = evaluate_items(items, "READ dev, rules")
    out = {"set": f"READ dev ({args.read}; original articles)", "rules": _row(rules), "runs": []}
    print(f"rules alone: F1 {rules.f1:.4f} actor {rules.actor_accuracy:.4f} (P {rules.precision:.4f} R {rules.recall:.4f})")
    for ck in sorted(Path(args.model).glob("epoch-*"), key=lambda p: int(p.name.split("-")[1])):
        tagger, cache = Tagger(str(ck)), {}
        for st in grid():
            rep = evaluate_items(items, "READ dev", extractor(tagger, st, cache))
            out["runs"].append({"checkpoint": ck.name, **asdict(st), **_row(rep)})
            print(f"{ck.name} {st.name()}: F1 {rep.f1:.4f} actor {rep.actor_accuracy:.4f} "
                  f"(P {rep.precision:.4f} R {rep.recall:.4f})", flush=True)
    out["chosen"] = choose(out["rules"], out["runs"])
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


def measure(args) -> int:
    """Rules alone vs rules + tagger with the one setting fixed beforehand; aggregates only."""
    setting = Setting(**json.loads(Path(args.setting).read_text())["setting"])
    tagger = Tagger(args.model)
    frozen = args.frozen.split(",")
    sets = {"frozen": lambda: load_writers(args.corpus, frozen),
            **{f"frozen {w}": (lambda w=w: load_writers(args.corpus, [w])) for w in frozen},
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
    out["training"] = json.loads((Path(args.model) / "tagger.json").read_text())
    Path(args.output).write_text(json.dumps(out, indent=1) + "\n")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog=__doc__.split("\n\n")[-2])
    sub = ap.add_subparsers(dest="cmd", required=True)
    t = sub.add_parser("train", help="train the tagger on the READ writers' train split (a checkpoint per epoch)")
    t.add_argument("--epochs", type=int, default=8)
    t.add_argument("--batch", type=int, default=8)
    t.add_argument("--lr", type=float, default=1e-4)
    t.add_argument("--train-layers", type=int, default=3, help="top encoder layers that learn (with the head)")
    t.add_argument("--cpu-minutes", type=float, default=24.0, help="no new epoch after this much CPU time")
    u = sub.add_parser("tune", help="score every combination setting and checkpoint on the READ writers' dev split")
    m = sub.add_parser("measure", help="rules vs rules + tagger (one fixed setting) on frozen, foreign-dev, READ dev, test")
    m.add_argument("--setting", required=True, help="JSON with a 'setting' object (add_min, attribution, veto_max)")
    m.add_argument("--frozen", default=FROZEN, help=f"frozen writers (default {FROZEN}); aggregate scores only")
    m.add_argument("--foreign", default="../shared/foreign-dev")
    for p in (t, u, m):
        p.add_argument("--corpus", default="data/corpus")
        p.add_argument("--read", default=READ, help=f"READ writers (default {READ})")
    for p in (u, m):
        p.add_argument("--model", required=True, help="a checkpoint folder (tune: the run folder of epoch-N folders)")
    for p in (t, u, m):
        p.add_argument("-o", "--output", required=True, help="train: run folder; tune/measure: JSON to write")
    args = ap.parse_args(argv)
    return {"train": train, "tune": tune, "measure": measure}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())
