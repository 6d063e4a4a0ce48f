"""The `stance` command: thin subcommands over the pipeline modules (heavy imports happen lazily).

Every subcommand has --help with an example; errors in user input print one clear line and exit 2
(bad arguments/config) or 1 (validation or article failures).
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

EPILOG_MAIN = """examples:
  stance demo                                   run the pipeline on the bundled seed article
  stance extract data/seed/riyadh-talks.txt -o statements.jsonl
  stance predict articles/ -o out.jsonl         statements + stance for every article in a folder
  stance report out.jsonl -o report/            where each camp stands over time (tables, plots, HTML)
  stance train --config configs/stance-minilm.yaml
  stance evaluate --model models/stance-minilm --split dev
  stance data validate data/corpus
"""

from pipeline.extract.camp_model import CAMP_MODEL_DEFAULT  # noqa: E402  (torch-free; the camp model's default)

TAGGER_DEFAULT = "default"   # `--tagger` when not given: rules + models/span-tagger (reports/extraction/span_tagger.session25.md)


def _fail(message: str, code: int = 2) -> int:
    print(f"error: {message}", file=sys.stderr)
    return code


def cmd_data_validate(args) -> int:
    from pipeline.corpus import validate_corpus

    problems = validate_corpus(args.path)
    for p in problems:
        print(p)
    if problems:
        print(f"{args.path}: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(f"{args.path}: valid")
    return 0


def cmd_data_stats(args) -> int:
    from pipeline.corpus import CorpusError, corpus_stats, format_stats, format_writer_table, load_corpus, writer_table

    try:
        corpus = load_corpus(args.path)
    except CorpusError as exc:
        return _fail(f"{args.path} does not validate; run `stance data validate {args.path}`\n{exc}", 1)
    stats = corpus_stats(corpus)
    writers = writer_table(corpus)
    if args.json:
        out = {s: {f: dict(c) for f, c in t.items()} for s, t in stats.items()}
        out["writers"] = writers
        print(json.dumps(out, indent=2))
    else:
        print(format_stats(stats))
        contrast = stats["all"]["contrast"]
        print(f"contrast articles: {contrast['articles']} holding {contrast['statements']} statements\n")
        print(f"per writer ({len(writers)} writers, {len(corpus.folds)} folds)")
        print(format_writer_table(writers), end="")
    return 0


def cmd_extract(args) -> int:
    from tqdm.auto import tqdm

    from pipeline.actors import ActorRegistry
    from pipeline.extract.extractor import extract_statements
    from pipeline.serve.inputs import META_KEYS, InputProblem, iter_articles

    registry = ActorRegistry.load(args.registry) if args.registry else ActorRegistry.default()
    extract, _ = _extractor(args, extract_statements)
    from pipeline.extract.camp_model import CampModelError, camp_model_from, with_camps
    from pipeline.extract.chooser import ChooserError, chooser_from, with_chooser

    try:
        extract = with_camps(with_chooser(extract, chooser_from(args.actor_chooser)), camp_model_from(args.camp_model))
    except (ChooserError, CampModelError) as exc:
        return _fail(str(exc))
    failures = 0
    out = Path(args.output)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for item in tqdm(iter_articles(args.inputs), desc="extract", unit="article"):
            if isinstance(item, InputProblem):
                print(f"warning: {item.error}", file=sys.stderr)
                failures += 1
                continue
            meta = {k: item.meta[k] for k in META_KEYS if item.meta.get(k) not in (None, "")}
            for st in extract(item.text, item.id, registry):
                fh.write(json.dumps({**st.to_record(), **meta}, ensure_ascii=False) + "\n")
            fh.flush()
    return 1 if failures else 0


def cmd_evaluate_extraction(args) -> int:
    from pipeline.evaluate import extraction as ev
    from pipeline.evaluate.gold_sets import corpus_writers
    from pipeline.extract.camp_model import CampModelError, camp_model_from, with_camps
    from pipeline.extract.chooser import ChooserError, chooser_from, with_chooser

    try:
        chooser, camps = chooser_from(args.actor_chooser), camp_model_from(args.camp_model)
    except (ChooserError, CampModelError) as exc:
        return _fail(str(exc))
    base, path = _extractor(args, ev.extract_statements)
    extractor = with_camps(with_chooser(base, chooser) if chooser is not None else base, camps)
    print(f"extraction path: {path}\n")
    if args.by_writer:
        writers = [w.strip() for w in args.by_writer.split(",") if w.strip()] if args.by_writer != "all" \
            else corpus_writers(args.gold)
        reports = ev.writer_table(args.gold, writers, extractor)
        print("Per writer (original articles, all splits). The rules are not trained, so this is the "
              "leave-one-writer-out table.\n")
        print(ev.format_writer_table(reports))
        payload = [{**r.to_dict(), "path": path} for r in reports]
    else:
        if args.writers:
            writers = [w.strip() for w in args.writers.split(",") if w.strip()]
            items, name = ev.load_writers(args.gold, writers), "writers " + ",".join(writers)
        elif args.gold_folder:
            items, name = ev.load_gold_folder(args.gold_folder), Path(args.gold_folder).name
        else:
            items, name = ev.load_split(args.gold, args.split or "dev"), args.split or "dev"
        report = ev.evaluate_items(items, name, extractor)
        print(report.to_markdown(constructions=not args.aggregate_only))
        payload = {**report.to_dict(), "path": path}
        if args.aggregate_only:
            payload.pop("per_construction")
    if args.json:
        Path(args.json).write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    return 0


def cmd_train(args) -> int:
    from pipeline.config import ConfigError, load_config

    try:
        cfg = load_config(args.config, args.set)
    except ConfigError as exc:
        return _fail(str(exc))
    from pipeline.classify.train import train

    run_dir = train(cfg, device=args.device)
    print(f"saved {run_dir}")
    return 0


def cmd_soup(args) -> int:
    from pipeline.classify.soup import SoupError, make_soup

    try:
        out = make_soup(args.members, args.out)
    except (SoupError, ValueError) as exc:
        return _fail(str(exc))
    print(f"saved {out}")
    return 0


def cmd_cv(args) -> int:
    from pipeline.config import ConfigError, load_config

    try:
        cfg = load_config(args.config, args.set)
    except ConfigError as exc:
        return _fail(str(exc))
    foreign = args.foreign_dev
    if foreign and not Path(foreign, "gold.jsonl").exists():
        return _fail(f"--foreign-dev {foreign}: no gold.jsonl there (pass '' to skip the outside set)")
    from pipeline.evaluate.cv import run_cv, to_markdown

    only = [w for w in args.only.split(",") if w] if args.only else None
    always = [w for w in args.always_train.split(",") if w] if args.always_train else None
    try:
        shares = [float(a) for a in args.interpolate.split(",") if a.strip()] if args.interpolate else None
        mixes = [float(w) for w in args.lexical_weights.split(",") if w.strip()] if args.lexical_weights else None
    except ValueError:
        return _fail(f"--interpolate {args.interpolate!r} / --lexical-weights {args.lexical_weights!r}: expected "
                     "numbers joined by commas, e.g. 0.8,0.6")
    try:
        report = run_cv(cfg, foreign_dev=foreign or None, only=only, groups=args.groups, out_dir=args.out,
                        resume=not args.fresh, always_train=always, interpolations=shares, lexical_weights=mixes)
    except ValueError as exc:
        return _fail(str(exc))
    print(to_markdown(report))
    print(f"wrote {Path(args.out) / ('cv-' + cfg.name)}/ (README.md, cv.json, held_out_predictions.jsonl)")
    return 0


def cmd_compare(args) -> int:
    from pipeline.evaluate.compare import CompareError, compare, to_markdown

    designs = {}
    for item in args.design:
        name, sep, folders = item.partition("=")
        if not sep or not name or not folders:
            return _fail(f"--design {item!r}: expected NAME=REPORT_DIR[,REPORT_DIR...], "
                         "e.g. release=reports/stance-minilm,reports/stance-minilm-seed14")
        designs[name] = [f for f in folders.split(",") if f]
    try:
        result = compare(designs, args.set, args.minus or None)
    except CompareError as exc:
        return _fail(str(exc))
    print(to_markdown(result), end="")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return 0


def cmd_evaluate(args) -> int:
    from pipeline.evaluate.stance import evaluate_run

    if args.gold_folder and not Path(args.gold_folder, "gold.jsonl").exists():
        return _fail(f"--gold-folder {args.gold_folder}: no gold.jsonl there")
    report_dir = evaluate_run(args.model, args.split, gold=args.gold, out_dir=args.out,
                              end_to_end=not args.no_end_to_end, bootstrap=args.bootstrap, device=args.device,
                              gold_folder=args.gold_folder, precision=args.precision)
    name = Path(args.gold_folder).name if args.gold_folder else args.split
    print((report_dir / f"{name}.md").read_text(encoding="utf-8"))
    print(f"report written to {report_dir}")
    return 0


def _extractor(args, rules):
    """(extract function, what it is) for `--tagger`: the rules alone, or the rules combined with the learned span
    tagger the option names (the default path; loads torch) at `--precision`."""
    tagger = _tagger_choice(args)
    if tagger is None:
        return rules, "rules alone"
    from pipeline.tagging import SpanTagger

    span_tagger = SpanTagger.from_pretrained(tagger, precision=args.precision)
    return span_tagger.extract, f"rules + span tagger {tagger} ({span_tagger.settings.name()})"


def _tagger_choice(args):
    """The tagger folder `--tagger` names (`default`, `none` or a folder), TAGGER_DEFAULT when not given."""
    from pipeline.tagging.model import tagger_folder

    return tagger_folder(args.tagger if getattr(args, "tagger", None) is not None else TAGGER_DEFAULT)


def _load_pipeline(args):
    from pipeline.serve.predict import StancePipeline

    return StancePipeline.load(args.model, registry=args.registry, threads=args.threads, device=args.device,
                               precision=getattr(args, "precision", "auto"), tagger=_tagger_choice(args),
                               actor_chooser=getattr(args, "actor_chooser", "default"),
                               camp_model=getattr(args, "camp_model", CAMP_MODEL_DEFAULT))


def cmd_predict(args) -> int:
    if not args.inputs and not args.statements:
        return _fail("give INPUT files/folders, or --statements FILE.jsonl")
    undated: list[str] = []
    if args.engine == "ray":
        if args.statements:
            return _fail("--engine ray reads articles (INPUT...); --statements runs on the local engine only")
        if args.tagger is not None and args.tagger.strip().lower() not in ("none", "off"):
            return _fail("--tagger runs on the local engine only (the ray engine's CPU workers extract with the default "
                         "path, its GPU runs with the rules alone)")
        if args.camp_model not in (CAMP_MODEL_DEFAULT, "none", "off"):
            return _fail("--camp-model runs on the local engine only (the ray engine's CPU workers use the default)")
        if args.actor_chooser not in ("default", "none", "off"):
            return _fail("--actor-chooser DIR runs on the local engine only (the ray engine's CPU workers use the "
                         "default chooser, its GPU runs the rules' own speakers)")
        if args.precision != "auto":
            return _fail("--precision runs on the local engine only (the ray engine picks fp16 on GPUs, fp32 on CPUs)")
        import os

        from pipeline.serve.predict import DEFAULT_MODEL
        from pipeline.serve.ray_engine import RayOptions, predict_files_ray

        opts = RayOptions(address=args.address, workers=args.workers, gpus_per_worker=args.gpus_per_worker)
        written, failures = predict_files_ray(
            args.inputs, args.output, model=args.model or os.environ.get("STANCE_MODEL") or DEFAULT_MODEL,
            registry=args.registry, fmt=args.format, batch_size=args.batch_size, device=args.device, opts=opts,
            undated=undated)
    else:
        written, failures = _predict_local(args, undated)
    print(f"{written} article(s) written to {args.output}; {failures} failed"
          + (f" (see {args.output}.errors.jsonl)" if failures else ""), file=sys.stderr)
    if undated:
        shown = ", ".join(undated[:10]) + (f", ... ({len(undated) - 10} more)" if len(undated) > 10 else "")
        print(f"{len(undated)} article(s) without a date (kept; `stance report` lists them apart): {shown}. "
              "Dates come from JSONL inputs with a 'date' key (ISO 8601); .txt inputs have none.", file=sys.stderr)
    return 1 if failures else 0


def _predict_local(args, undated: list[str]) -> tuple[int, int]:
    from pipeline.serve.batch import classify_file, predict_files

    sp = _load_pipeline(args)
    if args.statements:
        return classify_file(sp, args.statements, args.articles, args.output, fmt=args.format,
                             batch_size=args.batch_size)
    per_chunk = 16 if sp.classifier.device.type == "cpu" else 256  # a GPU wants many statements per call
    return predict_files(sp, args.inputs, args.output, fmt=args.format, batch_size=args.batch_size,
                         articles_per_batch=per_chunk, undated=undated)


def cmd_report(args) -> int:
    from pipeline.report import ReportError, build_report

    try:
        s = build_report(args.predictions, args.output, period=args.period, by=args.by, targets=args.targets,
                         articles=args.articles, top_k=args.top, title=args.title)
    except ReportError as exc:
        return _fail(str(exc), 1)
    dated = len(s.periods)
    print(f"{s.statements} statements from {s.articles} articles; {dated} {args.period}(s) "
          f"({s.periods[0] + ' to ' + s.periods[-1] if dated else 'none dated'}), {len(s.groups)} {args.by}(s), "
          f"targets {', '.join(s.targets)}")
    if s.undated:
        shown = ", ".join(s.undated[:10]) + (f", ... ({len(s.undated) - 10} more)" if len(s.undated) > 10 else "")
        print(f"{len(s.undated)} article(s) without a date ({s.undated_statements} statements; counted as "
              f"period 'undated', not plotted): {shown}")
    for f in s.files:
        print(f"wrote {f}")
    return 0


def cmd_demo(args) -> int:
    from pipeline.serve.demo import run_demo

    print(run_demo(args.model, html=args.html, article=args.article), end="")
    return 0


def cmd_benchmark(args) -> int:
    from pipeline.config import ConfigError
    from pipeline.evaluate.benchmarks import run_benchmark

    try:
        result = run_benchmark(args.name, args.data, seeds=args.seeds, quick=args.quick, out_dir=args.out,
                               device=args.device, lexical=args.lexical, overrides=args.set)
    except ConfigError as exc:
        return _fail(str(exc))
    print(json.dumps(result))
    return 0


def _device_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--device", default="auto", metavar="auto|cpu|cuda|mps",
                   help="where the model runs: auto picks CUDA, then MPS, then the CPU (default); cuda:N for one "
                        "GPU. On CUDA, inference runs in fp16 autocast with batches sized by tokens")


def _camp_model_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--camp-model", metavar="DIR|default|none", default=CAMP_MODEL_DEFAULT,
                   help="fill in the camps of speakers the registry does not know with a learned camp model "
                        "(`default`: models/camp-model, session 29 of issue 14); `none`: the rules' camps (default: "
                        f"{CAMP_MODEL_DEFAULT})")


def _precision_arg(p: argparse.ArgumentParser, where: str = "") -> None:
    scope = f" {where}" if where else ""
    p.add_argument("--precision", default="auto", choices=["auto", "fp32", "bf16", "fp16"],
                   help=f"arithmetic of the model{scope}: auto = fp16 autocast on CUDA; on a CPU the model's own "
                        "`model.cpu_precision` (the default model: bf16 where the CPU computes bf16 natively, AMX "
                        "or AVX-512 BF16, else float32). bf16 on such a CPU is about 2.7x faster (2 cores: 155 "
                        "against 55 statements/s for the default model, 1 label of 3,190 changed)")


def build_parser() -> argparse.ArgumentParser:
    fmt = argparse.RawDescriptionHelpFormatter
    parser = argparse.ArgumentParser(
        prog="stance", formatter_class=fmt, epilog=EPILOG_MAIN,
        description="Who said what in peace-negotiation news, and where each speaker stands.")
    parser.add_argument("-v", "--verbose", action="store_true", help="show log messages")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    data = sub.add_parser("data", help="check or count an annotated corpus", formatter_class=fmt,
                          description="Work with an annotated corpus folder (see data/corpus/README.md).")
    dsub = data.add_subparsers(dest="data_command", metavar="ACTION")
    p = dsub.add_parser("validate", help="check every record, label, side, span and split", formatter_class=fmt,
                        epilog="example:\n  stance data validate data/corpus\nexit status 1 when any problem is found")
    p.add_argument("path", help="corpus folder (articles.jsonl, articles/, statements.jsonl, splits.json)")
    p.set_defaults(func=cmd_data_validate)
    p = dsub.add_parser("stats", help="counts per split, label, target, side and kind", formatter_class=fmt,
                        epilog="example:\n  stance data stats data/corpus")
    p.add_argument("path", help="corpus folder")
    p.add_argument("--json", action="store_true", help="print JSON instead of a table")
    p.set_defaults(func=cmd_data_stats)

    p = sub.add_parser("extract", help="split articles into attributed statements (no model)", formatter_class=fmt,
                       description="Find direct quotes and reported speech with speaker, actor and camp.",
                       epilog="examples:\n  stance extract data/seed/riyadh-talks.txt -o statements.jsonl\n"
                              "  stance extract articles/ more.jsonl -o statements.jsonl")
    p.add_argument("inputs", nargs="+", metavar="INPUT",
                   help=".txt file (id = file name), folder of them, or JSONL of {\"id\", \"text\"}")
    p.add_argument("-o", "--output", required=True, help="output JSONL, one statement per line")
    p.add_argument("--registry", help="actor registry YAML (default: configs/actors/russia-ukraine.yaml)")
    p.add_argument("--tagger", metavar="DIR|default|none", default=None,
                   help="combine the rules with a learned span tagger (`default`: models/span-tagger, which adds "
                        "statements the rules miss; loads torch, about 9 articles/s on one core in bf16 and 4 in "
                        "float32); `none`: the rules alone, torch-free, about 70 articles/s (default: "
                        f"{TAGGER_DEFAULT})")
    p.add_argument("--precision", choices=("auto", "fp32", "bf16"), default="auto",
                   help="the tagger's precision (with --tagger): auto = bf16 autocast where the tagger asks for it and "
                        "the CPU computes bf16 natively (AMX / AVX-512 BF16), else fp32")
    p.add_argument("--actor-chooser", metavar="DIR|default|none", default="default",
                   help="re-choose each statement's speaker with a learned chooser (default `default`: "
                        "models/actor-chooser, retrained in session 28 of issue 14; about 7%% slower on the default "
                        "path); `none`: the rules' own speakers")
    _camp_model_arg(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("evaluate-extraction", help="score extraction against the gold corpus", formatter_class=fmt,
                       epilog="examples:\n  stance evaluate-extraction --gold data/corpus --split dev\n"
                              "  stance evaluate-extraction --writers h13,h14,h15,h16,h17,h18\n"
                              "  stance evaluate-extraction --by-writer all\n"
                              "  stance evaluate-extraction --gold-folder ../shared/foreign-dev\n"
                              "  stance evaluate-extraction --gold data/frozen --writers h25,h26,h27 --aggregate-only\n"
                              "  stance evaluate-extraction --split dev --tagger none      # the rules alone")
    p.add_argument("--gold", default="data/corpus", help="corpus folder (default: data/corpus)")
    which = p.add_mutually_exclusive_group()
    which.add_argument("--split", choices=["train", "dev", "test"], help="split to score (the default: dev)")
    which.add_argument("--writers", metavar="W1,W2", help="score the original articles of these writers, all splits "
                       "(contrast copies left out; unmerged writers are read from parts/)")
    which.add_argument("--by-writer", metavar="all|W1,W2", help="one row per writer (all: every writer of the corpus "
                       "and its parts); rules are not trained, so this is the leave-one-writer-out table")
    which.add_argument("--gold-folder", metavar="DIR", help="score a folder with articles.jsonl, articles/ and "
                       "gold.jsonl, e.g. ../shared/foreign-dev (read in place)")
    p.add_argument("--aggregate-only", action="store_true", help="overall and per-kind scores only, no "
                   "per-construction table (a frozen set, e.g. --gold data/frozen --writers h25,h26,h27)")
    p.add_argument("--json", help="also write the scores to this JSON file")
    p.add_argument("--tagger", metavar="DIR|default|none", default=None,
                   help="the extraction path scored, as in `stance extract`: `default` = the rules + models/span-tagger "
                        "(the product's default path; loads torch, about 9 articles/s on one core in bf16), `none` = "
                        f"the rules alone (torch-free, about 70 articles/s), or a tagger folder (default: {TAGGER_DEFAULT})")
    p.add_argument("--precision", choices=("auto", "fp32", "bf16"), default="auto",
                   help="the tagger's precision (with a tagger): auto = bf16 autocast where the tagger asks for it and "
                        "the CPU computes bf16 natively (AMX / AVX-512 BF16), else fp32")
    p.add_argument("--actor-chooser", metavar="DIR|default|none", default="default",
                   help="re-choose each statement's speaker with a learned chooser (default `default`: "
                        "models/actor-chooser, retrained in session 28 of issue 14; about 7%% slower on the default "
                        "path); `none`: the rules' own speakers")
    _camp_model_arg(p)
    p.set_defaults(func=cmd_evaluate_extraction)

    p = sub.add_parser("train", help="fine-tune a stance classifier from a YAML config", formatter_class=fmt,
                       epilog="examples:\n  stance train --config configs/stance-minilm.yaml\n"
                              "  stance train --config configs/smoke.yaml --set train.epochs=1 --set name=try1")
    p.add_argument("--config", required=True, help="YAML run config (see configs/)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value by dotted key, e.g. train.lr=3e-5 (repeatable)")
    _device_arg(p)
    p.set_defaults(func=cmd_train)

    p = sub.add_parser("soup", help="average the weights of seed runs of one config into one model",
                       formatter_class=fmt,
                       epilog="examples:\n  stance train --config configs/stance-minilm.yaml --set train.seed=14 "
                              "--set name=stance-minilm-seed14\n"
                              "  stance soup --out models/stance-minilm-soup models/stance-minilm "
                              "models/stance-minilm-seed14\n"
                              "the members must be runs of the same config and data that differ only in train.seed;\n"
                              "the average is calibrated on their dev split and saved with its model card (same size\n"
                              "and speed as one member)")
    p.add_argument("members", nargs="+", help="run folders of `stance train` (two or more)")
    p.add_argument("--out", required=True, help="folder to write the averaged model to (not one of the members)")
    p.set_defaults(func=cmd_soup)

    p = sub.add_parser("cv", help="writer cross-validation of a design (train on all writers but one)",
                       formatter_class=fmt,
                       epilog="examples:\n  stance cv --config configs/stance-minilm.yaml\n"
                              "  stance cv --config configs/stance-minilm.yaml --only h1,h2 --set train.epochs=2\n"
                              "one training per writer fold of data/corpus/folds.json (test split left out);\n"
                              "writes reports/cv-<name>/README.md, cv.json and held_out_predictions.jsonl;\n"
                              "an interrupted run resumes from the folds it finished (--fresh retrains all)")
    p.add_argument("--config", required=True, help="YAML run config of the design (see configs/)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a config value by dotted key, e.g. data.bank=data/bank/statements.jsonl")
    p.add_argument("--foreign-dev", default="../shared/foreign-dev",
                   help="gold folder written by other hands, scored by every fold model (read by path; '' = skip)")
    p.add_argument("--only", default="", help="comma-separated fold names to run (default: every writer)")
    p.add_argument("--groups", type=int, default=0,
                   help="merge the writer folds into this many folds (whole writers; 0 = one fold per writer)")
    p.add_argument("--always-train", default="", metavar="W1,W2",
                   help="writers never held out: their articles train in every fold, the other writers rotate "
                        "(measures what added data does for the same held-out writers)")
    p.add_argument("--interpolate", default="", metavar="A1,A2",
                   help="also score each fold's model with only this share of its fine-tuning kept (WiSE-FT; "
                        "systems wise_<share>), e.g. 0.8,0.6: the curve from one training per fold")
    p.add_argument("--lexical-weights", default="", metavar="W1,W2",
                   help="also score each fold's model with its lexical component mixed at these weights (systems "
                        "lexical_<w>; 0 = the network alone), e.g. 0,0.3,0.45: needs model.lexical_weight > 0")
    p.add_argument("--out", default="reports", help="parent folder of the cv-<name>/ report")
    p.add_argument("--fresh", action="store_true",
                   help="retrain every fold (default: reuse folds finished by an earlier run with the same "
                        "config and data, kept in cv-<name>/folds/)")
    p.set_defaults(func=cmd_cv)

    p = sub.add_parser("compare", help="compare designs by the mean and spread over their seeds' reports",
                       formatter_class=fmt,
                       epilog="examples:\n  stance compare --set pooled-fdev-h55-h57 \\\n"
                              "      --design release=reports/stance-minilm,reports/stance-minilm-seed14,"
                              "reports/stance-minilm-seed15 \\\n      --design soup=reports/stance-minilm-soup\n"
                              "  stance compare --set pooled-fdev-h55-h57 --minus frozen-h55-h57 --design ...   "
                              "(foreign-dev alone)\n"
                              "each folder needs <set>.json from `stance evaluate --gold-folder DIR` (DIR's name is the "
                              "set);\none run per seed: a single seed moves macro-F1 by 1-2 points, so decide on means")
    p.add_argument("--design", action="append", required=True, metavar="NAME=DIR[,DIR...]",
                   help="a design and its runs' report folders, one per seed (repeatable; the first is the baseline)")
    p.add_argument("--set", required=True, help="report name to read from each folder, e.g. pooled-fdev-h55-h57")
    p.add_argument("--minus", default="", help="a report of the same runs whose statements are part of --set: "
                   "score the rest (confusion matrices subtracted), e.g. frozen-h55-h57")
    p.add_argument("--json", help="also write the comparison to this JSON file")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("evaluate", help="score a trained model against gold data and baselines", formatter_class=fmt,
                       epilog="examples:\n  stance evaluate --model models/stance-minilm --split dev\n"
                              "  stance evaluate --model models/stance-minilm --gold-folder ../shared/foreign-dev\n"
                              "writes reports/<run>/<split>.md, .json and confusion-matrix PNGs")
    p.add_argument("--model", required=True, help="run folder made by `stance train`")
    p.add_argument("--split", default="dev", choices=["dev", "test"], help="split to score (select on dev only)")
    p.add_argument("--gold", help="corpus folder (default: the one the model was trained on)")
    p.add_argument("--gold-folder", metavar="DIR", help="score an outside gold folder (articles + gold.jsonl, e.g. "
                   "../shared/foreign-dev, read in place) instead of a split; writes reports/<run>/<folder name>.md")
    p.add_argument("--out", default="reports", help="reports root (default: reports/)")
    p.add_argument("--bootstrap", type=int, default=1000, help="bootstrap rounds for the 95%% interval")
    p.add_argument("--no-end-to-end", action="store_true", help="skip extraction + classification scoring")
    _device_arg(p)
    _precision_arg(p)
    p.set_defaults(func=cmd_evaluate)

    for name, helptext in (("predict", "statements + stance for many articles (resumable)"),):
        p = sub.add_parser(name, help=helptext, formatter_class=fmt,
                           description="Batch inference. Re-running the same command resumes after an interruption.",
                           epilog="examples:\n  stance predict articles/ -o out.jsonl\n"
                                  "  stance predict news.jsonl -o events.csv --format dna\n"
                                  "  stance predict --statements st.jsonl --articles articles/ -o labelled.jsonl\n"
                                  "  stance predict news.jsonl -o out.jsonl --device cuda\n"
                                  "  stance predict news.jsonl -o out.jsonl --precision bf16   (a CPU with AMX)\n"
                                  "  stance predict news.jsonl -o out.jsonl --engine ray --workers 2\n"
                                  "  stance predict news.jsonl -o out.jsonl --engine ray --address auto "
                                  "--gpus-per-worker 1")
    p.add_argument("inputs", nargs="*", metavar="INPUT",
                   help=".txt file (id = file name), folder of them, or JSONL of {\"id\", \"text\"}")
    p.add_argument("-o", "--output", required=True, help="output file")
    p.add_argument("--format", default="jsonl", choices=["jsonl", "csv", "dna"],
                   help="jsonl: one statement per line; csv: the same as a table; dna: DNA event list")
    p.add_argument("--model", help="run folder (default: models/stance-mpnet3-unweighted, the release; models/stance-minilm is 5x faster, 2 points lower)")
    p.add_argument("--registry", help="actor registry YAML for extraction")
    p.add_argument("--batch-size", type=int, default=32, help="statements per model batch (default 32)")
    p.add_argument("--threads", type=int, default=0, help="torch threads (default: all cores)")
    p.add_argument("--statements", help="classify these statement records instead of extracting")
    p.add_argument("--articles", help="folder of <article_id>.txt used as context with --statements")
    p.add_argument("--tagger", metavar="DIR|default|none", default=None,
                   help="combine extraction with a learned span tagger (`default`: models/span-tagger; local engine "
                        f"only); `none`: the rules alone (default: {TAGGER_DEFAULT})")
    p.add_argument("--actor-chooser", metavar="DIR|default|none", default="default",
                   help="re-choose each statement's speaker with a learned chooser (default `default`: "
                        "models/actor-chooser, retrained in session 28; a folder on the local engine only: the ray engine's "
                        "CPU workers use the default, its GPU runs the rules' speakers); `none`: the rules' own speakers")
    _camp_model_arg(p)
    _device_arg(p)
    _precision_arg(p, "(local engine)")
    p.add_argument("--engine", default="local", choices=["local", "ray"],
                   help="local: this process (default); ray: Ray Data over an actor pool, on this machine or a "
                        "Ray cluster (pip install -e '.[ray]')")
    p.add_argument("--address", help="ray: cluster address, e.g. auto for the one started by `ray start --head` "
                                     "(default: a local Ray instance on this machine)")
    p.add_argument("--workers", type=int, default=0,
                   help="ray: model replicas (default: one per CPU, or one per GPU share)")
    p.add_argument("--gpus-per-worker", type=float, default=0.0, metavar="G",
                   help="ray: GPUs per replica, e.g. 1 or 0.5 (default 0: CPU workers)")
    p.set_defaults(func=cmd_predict)

    p = sub.add_parser(
        "report", help="where each camp stands over time: tables, plots, actor networks, HTML", formatter_class=fmt,
        description="Turn `stance predict` output (JSONL) into a report folder DIR:\n"
                    "  stance_by_period.csv   per period, group and target: favor/against/none, net stance\n"
                    "                         (favor - against) / (favor + against) with its 95% Wilson interval,\n"
                    "                         mean confidence\n"
                    "  statements.csv         every statement behind those numbers (line, article, offsets)\n"
                    "  stance_<target>.png    net stance of each group over time, one panel per group\n"
                    "  actors.graphml         actor -> target network; congruence.graphml: actor-actor network\n"
                    "  report.html            one self-contained page: plots, tables, top statements, links\n"
                    "Dates come from the articles' 'date' key (ISO 8601): give `stance predict` a JSONL of\n"
                    "{\"id\", \"text\", \"date\", \"title\", \"source\", \"url\"}. Statements of undated articles\n"
                    "are counted (period 'undated') and listed, never dropped. Needs no model.",
        epilog="examples:\n"
               "  stance predict news.jsonl -o preds.jsonl && stance report preds.jsonl -o report/\n"
               "  stance report preds.jsonl -o report/ --period week --by actor --targets ceasefire\n"
               "  make report          the bundled Russia-Ukraine corpus, into reports/corpus-report/")
    p.add_argument("predictions", metavar="PRED.jsonl", help="JSONL written by `stance predict` (format jsonl)")
    p.add_argument("-o", "--output", required=True, metavar="DIR", help="folder to write the report into")
    p.add_argument("--period", default="month", choices=["day", "week", "month"],
                   help="time bucket (week = ISO week, Monday first; default: month)")
    p.add_argument("--by", default="camp", choices=["camp", "actor"],
                   help="group statements by camp (the record's side) or by canonical actor (default: camp)")
    p.add_argument("--targets", nargs="+", metavar="TARGET", help="targets to report (default: all in the file)")
    p.add_argument("--articles", metavar="INPUT",
                   help="the article texts (folder of <id>.txt or the JSONL given to predict): shows each cited "
                        "statement in its context")
    p.add_argument("--top", type=int, default=3, help="statements shown per group and period (default 3)")
    p.add_argument("--title", help="heading of report.html (default: 'Stance by <camp|actor> over time')")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("demo", help="run the pipeline on the bundled seed article", formatter_class=fmt,
                       epilog="examples:\n  stance demo\n  stance demo --html demo.html")
    p.add_argument("--model", help="run folder (default: models/stance-mpnet3-unweighted, the release; models/stance-minilm is 5x faster, 2 points lower)")
    p.add_argument("--article", help="another .txt article instead of the seed")
    p.add_argument("--html", help="also write a self-contained HTML page here")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("benchmark", help="train + evaluate on a public stance benchmark", formatter_class=fmt,
                       epilog="examples:\n  stance benchmark semeval2016 --data ../shared/benchmarks/semeval2016\n"
                              "  stance benchmark emergent --data ../shared/benchmarks/emergent --seeds 13 14 15\n"
                              "  stance benchmark semeval2016 --data ../shared/benchmarks/semeval2016 --lexical")
    p.add_argument("name", choices=["semeval2016", "emergent"], help="benchmark")
    p.add_argument("--data", required=True, help="benchmark folder (kept outside the repository)")
    p.add_argument("--seeds", type=int, nargs="+", help="training seeds (default: the config's)")
    p.add_argument("--quick", action="store_true", help="few steps, for a smoke check only")
    p.add_argument("--lexical", action="store_true",
                   help="score the released design's mixture: network + TF-IDF + LR log-probabilities, the weight "
                        "chosen on the dev split (the network alone is reported beside it)")
    p.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                   help="override a value of configs/bench-NAME.yaml for this run, e.g. train.probe_epochs=30 "
                        "(repeatable)")
    p.add_argument("--out", default="reports", help="reports root")
    _device_arg(p)
    p.set_defaults(func=cmd_benchmark)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING, format="%(levelname)s %(message)s")
    if not getattr(args, "func", None):
        parser.print_help()
        return 0 if args.command is None else 2
    if not args.verbose:
        import os

        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
    try:
        return args.func(args)
    except (ValueError, OSError, KeyError) as exc:
        return _fail(str(exc).strip("'\""), 1)
    except KeyboardInterrupt:
        return _fail("interrupted; re-run the same command to resume", 130)


if __name__ == "__main__":
    sys.exit(main())
