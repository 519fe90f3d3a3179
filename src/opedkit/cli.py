"""The command line: ``opedkit convert``, ``opedkit check`` and ``opedkit schema``.

``check`` reports what makes a record invalid (exit status 1) and the quality findings of
:mod:`opedkit.check` for the valid ones (exit status 1 with ``--strict``).

Inputs are files (``-`` is standard input) in any format opedkit reads; the format comes from
``--from`` or the file's extension (``.json``, ``.jsonl``, ``.txt``, ``.html``/``.htm``, ``.md``,
each optionally ``.gz``). A ``.jsonl`` file holds one article per line. Batches stream: each
record is converted and written before the next is read, a progress bar runs on a terminal, a
bad record is reported with its position (``file:line``) and skipped, and the good ones are
kept. Output files are written atomically (to a temporary file, then renamed). The exit status
is 1 when any record failed, 2 for a usage error.
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ._errors import OpedkitError
from ._model import Article
from .check import check

__all__ = ["main"]

FORMATS = ("json", "text", "html", "markdown")
_EXTENSIONS = {".json": "json", ".jsonl": "json", ".txt": "text", ".text": "text",
               ".html": "html", ".htm": "html", ".md": "markdown",
               ".markdown": "markdown"}  # fmt: skip
_SUFFIX = {"json": ".json", "text": ".txt", "html": ".html", "markdown": ".md"}


def _format_module(name: str) -> Any:
    return importlib.import_module(f"opedkit.{name}")


def _reader(name: str, claims: bool) -> Callable[[bytes], Article]:
    module = _format_module(name)
    if name == "json":
        return module.loads  # type: ignore[no-any-return]
    if name in ("text", "markdown"):
        return lambda data: module.parse(data.decode("utf-8"), claims=claims)
    return lambda data: module.parse(data, claims=claims)


def _writer(name: str) -> Callable[[Article], str]:
    module = _format_module(name)
    if name == "json":
        return lambda article: module.dumps(article, indent=True)
    return module.render  # type: ignore[no-any-return]


def _plain(path: str) -> str:
    return path.removesuffix(".gz")


def _input_format(path: str, given: str | None) -> str:
    suffix = Path(_plain(path)).suffix.lower()
    if given is None and suffix not in _EXTENSIONS:
        raise SystemExit(f"opedkit: cannot tell the format of {path!r}; say it with --from")
    return given or _EXTENSIONS[suffix]


def _records(paths: list[str], given: str | None) -> Iterator[tuple[str, str, bytes | str]]:
    """(position, format, bytes) for every record of every input, lazily; an OSError as str."""
    for path in paths:
        fmt = _input_format(path, given)
        try:
            data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
            if path.endswith(".gz"):
                data = gzip.decompress(data)
        except (OSError, EOFError) as error:
            yield path, fmt, f"cannot read: {error}"
            continue
        if _plain(path).endswith(".jsonl"):
            for number, line in enumerate(data.splitlines(), 1):
                if line.strip():
                    yield f"{path}:{number}", fmt, line
        else:
            yield path, fmt, data


class _Progress:
    """A one-line progress bar on standard error, shown only on a terminal."""

    def __init__(self, total: int | None, *, show: bool) -> None:
        self.total, self.done, self.failed, self.show = total, 0, 0, show

    def step(self, ok: bool) -> None:
        self.done += 1
        self.failed += not ok
        if self.show:
            bar = ""
            if self.total:
                filled = 30 * min(self.done, self.total) // self.total
                bar = f"[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total} "
            sys.stderr.write(f"\r{bar}{self.done} done, {self.failed} failed")
            sys.stderr.flush()

    def say(self, line: str) -> None:
        sys.stderr.write(("\r\033[K" if self.show else "") + line + "\n")

    def close(self) -> None:
        if self.show:
            sys.stderr.write("\n")


def _atomic_writer(path: Path) -> tuple[IO[str], Callable[[bool], None]]:
    """An open temporary file beside ``path``, and a function that renames it into place."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    stream = os.fdopen(handle, "w", encoding="utf-8")

    def finish(keep: bool) -> None:
        stream.close()
        if keep:
            os.replace(temporary, path)
        else:
            os.unlink(temporary)

    return stream, finish


