"""How well and how fast opedkit.claims.extract finds the claims in op-ed prose.

Run: ``.venv/bin/python benchmarks/claims_eval.py`` (add ``--errors dev`` to list the mistakes on
the dev split, ``--sources`` to count the rules' attribution misses on the dev editorials by the
shape of the sentence, with examples (``--shown N`` of each); ``--sources-against REV`` to
compare the claims' sources with a revision's on every input of ``claims_diff.py``, most of them
unlabelled). The labelled set, ``data/claims_eval.jsonl``, is 44 paragraphs of editorials,
columns and letters written for this purpose, one JSON object per paragraph: ``id``, ``split``
("dev", tuned on; "heldout", looked at only to report), ``genre`` and ``sentences``, each with
``text``, ``kind`` (fact/value/policy/prediction, or null for "not a claim"), ``hedged`` and
``attributed_to``. A paragraph is its sentences joined by single spaces.

Labelling rules: one label per sentence, for its main assertion. A reported claim has the kind
of what is reported ("Critics say the change will crowd schools" is a PREDICTION attributed to
"Critics"); the source is written as in the text. Hedged means the main assertion is hedged,
not a concession beside it. Questions, fragments and bare quotations are not claims.

Figures, per split:
- per kind precision and recall over sentences (a claim counts only with the gold span);
- claim detection precision and recall (any kind) and sentence boundary accuracy;
- hedge accuracy over sentences that are gold claims and were found;
- attribution F1 over those sentences: exact (the same string) and lenient (sharing a word);
- speed: extract() on the seed column (~5.5 kB, 15 paragraphs), articles per second (median).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

from opedkit import Article, Claim, ClaimKind, Section
from opedkit import _claim_rules as rules
from opedkit import _claim_sources as claim_sources
from opedkit._claim_model import decide
from opedkit._sentences import spans
from opedkit.claims import extract

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from benchmarks import editorials

HERE = Path(__file__).resolve().parent
DATA = HERE / "data" / "claims_eval.jsonl"
SEED = HERE.parents[1] / "shared" / "corpus" / "seed" / "000_0be67fb59dd569d7.txt"
ROUNDS = 15
_WORD = re.compile(r"\w+")

Gold = dict[str, Any]


def load() -> list[dict[str, Any]]:
    return [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line]


def gold_spans(record: dict[str, Any]) -> tuple[str, list[tuple[int, int, Gold]]]:
    """The paragraph and each gold sentence's (start, end, labels)."""
    found = []
    at = 0
    for sentence in record["sentences"]:
        found.append((at, at + len(sentence["text"]), sentence))
        at += len(sentence["text"]) + 1
    return " ".join(s["text"] for s in record["sentences"]), found


def score(records: list[dict[str, Any]], show_errors: bool) -> dict[str, float]:
    kinds: Counter[tuple[str, str]] = Counter()  # (kind, "tp"/"fp"/"fn")
    counts: Counter[str] = Counter()
    for record in records:
        paragraph, gold = gold_spans(record)
        article = Article(title=record["id"], sections=(Section(paragraphs=(paragraph,)),))
        claims = {(c.start, c.end): c for c in extract(article)}
        boundaries = set(spans(paragraph))
        for start, end, labels in gold:
            counts["sentences"] += 1
            counts["boundaries_right"] += (start, end) in boundaries
            claim = claims.pop((start, end), None)
            _count(kinds, counts, labels, claim, show_errors=show_errors, ident=record["id"])
        for claim in claims.values():  # claims whose span is no gold sentence
            kinds[claim.kind.value, "fp"] += 1
            counts["claims_fp"] += 1
            if show_errors:
                print(f"  {record['id']}: extra span {claim.text!r}")
    figures: dict[str, float] = {}
    for kind in ClaimKind:
        tp, fp, fn = (kinds[kind.value, x] for x in ("tp", "fp", "fn"))
        figures[f"{kind.value} precision"] = _ratio(tp, tp + fp)
        figures[f"{kind.value} recall"] = _ratio(tp, tp + fn)
    tp, fp, fn = counts["claims_tp"], counts["claims_fp"], counts["claims_fn"]
    figures["claim precision"] = _ratio(tp, tp + fp)
    figures["claim recall"] = _ratio(tp, tp + fn)
    figures["kind accuracy (found claims)"] = _ratio(counts["kind_right"], tp)
    figures["boundary accuracy"] = _ratio(counts["boundaries_right"], counts["sentences"])
    figures["hedge accuracy"] = _ratio(counts["hedge_right"], tp)
    for mode in ("exact", "lenient"):
        tp, fp, fn = (counts[f"{mode}_{x}"] for x in ("tp", "fp", "fn"))
        figures[f"attribution F1 ({mode})"] = _ratio(2 * tp, 2 * tp + fp + fn)
    return figures


