#!/usr/bin/env bash
# The whole test suite: ruff (lint and format), mypy --strict, pytest with Hypothesis.
# HYPOTHESIS_PROFILE=dev runs many more examples than the default "ci" profile.
source "$(dirname "$0")/_env.sh"
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy
.venv/bin/pytest -q "$@"
