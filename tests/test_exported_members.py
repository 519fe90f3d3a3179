"""The public surface is exactly what __all__ says, and every name in it exists."""

from __future__ import annotations

import ast
import inspect
import types

import pytest

import opedkit
import opedkit.check
import opedkit.claims
import opedkit.cli
import opedkit.dask
import opedkit.html
import opedkit.json
import opedkit.markdown
import opedkit.strategies
import opedkit.text


def test_the_package_exports_the_model_and_errors() -> None:
    """opedkit.__all__ names the model, its enums and the error tree, and nothing private."""
    assert sorted(opedkit.__all__) == [
        "Article", "Author", "Claim", "ClaimKind", "Genre",
        "OpedkitError", "ParseError", "Section", "ValidationError",
    ]  # fmt: skip
    public = {name for name in vars(opedkit) if not name.startswith("_")}
    modules = {"json", "claims", "strategies", "text", "html", "markdown", "cli", "check", "dask"}
    assert public - modules == set(opedkit.__all__)


PUBLIC_MODULES = (
    opedkit,
    opedkit.json,
    opedkit.claims,
    opedkit.strategies,
    opedkit.text,
    opedkit.html,
    opedkit.markdown,
    opedkit.check,
    opedkit.cli,
    opedkit.dask,
)


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda module: module.__name__)
def test_every_public_module_exports_what_it_defines(module: types.ModuleType) -> None:
    """Each public module's __all__ names existing attributes, and its parse/render verbs are
    there in every format."""
    for name in module.__all__:
        assert hasattr(module, name), f"{module.__name__}.{name}"
    if module in (opedkit.text, opedkit.html, opedkit.markdown):
        assert {"parse", "render"} <= set(module.__all__)


@pytest.mark.parametrize("module", PUBLIC_MODULES, ids=lambda module: module.__name__)
def test_every_public_name_a_public_module_defines_is_exported(module: types.ModuleType) -> None:
    """Every name a public module defines (a function, class or assignment at its top level)
    is in its __all__ or starts with an underscore."""
    defined = set()
    for node in ast.parse(inspect.getsource(module)).body:
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.add(node.name)
        elif isinstance(node, ast.Assign | ast.AnnAssign | ast.AugAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            defined.update(n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
    public = {name for name in defined if not name.startswith("_")}
    unexported = public - set(module.__all__)
    assert not unexported, f"{module.__name__} defines {sorted(unexported)} outside __all__"


def test_errors_form_one_tree() -> None:
    """Every opedkit error is an OpedkitError and a ValueError."""
    for error in (opedkit.ValidationError, opedkit.ParseError):
        assert issubclass(error, opedkit.OpedkitError)
        assert issubclass(error, ValueError)