def _convert(args: argparse.Namespace) -> int:
    many = len(args.inputs) > 1 or any(_plain(p).endswith(".jsonl") for p in args.inputs)
    output = Path(args.output) if args.output else None
    into_dir = output is not None and output.is_dir()
    if many and args.to != "json" and not into_dir:
        raise SystemExit("opedkit: several articles as text or HTML need -o DIRECTORY")
    # Many articles into one stream are JSON Lines: one compact article per line.
    jsonl_out = many and not into_dir
    write = _format_module("json").dumps if jsonl_out else _writer(args.to)
    readers: dict[str, Callable[[bytes], Article]] = {}
    jsonl = any(_plain(p).endswith(".jsonl") for p in args.inputs)
    progress = _Progress(
        None if jsonl else len(args.inputs), show=sys.stderr.isatty() and not args.quiet
    )
    stream: IO[str] = sys.stdout
    finish: Callable[[bool], None] | None = None
    if output is not None and not into_dir:
        stream, finish = _atomic_writer(output)
    failures = 0
    try:
        for position, fmt, data in _records(args.inputs, args.from_):
            try:
                if isinstance(data, str):
                    raise OpedkitError(data)
                if fmt not in readers:
                    readers[fmt] = _reader(fmt, not args.no_claims)
                text = write(readers[fmt](data)) + "\n"
                if into_dir:
                    assert output is not None
                    name = Path(_plain(position.replace(":", "-"))).stem + _SUFFIX[args.to]
                    out, done = _atomic_writer(output / name)
                    out.write(text)
                    done(True)
                else:
                    stream.write(text)
                progress.step(True)
            except (OpedkitError, UnicodeDecodeError) as error:
                failures += 1
                progress.say(f"{position}: " + str(error).replace("\n", "\n    "))
                progress.step(False)
    finally:
        progress.close()
        if finish is not None:
            finish(True)
    return 1 if failures else 0


def _check(args: argparse.Namespace) -> int:
    invalid = suspicious = total = 0
    for position, fmt, data in _records(args.inputs, args.from_):
        total += 1
        try:
            if isinstance(data, str):
                raise OpedkitError(data)
            article = _reader(fmt, claims=False)(data)
        except (OpedkitError, UnicodeDecodeError) as error:
            invalid += 1
            for line in str(error).splitlines():
                print(f"{position}: {line}")
            continue
        findings = check(article)
        suspicious += bool(findings)
        for finding in findings:
            print(f"{position}: {finding}")
    print(f"{total} records: {invalid} invalid, {suspicious} with findings", file=sys.stderr)
    return 1 if invalid or (args.strict and suspicious) else 0


def _schema(args: argparse.Namespace) -> int:
    print(json.dumps(_format_module("json").schema(), indent=2))
    return 0


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="opedkit", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    convert = commands.add_parser("convert", help="convert articles between formats")
    convert.add_argument("inputs", nargs="+", metavar="INPUT", help="files, or - for stdin")
    convert.add_argument("--from", dest="from_", choices=FORMATS, help="input format")
    convert.add_argument("--to", choices=FORMATS, default="json", help="output format (json)")
    convert.add_argument("-o", "--output", help="output file (JSON Lines for many) or directory")
    convert.add_argument("--no-claims", action="store_true", help="do not extract claims")
    convert.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    convert.set_defaults(run=_convert)
    checking = commands.add_parser(
        "check", help="validate articles, report every problem and quality finding"
    )
    checking.add_argument("inputs", nargs="+", metavar="INPUT")
    checking.add_argument("--from", dest="from_", choices=FORMATS, help="input format")
    checking.add_argument("--strict", action="store_true", help="findings fail the check too")
    checking.set_defaults(run=_check)
    schema = commands.add_parser("schema", help="print the JSON Schema of the JSON form")
    schema.set_defaults(run=_schema)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``); return the exit status."""
    args = _parser().parse_args(argv)
    return int(args.run(args))
