"""Contrast pairs: an original statement and its minimally edited copy (`<corpus>/contrast_edits.jsonl`), and the
accuracy of a system on them (both members right on the edited target). Used by writer cross-validation
(`pipeline.evaluate.cv`) and by `stance evaluate` on a corpus split (`pipeline.evaluate.stance`)."""
from __future__ import annotations

import json

from pipeline.corpus import Corpus


def contrast_pairs(corpus: Corpus) -> list[dict]:
    """Edited statement pairs from `<corpus>/contrast_edits.jsonl` whose both members are gold statements."""
    path = corpus.path / "contrast_edits.jsonl"
    if not path.exists():
        return []
    texts = {(s.article_id, s.text) for s in corpus.statements}
    pairs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        original = corpus.contrast_of(rec["article_id"]) if rec["article_id"] in corpus.articles else ""
        a, b = (original, rec["original_text"]), (rec["article_id"], rec["new_text"])
        if original and a in texts and b in texts:
            pairs.append({"original": a, "contrast": b, "target": rec.get("target", "")})
    return pairs


def pair_accuracy(pairs: list[dict], rows: list[dict], system: str, names: list[str]) -> dict:
    """Contrast pairs whose both members are right on the edited target (every target when the edit names none),
    over the pairs both of whose members are in `rows` (dicts with article_id, text, gold_<t>, pred_<t>)."""
    def pred(row, t):
        return row[f"pred_{t}"] if system == "model" else row["pred_by_system"][system][t]

    pred_of = {(r["article_id"], r["text"]): r for r in rows}
    right = total = 0
    for pair in pairs:
        a, b = pred_of.get(pair["original"]), pred_of.get(pair["contrast"])
        if a is None or b is None:
            continue
        targets = [pair["target"]] if pair["target"] in names else names
        total += 1
        right += all(pred(r, t) == r[f"gold_{t}"] for r in (a, b) for t in targets)
    return {"pairs": total, "both_right": right, "accuracy": right / total if total else None}
