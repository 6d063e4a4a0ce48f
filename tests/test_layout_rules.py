"""The import rules of the README's "Layout" section, checked on the source of every module.

Imports are read with `ast` (also those inside functions, i.e. lazy ones) and followed
transitively through the package, so a rule cannot be broken through a detour.
"""
import ast
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "pipeline"
FOUNDATIONS = {"pipeline.schema", "pipeline.actors", "pipeline.config", "pipeline.corpus"}
STAGES = ("pipeline.extract", "pipeline.classify", "pipeline.evaluate", "pipeline.serve", "pipeline.report",
          "pipeline.tagging")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def direct_imports() -> dict[str, set[str]]:
    graph = {}
    for path in PACKAGE.rglob("*.py"):
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found.update(a.name for a in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module:
                found.add(node.module)
                found.update(f"{node.module}.{a.name}" for a in node.names)
        graph[module_name(path)] = found
    return graph


GRAPH = direct_imports()


def reachable(start: str) -> set[str]:
    seen, todo = set(), [start]
    while todo:
        mod = todo.pop()
        for dep in GRAPH.get(mod, ()):
            if dep not in seen:
                seen.add(dep)
                if dep in GRAPH:
                    todo.append(dep)
    return seen


def test_every_stage_is_a_package_with_a_public_surface():
    for stage in STAGES:
        init = PACKAGE / stage.split(".")[1] / "__init__.py"
        source = init.read_text(encoding="utf-8")
        assert ast.get_docstring(ast.parse(source)), f"{init} needs a docstring saying what the stage takes and gives"
        assert "__all__" in source, f"{init} must name its public surface in __all__"


def test_extraction_never_reaches_torch():
    for mod in (m for m in GRAPH if m.startswith("pipeline.extract")):
        bad = {d for d in reachable(mod) if d.split(".")[0] in ("torch", "transformers")}
        assert not bad, f"{mod} reaches {sorted(bad)}"


def test_extraction_depends_only_on_foundations():
    for mod in (m for m in GRAPH if m.startswith("pipeline.extract")):
        bad = {d for d in GRAPH[mod] if d.startswith(STAGES[1:]) or d.startswith("pipeline.cli")}
        assert not bad, f"{mod} imports {sorted(bad)}"


def test_core_never_imports_the_cli():
    for mod in (m for m in GRAPH if m != "pipeline.cli"):
        assert not any(d.startswith("pipeline.cli") for d in GRAPH[mod]), f"{mod} imports the CLI"


def test_inference_never_reaches_the_trainer():
    for mod in (m for m in GRAPH if m.startswith("pipeline.serve")):
        assert "pipeline.classify.train" not in reachable(mod), f"{mod} reaches the trainer"


def test_report_needs_no_model():
    for mod in (m for m in GRAPH if m.startswith("pipeline.report")):
        bad = {d for d in reachable(mod) if d.split(".")[0] in ("torch", "transformers")
               or d.startswith(("pipeline.classify", "pipeline.evaluate", "pipeline.serve.predict"))}
        assert not bad, f"{mod} reaches {sorted(bad)}"


def test_foundations_import_no_stage():
    for mod in FOUNDATIONS:
        bad = {d for d in reachable(mod) if d.startswith(STAGES + ("pipeline.cli",))}
        assert not bad, f"{mod} reaches {sorted(bad)}"


def test_importing_extraction_loads_no_torch_at_run_time():
    code = "import sys, pipeline.extract; assert 'torch' not in sys.modules, 'torch loaded'"
    subprocess.run([sys.executable, "-c", code], check=True)
