# Parley: `make run` serves the dashboard on the sample corpus, `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8501
# Only this machine can reach the app unless you say otherwise: `HOST=0.0.0.0 make run` serves
# every interface (put a TLS reverse proxy in front of it; README "Running it for others").
HOST ?= 127.0.0.1
STAMP := $(VENV)/.installed

.PHONY: run test check lint typecheck bench eval sample screenshots clean

# The project itself is installed editable (pyproject.toml), so `streamlit run dashboard/app.py`
# and the tests import analysis and dashboard without any sys.path changes.
$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements-dev.txt
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

# The sample is committed; it is rewritten (byte for byte the same) only when its generator changes.
data/sample/statements.csv: analysis/corpus/sample.py analysis/corpus/sample_text.py | $(STAMP)
	$(PY) -m analysis sample --statements 3000 --seed 7 -o $@ --aliases-out data/sample/aliases.csv

sample: data/sample/statements.csv

run: $(STAMP) data/sample/statements.csv
	$(PY) -m streamlit run dashboard/serve.py --server.address $(HOST) --server.port $(PORT)

test: $(STAMP)
	$(PY) -m pytest -n 2 -q

lint: $(STAMP)
	$(PY) -m ruff check analysis dashboard tests bench

typecheck: $(STAMP)
	$(PY) -m mypy

check: test lint typecheck

bench: $(STAMP)
	$(PY) -m bench

eval: $(STAMP)
	$(PY) -m tests.eval

screenshots: $(STAMP)
	$(PY) -m dashboard.screenshots

clean:
	rm -rf $(VENV) .parley-cache .pytest_cache .mypy_cache .ruff_cache
