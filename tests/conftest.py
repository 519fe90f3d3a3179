"""Shared test setup: Hypothesis profiles and where the real corpus lives.

Profiles: ``ci`` (the default, light enough for a 2-core CI machine), ``dev`` (heavier, for
running by hand: ``HYPOTHESIS_PROFILE=dev bash scripts/test.sh``) and ``fuzz`` (the long fuzz
run of ``tests/test_robustness.py``, see the README; ``FUZZ_EXAMPLES`` sets its size).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
"""``../shared/corpus`` beside the project: real inputs nobody on the team wrote."""


def corpus(*parts: str) -> Path:
    """The path ``../shared/corpus/<parts>``, or skip the calling test when it is not there.

    A clone of the repository alone has no corpus beside it; its tests must still pass.
    """
    path = CORPUS.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"../shared/corpus is not beside the project ({'/'.join(parts)} is missing)")
    return path


settings.register_profile(
    "ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "dev", max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz",
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "10000")),
    deadline=None,
    suppress_health_check=list(HealthCheck),
    print_blob=True,
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
