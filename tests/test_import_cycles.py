"""No import cycles between modules of qualcode or quant (grimp's static import graph).

A cycle is two or more modules that import each other, directly or through others,
counting imports inside functions and under ``if TYPE_CHECKING:`` (grimp sees both).
The failure names every module of each cycle and one path round it.

Also here, because it reads the same graph: the UI shows quant's results but fits
nothing itself (STYLE.md §4a), so no module of ``qualcode.ui`` imports a quant module
that fits models; it goes through ``qualcode.services.mixed.analysis``.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("qualcode", "quant")


def import_cycles(graph: grimp.ImportGraph, modules: Iterable[str]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan, iterative), sorted."""
    nodes = sorted(modules)
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & set(nodes)) for m in nodes}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    cycles: list[list[str]] = []
    for root in nodes:
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if i < len(edges[node]):
                work.append((node, i + 1))
                child = edges[node][i]
                if child not in index:
                    work.append((child, 0))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    cycles.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(cycles)


def _describe(graph: grimp.ImportGraph, cycle: list[str]) -> str:
    first, second = cycle[0], next(m for m in cycle[1:])
    there = graph.find_shortest_chain(importer=first, imported=second) or (first, second)
    back = graph.find_shortest_chain(importer=second, imported=first) or (second, first)
    return f"{', '.join(cycle)}  (e.g. {' -> '.join(there)} -> {' -> '.join(back[1:])})"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    for name in PACKAGES:  # the graph must be of this tree's code, not an installed copy
        module = sys.modules.get(name) or __import__(name)
        assert Path(module.__file__ or "").resolve().is_relative_to(ROOT), f"{name} imported from {module.__file__}"
    return grimp.build_graph(*PACKAGES, cache_dir=None)


def test_the_cycle_finder_finds_a_cycle_and_ignores_a_chain():
    g = grimp.ImportGraph()
    for importer, imported in (("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d"), ("p.e", "p.d")):
        g.add_import(importer=importer, imported=imported)
    assert import_cycles(g, g.modules) == [["p.a", "p.b", "p.c"]]
    assert "p.a -> p.b" in _describe(g, ["p.a", "p.b", "p.c"])


@pytest.mark.parametrize("scope", [
    "quant",
    "qualcode.ui.analysis",
    "qualcode.services.mixed.analysis",
    "qualcode",
])
def test_no_import_cycles(graph, scope):
    modules = {m for m in graph.modules if m == scope or m.startswith(scope + ".")}
    assert modules, f"no modules under {scope}"
    cycles = import_cycles(graph, modules)
    assert not cycles, "import cycles (break them; STYLE.md §1):\n" + "\n".join(_describe(graph, c) for c in cycles)


#: quant modules that fit models; the UI may import quant.result and quant.formatting only.
FITTING = ("quant.api", "quant.models", "quant.ols", "quant.logit", "quant.ordinal", "quant.ordinal_partial",
           "quant.count", "quant.imputation", "quant.propensity", "quant.correlation", "quant.reliability",
           "quant.descriptives")


def test_the_ui_fits_no_models(graph):
    offenders = sorted(f"{importer} imports {imported}"
                       for importer in graph.modules if importer.startswith("qualcode.ui")
                       for imported in graph.find_modules_directly_imported_by(importer) if imported in FITTING)
    assert not offenders, "the UI must run models through qualcode.services.mixed.analysis:\n" + "\n".join(offenders)
