"""Build a report from a rollout table and write report.md + a self-contained report.html.

One block of sections per model configuration (model + model args): rates of different models
are never pooled. The HTML embeds its plots as base64 PNG; the markdown links the same PNGs,
written to `figures/` beside it. Files are written to a temporary name and renamed, so a failure
never leaves a half-written report over an earlier one.
"""

from __future__ import annotations

import base64
import html
import os
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Sequence

import pandas as pd
from markdown_it import MarkdownIt

from schemeguard.analysis.stats import DEFAULT_COVERAGE_FLOOR, check_coverage
from schemeguard.analysis.table import provenance_of
from schemeguard.report.cot_sections import COT_SECTIONS
from schemeguard.report.sections import (
    CALIBRATION_BANNER,
    CORE_SECTIONS,
    ReportContext,
    Section,
    SectionFn,
    is_calibration,
)

# What a report contains, in order: the one list (a new analysis adds its tuple of sections here;
# `build_report(sections=...)` takes any other list).
SECTIONS: tuple[SectionFn, ...] = (*CORE_SECTIONS, *COT_SECTIONS)


@dataclass
class Report:
    title: str
    sections: list[Section]
    failed: bool  # some run's coverage is below the floor, or a run is incomplete
    calibration: bool  # some run is a model organism
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # evidence dropped (duplicates, superseded attempts)
    incomplete: bool = False  # some run's log did not finish

    @property
    def status(self) -> str:
        return "INCOMPLETE" if self.incomplete else "FAILED" if self.failed else "OK"


def model_configurations(table: pd.DataFrame) -> list[tuple[str, str]]:
    return sorted(set(zip(table["model"], table["model_args"])))


def report_groups(table: pd.DataFrame, pool_runs: bool = False) -> list[tuple[str, pd.DataFrame]]:
    """(label, rows) per model configuration; a configuration with several separate runs (e.g. two
    complete `eval` runs in one directory) is split per run unless `pool_runs`: never merged silently."""
    out = []
    for model, args in model_configurations(table):
        sub = table[(table["model"] == model) & (table["model_args"] == args)]
        label = model + ("" if args == "{}" else f" {args}")
        runs = list(dict.fromkeys(sub["run"]))
        if pool_runs or len(runs) < 2:
            out.append((label + (f" (pooled over {len(runs)} runs)" if len(runs) > 1 else ""), sub))
        else:
            out += [(f"{label} run {run}", sub[sub["run"] == run]) for run in runs]
    return out


def build_report(table: pd.DataFrame, coverage_floor: float = DEFAULT_COVERAGE_FLOOR, seed: int = 0,
                 sections: Sequence[SectionFn] = SECTIONS, title: str = "schemeguard report",
                 pool_runs: bool = False) -> Report:
    provenance = provenance_of(table)
    if table.empty and not provenance.incomplete:
        raise ValueError("no rollouts in these logs: nothing to report")
    configs = report_groups(table, pool_runs)
    out: list[Section] = []
    problems: list[str] = provenance.incomplete_notes()
    if table.empty:
        out.append(Section("Overview", "\n".join(f"- {p}" for p in problems) + "\n\nNo rollouts to rate."))
    for label, sub in configs:
        ctx = ReportContext(coverage_floor=coverage_floor, seed=seed, label=label)
        check = check_coverage(sub[~sub["control"]], coverage_floor)
        problems += [f"{label}: {p}" for p in check.problems]
        tag = " [CALIBRATION]" if is_calibration(sub) else ""
        for fn in sections:
            section = fn(sub, ctx)
            if section is None:
                continue
            if len(configs) > 1:
                section.title = f"{label}{tag} — {section.title}"
            out.append(section)
    return Report(title, out, bool(problems), is_calibration(table), problems, provenance.notes(),
                  bool(provenance.incomplete))


def to_markdown(report: Report, figure_dir: str = "figures") -> str:
    lines = [f"# {report.title}", "",
             f"Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}. "
             f"Status: **{report.status}**.", ""]
    if report.calibration:
        lines += [f"> {CALIBRATION_BANNER}", ""]
    if report.notes:
        lines += ["Evidence:", "", *[f"- {n}" for n in report.notes], ""]
    for section in report.sections:
        lines += [f"## {section.title}", "", section.markdown.strip(), ""]
        for fig in section.figures:
            lines += [f"![{fig.caption}]({figure_dir}/{fig.name}.png)", ""]
    return "\n".join(lines)


CSS = """
body { font-family: system-ui, sans-serif; max-width: 1100px; margin: 2em auto; padding: 0 1em; color: #222; }
table { border-collapse: collapse; margin: 0.8em 0; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; text-align: left; }
th { background: #f3f3f3; }
blockquote { border-left: 6px solid #d6604d; background: #fdf0ec; margin: 1em 0; padding: 0.6em 1em; }
.status-FAILED { color: #fff; background: #b2182b; padding: 0.1em 0.5em; }
.status-INCOMPLETE { color: #fff; background: #b2182b; padding: 0.1em 0.5em; }
.status-OK { color: #fff; background: #1b7837; padding: 0.1em 0.5em; }
.calibration { font-size: 1.2em; border: 3px solid #b2182b; padding: 0.8em; margin: 1em 0; background: #fdf0ec; }
figure img { max-width: 100%; }
figcaption { font-size: 0.85em; color: #555; }
"""


def to_html(report: Report) -> str:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")  # no raw HTML from log text
    status = report.status
    parts = [
        "<!DOCTYPE html>", "<html><head><meta charset='utf-8'>",
        f"<title>{html.escape(report.title)}</title><style>{CSS}</style></head><body>",
        f"<h1>{html.escape(report.title)}</h1>",
        f"<p>Generated {datetime.now(timezone.utc):%Y-%m-%d %H:%M UTC}. "
        f"Status: <span class='status-{status}'>{status}</span></p>",
    ]
    if report.calibration:
        parts.append(f"<div class='calibration'>{md.renderInline(CALIBRATION_BANNER)}</div>")
    if report.notes:
        parts.append(md.render("Evidence:\n\n" + "\n".join(f"- {n}" for n in report.notes)))
    for section in report.sections:
        parts += [f"<h2>{html.escape(section.title)}</h2>", md.render(section.markdown)]
        for fig in section.figures:
            data = base64.b64encode(fig.png).decode()
            parts.append(f"<figure><img alt='{html.escape(fig.caption)}' src='data:image/png;base64,{data}'>"
                         f"<figcaption>{html.escape(fig.caption)}</figcaption></figure>")
    parts.append("</body></html>")
    return "\n".join(parts)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def write_report(report: Report, out_dir: str | Path) -> list[Path]:
    """Write report.md, report.html and figures/*.png; return the paths written."""
    out = Path(out_dir)
    (out / "figures").mkdir(parents=True, exist_ok=True)
    written = []
    for section in report.sections:
        for fig in section.figures:
            path = out / "figures" / f"{fig.name}.png"
            _write_atomic(path, fig.png)
            written.append(path)
    for name, text in (("report.md", to_markdown(report)), ("report.html", to_html(report))):
        _write_atomic(out / name, text.encode())
        written.append(out / name)
    return written
