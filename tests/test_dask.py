"""opedkit.dask converts a corpus with dask.bag: the same articles as the command line, bad
records collected beside them."""

from __future__ import annotations

import gzip
import json
import subprocess
import sys
from pathlib import Path

import pytest

import opedkit.dask
import opedkit.json

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def corpus(folder: Path) -> Path:
    """A small corpus in ``folder/in``: text, gzipped text, Markdown, and JSON Lines with a bad
    line, in nested folders."""
    root = folder / "in"
    (root / "a" / "b").mkdir(parents=True)
    column = (EXAMPLES / "column.txt").read_bytes()
    (root / "a" / "column.txt").write_bytes(column)
    (root / "a" / "b" / "again.txt.gz").write_bytes(gzip.compress(column))
    (root / "note.md").write_text("# Plant trees\n\nShade saves lives.\n", encoding="utf-8")
    good = opedkit.json.dumps(opedkit.json.loads((EXAMPLES / "column.json").read_bytes()))
    (root / "z.jsonl").write_text(f'{good}\n{{"title": ""}}\n{good}\n', encoding="utf-8")
    return root


@pytest.mark.parametrize("scheduler", ["sync", "threads", "processes"])
def test_a_corpus_becomes_json_lines_partitions_and_errors(tmp_path: Path, scheduler: str) -> None:
    """Every good record is in the articles partitions, in input order, with the same bytes
    as ``opedkit convert --to jsonl``; the bad one is in an errors partition with its line."""
    root = corpus(tmp_path)
    out = tmp_path / "out"
    summary = opedkit.dask.convert([root], out, scheduler=scheduler)
    assert summary == opedkit.dask.Summary(articles=5, errors=1)
    articles = "".join(p.read_text("utf-8") for p in sorted(out.glob("articles-*.jsonl")))
    cli = subprocess.run(
        [str(Path(sys.executable).with_name("opedkit")), "convert", str(root), "--to", "jsonl"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert articles == cli.stdout
    lines = [
        line for p in sorted(out.glob("errors-*")) for line in p.read_text("utf-8").splitlines()
    ]
    errors = [json.loads(line) for line in lines]
    assert errors == [
        {"file": str(root / "z.jsonl"), "line": 2, "error": "$.title: must not be blank"}
    ]


def test_partitions_hold_a_few_files_each(tmp_path: Path) -> None:
    """files_per_partition sets how many input files one partition reads."""
    bag = opedkit.dask.outcomes([corpus(tmp_path)], files_per_partition=2, claims=False)
    assert bag.npartitions == 2
    assert [item["line"] for item in bag.compute(scheduler="sync")] == [None, None, None, 1, 2, 3]
