"""Train the claim extractor's model on labelled editorials and write its weights.

Run from the project root (needs the ``test`` extras, for scikit-learn):

    .venv/bin/python scripts/train_claims.py                  # the shipped model, from the corpus
    .venv/bin/python scripts/train_claims.py --data mine.json --out weights.json

``--data`` is a JSON list of ``{"title", "paragraphs": [str], "units": [[[start, end, label],
...] per paragraph]}`` (the Webis-Editorials-16 shape of ``../shared/corpus/editorials-dev``).
Units labelled one of ``--fact-labels`` are facts; ``--source-labels`` units (what someone else
said) are scored for attribution, which the rules decide, and left out of the fact model;
``no-unit`` and ``other`` are ignored. The script prints the cross-validated figures (folds
grouped by editorial, fixed seed), then fits on all the data and writes the weights. Use yours
with ``opedkit.text.parse(text, claims=opedkit.claims.trained("weights.json"))``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from benchmarks import editorials  # noqa: E402 (run as a script, the project root is not on the path)

from opedkit._claim_model import Weights, decide  # noqa: E402
from opedkit._claim_rules import candidates  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=editorials.EDITORIALS, help="labelled JSON")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "opedkit" / "claims_model.json")
    parser.add_argument("--fact-labels", default=",".join(sorted(editorials.FACT_LABELS)))
    parser.add_argument("--source-labels", default=",".join(sorted(editorials.SOURCE_LABELS)))
    parser.add_argument("--c", type=float, default=editorials.C, help="inverse regularisation")
    parser.add_argument("--least", type=int, default=2, help="fewest units a feature needs")
    parser.add_argument("--folds", type=int, default=editorials.FOLDS)
    args = parser.parse_args()
    editorials.FACT_LABELS = frozenset(args.fact_labels.split(","))
    editorials.SOURCE_LABELS = frozenset(args.source_labels.split(","))
    data = editorials.load(args.data)

    def method(
        training: Sequence[editorials.Editorial], test: Sequence[editorials.Editorial]
    ) -> list[list[editorials.Guess]]:
        weights = fit(training)
        return [
            editorials.guesses_of_claims(e, decide(candidates(e.article), weights)) for e in test
        ]

    def fit(training: Sequence[editorials.Editorial]) -> Weights:
        found = [x for e in training for x in editorials.examples(e, candidates(e.article))]
        return editorials.fit(found, c=args.c, least=args.least)

    figures = editorials.score(data, editorials.cross_validate(data, method, args.folds))
    print(f"{len(data)} editorials, {args.folds}-fold cross-validation by editorial:")
    for name, value in figures.items():
        print(f"  {name:24} {value:.4f}")
    weights = fit(data)
    args.out.write_text(weights.dumps(), encoding="utf-8")
    size = args.out.stat().st_size
    print(f"wrote {args.out} ({len(weights.fact)} weights, {size:,} bytes)")


if __name__ == "__main__":
    main()
