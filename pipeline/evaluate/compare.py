"""Designs compared over their seeds: mean and spread of macro-F1 from `stance evaluate` reports.

One run of a design is one draw: on our check sets the seed alone moves macro-F1 by 1–2 points (foreign-dev by up
to 6), so a release decision compares the mean over each design's runs, not single runs. A design is a list of
report folders (`reports/<run>/`), one per seed; every folder must hold `<set>.json` from `stance evaluate`.
With `minus`, each run is scored on the set without the statements of another report of the same run (its
confusion matrices subtracted), e.g. foreign-dev alone from a pooled check set and its frozen part.
Not here: producing the reports (`pipeline.evaluate.stance`).
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Sequence

import numpy as np


class CompareError(ValueError):
    """A report that is missing or does not fit the others; names the file."""


def macro_f1_from_confusion(confusion: Sequence[Sequence[int]]) -> float:
    """Macro-F1 over the labels of a square confusion matrix (rows gold, columns predicted); 0 for an empty label.

    >>> round(macro_f1_from_confusion([[2, 0], [1, 1]]), 3)
    0.733
    """
    m = np.asarray(confusion, dtype=float)
    scores = []
    for k in range(m.shape[0]):
        denom = m[:, k].sum() + m[k, :].sum()
        scores.append(0.0 if denom == 0 else 2 * m[k, k] / denom)
    return float(np.mean(scores))


def _report(folder: Path, set_name: str) -> dict:
    path = folder / f"{set_name}.json"
    if not path.exists():
        raise CompareError(f"{path}: no report (run `stance evaluate --model models/{folder.name} "
                           f"--gold-folder .../{set_name}` first)")
    try:
        return json.loads(path.read_text(encoding="utf-8"))["classification"]
    except (json.JSONDecodeError, KeyError) as exc:
        raise CompareError(f"{path}: not a `stance evaluate` report ({exc})") from None


def run_scores(folder: str | Path, set_name: str, minus: str | None = None, system: str = "model") -> dict[str, float]:
    """Macro-F1 per target of one run on `set_name` (without `minus`'s statements when given)."""
    folder = Path(folder)
    full = _report(folder, set_name)
    part = _report(folder, minus) if minus else None
    out = {}
    for target, systems in full.items():
        if system not in systems:
            raise CompareError(f"{folder / (set_name + '.json')}: no system {system!r} for target {target!r}")
        if part is None:
            out[target] = float(systems[system]["macro_f1"])
            continue
        if target not in part:
            raise CompareError(f"{folder / (minus + '.json')}: no target {target!r}")
        rest = np.asarray(systems[system]["confusion"]) - np.asarray(part[target][system]["confusion"])
        if (rest < 0).any():
            raise CompareError(f"{folder / (minus + '.json')}: its statements are not part of {set_name}")
        out[target] = macro_f1_from_confusion(rest)
    return out


def compare(designs: dict[str, Sequence[str | Path]], set_name: str, minus: str | None = None) -> dict:
    """Per design: each run's macro-F1 per target, their mean and sd, and the mean over targets."""
    if not designs:
        raise CompareError("no design to compare")
    result: dict = {"set": set_name, "minus": minus, "designs": {}}
    targets = None
    for name, folders in designs.items():
        if not folders:
            raise CompareError(f"design {name!r}: no report folder")
        runs = {str(f): run_scores(f, set_name, minus) for f in folders}
        if targets is None:
            targets = list(next(iter(runs.values())))  # the reports' own order
        for f, scores in runs.items():
            if sorted(scores) != sorted(targets):
                raise CompareError(f"{f}: targets {sorted(scores)} differ from {sorted(targets)}")
        table = np.array([[runs[f][t] for t in targets] for f in runs])
        sd = table.std(axis=0, ddof=1) if len(runs) > 1 else np.full(len(targets), np.nan)
        result["designs"][name] = {
            "runs": runs, "mean": dict(zip(targets, table.mean(axis=0).tolist())),
            "sd": dict(zip(targets, sd.tolist())), "mean_over_targets": float(table.mean()),
        }
    result["targets"] = targets
    return result


def to_markdown(result: dict) -> str:
    """A table: design, runs, per-target mean ± sd (%), mean over targets and its difference to the first design."""
    targets = result["targets"]
    where = result["set"] + (f" without {result['minus']}" if result["minus"] else "")
    head = "| design | runs | " + " | ".join(f"`{t}` mean ± sd" for t in targets) + " | mean | Δ mean |"
    lines = [f"Macro-F1 (%) on {where}, mean over each design's runs (sd over runs):", "", head,
             "|" + "---|" * (len(targets) + 4)]
    base = None
    for name, d in result["designs"].items():
        cells = []
        for t in targets:
            sd = d["sd"][t]
            cells.append(f"{100 * d['mean'][t]:.1f}" + ("" if np.isnan(sd) else f" ± {100 * sd:.1f}"))
        mean = 100 * d["mean_over_targets"]
        delta = "" if base is None else f"{mean - base:+.2f}"
        base = mean if base is None else base
        lines.append(f"| {name} | {len(d['runs'])} | " + " | ".join(cells) + f" | {mean:.2f} | {delta} |")
    lines.append("")
    for name, d in result["designs"].items():
        for f, scores in d["runs"].items():
            lines.append(f"- {name}: `{f}` " + " / ".join(f"{100 * scores[t]:.1f}" for t in targets))
    return "\n".join(lines) + "\n"
