"""Types of the compiled helper of opedkit._wire (src/opedkit/_cwire.c)."""

from types import NotImplementedType
from typing import Any

VERSION: int
SOURCE: int

def all_clean(texts: list[str], /) -> bool: ...
def configure(plan: tuple[tuple[type[Any], tuple[tuple[Any, ...], ...]], ...], /) -> None: ...
def write(article: object, /) -> bytes | NotImplementedType: ...
