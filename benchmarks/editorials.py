"""The labelled editorials, the way the project scores claims on them, and model fitting.

Data: ``../shared/corpus/editorials-dev/editorials.json`` (Webis-Editorials-16), or any file of
the same shape: a list of ``{"title", "paragraphs": [str], "units": [[[start, end, label], ...]
per paragraph]}``. Units are those labelled other than ``no-unit`` and ``other`` and at least 3
characters long. Each unit is mapped to the claim (or sentence) of its paragraph it overlaps most.
Fact vs opinion: gold fact is a FACT label (anecdote, statistics), predicted fact is a FACT claim;
units labelled as a source (testimony) are left out; macro-F1 is the mean of both classes' F1.
Attribution: gold is a source label, predicted is a claim with ``attributed_to``; F1. Coverage:
the share of units some claim overlaps. Learned figures are cross-validated by editorial.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

import opedkit.text
from opedkit import Article, Claim, ClaimKind
from opedkit import _claim_model as model
from opedkit import _claim_rules as rules_module
from opedkit._sentences import spans

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"
EDITORIALS = CORPUS / "editorials-dev" / "editorials.json"
FACT_LABELS = frozenset({"anecdote", "statistics"})
SOURCE_LABELS = frozenset({"testimony"})
IGNORED_LABELS = frozenset({"no-unit", "other"})
SEED = 10
FOLDS = 5
C = 0.4  # inverse regularisation strength of the fact model


@attrs.frozen
class Unit:
    paragraph: int
    start: int
    end: int
    label: str


@attrs.frozen
class Guess:
    """What a method says about one span of a paragraph."""

    paragraph: int
    start: int
    end: int
    fact: bool
    attributed: bool


@attrs.frozen
class Editorial:
    title: str
    paragraphs: tuple[str, ...]
    units: tuple[Unit, ...]
    article: Article  # parsed without claims

    def paragraph_of(self) -> list[int]:
        """For each paragraph of ``article`` in order, its index in ``paragraphs``."""
        found, at = [], 0
        for paragraph in self.article.paragraphs:
            at = self.paragraphs.index(paragraph, at)
            found.append(at)
        return found


def load(path: Path = EDITORIALS) -> list[Editorial]:
    """The labelled editorials in ``path``, each parsed by ``opedkit.text.parse``."""
    editorials = []
    for record in json.loads(path.read_text(encoding="utf-8")):
        paragraphs = tuple(record["paragraphs"])
        units = tuple(
            Unit(p, start, end, label)
            for p, labelled in enumerate(record["units"])
            for start, end, label in labelled
            if label not in IGNORED_LABELS and end - start >= 3
        )
        text = record["title"] + "\n\n" + "\n\n".join(paragraphs)
        article = opedkit.text.parse(text, claims=False)
        editorials.append(Editorial(record["title"], paragraphs, units, article))
    return editorials


def folds(editorials: Sequence[Editorial], k: int = FOLDS) -> list[list[int]]:
    """Indices of ``editorials`` in ``k`` folds, shuffled with a fixed seed."""
    order = list(range(len(editorials)))
    random.Random(SEED).shuffle(order)
    return [order[i::k] for i in range(k)]


def guesses_of_claims(editorial: Editorial, claims: Sequence[Claim]) -> list[Guess]:
    """The claims of the editorial's article as guesses about its paragraphs."""
    where = editorial.paragraph_of()
    offsets = [0, *_running(len(s.paragraphs) for s in editorial.article.sections)]
    return [
        Guess(
            where[offsets[c.section] + c.paragraph],
            c.start,
            c.end,
            c.kind is ClaimKind.FACT,
            c.attributed_to is not None,
        )
        for c in claims
    ]


def _running(counts: Any) -> list[int]:
    total, found = 0, []
    for count in counts:
        total += count
        found.append(total)
    return found


def mapped(editorial: Editorial, spans: Sequence[Guess]) -> list[tuple[Unit, int | None]]:
    """Each unit and the index of the span of its paragraph it overlaps most (None if none)."""
    found = []
    for unit in editorial.units:
        best, best_overlap = None, 0
        for i, span in enumerate(spans):
            if span.paragraph != unit.paragraph:
                continue
            overlap = min(unit.end, span.end) - max(unit.start, span.start)
            if overlap > best_overlap:
                best, best_overlap = i, overlap
        found.append((unit, best))
    return found


def score(editorials: Sequence[Editorial], guesses: Sequence[Sequence[Guess]]) -> dict[str, float]:
    """Fact/opinion macro-F1, attribution F1 and coverage of ``guesses``, a list per editorial."""
    fact = [[0, 0], [0, 0]]  # fact[gold][predicted]
    source = [[0, 0], [0, 0]]
    covered = total = 0
    for editorial, found in zip(editorials, guesses, strict=True):
        for unit, at in mapped(editorial, found):
            guess = found[at] if at is not None else None
            total += 1
            covered += guess is not None
            is_source = unit.label in SOURCE_LABELS
            source[is_source][guess is not None and guess.attributed] += 1
            if not is_source:
                fact[unit.label in FACT_LABELS][guess is not None and guess.fact] += 1
    return {
        "fact/opinion macro-F1": (_f1(fact, 1) + _f1(fact, 0)) / 2,
        "attribution F1": _f1(source, 1),
        "coverage": covered / total if total else 0.0,
    }


