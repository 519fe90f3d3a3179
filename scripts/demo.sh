#!/usr/bin/env bash
# The main job on the sample the project ships: read a scraped text column, print it as JSON.
source "$(dirname "$0")/_env.sh"
.venv/bin/opedkit convert examples/column.txt --to json
