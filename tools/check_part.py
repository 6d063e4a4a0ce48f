"""Check one corpus part written by an annotator: python tools/check_part.py data/corpus/parts/hN

Checks: every statement's text occurs exactly once in its article file, labels/kinds valid,
article metadata present, no duplicate statements; prints label counts per target.
"""
import collections, json, sys, pathlib
LABELS = {"favor", "against", "none"}
import yaml
CAMPS = {f.stem: set(yaml.safe_load(f.read_text(encoding="utf-8"))["camps"])
         for f in (pathlib.Path(__file__).resolve().parent.parent / "configs" / "actors").glob("*.yaml")}
prefix = pathlib.Path(sys.argv[1])
root = prefix.parent.parent
arts = {}
ok = True
for n, line in enumerate(open(str(prefix) + ".articles.jsonl", encoding="utf-8"), 1):
    if not line.strip():
        continue
    a = json.loads(line)
    for k in ("id", "conflict", "title", "date", "style", "sources"):
        if k not in a:
            print(f"articles line {n}: missing {k}"); ok = False
    if a.get("conflict") not in CAMPS:
        print(f"articles line {n}: bad conflict {a.get('conflict')}"); ok = False
    p = root / "articles" / f"{a['id']}.txt"
    if not p.exists():
        print(f"articles line {n}: no file {p}"); ok = False; continue
    arts[a["id"]] = (a, p.read_text(encoding="utf-8"))
counts = collections.Counter(); seen = set(); per_art = collections.Counter()
for n, line in enumerate(open(str(prefix) + ".statements.jsonl", encoding="utf-8"), 1):
    if not line.strip():
        continue
    s = json.loads(line)
    keys = ["article_id", "text", "speaker", "actor", "side", "kind", "inclusion", "ceasefire"]
    if sorted(s) != sorted(keys):
        print(f"statements line {n}: keys must be exactly {keys}"); ok = False; continue
    if s["article_id"] not in arts:
        print(f"statements line {n}: unknown article {s['article_id']}"); ok = False; continue
    meta, text = arts[s["article_id"]]
    c = text.count(s["text"])
    if c != 1:
        print(f"statements line {n}: text found {c} times in {s['article_id']}: {s['text'][:60]!r}"); ok = False
    if s["side"] not in CAMPS[meta["conflict"]]:
        print(f"statements line {n}: side {s['side']} not a camp of {meta['conflict']}"); ok = False
    if s["kind"] not in ("direct", "indirect"):
        print(f"statements line {n}: bad kind"); ok = False
    for t in ("inclusion", "ceasefire"):
        if s[t] not in LABELS:
            print(f"statements line {n}: bad {t} label"); ok = False
        counts[(t, s[t])] += 1
    key = (s["article_id"], s["text"])
    if key in seen:
        print(f"statements line {n}: duplicate"); ok = False
    seen.add(key); per_art[s["article_id"]] += 1
for a in arts:
    if per_art[a] == 0:
        print(f"article {a} has no statements"); ok = False
print("articles:", len(arts), "statements:", sum(per_art.values()))
print("labels:", dict(sorted(counts.items())))
print("OK" if ok else "ERRORS")
