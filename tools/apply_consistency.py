"""Apply label decisions of a consistency adjudication to the corpus sources; idempotent.

    python tools/apply_consistency.py DECISIONS.jsonl [data/corpus]

Each decision line names `article_id`, `text`, and the new `inclusion` / `ceasefire` labels. The record is
changed where it lives: parts/<writer>.statements.jsonl for h8 and later writers, statements.jsonl for the
adjudicated h1-h7. A contrast copy of the article gets the same labels on the same text unless that
statement is one of its edited statements (contrast_edits.jsonl). Run tools/build_corpus.py afterwards.
Prints what changed; a decision whose statement is missing is an error naming its line.
"""
import json
import sys
from pathlib import Path


ADJUDICATED = {f"h{i}" for i in range(1, 8)}   # writers whose gold lives in statements.jsonl, not parts/


def read(path):
    return [json.loads(l) for l in Path(path).read_text(encoding="utf-8").splitlines() if l.strip()]


def write(path, rows):
    Path(path).write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def main(decisions_path, root="data/corpus"):
    root = Path(root)
    decisions = read(decisions_path)
    articles = read(root / "articles.jsonl")
    copies = {}
    for a in articles:
        if a.get("contrast_of"):
            copies.setdefault(a["contrast_of"], []).append(a["id"])
    edited = {(e["article_id"], e["new_text"]) for e in read(root / "contrast_edits.jsonl")}
    wanted = {}
    for n, d in enumerate(decisions, 1):
        labels = {"inclusion": d["inclusion"], "ceasefire": d["ceasefire"]}
        wanted[(d["article_id"], d["text"])] = (n, labels)
        for copy in copies.get(d["article_id"], []):
            if (copy, d["text"]) not in edited:
                wanted.setdefault((copy, d["text"]), (n, labels))
    found, changed = set(), 0
    files = [root / "statements.jsonl"] + sorted((root / "parts").glob("*.statements.jsonl"))
    for path in files:
        rows = read(path)
        dirty = False
        for r in rows:
            if path.name == "statements.jsonl" and r["article_id"].split("-")[0] not in ADJUDICATED:
                continue   # h8+ and contrast records are rebuilt from parts/
            key = (r["article_id"], r["text"])
            if key in wanted:
                found.add(key)
                n, labels = wanted[key]
                if any(r[t] != v for t, v in labels.items()):
                    print(f"{path.name}: {r['article_id']}: {r['text'][:60]!r} "
                          f"{r['inclusion']}/{r['ceasefire']} -> {labels['inclusion']}/{labels['ceasefire']}")
                    r.update(labels)
                    changed += 1
                    dirty = True
        if dirty:
            write(path, rows)
    is_copy = {a["id"] for a in articles if a.get("contrast_of")}
    missing = [(n, k) for k, (n, _) in wanted.items() if k not in found and k[0] not in is_copy]
    for n, (aid, text) in missing:
        print(f"{decisions_path}: line {n}: no statement {text[:60]!r} in {aid}", file=sys.stderr)
    print(f"{changed} records changed")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
