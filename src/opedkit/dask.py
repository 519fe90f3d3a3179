"""opedkit.dask: convert a corpus on many cores or many machines with ``dask.bag``.

Needs the ``dask`` extra (``pip install opedkit[dask]``). The inputs are what ``opedkit
convert`` reads (files and folders of ``.jsonl``, ``.json``, ``.txt``, ``.md``, ``.html``, each
optionally ``.gz``); every file is read where the bag's partition runs, so on a cluster the
workers must see the same paths (a shared file system). The output is a folder of JSON Lines
partitions, ``articles-00000.jsonl``, ..., with the bad records beside them in
``errors-00000.jsonl``, ... (one JSON object a line: ``file``, ``line``, ``error``). Records
keep their input order within and across partitions. docs/scaling.md shows the same code on a
distributed cluster.

>>> import opedkit.dask, tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> summary = opedkit.dask.convert(["examples/column.txt"], folder / "out", scheduler="sync")
>>> summary
Summary(articles=1, errors=0)
>>> sorted(path.name for path in (folder / "out").iterdir())
['articles-00000.jsonl', 'errors-00000.jsonl']
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

try:
    import dask.bag as db
    from dask.base import compute as dask_compute
    from dask.delayed import delayed
except ImportError as error:  # pragma: no cover - without the extra
    raise ImportError("opedkit.dask needs Dask: pip install 'opedkit[dask]'") from error

from ._batch import Task, work
from ._inputs import Record, records, walk
from ._outputs import AtomicFile

__all__ = ["Summary", "convert", "outcomes", "write"]


class Summary(NamedTuple):
    """How many records became articles, and how many failed."""

    articles: int
    errors: int


def outcomes(
    inputs: Sequence[str | os.PathLike[str]],
    *,
    fmt: str | None = None,
    claims: bool = True,
    encoding: str | None = None,
    files_per_partition: int = 16,
) -> db.Bag:
    """A bag with one item per record of ``inputs``: ``{"file", "line", "article"}`` (the
    article as one line of JSON) or ``{"file", "line", "error"}``. Folders are listed here;
    the files are read by the partitions, ``files_per_partition`` to each."""
    files = [path for path, _ in walk([os.fspath(path) for path in inputs])]
    if not files:
        return db.from_sequence([], npartitions=1)
    groups = [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    task = Task(to="jsonl", claims=claims, encoding=encoding, lines=True)
    return db.from_sequence(groups, npartitions=len(groups)).map_partitions(
        _convert_files, task, fmt
    )


def _convert_files(
    groups: Iterable[list[str]], task: Task, fmt: str | None
) -> list[dict[str, Any]]:
    return [_outcome(record, task) for group in groups for record in records(group, fmt)]


def _outcome(record: Record, task: Task) -> dict[str, Any]:
    done = work(task, record)
    where = {"file": record.source, "line": record.line}
    if done.error is not None:
        return {**where, "error": done.error}
    return {**where, "article": done.text.rstrip("\n")}


def write(bag: db.Bag, folder: str | os.PathLike[str], **compute: Any) -> Summary:
    """Compute ``bag`` (from :func:`outcomes`) into ``folder``: the articles as JSON Lines
    partitions, the errors beside them; each file appears whole (written, then renamed).
    ``compute`` goes to ``dask.compute`` (``scheduler=...``)."""
    root = Path(folder)
    root.mkdir(parents=True, exist_ok=True)
    writes = [
        delayed(_write_partition)(part, str(root), number)
        for number, part in enumerate(bag.to_delayed())
    ]
    counts = dask_compute(*writes, **compute)
    return Summary(sum(good for good, _ in counts), sum(bad for _, bad in counts))


def _write_partition(items: Iterable[dict[str, Any]], folder: str, number: int) -> tuple[int, int]:
    articles = AtomicFile(Path(folder) / f"articles-{number:05d}.jsonl")
    errors = AtomicFile(Path(folder) / f"errors-{number:05d}.jsonl")
    good = bad = 0
    for item in items:
        if "article" in item:
            articles.stream.write(item["article"] + "\n")
            good += 1
        else:
            errors.stream.write(json.dumps(item, ensure_ascii=False) + "\n")
            bad += 1
    articles.commit()
    errors.commit()
    return good, bad


def convert(
    inputs: Sequence[str | os.PathLike[str]],
    folder: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    claims: bool = True,
    encoding: str | None = None,
    **compute: Any,
) -> Summary:
    """Convert ``inputs`` to JSON Lines partitions in ``folder`` (:func:`outcomes`, then
    :func:`write`); ``compute`` goes to ``dask.compute``."""
    bag = outcomes(inputs, fmt=fmt, claims=claims, encoding=encoding)
    return write(bag, folder, **compute)
