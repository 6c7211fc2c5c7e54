"""`schemeguard report` / `compare`: files written, calibration labelled, FAILED below the floor,
rates always with their n, sections extensible."""

from __future__ import annotations

import re

import pandas as pd

from schemeguard.analysis.table import rollout_table
from schemeguard.cli import main
from schemeguard.report.render import CORE_SECTIONS, SECTIONS, build_report, write_report
from schemeguard.report.sections import Section
from tests.test_table import fake_family, organism_logs  # noqa: F401 (fixture)

# an unsigned rate with its interval, e.g. "0.400 [0.168, 0.687]": must be followed by its n
RATE = re.compile(r"(?<![+\-\d])\d\.\d{3} \[\d\.\d{3}, \d\.\d{3}\]")
WITH_N = re.compile(r" \((\d+/\d+|mean of \d+ families, n=\d+)\)")


def rates_without_n(text: str) -> list[str]:
    return [text[m.start():m.end() + 30] for m in RATE.finditer(text) if not WITH_N.match(text, m.end())]


def test_report_files_are_written_and_labelled_calibration(tmp_path):
    assert main(["report", organism_logs()["clean"], "--out", str(tmp_path)]) == 0
    md = (tmp_path / "report.md").read_text()
    html = (tmp_path / "report.html").read_text()
    assert "CALIBRATION RUN" in md and "CALIBRATION RUN" in html
    assert "not findings about any real model" in md
    for title in ("Covert-action rates per family", "Conflict escalation (positive measure)",
                  "Follow-up: doubling down", "Anti-scheming spec vs no spec", "Per-scenario rates",
                  "Calibration: planted vs measured"):
        assert f"## {title}" in md and title in html
    assert "Macro average over families" in md and "Status: **OK**" in md
    # self-contained: plots inline as base64 PNG, no file references
    assert html.count("src='data:image/png;base64,") >= 2 and "figures/" not in html
    for link in re.findall(r"\]\((figures/[^)]+)\)", md):
        assert (tmp_path / link).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    # escalation is a separate measure: its family is not in the covert-action table
    covert_table = md.split("## Covert-action rates per family")[1].split("##")[0]
    assert "log_falsification" in covert_table and "conflict_escalation" not in covert_table


def test_every_rate_is_printed_with_its_n(tmp_path):
    # the rate sections of this module (other analyses' sections have their own tests)
    report = build_report(rollout_table([organism_logs()["clean"]]), sections=list(CORE_SECTIONS))
    paths = write_report(report, tmp_path)
    md = (tmp_path / "report.md").read_text()
    assert RATE.search(md), "the check must see rates to be meaningful"
    assert rates_without_n(md) == []
    assert rates_without_n("x 0.400 [0.168, 0.687] y") != []  # and it does catch a bare rate
    assert {p.name for p in paths} >= {"report.md", "report.html"}


def test_low_coverage_run_is_reported_failed(tmp_path, capsys):
    broken = organism_logs()["broken"]
    assert main(["report", broken, "--out", str(tmp_path)]) == 1
    md = (tmp_path / "report.md").read_text()
    assert "Status: **FAILED**" in md and "**Run status: FAILED**" in md
    assert "coverage 1/6" in md and "below the floor 0.90" in md
    assert "detector raised RuntimeError: detector exploded" in md  # unmeasured reasons are shown
    assert "FAILED" in capsys.readouterr().err
    # the same run with a floor it meets is OK, and still shows its coverage below 1
    assert main(["report", broken, "--out", str(tmp_path / "low"), "--coverage-floor", "0.1"]) == 0
    md = (tmp_path / "low" / "report.md").read_text()
    assert "Status: **OK**" in md and "1/6 (16.7%)" in md


def test_corrupt_log_is_one_clear_error(tmp_path, capsys):
    bad = tmp_path / "corrupt.eval"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    out = tmp_path / "out"
    assert main(["report", str(bad), organism_logs()["clean"], "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "corrupt.eval" in err and err.startswith("schemeguard: error:")
    assert not (out / "report.md").exists()


def test_existing_report_survives_a_failed_rebuild(tmp_path):
    assert main(["report", organism_logs()["clean"], "--out", str(tmp_path)]) == 0
    before = (tmp_path / "report.md").read_text()
    (tmp_path / "bad.eval").write_bytes(b"garbage")
    assert main(["report", str(tmp_path / "bad.eval"), "--out", str(tmp_path)]) == 2
    assert (tmp_path / "report.md").read_text() == before


def test_sandbagging_section_compares_with_control(tmp_path, fake_family):
    report = build_report(rollout_table([organism_logs()["deferred"]]))
    [section] = [s for s in report.sections if s.title == "Sandbagging vs control"]
    row = [line for line in section.markdown.splitlines() if line.startswith("| fake_sandbagging/arithmetic")][0]
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[3] == "80/80"  # the control answers all 10 questions in 8 rollouts
    k = int(re.search(r"\((\d+)/8\)", cells[1]).group(1))
    assert cells[2] == f"{10 * (8 - k) + 3 * k}/80"
    assert float(cells[4]) < 0.05 and cells[5] == "8"


def test_models_are_reported_apart_and_sections_are_extensible(tmp_path, fake_family):
    table = pd.concat([rollout_table([organism_logs()["clean"]]), rollout_table([organism_logs()["deferred"]])])

    def n_rollouts(t, ctx):
        return Section("Rollout count", f"{len(t)} rollouts")

    report = build_report(table, sections=[*SECTIONS, n_rollouts])
    counts = [s for s in report.sections if s.title.endswith("Rollout count")]
    assert sorted(s.markdown for s in counts) == ["16 rollouts", "24 rollouts"]
    assert all("[CALIBRATION]" in s.title for s in report.sections)


def test_compare_two_log_sets(tmp_path, capsys):
    clean = organism_logs()["clean"]
    out = tmp_path / "cmp.md"
    assert main(["compare", clean, clean, "--out", str(out)]) == 0
    text = out.read_text()
    assert "CALIBRATION" in text and "| log_falsification |" in text
    assert "+0.000" in text and "Fisher p=1" in text
    assert rates_without_n(text) == []
    # B has coverage 1/6: below the floor, the comparison is FAILED
    assert main(["compare", clean, organism_logs()["broken"]]) == 1
    assert "B: coverage 1/6 — FAILED" in capsys.readouterr().out



def test_oversight_comparison_and_unfinished_log_warning():
    table = rollout_table([organism_logs()["clean"]])
    table["oversight"] = table["spec"].map({"none": "monitored", "on": "unmonitored"})
    table.loc[table.index[:3], "log_status"] = "cancelled"
    report = build_report(table)
    [section] = [s for s in report.sections if s.title == "Monitored vs unmonitored"]
    assert "oversight=monitored" in section.markdown and "| all (pooled over 1 family) |" in section.markdown
    assert rates_without_n(section.markdown) == []
    [overview] = [s for s in report.sections if s.title == "Overview"]
    assert "did not finish (cancelled)" in overview.markdown


def test_training_family_stays_out_of_the_average(fake_family):
    clean = rollout_table([organism_logs()["clean"]])
    held = rollout_table([organism_logs()["deferred"]]).assign(model_args=clean["model_args"].iloc[0], training=True)
    # two runs of one model configuration, pooled on purpose (by default they are reported apart)
    report = build_report(pd.concat([clean, held], ignore_index=True), sections=list(CORE_SECTIONS), pool_runs=True)
    [section] = [s for s in report.sections if s.title == "Covert-action rates per family"]
    assert "fake_sandbagging (training family, not in the average)" in section.markdown
    assert "(mean of 1 families, n=12)" in section.markdown