def _count(
    kinds: Counter[tuple[str, str]],
    counts: Counter[str],
    labels: Gold,
    claim: Claim | None,
    *,
    show_errors: bool,
    ident: str,
) -> None:
    gold_kind = labels["kind"]
    found_kind = claim.kind.value if claim else None
    if gold_kind == found_kind and gold_kind is not None:
        kinds[gold_kind, "tp"] += 1
    else:
        if found_kind is not None:
            kinds[found_kind, "fp"] += 1
        if gold_kind is not None:
            kinds[gold_kind, "fn"] += 1
    if claim is None or gold_kind is None:
        if (claim is None) != (gold_kind is None):
            counts["claims_fn" if claim is None else "claims_fp"] += 1
            if show_errors:
                print(f"  {ident}: gold {gold_kind}, found {found_kind}: {labels['text']!r}")
        return
    counts["claims_tp"] += 1
    counts["kind_right"] += gold_kind == found_kind
    counts["hedge_right"] += claim.hedged == labels["hedged"]
    gold_source, found_source = labels["attributed_to"], claim.attributed_to
    for mode, same in (
        ("exact", gold_source == found_source),
        ("lenient", _overlap(gold_source, found_source)),
    ):
        if gold_source and found_source and same:
            counts[f"{mode}_tp"] += 1
        else:
            counts[f"{mode}_fp"] += found_source is not None
            counts[f"{mode}_fn"] += gold_source is not None
    if show_errors and (
        gold_kind != found_kind or claim.hedged != labels["hedged"] or gold_source != found_source
    ):
        print(
            f"  {ident}: gold {gold_kind}/{labels['hedged']}/{gold_source}, found "
            f"{found_kind}/{claim.hedged}/{found_source}: {labels['text']!r}"
        )


def _overlap(gold: str | None, found: str | None) -> bool:
    if not gold or not found:
        return False
    return bool(set(_WORD.findall(gold.lower())) & set(_WORD.findall(found.lower())))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def seed_article() -> Article:
    """The seed column's body (between headline and byline), or the eval set's first paragraphs."""
    if SEED.exists():
        blocks = [b.strip() for b in SEED.read_text(encoding="utf-8").split("\n\n") if b.strip()]
        end = next(i for i, b in enumerate(blocks) if b.startswith("By ") and len(b.split()) < 5)
        paragraphs = tuple(blocks[2:end])
    else:
        paragraphs = tuple(gold_spans(r)[0] for r in load()[:15])
    return Article(title="Seed", sections=(Section(paragraphs=paragraphs),))


def speed() -> float:
    """Median articles per second of extract() on the seed-sized article."""
    article = seed_article()
    per_round = 50
    times = []
    for _ in range(ROUNDS):
        began = time.perf_counter()
        for _ in range(per_round):
            extract(article)
        times.append((time.perf_counter() - began) / per_round)
    return 1 / statistics.median(times)


