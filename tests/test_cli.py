"""The command line, run as a user runs it (the installed ``opedkit`` in a subprocess)."""

from __future__ import annotations

import codecs
import contextlib
import fcntl
import gzip
import json
import os
import pty
import re
import signal
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable
from pathlib import Path

import attrs
import pytest

import opedkit
import opedkit.html
import opedkit.json
import opedkit.markdown
import opedkit.text

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EXAMPLE = EXAMPLES / "column.json"
ARTICLE = opedkit.json.loads(EXAMPLE.read_bytes())
COMMAND = str(Path(sys.executable).with_name("opedkit"))


def opedkit_cli(
    *args: str | Path, stdin: bytes = b"", cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``opedkit ARGS`` and return what it did (output decoded as UTF-8)."""
    done = subprocess.run(
        [COMMAND, *map(str, args)], input=stdin, capture_output=True, cwd=cwd, check=False
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(), done.stderr.decode()
    )


def batch(folder: Path, count: int = 3, *, bad: bool = False) -> Path:
    """``folder/all.jsonl``: ``count`` different good articles, then a bad line if ``bad``."""
    lines = [opedkit.json.dumps(attrs.evolve(ARTICLE, title=f"Column {n}")) for n in range(count)]
    path = folder / "all.jsonl"
    path.write_text("\n".join([*lines, '{"title": ""}'] if bad else lines) + "\n", "utf-8")
    return path


def test_convert_prints_one_article_as_indented_json() -> None:
    """convert with one input and no -o writes the article to standard output."""
    done = opedkit_cli("convert", EXAMPLE)
    assert done.returncode == 0
    assert opedkit.json.loads(done.stdout) == ARTICLE
    assert done.stdout.startswith('{\n  "opedkit": 1,')


READ_BACK: dict[str, Callable[[str], opedkit.Article]] = {
    "json": opedkit.json.loads,
    "text": lambda s: opedkit.text.parse(s, claims=False),
    "html": lambda s: opedkit.html.parse(s, claims=False),
    "markdown": opedkit.markdown.parse,
}


@pytest.mark.parametrize("fmt", ["json", "jsonl", "markdown", "html", "text"])
def test_a_json_lines_batch_to_a_folder_gives_every_article(tmp_path: Path, fmt: str) -> None:
    """A JSON Lines batch to a new folder (-o out/) writes one file per article for per-article
    formats (all-0001.md, ...), one JSON Lines file for JSON, and loses no article."""
    source = batch(tmp_path, 3, bad=True)
    done = opedkit_cli("convert", source, "--from", "json", "--to", fmt, "-o", f"{tmp_path}/out/")
    assert done.returncode == 1
    assert done.stderr == f"{source}:4: $.title: must not be blank\n"
    written = sorted((tmp_path / "out").iterdir())
    if fmt in ("json", "jsonl"):
        assert [p.name for p in written] == ["all.jsonl"]
        titles = [json.loads(line)["title"] for line in written[0].read_text("utf-8").splitlines()]
    else:
        suffix = {"markdown": ".md", "html": ".html", "text": ".txt"}[fmt]
        assert [p.name for p in written] == [f"all-000{n}{suffix}" for n in (1, 2, 3)]
        titles = [READ_BACK[fmt](p.read_text("utf-8")).title for p in written]
    assert titles == ["Column 0", "Column 1", "Column 2"]


def test_an_existing_folder_without_a_slash_is_a_folder(tmp_path: Path) -> None:
    """-o naming an existing folder writes into it rather than replacing it."""
    (tmp_path / "out").mkdir()
    done = opedkit_cli("convert", batch(tmp_path), "--to", "markdown", "-o", tmp_path / "out")
    assert done.returncode == 0
    assert len(list((tmp_path / "out").iterdir())) == 3


def test_outputs_of_one_run_never_overwrite_each_other(tmp_path: Path) -> None:
    """Two inputs that would give the same output name get -2, -3, ... instead."""
    for name in ("x", "y"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "a.json").write_bytes(EXAMPLE.read_bytes())
    (tmp_path / "all-0001.json").write_bytes(EXAMPLE.read_bytes())
    inputs = [tmp_path / "x" / "a.json", tmp_path / "y" / "a.json", batch(tmp_path, 1)]
    done = opedkit_cli(
        "convert", *inputs, tmp_path / "all-0001.json", "--to", "html", "-o", f"{tmp_path}/out/"
    )
    assert done.returncode == 0, done.stderr
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == ["a-2.html", "a.html", "all-0001-2.html", "all-0001.html"]


def test_several_articles_to_one_per_article_stream_are_refused(tmp_path: Path) -> None:
    """Markdown of several articles to one file is a usage error (2), and nothing is written."""
    done = opedkit_cli("convert", batch(tmp_path), "--to", "markdown", "-o", tmp_path / "x.md")
    assert (done.returncode, done.stdout) == (2, "")
    assert "need a folder: -o FOLDER/" in done.stderr
    assert not (tmp_path / "x.md").exists()


def test_a_batch_reports_bad_records_by_position_and_keeps_the_good(tmp_path: Path) -> None:
    """A JSON Lines batch writes every good record, names each bad one by line, and exits 1."""
    good = opedkit.json.dumps(ARTICLE)
    source = tmp_path / "in.jsonl"
    source.write_text(f'{good}\n{{"title": ""}}\nnot json\n\n{good}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    done = opedkit_cli("convert", source, "-o", out)
    assert done.returncode == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 2
    assert f"{source}:2: $.title: must not be blank" in done.stderr
    assert f"{source}:3: not valid JSON" in done.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_an_unreadable_file_is_reported_and_the_rest_converted(tmp_path: Path) -> None:
    """A missing input is one failure among the records, not a crash."""
    out = tmp_path / "out.jsonl"
    done = opedkit_cli("convert", tmp_path / "missing.json", EXAMPLE, "-o", out)
    assert done.returncode == 1
    assert len(out.read_text(encoding="utf-8").splitlines()) == 1
    assert f"{tmp_path / 'missing.json'}: cannot read: No such file or directory" in done.stderr


def test_a_name_that_says_no_format_is_sniffed(tmp_path: Path) -> None:
    """A file whose extension says nothing is read by what its first bytes look like."""
    odd = tmp_path / "article.xyz"
    odd.write_bytes(EXAMPLE.read_bytes())
    done = opedkit_cli("convert", odd)
    assert done.returncode == 0
    assert opedkit.json.loads(done.stdout) == ARTICLE


def test_a_closed_pipe_ends_the_run_quietly(tmp_path: Path) -> None:
    """``opedkit convert ... | head`` stops without a traceback, with status 141 (SIGPIPE)."""
    source = batch(tmp_path, 300)
    with subprocess.Popen(
        [COMMAND, "convert", str(source), "--jobs", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdout is not None
        assert process.stderr is not None
        process.stdout.readline()
        process.stdout.close()
        errors = process.stderr.read()
        assert process.wait() == 141
    assert errors == b""


def test_version_prints_the_installed_version() -> None:
    """--version prints opedkit's version, which is also opedkit.__version__."""
    done = opedkit_cli("--version")
    assert (done.returncode, done.stdout) == (0, f"opedkit {opedkit.__version__}\n")
    assert opedkit.__version__[0].isdigit()


@pytest.mark.parametrize("args", [["--help"], ["convert", "--help"], ["check", "--help"]])
def test_help_is_plain_text(args: list[str]) -> None:
    """The help text has no reST or Markdown markup, and names the exit statuses."""
    done = opedkit_cli(*args)
    assert done.returncode == 0
    assert "``" not in done.stdout
    assert ":mod:" not in done.stdout
    assert ("exit status" in done.stdout) == (args[0] != "check")


TEXT = "Night buses pay their way\n\nThe café on the corner stays open: its cooks ride home.\n"


def test_text_that_is_not_utf8_names_the_file_and_byte(tmp_path: Path) -> None:
    """Latin-1 text fails by default with the file and byte offset, and reads with --encoding."""
    source = tmp_path / "latin.txt"
    source.write_bytes(TEXT.encode("latin-1"))
    done = opedkit_cli("convert", source)
    assert done.returncode == 1
    offset = TEXT.encode("latin-1").index(b"\xe9")
    assert done.stderr.startswith(f"{source}: not valid UTF-8 at byte {offset} (0xe9);")
    assert "--encoding" in done.stderr
    done = opedkit_cli("convert", source, "--encoding", "latin-1", "--to", "text")
    assert done.returncode == 0
    assert "The café on the corner" in done.stdout


@pytest.mark.parametrize("codec", ["utf-8-sig", "utf-16"])
def test_text_with_a_byte_order_mark_is_read_by_it(tmp_path: Path, codec: str) -> None:
    """A BOM says the encoding when --encoding does not."""
    source = tmp_path / "bom.txt"
    source.write_bytes(TEXT.encode(codec))
    assert source.read_bytes().startswith((codecs.BOM_UTF8, codecs.BOM_UTF16))
    done = opedkit_cli("convert", source, "--to", "text")
    assert done.returncode == 0
    assert done.stdout.startswith("Night buses pay their way\n")


@pytest.mark.parametrize(
    "args",
    [["convert"], ["convert", "x.txt", "--to", "pdf"], ["convert", "x.txt", "--encoding", "nope"],
     ["convert", "x.txt", "--jobs", "0"], ["frobnicate"]],
)  # fmt: skip
def test_usage_errors_exit_with_2(tmp_path: Path, args: list[str]) -> None:
    """A command line that cannot run says why on standard error and exits with 2."""
    (tmp_path / "x.txt").write_text(TEXT, encoding="utf-8")
    done = opedkit_cli(*args, cwd=tmp_path)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr


def test_check_lists_every_problem_with_its_record(tmp_path: Path) -> None:
    """check prints each problem prefixed by file and line, and counts the records."""
    source = tmp_path / "in.jsonl"
    source.write_text(f'{opedkit.json.dumps(ARTICLE)}\n{{"title": " ", "tags": "x"}}\n', "utf-8")
    done = opedkit_cli("check", source)
    assert done.returncode == 1
    assert done.stdout.splitlines() == [
        f"{source}:2: $.tags: expected an array, got string",
        f"{source}:2: $.title: must not be blank",
    ]
    assert "2 records: 1 invalid, 0 with findings" in done.stderr


def test_check_reports_quality_findings_and_fails_on_them_when_strict(tmp_path: Path) -> None:
    """A valid but suspicious record is reported with its code; only --strict fails on it."""
    source = tmp_path / "in.jsonl"
    source.write_text('{"title": "T", "sections": [{"paragraphs": ["Caf\u00c3\u00a9 owners."]}]}\n')
    done = opedkit_cli("check", source)
    assert done.returncode == 0
    assert f"{source}:1: $.sections[0].paragraphs[0]: mojibake: " in done.stdout
    assert opedkit_cli("check", "--strict", source).returncode == 1


def test_schema_prints_the_json_schema() -> None:
    """schema writes the same document as opedkit.json.schema()."""
    done = opedkit_cli("schema")
    assert done.returncode == 0
    assert json.loads(done.stdout) == opedkit.json.schema()


def test_the_module_runs_as_the_command() -> None:
    """``python -m opedkit`` is the same command line."""
    done = subprocess.run(
        [sys.executable, "-m", "opedkit", "--version"], capture_output=True, text=True, check=False
    )
    assert done.stdout == f"opedkit {opedkit.__version__}\n"
    assert os.path.exists(COMMAND)


def test_the_demo_says_what_it_found_and_writes_the_readmes_example(tmp_path: Path) -> None:
    """scripts/demo.sh prints the title, authors, sections and claims by kind, and writes
    exactly examples/column.json (which the README's example loads)."""
    out = tmp_path / "column.json"
    root = EXAMPLES.parent
    done = subprocess.run(
        ["bash", str(root / "scripts" / "demo.sh"), str(out)],
        capture_output=True, text=True, check=False, cwd=root,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    for line in ("title      Our town should stop paving its front yards",
                 "authors    Rosa Tamberlane (hydrologist, Lower Valley Water Authority)",
                 "WHAT OTHER TOWNS HAVE DONE: 7 paragraphs", f"is in {out}"):  # fmt: skip
        assert line in done.stdout
    assert re.search(r"claims     \d+: \d+ [a-z]+, ", done.stdout)
    assert out.read_bytes() == EXAMPLE.read_bytes(), (
        "examples/column.json is stale: bash scripts/demo.sh examples/column.json"
    )


def tree(folder: Path) -> Path:
    """``folder/in``: nested text, gzipped HTML-free text, Markdown and JSON, one bad file."""
    root = folder / "in"
    (root / "b" / "c").mkdir(parents=True)
    column = (EXAMPLES / "column.txt").read_bytes()
    (root / "b" / "c" / "deep.txt.gz").write_bytes(gzip.compress(column))
    (root / "b" / "column.txt").write_bytes(column)
    (root / "a.md").write_text("# Plant trees\n\nShade saves lives.\n", encoding="utf-8")
    (root / "z.json").write_bytes(EXAMPLE.read_bytes())
    (root / "empty.txt").write_text("", encoding="utf-8")
    (root / "notes.pdf").write_bytes(b"%PDF-1.4")
    return root


def test_a_folder_is_read_recursively_in_sorted_order_as_json_lines(tmp_path: Path) -> None:
    """A folder's files of known formats, gzipped or not, become JSON Lines in path order; a
    bad file is reported as FILE: message, and other files are left alone."""
    root = tree(tmp_path)
    done = opedkit_cli("convert", root, "--no-claims")
    assert done.returncode == 1
    titles = [json.loads(line)["title"] for line in done.stdout.splitlines()]
    column = "Our town should stop paving its front yards"
    assert titles == ["Plant trees", column, column, column]  # a.md, b/c/deep, b/column, z
    assert done.stderr.startswith(f"{root / 'empty.txt'}: ")
    assert done.stderr.count("\n") == 1


def test_a_folder_to_a_folder_mirrors_the_tree(tmp_path: Path) -> None:
    """-o FOLDER/ writes one file per input, at the same place below the output folder."""
    root = tree(tmp_path)
    opedkit_cli("convert", root, "--to", "markdown", "-o", f"{tmp_path}/out/")
    written = sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob("*"))
    assert written == ["a.md", "b", "b/c", "b/c/deep.md", "b/column.md", "z.md"]


def test_standard_input_is_an_input(tmp_path: Path) -> None:
    """- reads standard input, its format told by --from or its first bytes."""
    column = (EXAMPLES / "column.txt").read_bytes()
    done = opedkit_cli("convert", "-", "--to", "text", "--no-claims", stdin=column)
    assert "\nOur town should stop paving its front yards\n===" in done.stdout
    lines = (batch(tmp_path, 2)).read_bytes()
    done = opedkit_cli("convert", "-", "--from", "json", stdin=gzip.compress(lines))
    assert done.stdout.encode() == lines


@pytest.mark.parametrize("command", ["convert", "check"])
def test_jobs_write_the_same_bytes_as_one_job(tmp_path: Path, command: str) -> None:
    """--jobs 2 writes exactly what --jobs 1 writes, in input order, errors included."""
    source, folder = batch(tmp_path, 150, bad=True), tree(tmp_path)
    one = opedkit_cli(command, source, folder, "--jobs", "1")
    two = opedkit_cli(command, source, folder, "--jobs", "2")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout
    assert one.stderr == two.stderr
    assert len(one.stdout.splitlines()) > (150 if command == "convert" else 2)


def test_the_progress_bar_shows_on_a_terminal_only(tmp_path: Path) -> None:
    """On a terminal, standard error shows records done, the rate and bad records; -q and a
    pipe show nothing but the errors."""
    source = batch(tmp_path, 40, bad=True)
    main, other = pty.openpty()
    fcntl.ioctl(other, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
    with subprocess.Popen(
        [COMMAND, "convert", str(source), "-o", str(tmp_path / "out.jsonl")], stderr=other
    ) as process:
        os.close(other)
        shown = b""
        with contextlib.suppress(OSError):  # the terminal closes when the command ends
            while chunk := os.read(main, 4096):
                shown += chunk
        assert process.wait() == 1
    os.close(main)
    assert b"articles" in shown
    assert b"bad=1" in shown
    quiet = opedkit_cli("convert", source, "-o", tmp_path / "out.jsonl", "-q")
    assert quiet.stderr == f"{source}:41: $.title: must not be blank\n"


def test_ctrl_c_leaves_no_half_file_and_exits_130(tmp_path: Path) -> None:
    """An interrupted run removes its temporary file, writes no output and exits with 130."""
    lines = batch(tmp_path, 100).read_bytes()
    out = tmp_path / "out" / "all.jsonl"
    with subprocess.Popen(
        [COMMAND, "convert", "-", "--from", "jsonl", "-o", str(out), "--jobs", "2"],
        stdin=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as process:
        assert process.stdin is not None
        process.stdin.write(lines)  # and standard input stays open: the run cannot end
        process.stdin.flush()
        deadline = time.monotonic() + 20
        while not any((tmp_path / "out").glob(".all.jsonl.*")) and time.monotonic() < deadline:
            time.sleep(0.02)
        time.sleep(0.2)
        process.send_signal(signal.SIGINT)
        assert process.wait(timeout=30) == 130
        assert process.stderr is not None
        assert process.stderr.read() == b"opedkit: interrupted\n"
    assert list((tmp_path / "out").iterdir()) == []


def test_check_writes_one_json_object_per_finding(tmp_path: Path) -> None:
    """check --format json gives file, line, path, code and message for problems and findings."""
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"title": "T", "sections": [{"paragraphs": ["Short."]}]}\n{"title": ""}\nnot json\n',
        encoding="utf-8",
    )
    done = opedkit_cli("check", source, "--format", "json", "-q")
    assert (done.returncode, done.stderr) == (1, "")
    found = [json.loads(line) for line in done.stdout.splitlines()]
    assert {"file": str(source), "line": 1, "path": "$.authors", "code": "no-author",
            "message": "no author is credited"} in found  # fmt: skip
    assert {"file": str(source), "line": 2, "path": "$.title", "code": "invalid",
            "message": "must not be blank"} in found  # fmt: skip
    (unreadable,) = [f for f in found if f["line"] == 3]
    assert (unreadable["path"], unreadable["code"]) == ("$", "unreadable")
    assert unreadable["message"].startswith("not valid JSON")
