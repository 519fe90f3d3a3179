# Where converted articles go: standard output, one file, or a folder that mirrors the inputs.
# Every file is written atomically (a temporary file beside it, renamed into place when
# complete), so an interrupted run leaves no half file; no output of a run overwrites another.
"""The outputs of ``opedkit convert``: a stream, one file, or a folder of files."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path, PurePath
from typing import IO, Protocol

from ._inputs import Record, known

__all__ = ["AtomicFile", "Folder", "Sink", "Stream", "suffix"]

_SUFFIX = {"json": ".json", "jsonl": ".jsonl", "text": ".txt", "html": ".html", "markdown": ".md"}


def suffix(fmt: str) -> str:
    """The file extension of an output format: ``.md`` for ``markdown``."""
    return _SUFFIX[fmt]


class AtomicFile:
    """A text file written to a temporary name beside ``path``, renamed to it by ``commit``."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, self._temporary = tempfile.mkstemp(
            dir=path.parent, prefix=f".{path.name}.", suffix=".tmp"
        )
        self.path = path
        self.stream: IO[str] = os.fdopen(handle, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        self.stream.close()
        os.replace(self._temporary, self.path)

    def discard(self) -> None:
        self.stream.close()
        os.unlink(self._temporary)


class Sink(Protocol):
    """What a converted record is written to."""

    def write(self, record: Record, text: str) -> None: ...
    def close(self) -> None: ...
    def abort(self) -> None: ...


class Stream:
    """Every record to one stream: standard output, or a file written atomically."""

    def __init__(self, path: Path | None, stdout: IO[str], *, keep_empty: bool) -> None:
        """``keep_empty``: write the file even when no record was good (JSON Lines)."""
        self._file = AtomicFile(path) if path is not None else None
        self._stream = self._file.stream if self._file is not None else stdout
        self._keep = keep_empty

    def write(self, record: Record, text: str) -> None:
        self._stream.write(text)
        self._keep = True

    def close(self) -> None:
        if self._file is not None and not self._keep:
            self._file.discard()
        elif self._file is not None:
            self._file.commit()
        else:
            self._stream.flush()

    def abort(self) -> None:
        if self._file is not None:
            self._file.discard()


class Folder:
    """Records to files below ``root``, mirroring where each input sits below its folder.

    An input of one article gives ``<name>.<ext>`` (``a/b.html.gz`` -> ``a/b.json``). A JSON
    Lines input gives one file per article, ``<name>-<line>.<ext>`` with the line number written
    with at least four digits (``all.jsonl`` -> ``all-0003.md``), or, for JSON output, one JSON
    Lines file ``<name>.jsonl`` of its good records. A name another output of the same run
    already took gets ``-2``, ``-3``, ... before the extension.
    """

    def __init__(self, root: Path, to: str) -> None:
        self._root, self._to = root, to
        self._taken: set[PurePath] = set()
        self._open: tuple[str, AtomicFile] | None = None  # the JSON Lines file being filled

    def write(self, record: Record, text: str) -> None:
        lines = self._to == "jsonl" or (record.line is not None and self._to == "json")
        if not lines:
            self._finish_lines()
            name = self._name(record, suffix(self._to), record.line)
            out = AtomicFile(self._root / name)
            out.stream.write(text)
            out.commit()
            return
        if self._open is None or self._open[0] != record.source:
            self._finish_lines()
            self._open = (record.source, AtomicFile(self._root / self._name(record, ".jsonl")))
        self._open[1].stream.write(text)

    def _name(self, record: Record, ext: str, line: int | None = None) -> PurePath:
        relative = PurePath(str(record.relative).removesuffix(".gz"))
        if known(relative.name) is not None:
            relative = relative.with_suffix("")
        stem = relative.name + (f"-{line:04d}" if line is not None else "")
        name, number = relative.with_name(stem + ext), 1
        while name in self._taken:
            number += 1
            name = relative.with_name(f"{stem}-{number}{ext}")
        self._taken.add(name)
        return name

    def _finish_lines(self) -> None:
        if self._open is not None:
            self._open[1].commit()
            self._open = None

    def close(self) -> None:
        self._finish_lines()

    def abort(self) -> None:
        if self._open is not None:
            self._open[1].discard()
            self._open = None
