"""The optional compiled helper ``opedkit._cwire``, when it can be used (docs/json.md says why)."""

from __future__ import annotations

import os
import types
import zlib

__all__ = ["built_from_source_beside", "cwire"]


def built_from_source_beside(module: types.ModuleType) -> bool:
    """Whether the helper was compiled from the C source beside this file, if there is one (an
    editable install, where an older build can be left behind; a wheel ships no source)."""
    try:
        with open(os.path.join(os.path.dirname(__file__), "_cwire.c"), "rb") as source:
            crc = zlib.crc32(source.read())
    except OSError:
        return True
    return getattr(module, "SOURCE", None) == crc


cwire: types.ModuleType | None = None
"""The helper, unless it is not built, left from older sources, or turned off (OPEDKIT_PURE=1)."""

if os.environ.get("OPEDKIT_PURE", "") in ("", "0"):
    try:
        from . import _cwire as _found
    except ImportError:
        pass
    else:
        if _found.VERSION == 1 and built_from_source_beside(_found):
            cwire = _found
