"""The command line: ``opedkit convert``, ``opedkit check`` and ``opedkit schema``.

Every option and exit status is described in docs/cli.md. The inputs are read by
:mod:`._inputs`, the records converted or checked by :mod:`._batch` (in parallel with
``--jobs``), and the results written by :mod:`._outputs`.
"""

from __future__ import annotations

import argparse
import codecs
import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path

from tqdm import tqdm

from . import __version__
from ._batch import Done, Task, run
from ._inputs import FORMATS, Record, records
from ._limits import MAX_BYTES
from ._outputs import Folder, Sink, Stream
from ._schema import schema

__all__ = ["main"]

_PER_ARTICLE = ("text", "html", "markdown")
_DESCRIPTION = """\
Convert opinion articles between formats and check them.

Inputs are files, folders (read recursively, in sorted order) and - for standard input:
.json (one article), .jsonl (one article a line), .txt, .md, .html or .htm, each optionally
gzipped (.gz). The format comes from --from, the file name, or the first bytes.
"""
_EPILOG = """\
examples:
  opedkit convert column.txt                    one article, as JSON on standard output
  opedkit convert column.txt --to markdown -o column.md
  opedkit convert pages/ -o articles.jsonl      a batch, as JSON Lines (one article a line)
  opedkit convert all.jsonl --to html -o out/   one HTML file per article, in folder out/
  opedkit check articles.jsonl --strict         problems and quality findings, by line

exit status: 0 all went well, 1 some record failed (or, with check --strict, had findings),
2 usage error, 130 interrupted (Ctrl-C), 141 standard output was closed (e.g. by head).
Full documentation: docs/cli.md.
"""


class _UsageError(Exception):
    """A command line that cannot be run as given (exit status 2)."""


class _Report:
    """Bad records on standard error, and a progress bar there when it is a terminal."""

    def __init__(self, *, quiet: bool) -> None:
        show = not quiet and sys.stderr.isatty()
        self._bar = tqdm(unit=" articles", file=sys.stderr, disable=not show, leave=False)
        self.done = self.failed = 0

    def step(self, record: Record, done: Done) -> None:
        self.done += 1
        self._bar.update()
        if done.error is not None:
            self.failed += 1
            self._bar.set_postfix(bad=self.failed, refresh=False)
            for line in done.error.splitlines():
                tqdm.write(f"{record.position}: {line}", file=sys.stderr)

    def close(self) -> None:
        self._bar.close()


def _jobs(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"expected a number of processes (1 or more): {value!r}")
    return int(value)


def _size(value: str) -> int | None:
    """``--max-bytes``: a count of bytes, ``0`` for no limit."""
    if not value.isdigit():
        raise argparse.ArgumentTypeError(f"expected a number of bytes, got {value!r}")
    return int(value) or None


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def _encoding(args: argparse.Namespace) -> str | None:
    if args.encoding is None:
        return None
    try:
        return codecs.lookup(args.encoding).name
    except LookupError:
        raise _UsageError(f"unknown encoding {args.encoding!r}") from None


def _many(args: argparse.Namespace, first: Record | None) -> bool:
    """Whether the inputs hold several articles (then one output stream is JSON Lines)."""
    return (
        len(args.inputs) > 1
        or any(os.path.isdir(path) for path in args.inputs)
        or (first is not None and first.line is not None)
    )


def _stream(args: argparse.Namespace) -> tuple[Record | None, Iterator[Record]]:
    stream = records(args.inputs, args.from_)
    first = next(stream, None)
    return first, stream if first is None else _prepend(first, stream)


def _prepend(first: Record, rest: Iterator[Record]) -> Iterator[Record]:
    yield first
    yield from rest


def _convert(args: argparse.Namespace) -> int:
    encoding = _encoding(args)
    first, stream = _stream(args)
    many = _many(args, first)
    output: str | None = args.output
    folder = output is not None and (output.endswith(("/", os.sep)) or os.path.isdir(output))
    if many and not folder and args.to in _PER_ARTICLE:
        raise _UsageError(
            f"several articles as {args.to} need a folder: -o FOLDER/ (one file per article), "
            "or --to jsonl"
        )
    sink: Sink
    if folder:
        assert output is not None
        sink = Folder(Path(output), args.to)
    else:
        sink = Stream(Path(output) if output else None, sys.stdout, keep_empty=many)
    task = Task(
        to=args.to,
        claims=not args.no_claims,
        encoding=encoding,
        lines=many and not folder,
        max_bytes=args.max_bytes,
    )
    report = _Report(quiet=args.quiet)
    try:
        with contextlib.closing(run(task, stream, args.jobs if many else 1)) as results:
            for record, done in results:
                report.step(record, done)
                if done.error is None:
                    sink.write(record, done.text)
    except BaseException:
        sink.abort()
        raise
    finally:
        report.close()
    sink.close()
    return 1 if report.failed else 0


