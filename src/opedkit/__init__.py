"""opedkit: typed, validated opinion articles, read from HTML and text, written to JSON and back.

The model (``Article``, ``Author``, ``Section``, ``Claim``) lives here; each format is a
namespace with the same verbs: ``opedkit.json``, ``opedkit.text``, ``opedkit.html``.
"""

from ._errors import OpedkitError, ParseError, ValidationError
from ._model import Article, Author, Claim, ClaimKind, Genre, Section

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
