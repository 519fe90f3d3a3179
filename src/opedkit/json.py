"""opedkit.json: Articles to JSON and back, strictly, with a JSON Schema for other languages.

``dumps``/``loads`` work on JSON text, ``to_dict``/``from_dict`` on plain Python values,
``schema()`` describes the same form. The encoding choices are listed in one place, the docstring
of ``opedkit._wire`` (also shown by ``help(opedkit.json.converter)``); in short: ISO 8601 dates,
enums by value, defaults left out, ``"opedkit": 1`` as the format version, nothing coerced.

>>> import opedkit, opedkit.json
>>> article = opedkit.Article(title="Why cities need trees",
...     sections=(opedkit.Section(paragraphs=("Shade saves lives.",)),))
>>> opedkit.json.dumps(article)
'{"opedkit":1,"title":"Why cities need trees","sections":[{"paragraphs":["Shade saves lives."]}]}'
>>> opedkit.json.loads(opedkit.json.dumps(article)) == article
True
"""

from __future__ import annotations

import orjson

from ._errors import ParseError
from ._model import Article
from ._schema import schema
from ._wire import converter, from_dict, make_converter, to_dict

__all__ = ["converter", "dumps", "from_dict", "loads", "make_converter", "schema", "to_dict"]


def dumps(article: Article, *, indent: bool = False) -> str:
    """``article`` as JSON text (UTF-8, non-ASCII written as is); ``indent`` for people."""
    option = orjson.OPT_INDENT_2 if indent else 0
    return orjson.dumps(to_dict(article), option=option).decode()


def loads(data: str | bytes) -> Article:
    """The Article in JSON text ``data``.

    Raises ``ParseError`` (with the position) when ``data`` is not JSON, and ``ValidationError``
    listing every problem when it is JSON but not a valid article.
    """
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError as error:
        raise ParseError(f"not valid JSON: {error.msg}", error.pos) from None
    return from_dict(value)