def spread(
    editorials: Sequence[Editorial], guesses: Sequence[Sequence[Guess]], rounds: int = 1000
) -> dict[str, tuple[float, float]]:
    """The 5th and 95th percentiles of each figure of ``score`` over ``rounds`` resamples of
    the editorials (drawn with replacement, fixed seed): how far a set of as many editorials
    that nobody tuned on may fall from the figure, units of one editorial going together."""
    draw = random.Random(SEED)
    found: dict[str, list[float]] = {}
    for _ in range(rounds):
        chosen = [draw.randrange(len(editorials)) for _ in editorials]
        figures = score([editorials[i] for i in chosen], [guesses[i] for i in chosen])
        for name, value in figures.items():
            found.setdefault(name, []).append(value)
    return {
        name: (sorted(values)[rounds // 20], sorted(values)[rounds - 1 - rounds // 20])
        for name, values in found.items()
    }


def _f1(confusion: list[list[int]], positive: int) -> float:
    other = 1 - positive
    tp = confusion[positive][positive]
    fp, fn = confusion[other][positive], confusion[positive][other]
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


# Learning: an example is (features, fact) per unit but testimony, on the sentence it maps to.
Example = tuple[set[str], bool]


def examples(editorial: Editorial, candidates: Sequence[rules_module.Candidate]) -> list[Example]:
    """One training example per unit but testimony, on the candidate claim it maps to."""
    guesses = guesses_of_claims(editorial, model.decide(candidates, None))
    found: list[Example] = []
    for unit, at in mapped(editorial, guesses):
        if at is not None and unit.label not in SOURCE_LABELS:
            found.append((model.features(candidates[at]), unit.label in FACT_LABELS))
    return found


def fit(training: Sequence[Example], *, c: float = C, least: int = 2) -> model.Weights:
    """A logistic regression (fact or not) over binary features seen in ``least`` examples."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (bench extras only)

    columns = _columns(training, least)
    matrix = _matrix([f for f, _ in training], columns)
    fitted = LogisticRegression(C=c, class_weight="balanced", max_iter=5000, tol=1e-6)
    fitted.fit(matrix, [fact for _, fact in training])
    weights = {
        f: round(float(weight), 3)
        for f, weight in zip(columns, fitted.coef_[0], strict=True)
        if abs(weight) >= 1e-3
    }
    return model.Weights(fact=weights, bias=round(float(fitted.intercept_[0]), 4))


def _columns(rows: Sequence[Example], least: int) -> dict[str, int]:
    """A column for each feature seen in ``least`` rows or more, in name order."""
    counts: dict[str, int] = {}
    for features, _ in rows:
        for feature in features:
            counts[feature] = counts.get(feature, 0) + 1
    return {f: n for n, f in enumerate(sorted(f for f, n in counts.items() if n >= least))}


def _matrix(rows: Sequence[set[str]], index: dict[str, int]) -> Any:
    from scipy.sparse import csr_matrix  # noqa: PLC0415 (bench extras only)

    data, columns, pointers = [], [], [0]
    for features in rows:
        seen = sorted({index[f] for f in features if f in index})
        columns.extend(seen)
        data.extend([1.0] * len(seen))
        pointers.append(len(columns))
    return csr_matrix((data, columns, pointers), shape=(len(rows), len(index)))


Method = Callable[[Sequence[Editorial], Sequence[Editorial]], list[list[Guess]]]
"""Trained on the first editorials, guesses about each of the second."""


def cross_validate(
    editorials: Sequence[Editorial], method: Method, k: int = FOLDS
) -> list[list[Guess]]:
    """Guesses of ``method`` about each editorial, trained on the ``k - 1`` folds without it."""
    guesses: list[list[Guess]] = [[] for _ in editorials]
    for held_out in folds(editorials, k):
        skip = set(held_out)
        training = [e for i, e in enumerate(editorials) if i not in skip]
        found_all = method(training, [editorials[i] for i in held_out])
        for i, found in zip(held_out, found_all, strict=True):
            guesses[i] = found
    return guesses


def rules(training: Sequence[Editorial], test: Sequence[Editorial]) -> list[list[Guess]]:
    """The rule-based extractor alone (kind and source by the cues), as landed before the model."""
    return [
        guesses_of_claims(e, model.decide(rules_module.candidates(e.article), None)) for e in test
    ]


_REGEX_FACT = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b"
)
# A quotation mark counts as someone's words, as in the figures the issue quotes for this baseline.
_REGEX_SOURCE = re.compile(r"\bsaid\b|\baccording to\b|[\"“”]", re.IGNORECASE)


def regex(training: Sequence[Editorial], test: Sequence[Editorial]) -> list[list[Guess]]:
    """Each sentence: a fact if it holds a digit or a month, reported if "said"/"according to" or a
    quotation mark."""
    return [
        [
            Guess(p, start, end, bool(_REGEX_FACT.search(text)), bool(_REGEX_SOURCE.search(text)))
            for p, paragraph in enumerate(e.paragraphs)
            for start, end in spans(paragraph)
            for text in [paragraph[start:end]]
        ]
        for e in test
    ]


def tfidf(training: Sequence[Editorial], test: Sequence[Editorial]) -> list[list[Guess]]:
    """Each sentence: TF-IDF of its words, word pairs and quote marks, two logistic regressions."""
    from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: PLC0415
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415

    def sentences(e: Editorial) -> list[Guess]:
        return [
            Guess(p, start, end, False, False)
            for p, paragraph in enumerate(e.paragraphs)
            for start, end in spans(paragraph)
        ]

    def text(e: Editorial, g: Guess) -> str:
        return e.paragraphs[g.paragraph][g.start : g.end]

    rows: list[tuple[str, bool | None, bool]] = []
    for e in training:
        found = sentences(e)
        for unit, at in mapped(e, found):
            if at is not None:
                is_source = unit.label in SOURCE_LABELS
                fact = None if is_source else unit.label in FACT_LABELS
                rows.append((text(e, found[at]), fact, is_source))
    # Quotation marks are tokens too: they are most of what tells a source's words.
    vectorizer = TfidfVectorizer(
        ngram_range=(1, 2), min_df=2, sublinear_tf=True, token_pattern=r"(?u)\b\w\w+\b|[\"“”]"
    )
    vectorizer.fit([t for t, _, _ in rows])
    models = []
    for target in (1, 2):
        chosen = [r for r in rows if r[target] is not None]
        fitted = LogisticRegression(class_weight="balanced", max_iter=2000)
        fitted.fit(vectorizer.transform([r[0] for r in chosen]), [r[target] for r in chosen])
        models.append(fitted)
    guesses: list[list[Guess]] = []
    for e in test:
        found = sentences(e)
        if not found:
            guesses.append([])
            continue
        matrix = vectorizer.transform([text(e, g) for g in found])
        fact, source = (m.predict(matrix) for m in models)
        guesses.append(
            [
                attrs.evolve(g, fact=bool(f), attributed=bool(s))
                for g, f, s in zip(found, fact, source, strict=True)
            ]
        )
    return guesses


def hybrid(training: Sequence[Editorial], test: Sequence[Editorial]) -> list[list[Guess]]:
    """opedkit's extractor: the rules' sentences and sources, fact or not by a model fitted here."""
    weights = fit([x for e in training for x in examples(e, rules_module.candidates(e.article))])
    return [
        guesses_of_claims(e, model.decide(rules_module.candidates(e.article), weights))
        for e in test
    ]


GATE = 0.4  # the chance of testimony at which the experiment below keeps a rules' source


def source_examples(
    editorial: Editorial, candidates: Sequence[rules_module.Candidate]
) -> list[Example]:
    """One example per unit on a candidate the rules give a source: whether it is testimony."""
    guesses = guesses_of_claims(editorial, model.decide(candidates, None))
    return [
        (_source_features(candidates[at]), unit.label in SOURCE_LABELS)
        for unit, at in mapped(editorial, guesses)
        if at is not None and candidates[at].source is not None
    ]


def _source_features(candidate: rules_module.Candidate) -> set[str]:
    words = (candidate.source or "").lower().split()
    return {*model.features(candidate), *("source:" + w for w in words), f"+{len(words)} words"}


def gated(training: Sequence[Editorial], test: Sequence[Editorial]) -> list[list[Guess]]:
    """The hybrid with a learned check on the rules' sources, fitted to the testimony labels: a
    source stays when the check gives testimony a chance of GATE or more. An experiment, not
    shipped: it learns the annotators' reading of plain reported speech (an event, not
    testimony) and takes sources from sentences a careful reader attributes."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 (bench extras only)

    weights = fit([x for e in training for x in examples(e, rules_module.candidates(e.article))])
    rows = [x for e in training for x in source_examples(e, rules_module.candidates(e.article))]
    index = _columns(rows, 2)
    check = LogisticRegression(C=0.1, max_iter=3000)
    check.fit(_matrix([f for f, _ in rows], index), [testimony for _, testimony in rows])
    guesses = []
    for e in test:
        found = rules_module.candidates(e.article)
        sourced = [n for n, c in enumerate(found) if c.source is not None]
        if sourced:
            chances = check.predict_proba(
                _matrix([_source_features(found[n]) for n in sourced], index)
            )
            for n, chance in zip(sourced, chances[:, 1], strict=True):
                if chance < GATE:
                    found[n] = found[n]._replace(source=None)
        guesses.append(guesses_of_claims(e, model.decide(found, weights)))
    return guesses


METHODS: dict[str, Method] = {
    "rules alone (cues, no model)": rules,
    "regex: digits, months / said, quotes": regex,
    "TF-IDF logistic regression (sentences)": tfidf,
    "opedkit hybrid: rules + linear model": hybrid,
    "hybrid + learned source check (not shipped)": gated,
}
