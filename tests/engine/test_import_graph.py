"""The package's own imports: no import circle, and no private name taken from another module.

Read from the source (every import, those under TYPE_CHECKING and inside functions too),
so a circle that only shows at run time in some order is caught as well.
"""

from __future__ import annotations

import ast
from pathlib import Path

import wizard

ROOT = Path(wizard.__file__).parent


def _modules() -> dict[str, Path]:
    out = {}
    for path in ROOT.rglob("*.py"):
        parts = ("wizard", *path.relative_to(ROOT).with_suffix("").parts)
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()


def _owner(name: str) -> str:
    """The module of ours that ``name`` (a module or a module's attribute) lives in."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name


def _imports(module: str) -> list[tuple[str, str, int]]:
    """(module imported, name taken from it or "", line) for every import in ``module``."""
    path = MODULES[module]
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(_owner(a.name), "", node.lineno) for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - node.level + 1]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                submodule = f"{base}.{alias.name}"
                if submodule in MODULES:  # from package import module
                    found.append((submodule, "", node.lineno))
                else:
                    found.append((_owner(base), alias.name, node.lineno))
    return [(target, name, line) for target, name, line in found if target]


def _graph() -> dict[str, set[str]]:
    return {
        module: {t for t, _name, _line in _imports(module) if t not in (module, "wizard")}
        for module in MODULES
    }


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_package_has_no_import_circle() -> None:
    assert circles(_graph()) == []


def test_no_module_imports_a_private_name_from_another() -> None:
    private = [
        f"{MODULES[module].relative_to(ROOT.parent)}:{line}: {name} from {target}"
        for module in MODULES
        for target, name, line in _imports(module)
        if name.startswith("_") and not name.startswith("__") and target != module
    ]
    assert private == []


def test_the_circle_finder_finds_a_circle() -> None:
    # the checks above are only worth something if a circle would show
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
