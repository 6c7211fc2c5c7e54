"""The import drawing: schemeguard-internal imports between rooms (subpackages and top-level
modules), their floors, circles and imports that run back up.

    python benchmarks/imports.py [SRC_DIR]          # a summary; --edges lists every room edge

Floors are computed from the room graph (a room sits one floor above the highest room it imports);
an import "runs back up" when it goes from a room to a room at a higher floor of the intended
layering below (ROOM_FLOOR), which is the order the design wants. Imports inside functions (lazy)
are drawn too, marked, because they hide a dependency rather than remove it.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from pathlib import Path

# The intended layering, ground floor first. A room may import only rooms on its floor or below.
INTENDED = [
    ["record", "spec", "workspace", "_pywrite", "storage", "numbers", "memo", "lifeline"],  # _pywrite: the python3 -c of workspace; numbers: the one number parser; memo: content-keyed memo; lifeline: children end with their parent
    ["environments"],
    ["variants", "replay", "agent", "scoring", "validation"],
    ["organisms", "local", "tasks"],
    ["analysis", "cot", "monitors", "guard"],
    ["interventions", "review", "training", "run"],  # run: eval sharding over processes
    ["report"],
    ["gate"],  # writes its own markdown with report's helpers
    ["cli", "_registry"],  # entry points: the command and Inspect's registry
]
ROOM_FLOOR = {room: i for i, rooms in enumerate(INTENDED) for room in rooms}


def module_name(path: Path, src: Path) -> str:
    parts = list(path.relative_to(src).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(["schemeguard", *parts])


def room_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "schemeguard"


def imports(path: Path, module: str, known: set[str] | frozenset[str] = frozenset()) -> list[tuple[str, bool, int]]:
    """(imported schemeguard module, lazy?, line) for every import in a file; `from pkg import sub`
    counts as importing the submodule when `pkg.sub` is one of the `known` modules."""
    tree = ast.parse(path.read_text(), str(path))
    top = set(id(n) for n in tree.body)
    package = module if path.name == "__init__.py" else module.rsplit(".", 1)[0]
    out = []
    for node in ast.walk(tree):
        lazy = id(node) not in top and not _under_top_level_guard(tree, node)
        if isinstance(node, ast.Import):
            out += [(a.name, lazy, node.lineno) for a in node.names if a.name.startswith("schemeguard")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                name = ".".join(base + ([node.module] if node.module else []))
            else:
                name = node.module or ""
            if name.startswith("schemeguard"):
                subs = [f"{name}.{a.name}" for a in node.names if f"{name}.{a.name}" in known]
                out += [(sub, lazy, node.lineno) for sub in subs] or [(name, lazy, node.lineno)]
    return out


def _under_top_level_guard(tree: ast.Module, node: ast.AST) -> bool:
    """Imports under a module-level `if`/`try` (TYPE_CHECKING, optional deps) count as top level."""
    for stmt in tree.body:
        if isinstance(stmt, (ast.If, ast.Try)) and any(n is node for n in ast.walk(stmt)):
            return True
    return False


def draw(src: Path) -> dict:
    edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    lazy_edges: dict[tuple[str, str], list[str]] = defaultdict(list)
    modules = {module_name(p, src): p for p in src.rglob("*.py")}
    for module, path in modules.items():
        for target, lazy, line in imports(path, module, set(modules)):
            a, b = room_of(module), room_of(target)
            if a != b and b != "schemeguard":
                (lazy_edges if lazy else edges)[(a, b)].append(f"{path.relative_to(src)}:{line} -> {target}")
    rooms = sorted({room_of(m) for m in modules} - {"schemeguard"})
    graph = {r: sorted({b for (a, b) in edges if a == r}) for r in rooms}
    return {"rooms": rooms, "graph": graph, "edges": edges, "lazy_edges": lazy_edges,
            "cycles": cycles(graph), "module_cycles": module_cycles(modules, src)}


def cycles(graph: dict[str, list[str]]) -> list[list[str]]:
    """Strongly connected components with more than one room (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def module_cycles(modules: dict[str, Path], src: Path) -> list[list[str]]:
    """Circles between modules through top-level imports (the ones that break import order)."""
    graph: dict[str, list[str]] = {}
    for module, path in modules.items():
        targets = set()
        for target, lazy, _ in imports(path, module, set(modules)):
            if lazy:
                continue
            # `from pkg import name` may name a submodule
            while target not in modules and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in modules and target != module:
                targets.add(target)
        graph[module] = sorted(targets)
    return cycles(graph)


def floors(graph: dict[str, list[str]], found_cycles: list[list[str]]) -> dict[str, int]:
    """Computed floor of each room: one above the highest room it imports (circles share a floor)."""
    group = {r: tuple(c) for c in found_cycles for r in c}
    memo: dict[str, int] = {}

    def floor(r: str, seen: frozenset = frozenset()) -> int:
        if r in memo:
            return memo[r]
        members = group.get(r, (r,))
        deps = {d for m in members for d in graph.get(m, []) if d not in members}
        memo[r] = 0 if not deps else 1 + max(floor(d, seen | {r}) for d in deps)
        return memo[r]

    return {r: floor(r) for r in graph}


def upward(edges: dict[tuple[str, str], list[str]]) -> list[tuple[str, str, list[str]]]:
    return [(a, b, sites) for (a, b), sites in sorted(edges.items())
            if a in ROOM_FLOOR and b in ROOM_FLOOR and ROOM_FLOOR[b] > ROOM_FLOOR[a]]


def main(argv: list[str]) -> int:
    src = Path(next((a for a in argv if not a.startswith("-")), Path(__file__).parents[1] / "src/schemeguard"))
    d = draw(src)
    fl = floors(d["graph"], d["cycles"])
    unknown = [r for r in d["rooms"] if r not in ROOM_FLOOR]
    ups = upward(d["edges"])
    lazy_ups = upward(d["lazy_edges"])
    print(f"{len(d['rooms'])} rooms on {max(fl.values()) + 1} floors; "
          f"{len(d['cycles'])} room circle(s); {len(d['module_cycles'])} module circle(s) through top-level imports; "
          f"{sum(len(s) for _, _, s in ups)} top-level import(s) running back up ({len(ups)} room edge(s)); "
          f"{sum(len(s) for _, _, s in lazy_ups)} lazy one(s)")
    for c in d["cycles"]:
        print("room circle:", " <-> ".join(c))
    for c in d["module_cycles"]:
        print("module circle:", " <-> ".join(c))
    for a, b, sites in ups:
        print(f"up: {a} (floor {ROOM_FLOOR[a]}) -> {b} (floor {ROOM_FLOOR[b]}): {'; '.join(sites)}")
    for a, b, sites in lazy_ups:
        print(f"up (lazy): {a} -> {b}: {'; '.join(sites)}")
    if unknown:
        print("rooms missing from INTENDED:", ", ".join(unknown))
    if "--edges" in argv:
        for floor_no in sorted(set(fl.values())):
            print(f"floor {floor_no}: " + ", ".join(f"{r} -> [{', '.join(d['graph'][r])}]" for r in d["rooms"] if fl[r] == floor_no))
    return 1 if d["cycles"] or d["module_cycles"] else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
