"""The import drawing (benchmarks/imports.py): no circles, nothing running back up the floors."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).parents[1]
spec = importlib.util.spec_from_file_location("import_drawing", ROOT / "benchmarks" / "imports.py")
drawing = importlib.util.module_from_spec(spec)
spec.loader.exec_module(drawing)


def test_no_import_circles_and_no_upward_imports():
    d = drawing.draw(ROOT / "src" / "schemeguard")
    assert d["cycles"] == [] and d["module_cycles"] == []
    assert [r for r in d["rooms"] if r not in drawing.ROOM_FLOOR] == [], "place new rooms in INTENDED"
    up = drawing.upward(d["edges"])
    assert len(up) <= 1, up  # the bar: at most one import running back up


def test_the_drawing_sees_a_circle_and_an_upward_import(tmp_path):
    pkg = tmp_path / "schemeguard"
    (pkg / "record.py").parent.mkdir()
    (pkg / "record.py").write_text("from schemeguard.report import x\n")
    (pkg / "report").mkdir()
    (pkg / "report" / "__init__.py").write_text("from schemeguard.record import y\n")
    d = drawing.draw(pkg)
    assert d["cycles"] == [["record", "report"]]
    assert [(a, b) for a, b, _ in drawing.upward(d["edges"])] == [("record", "report")]
