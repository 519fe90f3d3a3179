"""The command line converts, checks and prints the schema; batches keep the good records."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import opedkit.json
from opedkit.cli import main

EXAMPLE = Path(__file__).resolve().parents[1] / "examples" / "column.json"


def test_convert_prints_one_article_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    """convert with one input and no -o writes the article to standard output."""
    assert main(["convert", str(EXAMPLE)]) == 0
    assert opedkit.json.loads(capsys.readouterr().out) == opedkit.json.loads(EXAMPLE.read_bytes())


def test_a_batch_reports_bad_records_by_position_and_keeps_the_good(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A JSON Lines batch writes every good record, names each bad one by line, and exits 1."""
    good = opedkit.json.dumps(opedkit.json.loads(EXAMPLE.read_bytes()))
    batch = tmp_path / "in.jsonl"
    batch.write_text(f'{good}\n{{"title": ""}}\nnot json\n\n{good}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(batch), "-o", str(out)]) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    errors = capsys.readouterr().err
    assert f"{batch}:2: $.title: must not be blank" in errors
    assert f"{batch}:3: not valid JSON" in errors
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_an_unreadable_file_is_reported_and_the_rest_converted(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A missing input is one failure among the records, not a crash."""
    out = tmp_path / "out.jsonl"
    assert main(["convert", str(tmp_path / "missing.json"), str(EXAMPLE), "-o", str(out)]) == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert "missing.json: cannot read" in capsys.readouterr().err


def test_check_lists_every_problem_with_its_record(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """check prints each problem prefixed by file and line, and counts the records."""
    batch = tmp_path / "in.jsonl"
    fine = opedkit.json.dumps(opedkit.json.loads(EXAMPLE.read_bytes()))
    batch.write_text(f'{fine}\n{{"title": " ", "tags": "x"}}\n', encoding="utf-8")
    assert main(["check", str(batch)]) == 1
    captured = capsys.readouterr()
    assert captured.out.splitlines() == [
        f"{batch}:2: $.tags: expected an array, got string",
        f"{batch}:2: $.title: must not be blank",
    ]
    assert "2 records: 1 invalid, 0 with findings" in captured.err


def test_check_reports_quality_findings_and_fails_on_them_when_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A valid but suspicious record is reported; only --strict makes it a failure."""
    batch = tmp_path / "in.jsonl"
    batch.write_text('{"title": "T", "sections": [{"paragraphs": ["Caf\u00c3\u00a9 owners."]}]}\n')
    assert main(["check", str(batch)]) == 0
    assert f"{batch}:1: $.sections[0].paragraphs[0]: mojibake: " in capsys.readouterr().out
    assert main(["check", "--strict", str(batch)]) == 1


def test_schema_prints_the_json_schema(capsys: pytest.CaptureFixture[str]) -> None:
    """schema writes the same document as opedkit.json.schema()."""
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out) == opedkit.json.schema()


def test_an_unknown_extension_is_a_usage_error(tmp_path: Path) -> None:
    """A file whose format cannot be told stops with a message that names --from."""
    odd = tmp_path / "article.xyz"
    odd.write_text("{}", encoding="utf-8")
    with pytest.raises(SystemExit, match="--from"):
        main(["convert", str(odd)])
