"""Merge writers' deliveries (data/corpus/parts/) into the corpus files; idempotent.

    python tools/build_corpus.py [data/corpus]

- h1..h7 were merged and adjudicated before (their gold lives in statements.jsonl and is kept as is);
  every other part (h8, h9, ..., contrast) replaces its articles' records on each run.
- `writer` is the id prefix (h8-...); a contrast article keeps its original's writer.
- splits.json: the fixed rule sha1(id) mod 100 < 70 train, < 85 dev, else test, for originals;
  a contrast article goes to its original's split. Existing assignments never change.
- folds.json: one fold per writer.
- contrast_edits.jsonl: copied from parts/contrast.edits.jsonl (the edited pairs).
"""
import collections
import hashlib
import json
import sys
from pathlib import Path

ADJUDICATED = {f"h{i}" for i in range(1, 8)}


def read(path):
    return [json.loads(l) for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]


def write(path, rows):
    Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def sha1_split(aid):
    v = int(hashlib.sha1(aid.encode("utf-8")).hexdigest(), 16) % 100
    return "train" if v < 70 else "dev" if v < 85 else "test"


def main(root="data/corpus"):
    root = Path(root)
    articles = read(root / "articles.jsonl")
    statements = read(root / "statements.jsonl")
    for part in sorted((root / "parts").glob("*.articles.jsonl")):
        name = part.name.split(".")[0]
        if name in ADJUDICATED:
            continue
        new_arts = read(part)
        st_file = root / "parts" / f"{name}.statements.jsonl"
        new_sts = read(st_file) if st_file.exists() else []
        ids = {a["id"] for a in new_arts}
        articles = [a for a in articles if a["id"] not in ids] + new_arts
        statements = [s for s in statements if s["article_id"] not in ids] + new_sts
    by_id = {a["id"]: a for a in articles}
    for a in articles:
        if a.get("contrast_of"):
            a["writer"] = by_id[a["contrast_of"]].get("writer") or a["contrast_of"].split("-")[0]
        else:
            a["writer"] = a.get("writer") or a["id"].split("-")[0]
    splits = json.loads((root / "splits.json").read_text(encoding="utf-8"))
    owner = {aid: s for s, ids in splits.items() for aid in ids}
    for a in articles:
        if a["id"] not in owner:
            s = owner.get(a.get("contrast_of")) or sha1_split(a["contrast_of"] if a.get("contrast_of") else a["id"])
            owner[a["id"]] = s
            splits[s].append(a["id"])
    live = set(by_id)
    splits = {s: [aid for aid in ids if aid in live] for s, ids in splits.items()}
    folds = collections.defaultdict(list)
    for a in articles:
        folds[a["writer"]].append(a["id"])
    folds = dict(sorted(folds.items(), key=lambda kv: (len(kv[0]), kv[0])))
    edits = root / "parts" / "contrast.edits.jsonl"
    if edits.exists():  # the edited statement pairs behind contrast-pair accuracy (pipeline.evaluate.cv)
        (root / "contrast_edits.jsonl").write_text(edits.read_text(encoding="utf-8"), encoding="utf-8")
    write(root / "articles.jsonl", articles)
    write(root / "statements.jsonl", statements)
    (root / "splits.json").write_text(json.dumps(splits, indent=1) + "\n", encoding="utf-8")
    (root / "folds.json").write_text(json.dumps(folds, indent=1) + "\n", encoding="utf-8")
    print(f"{len(articles)} articles, {len(statements)} statements, {len(folds)} folds")


if __name__ == "__main__":
    main(*sys.argv[1:])