def team_editorials(records: list[dict[str, Any]]) -> list[editorials.Editorial]:
    """The team's paragraphs as labelled editorials: each gold claim sentence is a unit."""
    found = []
    for record in records:
        paragraph, gold = gold_spans(record)
        units = tuple(
            editorials.Unit(0, start, end, _unit_label(labels))
            for start, end, labels in gold
            if labels["kind"] is not None
        )
        article = Article(title=record["id"], sections=(Section(paragraphs=(paragraph,)),))
        found.append(editorials.Editorial(record["id"], (paragraph,), units, article))
    return found


def _unit_label(labels: Gold) -> str:
    if labels["attributed_to"]:
        return "testimony"
    return "statistics" if labels["kind"] == "fact" else "assumption"


def editorial_table() -> None:
    """The four methods on the dev editorials (cross-validated) and on the team's paragraphs."""
    dev = editorials.load()
    team = team_editorials(load())
    print(
        f"Editorials: {len(dev)} dev editorials, {sum(len(e.units) for e in dev)} units, "
        f"{editorials.FOLDS}-fold cross-validation grouped by editorial (seed {editorials.SEED}); "
        f"team: {len(team)} paragraphs, trained on all {len(dev)} editorials."
    )
    header = (
        f"{'method':44}{'macro-F1':>9}{'attr F1':>9}{'cover':>7}  |{'macro-F1':>9}{'attr F1':>9}"
    )
    print(f"{'':44}{'editorials (dev, CV)':>25}  |{'team paragraphs':>18}")
    print(header)
    shipped: list[list[editorials.Guess]] = []
    for name, method in editorials.METHODS.items():
        guesses = editorials.cross_validate(dev, method)
        if method is editorials.hybrid:
            shipped = guesses
        on_dev = editorials.score(dev, guesses)
        on_team = editorials.score(team, method(dev, team))
        print(
            f"{name:44}{on_dev['fact/opinion macro-F1']:9.3f}{on_dev['attribution F1']:9.3f}"
            f"{on_dev['coverage']:7.1%}  |{on_team['fact/opinion macro-F1']:9.3f}"
            f"{on_team['attribution F1']:9.3f}"
        )
    low_high = editorials.spread(dev, shipped)
    print(
        "The hybrid over 1,000 resamples of the dev editorials (5th to 95th percentile, how far"
        f" {len(dev)} unseen ones may fall):\n  "
        + ", ".join(f"{name} {low:.3f} to {high:.3f}" for name, (low, high) in low_high.items())
    )


def _shape(candidate: rules.Candidate) -> str:
    """How a candidate sentence reports, as the misses are grouped."""
    text = candidate.text
    if "+speaker near" in candidate.flags:
        return "quotation, speaker in a neighbour"
    if '"' in text or "“" in text or "”" in text:
        if candidate.source is not None:
            return "with a quotation"
        if claim_sources._INTRODUCES.search(text):
            return "quotation after a colon, no source"
        return (
            "quotation of speech, no source" if rules._speaks(text) else "quoted phrase, no source"
        )
    if "+quoted" in candidate.flags:
        return "inside a quotation"
    if "according to" in text.lower():
        return '"according to"'
    return "no quotation, no source" if candidate.source is None else "reported, no quotation"


