# Sourced by the other scripts: make .venv with opedkit and its test tools, once.
# It is rebuilt when pyproject.toml changes. Needs only Python >= 3.10 (3.11 preferred).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
if [ ! -x .venv/bin/python ] || [ pyproject.toml -nt .venv/.installed ]; then
  python=$(command -v python3.11 || command -v python3)
  "$python" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e ".[test]"
  touch .venv/.installed
fi
