"""opedkit: typed, validated opinion articles, read from HTML and text, written to JSON and back.

The model (``Article``, ``Author``, ``Section``, ``Claim``) lives here; each format is a
namespace with the same verbs: ``opedkit.json``, ``opedkit.text``, ``opedkit.html``.
"""

from importlib import metadata as _metadata

from ._errors import OpedkitError, ParseError, ValidationError
from ._model import Article, Author, Claim, ClaimKind, Genre, Section

try:
    __version__ = _metadata.version("opedkit")
    """The installed version of opedkit (from the package metadata)."""
except _metadata.PackageNotFoundError:  # run from a source tree that was never installed
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "Author",
    "Claim",
    "ClaimKind",
    "Genre",
    "OpedkitError",
    "ParseError",
    "Section",
    "ValidationError",
]
