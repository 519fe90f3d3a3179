# The per-record work of a batch (read a record, then write it in the output format or check
# it), done in this process or in a pool of worker processes. The pool gets records in chunks
# with a bounded number of chunks in flight, and results come back in input order, so the
# output is the same bytes whatever the number of jobs and memory stays flat in the number of
# records. concurrent.futures is used rather than multiprocessing.Pool.imap because imap reads
# its whole input ahead (unbounded memory on a large batch).
"""Run a batch's records through a reader and a writer (or ``check``), in order, in parallel."""

from __future__ import annotations

import importlib
import itertools
import signal
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any, NamedTuple

from . import json
from ._errors import OpedkitError, ParseError
from ._inputs import Record, decode, load, unreadable
from ._limits import MAX_BYTES
from ._model import Article
from .check import check

__all__ = ["Done", "Task", "run", "work"]

CHUNK = 32
"""Records sent to a worker at a time: enough to make the cost of sending them small."""
AHEAD = 4
"""Chunks in flight per worker: enough to keep every worker busy, few enough to hold little."""


class Task(NamedTuple):
    """What to do with every record of a batch."""

    to: str | None
    """The output format (``json`` is indented, ``jsonl`` one line), or ``None`` to check."""
    claims: bool = True
    encoding: str | None = None
    lines: bool = False
    """Whether every article goes to one JSON Lines stream (else JSON is indented when the
    record is a whole file)."""
    max_bytes: int | None = MAX_BYTES
    """The largest record read (``--max-bytes``)."""


class Done(NamedTuple):
    """What became of one record: its output text, or its error, and its quality findings."""

    text: str = ""
    error: str | None = None
    findings: tuple[tuple[str, str, str], ...] = ()
    """``(path, code, message)`` for each finding of ``opedkit.check`` (check only)."""


def read(
    record: Record,
    *,
    claims: bool = True,
    encoding: str | None = None,
    max_bytes: int | None = MAX_BYTES,
) -> Article:
    """The article in ``record``; raises an OpedkitError when there is none."""
    if record.error is not None:
        raise OpedkitError(record.error)
    try:
        data = load(record)
    except (OSError, EOFError) as error:
        raise OpedkitError(unreadable(error)) from None
    if max_bytes is not None and len(data) > max_bytes:  # the bytes, before decoding
        raise ParseError(
            f"{len(data):,} bytes, more than --max-bytes {max_bytes:,}; raise it to read"
        )
    module: Any = importlib.import_module(f"opedkit.{record.fmt}")
    if record.fmt == "json":
        return module.loads(data, max_bytes=None)  # type: ignore[no-any-return]
    if record.fmt != "html" or encoding is not None:
        data = decode(data, encoding)  # type: ignore[assignment]
    return module.parse(data, claims=claims, max_bytes=None)  # type: ignore[no-any-return]


def _write(article: Article, task: Task, record: Record) -> str:
    if task.to in ("json", "jsonl"):
        indent = task.to == "json" and not task.lines and record.line is None
        return json.dumps(article, indent=indent) + "\n"
    module: Any = importlib.import_module(f"opedkit.{task.to}")
    text: str = module.render(article)
    return text if text.endswith("\n") else text + "\n"


def work(task: Task, record: Record) -> Done:
    """What becomes of one record: its output text, or its error (never raises)."""
    try:
        claims = task.claims and task.to is not None
        article = read(record, claims=claims, encoding=task.encoding, max_bytes=task.max_bytes)
        if task.to is not None:
            return Done(_write(article, task, record))
        return Done(findings=tuple((f.path, f.code, f.message) for f in check(article)))
    except OpedkitError as error:
        return Done(error=str(error))
    except Exception as error:  # a bug: report it with the record and keep the batch going
        return Done(error=f"internal error, please report: {type(error).__name__}: {error}")


def _chunk(task: Task, chunk: list[Record]) -> list[Done]:
    return [work(task, record) for record in chunk]


def _quiet_interrupts() -> None:
    """Workers leave Ctrl-C to the main process, which stops the pool and cleans up."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def run(
    task: Task, records: Iterable[Record], jobs: int
) -> Generator[tuple[Record, Done], None, None]:
    """Each record with what became of it, in input order, using ``jobs`` processes."""
    if jobs <= 1:
        for record in records:
            yield record, work(task, record)
        return
    pending: deque[tuple[list[Record], Future[list[Done]]]] = deque()
    pool = ProcessPoolExecutor(jobs, initializer=_quiet_interrupts)
    try:
        iterator = iter(records)
        chunks = iter(lambda: list(itertools.islice(iterator, CHUNK)), [])
        for chunk in chunks:
            pending.append((chunk, pool.submit(_chunk, task, chunk)))
            if len(pending) >= AHEAD * jobs:
                yield from _ready(pending.popleft())
        while pending:
            yield from _ready(pending.popleft())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ready(item: tuple[list[Record], Future[list[Done]]]) -> Iterator[tuple[Record, Done]]:
    chunk, future = item
    return zip(chunk, future.result(), strict=True)
