"""Batch conversion at scale: ``opedkit convert FOLDER --jobs N`` on plain-text op-eds.

Makes a folder of texts from the project's own samples (``examples/column.txt`` and
``tests/fixtures/text/*.txt``, cycled, 500 files a subfolder), converts it to JSON Lines with the
installed command (claims included, as a user runs it), and prints:

- articles/s with ``--jobs 1`` and ``--jobs 2`` (median of ``--repeat`` runs) and their ratio;
- peak memory (RSS of the command, which at ``--jobs 1`` does all the work) at 2,000 and 8,000
  records, and their ratio;
- whether ``--jobs 1`` and ``--jobs 2`` wrote identical bytes.

No peer converts plain-text op-eds to a typed model, so there is no peer figure: the baseline
is opedkit's own ``--jobs 1``. The machine is shared: compare ratios, not absolute figures.

    .venv/bin/python benchmarks/batch_bench.py [--records 2000] [--large 8000] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [ROOT / "examples" / "column.txt", *sorted((ROOT / "tests/fixtures/text").glob("*.txt"))]
COMMAND = str(Path(sys.executable).with_name("opedkit"))


def make_texts(folder: Path, count: int) -> Path:
    """``count`` text files in ``folder``, cycling through the samples."""
    texts = [sample.read_bytes() for sample in SAMPLES]
    for number in range(count):
        path = folder / f"{number // 500:03d}" / f"{number:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(texts[number % len(texts)])
    return folder


def run(texts: Path, out: Path, jobs: int) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds (the workers' included) and peak RSS (kB) of one run."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [COMMAND, "convert", str(texts), "-o", str(out), "--jobs", str(jobs), "-q"]
    )
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise SystemExit(f"opedkit convert failed with status {process.returncode}")
    return elapsed, usage.ru_utime + usage.ru_stime, usage.ru_maxrss


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=2000)
    parser.add_argument("--large", type=int, default=8000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        work = Path(temporary)
        texts = make_texts(work / "texts", args.records)
        print(f"{args.records} texts from {len(SAMPLES)} samples; {os.cpu_count()} cores; "
              f"load average {os.getloadavg()[0]:.1f}")  # fmt: skip
        walls: dict[int, list[float]] = {1: [], 2: []}
        cpus: dict[int, list[float]] = {1: [], 2: []}
        memory: dict[int, int] = {1: 0, 2: 0}
        for _ in range(args.repeat):  # interleaved, so that both see the same machine load
            for jobs in (1, 2):
                wall, used, rss = run(texts, work / f"out-{jobs}.jsonl", jobs)
                walls[jobs].append(wall)
                cpus[jobs].append(used)
                memory[jobs] = max(memory[jobs], rss)
        rate = {jobs: args.records / statistics.median(walls[jobs]) for jobs in (1, 2)}
        cpu = {jobs: statistics.median(cpus[jobs]) for jobs in (1, 2)}
        for jobs in (1, 2):
            print(
                f"--jobs {jobs}: {rate[jobs]:6.1f} articles/s (median of "
                f"{', '.join(f'{t:.2f}' for t in walls[jobs])} s), {cpu[jobs]:.2f} CPU s, "
                f"peak RSS {memory[jobs] / 1024:.0f} MB"
            )
        print(f"speed-up with 2 jobs: {rate[2] / rate[1]:.2f}x (goal >= 1.8x)")
        print(
            f"speed-up the CPU time allows on 2 idle cores ({cpu[1]:.2f} / ({cpu[2]:.2f} / 2)): "
            f"{cpu[1] / (cpu[2] / 2):.2f}x"
        )
        same = (work / "out-1.jsonl").read_bytes() == (work / "out-2.jsonl").read_bytes()
        print(f"--jobs 1 and --jobs 2 wrote identical bytes: {same}")
        large = make_texts(work / "large", args.large)
        _, _, large_rss = run(large, work / "out-large.jsonl", 1)
        ratio = large_rss / memory[1]
        print(
            f"peak RSS at --jobs 1: {memory[1] / 1024:.0f} MB for {args.records} records, "
            f"{large_rss / 1024:.0f} MB for {args.large}: {ratio:.2f}x (goal <= 1.3x)"
        )


if __name__ == "__main__":
    main()
