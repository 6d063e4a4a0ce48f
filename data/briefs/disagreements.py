"""Write AGREEMENT_DIR/disagreements.md for the adjudicator: every disagreement that tools/agreement.py listed in
before_adjudication.json, plus second-annotator statements with the same text as a gold one whose actor, side or kind
differ.

    python data/briefs/disagreements.py /work/staging/frozen15/agreement /tmp/f15   # CORPUS = merge_parts.py's output
"""
import json, sys
ag, corpus = sys.argv[1], sys.argv[2]
d = json.load(open(f"{ag}/before_adjudication.json"))
first = [json.loads(l) for l in open(f"{corpus}/statements.jsonl") if l.strip()]
second = [json.loads(l) for l in open(f"{ag}/second.statements.jsonl") if l.strip()]
def fmt(r):
    if not r: return "(none)"
    return (f"`{r['text']}` — speaker {r['speaker']!r}, actor {r['actor']!r}, side {r['side']}, {r['kind']}, "
            f"inclusion {r['inclusion']}, ceasefire {r['ceasefire']}")
items = [(x["article_id"], x["type"], x.get("first"), x.get("second")) for x in d["disagreements"]]
listed = {(x[2] or {}).get("text") for x in items} | {(x[3] or {}).get("text") for x in items}
byt = {(r["article_id"], r["text"]): r for r in first}
for s in second:
    f = byt.get((s["article_id"], s["text"]))
    if f and s["text"] not in listed and any(f[k] != s[k] for k in ("actor", "side", "kind")):
        items.append((s["article_id"], "actor/side/kind", f, s))
out = ["# Disagreements before adjudication (first = writer, second = independent annotator)\n"]
for i, (a, t, f, s) in enumerate(items, 1):
    out += [f"## {i}. {a} — {t}", f"- first: {fmt(f)}", f"- second: {fmt(s)}", ""]
open(f"{ag}/disagreements.md", "w").write("\n".join(out))
print(len(items))
