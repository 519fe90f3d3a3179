"""Differential check: the claims (and the whole parsed article) of a revision against this tree.

Run: ``.venv/bin/python benchmarks/claims_diff.py [--shown N] [REVISION]`` (default ``main``;
the first ``N`` differing inputs are shown, 5 by default). The revision's ``src`` is taken out
of git into a temporary folder and run in a subprocess; this tree is run in this process; both
read the same inputs:

- every editorial of ``../shared/corpus/editorials-dev`` (title and paragraphs joined by blank
  lines, as ``benchmarks/editorials.py`` parses them);
- the seed column and the test fixtures (text, markdown, HTML);
- the team's own paragraphs (``benchmarks/data/claims_eval.jsonl``);
- the ``main_content`` of every ``../shared/corpus/wcxb-dev`` page (many more real sentences).

Each input gives its claims (text, kind, hedged, attributed_to, section, paragraph, start, end)
and its article as JSON. It prints how many inputs and claims differ, with the first
differences, and exits 1 if any does. Speed work must leave it at zero.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import opedkit.html
import opedkit.json
import opedkit.markdown
import opedkit.text

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
FIXTURES = ROOT / "tests" / "fixtures"
SHOWN = 5


def _inputs() -> Iterator[tuple[str, str, str]]:
    """(name, parser, text) of every input."""
    editorials = CORPUS / "editorials-dev" / "editorials.json"
    if editorials.exists():
        for n, record in enumerate(json.loads(editorials.read_text(encoding="utf-8"))):
            text = record["title"] + "\n\n" + "\n\n".join(record["paragraphs"])
            yield f"editorial {n}", "text", text
    for path in sorted((CORPUS / "seed").glob("*.txt")):
        yield f"seed {path.name}", "text", path.read_text(encoding="utf-8")
    for kind in ("text", "markdown", "html"):
        for path in sorted((FIXTURES / kind).glob("*")):
            if path.suffix != ".json":
                yield f"fixture {kind}/{path.name}", kind, path.read_text(encoding="utf-8")
    own = ROOT / "benchmarks" / "data" / "claims_eval.jsonl"
    for line in own.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        body = " ".join(s["text"] for s in record["sentences"])
        yield f"own {record['id']}", "text", "A headline\n\n" + body
    wcxb = CORPUS / "wcxb-dev" / "ground-truth"
    for path in sorted(wcxb.glob("*.json")) if wcxb.exists() else []:
        data = json.loads(path.read_text(encoding="utf-8"))["ground_truth"]
        content = data.get("main_content") or ""
        if content.strip():
            title = data.get("title") or "A headline"
            yield f"wcxb {path.stem}", "text", title + "\n\n" + content


def _read(parser: str, text: str) -> dict[str, Any]:
    try:
        article = {
            "text": opedkit.text.parse,
            "markdown": opedkit.markdown.parse,
            "html": opedkit.html.parse,
        }[parser](text)
    except Exception as error:  # the same error must come out of both
        return {"error": f"{type(error).__name__}: {error}"}
    claims = [
        [c.text, c.kind.value, c.hedged, c.attributed_to, c.section, c.paragraph, c.start, c.end]
        for c in article.claims
    ]
    return {"claims": claims, "article": opedkit.json.dumps(article)}


def dump() -> dict[str, dict[str, Any]]:
    return {name: _read(parser, text) for name, parser, text in _inputs()}


def _reference(revision: str) -> dict[str, dict[str, Any]]:
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", revision, "src"], check=True, capture_output=True
        ).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        out = Path(folder) / "reference.json"
        env = {**os.environ, "PYTHONPATH": str(Path(folder) / "src")}
        subprocess.run([sys.executable, __file__, "--dump", str(out)], check=True, env=env)
        data: dict[str, dict[str, Any]] = json.loads(out.read_text(encoding="utf-8"))
        return data


def main() -> int:
    if sys.argv[1:2] == ["--dump"]:
        Path(sys.argv[2]).write_text(json.dumps(dump()), encoding="utf-8")
        return 0
    arguments = sys.argv[1:]
    shown = SHOWN
    if arguments[:1] == ["--shown"]:
        shown, arguments = int(arguments[1]), arguments[2:]
    revision = arguments[0] if arguments else "main"
    reference = _reference(revision)
    ours: dict[str, dict[str, Any]] = json.loads(json.dumps(dump()))
    claims = sum(len(r.get("claims", [])) for r in reference.values())
    differ = [name for name in reference if reference[name] != ours.get(name)]
    print(f"{len(reference)} inputs, {claims} claims in {revision}; {len(differ)} inputs differ")
    for name in differ[:shown]:
        old, new = reference[name], ours.get(name) or {}
        print(f"--- {name}")
        old_claims, new_claims = old.get("claims", []), new.get("claims", [])
        for a, b in zip(old_claims, new_claims, strict=False):
            if a != b:
                print(f"    {revision}: {a}\n    here: {b}")
                break
        else:
            if len(old_claims) != len(new_claims):
                print(f"    {len(old_claims)} claims in {revision}, {len(new_claims)} here")
            else:
                print("    the claims agree; the article differs")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
