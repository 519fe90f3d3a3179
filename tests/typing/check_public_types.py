"""What users' type checkers see (checked by mypy in the test command, never run by pytest)."""

from __future__ import annotations

from typing import Any, assert_type

import opedkit
import opedkit.json
from opedkit import Article, Author, Claim, Section

article = opedkit.json.loads("{}")
assert_type(article, Article)
assert_type(article.authors, tuple[Author, ...])
assert_type(article.sections, tuple[Section, ...])
assert_type(article.claims, tuple[Claim, ...])
assert_type(article.paragraphs, tuple[str, ...])
assert_type(article.word_count, int)
assert_type(opedkit.json.dumps(article), str)
assert_type(opedkit.json.to_dict(article), dict[str, Any])
