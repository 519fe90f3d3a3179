# Sourced by the other scripts: make .venv with opedkit and its test tools, once.
# It is rebuilt when pyproject.toml changes, the C helper when its source does. Needs only
# Python >= 3.10 (3.11 preferred).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -x .venv/bin/python ] || [ pyproject.toml -nt .venv/.installed ]; then
  python=$(command -v python3.11 || command -v python3)
  "$python" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
  touch .venv/.installed
fi
if [ src/opedkit/_cwire.c -nt .venv/.installed ]; then  # the C helper's source changed: rebuild
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e . --no-deps
  touch .venv/.installed
fi