def source_misses(shown: int = 5) -> None:
    """The rules' sources against the dev editorials' testimony units: per sentence shape, the
    units attributed right (tp), attributed but not testimony (fp) and testimony without a source
    (fn), with the first few sentences of each miss."""
    counts: Counter[tuple[str, str]] = Counter()
    examples: dict[tuple[str, str], list[str]] = {}
    for e in editorials.load():
        found = rules.candidates(e.article)
        guesses = editorials.guesses_of_claims(e, decide(found, None))
        for unit, at in editorials.mapped(e, guesses):
            testimony = unit.label in editorials.SOURCE_LABELS
            c = found[at] if at is not None else None
            if c is None:
                key = ("no claim", "fn" if testimony else "tn")
                text = e.paragraphs[unit.paragraph][unit.start : unit.end]
            else:
                outcome = (
                    ("tp" if testimony else "fp") if c.source else ("fn" if testimony else "tn")
                )
                key, text = (_shape(c), outcome), f"<{c.source}> [{unit.label}] {c.text}"
            counts[key] += 1
            examples.setdefault(key, []).append(text)
    shapes = sorted(
        {shape for shape, _ in counts}, key=lambda s: -counts[s, "fp"] - counts[s, "fn"]
    )
    print(f"{'sentence shape':36}{'tp':>6}{'fp':>6}{'fn':>6}{'tn':>7}")
    for shape in shapes:
        print(
            f"{shape:36}"
            + "".join(
                f"{counts[shape, o]:{w}}"
                for o, w in zip(("tp", "fp", "fn", "tn"), (6, 6, 6, 7), strict=True)
            )
        )
    for shape in shapes:
        for outcome in ("fp", "fn"):
            for text in examples.get((shape, outcome), [])[:shown]:
                print(f"  {outcome} {shape}: {text[:160]}")


def sources_against(revision: str, shown: int = 20) -> None:
    """How the claims' sources differ from ``revision``'s on ``claims_diff``'s inputs (the
    editorials, the seed, the fixtures, the team's paragraphs and the WCXB pages' text): per
    claim span, a source gone, a new one or another one, with a fixed sample of each."""
    from benchmarks import claims_diff  # noqa: PLC0415 (runs the revision in a subprocess)

    def sources(dumped: dict[str, dict[str, Any]]) -> dict[tuple[Any, ...], str | None]:
        return {
            (name, *claim[4:], claim[0]): claim[3]
            for name, found in dumped.items()
            for claim in found.get("claims", [])
        }

    old = sources(claims_diff._reference(revision))
    new = sources(json.loads(json.dumps(claims_diff.dump())))
    changes: dict[str, list[str]] = {"gone": [], "new": [], "other": []}
    for key in sorted(old.keys() & new.keys()):
        before, after = old[key], new[key]
        if before != after:
            change = "new" if before is None else "gone" if after is None else "other"
            changes[change].append(f"{before!r} -> {after!r}: {key[-1][:120]}")
    named = (sum(v is not None for v in old.values()), sum(v is not None for v in new.values()))
    both = len(old.keys() & new.keys())
    print(f"{both} claim spans in both; sources {named[0]} in {revision}, {named[1]} here")
    for change, found in changes.items():
        print(f"{change}: {len(found)}")
        for line in random.Random(0).sample(found, min(shown, len(found))):
            print(f"  {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--errors", choices=["dev", "heldout"], help="list mistakes on a split")
    parser.add_argument("--sources", action="store_true", help="count attribution misses")
    parser.add_argument("--shown", type=int, default=5, help="misses shown per shape (--sources)")
    parser.add_argument("--sources-against", metavar="REV", help="compare sources with REV's")
    args = parser.parse_args()
    if args.sources:
        source_misses(args.shown)
        return
    if args.sources_against:
        sources_against(args.sources_against)
        return
    if editorials.EDITORIALS.exists():
        editorial_table()
    else:
        print(f"{editorials.EDITORIALS} is missing: no editorial figures")
    records = load()
    results = {}
    print("\nThe shipped extractor on the team's paragraphs, per split:")
    for split in ("dev", "heldout"):
        chosen = [r for r in records if r["split"] == split]
        if args.errors == split:
            print(f"Mistakes on {split}:")
        results[split] = score(chosen, args.errors == split)
        sentences = sum(len(r["sentences"]) for r in chosen)
        print(f"{split}: {len(chosen)} paragraphs, {sentences} sentences")
    print(f"\n{'':32}{'dev':>8}{'heldout':>10}")
    for name in results["dev"]:
        print(f"{name:32}{results['dev'][name]:8.2f}{results['heldout'][name]:10.2f}")
    rate = speed()
    print(f"\nextract() on the seed column: {rate:,.0f} articles/s ({1000 / rate:.3f} ms each)")


if __name__ == "__main__":
    main()
