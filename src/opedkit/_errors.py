"""The error tree: every error opedkit raises on purpose comes from here.

::

    OpedkitError                       the root: ``except opedkit.OpedkitError`` catches them all
    ├── ValidationError (ValueError)   a value breaks the model's rules; carries every problem
    └── ParseError (ValueError)        input that cannot be read as an article; carries a position

Both subclasses are also ``ValueError``, so code that already catches ``ValueError`` keeps working.
A ``ValidationError`` lists each problem on its own line with a JSON path, for example::

    $.authors[0].name: must not be blank
    $.claims[2].end: expected an int, got str
"""

from __future__ import annotations

from collections.abc import Iterable

__all__ = ["OpedkitError", "ParseError", "Problem", "ValidationError"]

Problem = tuple[str, str]
"""One problem: a JSON path such as ``$.sections[1].heading`` and what is wrong there."""


class OpedkitError(Exception):
    """The root of every error opedkit raises on purpose."""

    __module__ = "opedkit"


class ValidationError(OpedkitError, ValueError):
    """A value breaks the model's rules.

    ``problems`` holds every problem found, each a ``(path, message)`` pair, so that one
    document's mistakes are reported together rather than one per attempt.
    """

    __module__ = "opedkit"
    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__(self.problems)

    def __str__(self) -> str:
        return "\n".join(f"{path}: {message}" for path, message in self.problems)

    def __reduce__(self) -> tuple[type[ValidationError], tuple[tuple[Problem, ...]]]:
        return (type(self), (self.problems,))

    def under(self, prefix: str) -> ValidationError:
        """The same problems, re-rooted below ``prefix`` (``$.name`` under ``$.authors[0]``)."""
        return ValidationError((prefix + path[1:], message) for path, message in self.problems)


class ParseError(OpedkitError, ValueError):
    """Input that cannot be read as an article.

    ``position`` is where reading stopped, when known: a character offset for text, a byte
    offset for JSON, or ``None``.
    """

    __module__ = "opedkit"
    position: int | None

    def __init__(self, message: str, position: int | None = None) -> None:
        self.position = position
        super().__init__(message)

    def __str__(self) -> str:
        message = str(self.args[0])
        return message if self.position is None else f"{message} (at position {self.position})"

    def __reduce__(self) -> tuple[type[ParseError], tuple[str, int | None]]:
        return (type(self), (str(self.args[0]), self.position))
