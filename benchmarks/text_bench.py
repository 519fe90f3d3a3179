"""Time opedkit.text on seed-sized articles: parse (with and without claims) and render.

Run: ``.venv/bin/python benchmarks/text_bench.py``. The input is the corpus seed column
(``../shared/corpus/seed``, about 5.5 kB), or ``examples/column.txt`` when the corpus is absent.
No peer reads plain-text op-eds (trafilatura and readability take HTML), so the floor shown
beside opedkit is the least any reader does: split the text on blank lines and strip each part.
Each round times every task in turn (interleaved, so machine noise hits all alike); the figures
are medians over rounds, in articles per second of this thread's CPU time (``time.thread_time``,
so that other work on a shared machine slows the figures less than a wall clock would).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from pathlib import Path

import opedkit.text

ROUNDS = 15
ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT.parent / "shared" / "corpus" / "seed" / "000_0be67fb59dd569d7.txt"
EXAMPLE = ROOT / "examples" / "column.txt"


def _per_second(task: Callable[[], object], seconds: float = 0.2) -> float:
    count, start = 0, time.thread_time()
    while (elapsed := time.thread_time() - start) < seconds:
        task()
        count += 1
    return count / elapsed


def main() -> None:
    source = SEED if SEED.exists() else EXAMPLE
    raw = source.read_text(encoding="utf-8")
    article = opedkit.text.parse(raw)
    tasks: dict[str, Callable[[], object]] = {
        "floor: split on blank lines": lambda: [p.strip() for p in raw.split("\n\n")],
        "opedkit.text.parse(claims=False)": lambda: opedkit.text.parse(raw, claims=False),
        "opedkit.text.parse(claims=True)": lambda: opedkit.text.parse(raw),
        "opedkit.text.render": lambda: opedkit.text.render(article),
    }
    rates: dict[str, list[float]] = {name: [] for name in tasks}
    for _ in range(ROUNDS):
        for name, task in tasks.items():
            rates[name].append(_per_second(task))
    print(f"input: {source.name} ({len(raw):,} characters, {len(article.paragraphs)} paragraphs,")
    print(f"       {len(article.claims)} claims); medians of {ROUNDS} rounds, one core")
    for name, found in rates.items():
        print(f"  {name:<36} {statistics.median(found):>12,.0f} articles/s")


if __name__ == "__main__":
    main()
