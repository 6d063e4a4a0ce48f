"""Check a statement-bank part written by a bank writer: python tools/check_bank.py data/bank/parts/b2.jsonl

Checks every line has exactly the bank keys, a camp of its conflict's registry, valid kind and labels, an id
with the part's prefix, no duplicate ids or texts (also against data/bank/statements.jsonl); prints label
counts per target, counts per camp x label for russia-ukraine, per case and per voice. Prints OK or ERRORS.
"""
import collections
import json
import pathlib
import sys

import yaml

ROOT = pathlib.Path(__file__).resolve().parent.parent
LABELS = ("favor", "against", "none")
KEYS = ["id", "conflict", "actor", "side", "text", "kind", "inclusion", "ceasefire", "voice", "case"]
CAMPS = {f.stem: set(yaml.safe_load(f.read_text(encoding="utf-8"))["camps"])
         for f in (ROOT / "configs" / "actors").glob("*.yaml")}


def main(path: pathlib.Path) -> bool:
    prefix = path.stem
    known = {json.loads(line)["text"].strip().lower() for line in (ROOT / "data/bank/statements.jsonl").open(encoding="utf-8")
             if line.strip()}
    ok, ids, texts = True, set(), set()
    counts, camps, cases, voices = (collections.Counter() for _ in range(4))
    for n, line in enumerate(path.open(encoding="utf-8"), 1):
        if not line.strip():
            continue
        try:
            r = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"{path}:{n}: invalid JSON ({exc.msg})"); ok = False; continue
        if sorted(r) != sorted(KEYS):
            print(f"{path}:{n}: keys must be exactly {KEYS}"); ok = False; continue
        if not str(r["id"]).startswith(prefix + "-"):
            print(f"{path}:{n}: id {r['id']!r} must start with {prefix}-"); ok = False
        if r["id"] in ids:
            print(f"{path}:{n}: duplicate id {r['id']}"); ok = False
        key = r["text"].strip().lower()
        if key in texts or key in known:
            print(f"{path}:{n}: duplicate text {r['text'][:60]!r}"); ok = False
        if r["conflict"] not in CAMPS:
            print(f"{path}:{n}: unknown conflict {r['conflict']!r}"); ok = False
        elif r["side"] not in CAMPS[r["conflict"]]:
            print(f"{path}:{n}: side {r['side']!r} is not a camp of {r['conflict']} {sorted(CAMPS[r['conflict']])}"); ok = False
        if r["kind"] not in ("direct", "indirect"):
            print(f"{path}:{n}: kind must be direct or indirect"); ok = False
        for t in ("inclusion", "ceasefire"):
            if r[t] not in LABELS:
                print(f"{path}:{n}: {t} label {r[t]!r} not in {LABELS}"); ok = False
            counts[(t, r[t])] += 1
            if r["conflict"] == "russia-ukraine":
                camps[(r["side"], t, r[t])] += 1
        if not 3 <= len(r["text"].split()) <= 70:
            print(f"{path}:{n}: text of {len(r['text'].split())} words (3-70 allowed)"); ok = False
        ids.add(r["id"]); texts.add(key); cases[r["case"]] += 1; voices[r["voice"]] += 1
    print(f"statements: {len(ids)}")
    print("labels:", {f"{t}/{lab}": counts[(t, lab)] for t in ("inclusion", "ceasefire") for lab in LABELS})
    print("russia-ukraine camp x label (inclusion f/a/n | ceasefire f/a/n):")
    for side in sorted({s for s, _, _ in camps}):
        print(f"  {side:8s}", " ".join(str(camps[(side, 'inclusion', lab)]) for lab in LABELS), "|",
              " ".join(str(camps[(side, 'ceasefire', lab)]) for lab in LABELS))
    print("cases:", dict(cases.most_common()))
    print("voices:", dict(voices.most_common()))
    print("OK" if ok else "ERRORS")
    return ok


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part", type=pathlib.Path, help="the part to check, e.g. data/bank/parts/b5.jsonl")
    part = ap.parse_args().part
    if not part.is_file():
        sys.exit(f"{part}: no such bank part")
    sys.exit(0 if main(part) else 1)
