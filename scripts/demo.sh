#!/usr/bin/env bash
# The main job on the sample the project ships: read an article, print it as JSON.
source "$(dirname "$0")/_env.sh"
.venv/bin/opedkit convert examples/column.json --to json
