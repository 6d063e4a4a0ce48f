"""Collect the adjudicated rules R22 and up from the frozen sets' adjudication files into one brief file.

    python data/briefs/compile_rules.py > /work/briefs/rules.md

A rule is a paragraph that opens with "- **RNN" (or "**RNN") in data/frozen*/agreement/ADJUDICATION.md or
data/train-only/README.md; where a rule appears in several files, the longest text is kept. Rules 1-41 (R1-R21)
live in data/corpus/README.md, "Rules where the guide is silent", and are not repeated here.
"""
import glob
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parents[2]
RULE = re.compile(r"^(?:- )?\*\*R(\d+)\b")
STOP = re.compile(r"^(?:- )?\*\*R\d+|^#|^\|")


def rules() -> dict[int, str]:
    found: dict[int, str] = {}
    files = sorted(glob.glob(str(ROOT / "data/frozen*/agreement/ADJUDICATION.md"))) + [str(ROOT / "data/train-only/README.md")]
    for name in files:
        lines = pathlib.Path(name).read_text(encoding="utf-8").split("\n")
        i = 0
        while i < len(lines):
            m = RULE.match(lines[i])
            if not m:
                i += 1
                continue
            block = [lines[i]]
            i += 1
            while i < len(lines) and lines[i].strip() and not STOP.match(lines[i]):
                block.append(lines[i])
                i += 1
            text = "\n".join(block)
            n = int(m.group(1))
            if len(text) > len(found.get(n, "")):
                found[n] = text if text.startswith("- ") else "- " + text
    return {n: t for n, t in found.items() if n >= 22}


if __name__ == "__main__":
    found = rules()
    print(f"# Adjudicated rules R22–R{max(found)} (binding; they refine ../shared/ANNOTATION.md)\n")
    for n in sorted(found):
        print(found[n])
