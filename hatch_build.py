"""Build hook: compiles opedkit's optional C helper, ``opedkit._cwire`` (see docs/json.md).

A wheel gets the compiled module; an editable install gets it beside the sources in
``src/opedkit``. When it cannot be compiled (no compiler, no Python headers), the build goes on
without it and opedkit uses its pure-Python JSON writer and clean-text check, which give the same
results, only slower.
"""

from __future__ import annotations

import sys
import tempfile
import zlib
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface
from setuptools import Distribution, Extension
from setuptools.command.build_ext import build_ext

SOURCE = "src/opedkit/_cwire.c"


def compile_helper(root: Path, into: Path) -> Path:
    """Compile the helper into package folder ``into/opedkit``; the module file made.

    The module knows the CRC-32 of its source (``SOURCE``): opedkit._wire does not use a build
    left from other sources beside it. Always compiled afresh (``force``), never judged by
    file times.
    """
    crc = zlib.crc32((root / SOURCE).read_bytes())
    extension = Extension(
        "opedkit._cwire", [str(root / SOURCE)], define_macros=[("SOURCE_CRC", f"{crc}L")]
    )
    command = build_ext(Distribution({"name": "opedkit", "ext_modules": [extension]}))
    with tempfile.TemporaryDirectory() as temp:
        command.build_lib, command.build_temp, command.force = str(into), temp, True
        command.ensure_finalized()
        command.run()
    return Path(command.get_ext_fullpath(extension.name))


class CustomBuildHook(BuildHookInterface):  # type: ignore[misc]
    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        root = Path(self.root)
        try:
            if version == "editable":
                compile_helper(root, root / "src")
                return
            made = compile_helper(root, Path(self.directory) / "_cwire_build")
        except Exception as error:  # any failure leaves the pure-Python path
            print(f"opedkit: C helper not built ({error}); using pure Python", file=sys.stderr)
            return
        build_data["force_include"][str(made)] = f"opedkit/{made.name}"
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