def _check(args: argparse.Namespace) -> int:
    encoding = _encoding(args)
    first, stream = _stream(args)
    jobs = args.jobs if _many(args, first) else 1
    invalid = suspicious = total = 0
    task = Task(to=None, encoding=encoding, max_bytes=args.max_bytes)
    with contextlib.closing(run(task, stream, jobs)) as results:
        for record, done in results:
            total += 1
            invalid += done.error is not None
            suspicious += bool(done.findings)
            for line in _findings(record, done, as_json=args.format == "json"):
                print(line)
    if not args.quiet:
        print(f"{total} records: {invalid} invalid, {suspicious} with findings", file=sys.stderr)
    return 1 if invalid or (args.strict and suspicious) else 0


def _findings(record: Record, done: Done, *, as_json: bool) -> Iterator[str]:
    """``FILE:LINE: $.path: message`` for each problem, ``...: $.path: CODE: message`` for each
    finding; with ``as_json``, one JSON object for each."""
    problems = [] if done.error is None else done.error.splitlines()
    if not as_json:
        yield from (f"{record.position}: {line}" for line in problems)
        yield from (f"{record.position}: {': '.join(finding)}" for finding in done.findings)
        return
    where = {"file": record.source, "line": record.line}
    for line in problems:
        path, sep, message = line.partition(": ")
        if not (sep and path.startswith("$")):
            path, sep, message = "$", "", line
        code = "invalid" if sep else "unreadable"
        yield json.dumps({**where, "path": path, "code": code, "message": message})
    for path, code, message in done.findings:
        yield json.dumps({**where, "path": path, "code": code, "message": message})


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(schema(), indent=2))
    return 0


def _inputs(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="a file, a folder, or - for standard input"
    )
    command.add_argument(
        "--from", dest="from_", choices=FORMATS, help="the input format (default: from the name)"
    )
    command.add_argument(
        "--encoding", help="the encoding of text and Markdown inputs (default: UTF-8, or the BOM's)"
    )
    command.add_argument(
        "-j", "--jobs", type=_jobs, default=_cores(),
        help="processes to use (default: all cores, here %(default)s)",
    )  # fmt: skip
    command.add_argument("-q", "--quiet", action="store_true", help="no progress bar or summary")
    command.add_argument(
        "--max-bytes", type=_size, default=MAX_BYTES, metavar="N",
        help="refuse any record larger than N bytes (default: %(default)s, 16 MiB; 0: no limit)",
    )  # fmt: skip


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="opedkit",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"opedkit {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    convert = commands.add_parser(
        "convert", help="convert articles between formats", description=_DESCRIPTION,
        epilog=_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    _inputs(convert)
    convert.add_argument(
        "--to", choices=("json", "jsonl", *_PER_ARTICLE), default="json",
        help="the output format (default: json; several articles in one stream are JSON Lines)",
    )  # fmt: skip
    convert.add_argument(
        "-o", "--output", metavar="OUT",
        help="a file, or a folder (an existing one, or a name ending in /) for one file per "
        "input or article (default: standard output)",
    )  # fmt: skip
    convert.add_argument("--no-claims", action="store_true", help="do not extract claims")
    convert.set_defaults(run=_convert)
    checking = commands.add_parser(
        "check", help="report every problem and quality finding of articles",
        description="Report what makes each record invalid, and the quality findings of the "
        "valid ones (opedkit.check), one line each: FILE:LINE: $.path: CODE: message.",
    )  # fmt: skip
    _inputs(checking)
    checking.add_argument(
        "--format", choices=("text", "json"), default="text",
        help="text lines (default), or one JSON object per line for machines",
    )  # fmt: skip
    checking.add_argument("--strict", action="store_true", help="findings fail the check too")
    checking.set_defaults(run=_check)
    schema = commands.add_parser("schema", help="print the JSON Schema of the JSON form")
    schema.set_defaults(run=_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    parser = _parser()
    args = parser.parse_args(argv)
    try:
        return int(args.run(args))
    except _UsageError as error:
        parser.exit(2, f"opedkit: {error}\n")
    except KeyboardInterrupt:
        print("opedkit: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader of standard output went away (``| head``): stop quietly, and keep Python
        # from complaining when it flushes standard output at exit.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
