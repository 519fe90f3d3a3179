"""What the claim rules read in a text, whatever it is about: phrases as one regex (``trie``),
runs of spaces (``SPACES``), the marks that may open a sentence (``OPEN``), whether a quotation
is open after a text (``still_open``) and the word before a place (``word_before``,
``written_before``).
``_claim_rules`` and ``_claim_sources`` share them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

__all__ = ["OPEN", "SPACES", "still_open", "trie", "word_before", "written_before"]

SPACES = re.compile(r"\s+")
# The quotation marks and brackets that may stand before a sentence's first word
OPEN = r"[\"'“‘(\[]*"


def _atoms(phrase: str) -> list[str]:
    """``phrase`` as regex pieces: any run of spaces between words, ' also matching ’."""
    return [r"\s+" if c == " " else "['’]" if c == "'" else re.escape(c) for c in phrase]


def trie(phrases: Iterable[str], before: str = r"\b") -> str:
    """One regex matching any of ``phrases`` as whole words, longest first, built as a trie.

    A trie keeps the cost of a failed attempt to a few character checks however long the lists
    grow; a plain alternation of hundreds of words is forty times slower.
    """
    root: dict[str, Any] = {}
    for phrase in phrases:
        node = root
        for atom in _atoms(phrase):
            node = node.setdefault(atom, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        branches = [atom + emit(child) for atom, child in sorted(node.items()) if atom]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body

    return before + emit(root) + r"\b"


def still_open(text: str, inside: bool) -> bool:
    """Whether a quotation is open after ``text``, given whether one was open before it.

    Curly quotes say it by the last one; straight ones by how many there are.
    """
    opening, closing = text.rfind("“"), text.rfind("”")
    if opening != closing:  # not both absent
        return opening > closing
    return inside != (text.count('"') % 2 == 1)


def written_before(sentence: str, at: int) -> str:
    """The word before ``sentence[at]`` as written, with its marks ("50", "Georgia,")."""
    head = sentence[max(at - 40, 0) : at].rstrip()
    return head[head.rfind(" ") + 1 :]


def word_before(sentence: str, at: int) -> str:
    """The word before ``sentence[at]``, lowercased ("" at the start or after a mark)."""
    word = written_before(sentence, at)
    return word.lower() if word[-1:].isalpha() else ""
