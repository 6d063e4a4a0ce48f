"""Merge a frozen set's parts/ + articles/ into a corpus-format folder (articles.jsonl, statements.jsonl, splits.json
with every article in `test`, folds.json per writer), as tools/agreement.py and tools/heldout_extraction.py read it.

    python data/briefs/merge_parts.py /work/staging/frozen15 /tmp/f15 h70,h71,h72
"""
import json, os, shutil, sys
src, dst, ws = sys.argv[1], sys.argv[2], sys.argv[3].split(',')
shutil.rmtree(dst, ignore_errors=True); os.makedirs(dst)
shutil.copytree(f"{src}/articles", f"{dst}/articles")
arts, sts, folds = [], [], {}
for w in ws:
    a = [json.loads(l) for l in open(f"{src}/parts/{w}.articles.jsonl") if l.strip()]
    arts += a; folds[w] = [x["id"] for x in a]
    sts += [json.loads(l) for l in open(f"{src}/parts/{w}.statements.jsonl") if l.strip()]
with open(f"{dst}/articles.jsonl", "w") as f:
    for a in arts: f.write(json.dumps(a, ensure_ascii=False) + "\n")
with open(f"{dst}/statements.jsonl", "w") as f:
    for s in sts: f.write(json.dumps(s, ensure_ascii=False) + "\n")
json.dump({"train": [], "dev": [], "test": [a["id"] for a in arts]}, open(f"{dst}/splits.json", "w"))
json.dump(folds, open(f"{dst}/folds.json", "w"))
print(dst, len(arts), len(sts))
