"""The public prediction API: article text in, attributed statements with stance and an actor table out.

`StancePipeline.load()` loads the released model from `models/` once; `predict` handles one
article, `predict_many` streams many (statements of several articles share classifier batches),
`classify` labels statements extracted elsewhere. Prediction is thread-safe: the model is only
read, and tokenisation is serialised inside the classifier. Not here: reading input files and
writing outputs (`pipeline.serve.batch`), extraction rules (`pipeline.extract.extractor`).
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping, Sequence

from pipeline.serve.actor_stance import ActorStance, predicted_actor_stances
from pipeline.classify.examples import StatementExample, statement_context
from pipeline.extract.camp_model import CAMP_MODEL_DEFAULT
from pipeline.schema import LABELS, Article, RecordError, Statement

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_MODEL = REPO_ROOT / "models" / "stance-mpnet3-unweighted"


@dataclass
class ArticleResult:
    """Everything the pipeline says about one article."""

    article_id: str
    statements: list[Statement] = field(default_factory=list)
    actors: list[ActorStance] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"article_id": self.article_id,
                "statements": [s.to_record() for s in self.statements],
                "actors": [a.to_dict() for a in self.actors]}

    def rows(self) -> list[dict[str, Any]]:
        """One flat dict per statement: the record plus `p_<target>_<label>` columns."""
        out = []
        for st in self.statements:
            row = {k: v for k, v in st.to_record().items() if k != "probabilities"}
            for target, probs in (st.probabilities or {}).items():
                for lab in LABELS:
                    row[f"p_{target}_{lab}"] = probs[lab]
            out.append(row)
        return out


def _as_article(item: Any, n: int) -> Article:
    if isinstance(item, Article):
        return item
    if isinstance(item, str):
        return Article(f"article-{n}", item)
    if isinstance(item, Mapping):
        if "text" not in item:
            raise RecordError(f"input {n}: missing key 'text' (records need 'id' and 'text')")
        return Article(str(item.get("id", f"article-{n}")), item["text"])
    raise TypeError(f"input {n}: expected str, Article or a mapping with 'text', got {type(item).__name__}")


class StancePipeline:
    """Extraction + stance classification + actor roll-up.

    >>> sp = StancePipeline.load()                                  # doctest: +SKIP
    >>> result = sp.predict("“We need a cease-fire now,” Zelenskyy said.", article_id="a1")  # doctest: +SKIP
    >>> result.statements[0].stances["ceasefire"]                    # doctest: +SKIP
    'favor'
    """

    def __init__(self, classifier, registry=None, *, batch_size: int = 32, tagger=None, chooser=None, camps=None):
        from pipeline.actors import ActorRegistry

        self.classifier = classifier
        self.registry = registry or ActorRegistry.default()
        self.batch_size = batch_size
        self.tagger = tagger            # optional pipeline.tagging.SpanTagger combined with the rules
        self.chooser = chooser          # optional pipeline.extract.chooser.ActorChooser re-choosing speakers
        self.camps = camps              # optional pipeline.extract.camp_model.CampModel: unknown speakers' camps

    @classmethod
    def load(cls, path: str | Path | None = None, *, registry: str | Path | None = None,
             batch_size: int = 32, threads: int = 0, device: str = "auto", precision: str = "auto",
             max_tokens: int | None = None, tokenize_workers: int | None = None,
             tagger: str | Path | None = "default", actor_chooser: str | Path | None = "default",
             camp_model: str | Path | None = CAMP_MODEL_DEFAULT) -> "StancePipeline":
        """Load a trained run folder (default: the released model, or $STANCE_MODEL) onto `device`.

        `device`: auto (CUDA, then MPS, then CPU), cpu, cuda, cuda:N or mps. On CUDA inference runs
        under fp16 autocast (`precision` fp32/fp16/bf16 to choose) in batches of `max_tokens` tokens
        (default 131,072), tokenised by `tokenize_workers` forked processes (default: the cores but
        two, at most 8); on the CPU in float32 batches of `batch_size` statements. `tagger`: a span-tagger
        folder (`pipeline.tagging`) whose additions (and veto, if its settings ask) are combined with the extraction
        rules: `default` (models/span-tagger, the default since session 25), a folder, or None/`none` (the rules alone).
        `actor_chooser`: a chooser folder, `default` (models/actor-chooser, the default since session 28) or
        None/`none` (the rules' speakers). `camp_model`: a camp-model folder (`pipeline.extract.camp_model`: the camps
        of speakers the registry does not know), `default` (models/camp-model) or None/`none` (the rules' camps).
        """
        import torch

        from pipeline.actors import ActorRegistry
        from pipeline.classify.model import ModelLoadError, StanceClassifier

        folder = Path(path or os.environ.get("STANCE_MODEL") or DEFAULT_MODEL)
        if not folder.exists():
            raise ModelLoadError(f"{folder}: model folder not found; pass a run folder made by `stance train`")
        if threads:
            torch.set_num_threads(threads)
        reg = ActorRegistry.load(registry) if registry else None
        clf = StanceClassifier.load(folder).to(device, precision=precision, max_tokens=max_tokens,
                                               tokenize_workers=tokenize_workers)
        from pipeline.tagging.model import tagger_folder

        span_tagger, tagger_dir = None, tagger_folder(tagger)
        if tagger_dir is not None:
            from pipeline.tagging import SpanTagger

            span_tagger = SpanTagger.from_pretrained(tagger_dir, threads=0,   # runs on the CPU: fp16 there is auto
                                                     precision=precision if precision in ("fp32", "bf16") else "auto")
        from pipeline.extract.camp_model import camp_model_from
        from pipeline.extract.chooser import chooser_from

        return cls(clf, reg, batch_size=batch_size, tagger=span_tagger, chooser=chooser_from(actor_chooser),
                   camps=camp_model_from(camp_model))

    @property
    def targets(self) -> list[str]:
        return self.classifier.target_names

    def extract(self, text: str, article_id: str) -> list[Statement]:
        from pipeline.extract.extractor import extract_statements

        found = self.tagger.extract(text, article_id, self.registry) if self.tagger is not None else \
            extract_statements(text, article_id, self.registry)
        found = self.chooser.choose(text, found, self.registry) if self.chooser is not None else found
        return self.camps.relabel(text, found, self.registry) if self.camps is not None else found

    def _label(self, statements: list[Statement], texts: Mapping[str, str], batch_size: int | None) -> None:
        examples = []
        for st in statements:
            ctx = ""
            article = texts.get(st.article_id)
            if article is not None and self.classifier.settings.use_context:
                start = st.start if st.start is not None else max(0, article.find(st.text))
                ctx = statement_context(article, start, start + len(st.text), self.classifier.context_chars)
            examples.append(StatementExample(st.text, side=st.side, context=ctx, group=st.article_id))
        probs = self.classifier.predict_proba(examples, batch_size or self.batch_size)
        for st, p in zip(statements, probs):
            st.stances = {t: LABELS[int(p[i].argmax())] for i, t in enumerate(self.targets)}
            st.probabilities = {t: {lab: round(float(p[i][j]), 4) for j, lab in enumerate(LABELS)}
                                for i, t in enumerate(self.targets)}

    def predict(self, text: str, article_id: str | None = None) -> ArticleResult:
        """Statements of one article with labels, probabilities and the actor table."""
        return next(self.predict_many([Article(article_id or "article", text)]))

    def predict_many(self, items: Iterable[Any], batch_size: int | None = None,
                     articles_per_batch: int = 16) -> Iterator[ArticleResult]:
        """Results in input order; items are texts, `Article`s or {"id", "text"} mappings.

        Statements of up to `articles_per_batch` articles are classified together.
        """
        chunk: list[Article] = []
        for n, item in enumerate(items):
            chunk.append(_as_article(item, n))
            if len(chunk) >= articles_per_batch:
                yield from self._run(chunk, batch_size)
                chunk = []
        if chunk:
            yield from self._run(chunk, batch_size)

    def _run(self, articles: list[Article], batch_size: int | None) -> list[ArticleResult]:
        return self.label_articles(articles, [self.extract(a.text, a.id) for a in articles], batch_size)

    def label_articles(self, articles: Sequence[Article], per_article: Sequence[list[Statement]],
                       batch_size: int | None = None) -> list[ArticleResult]:
        """Classify statements already extracted from `articles` (one list per article, labelled in
        place) in shared batches and roll each article up; one result per article, in order."""
        flat = [st for sts in per_article for st in sts]
        self._label(flat, {a.id: a.text for a in articles}, batch_size)
        return [ArticleResult(a.id, sts, predicted_actor_stances(sts, self.targets))
                for a, sts in zip(articles, per_article)]

    def classify(self, statements: Sequence[Statement | Mapping[str, Any]],
                 articles: Mapping[str, str] | None = None, batch_size: int | None = None) -> list[Statement]:
        """Label statements extracted elsewhere (records need `article_id` and `text`).

        `speaker`, `actor` and `side` are optional; `articles` maps article id -> text and is
        used for the statement's context when the model reads context.
        """
        out = []
        for n, item in enumerate(statements):
            if isinstance(item, Statement):
                out.append(Statement(item.article_id, item.text, item.speaker, item.actor, item.side, item.kind,
                                     {}, item.start, item.end))
                continue
            if not isinstance(item, Mapping) or "text" not in item or "article_id" not in item:
                raise RecordError(f"statement {n}: needs keys 'article_id' and 'text'")
            out.append(Statement(str(item["article_id"]), str(item["text"]), str(item.get("speaker", "")),
                                 str(item.get("actor", "")), str(item.get("side", "")),
                                 str(item.get("kind", "direct")), {}, item.get("start"), item.get("end")))
        self._label(out, articles or {}, batch_size)
        return out
