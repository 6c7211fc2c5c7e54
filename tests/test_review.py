"""Review queue: export (HTML + JSONL), import round trip keeps every decision, bad decision
files are rejected whole, agreement and human-confirmed rates, and the CLI."""

import json
import re
from pathlib import Path

import pytest
from inspect_ai import eval as inspect_eval

from schemeguard.cli import main
from schemeguard.cot.analyze import analyze_logs
from schemeguard.review.queue import (
    ReviewError,
    agreement,
    export_queue,
    human_confirmed_rate,
    import_decisions,
    read_queue,
    review_path,
    reviews_for_logs,
)
from schemeguard.tasks import suite


@pytest.fixture(scope="module")
def logs(tmp_path_factory):
    log_dir = tmp_path_factory.mktemp("logs")
    [log] = inspect_eval(suite(families="log_falsification", followup="off"), model="organism/schemer", epochs=5,
                         model_args={"covert_rate": 0.5, "awareness_rate": 0.5, "seed": 2},
                         log_dir=str(log_dir), display="none", log_realtime=False, ctl_server=False)
    assert log.status == "success"
    return log_dir


def _decisions(queue: dict, path: Path) -> list[dict]:
    cycle = [True, False, None]
    rows = [{"review_id": rid, "confirmed_hit": cycle[i % 3], "aware": cycle[(i + 1) % 3],
             "fabricated_or_distorted": False, "note": f"note {i} <b>"} for i, rid in enumerate(queue)]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    return rows


def test_export_writes_self_contained_html_and_jsonl(logs, tmp_path):
    analysed, _ = analyze_logs([logs])
    jsonl, page, n = export_queue(analysed, tmp_path / "q")
    queue = read_queue(tmp_path / "q")
    flagged = analysed[(analysed["covert"].fillna(False).astype(bool)) | analysed["aware"]]
    assert n == len(queue) == len(flagged) > 0
    html = page.read_text()
    assert not re.search(r"""(src|href)=["']https?:""", html)  # no external assets
    for rid, item in queue.items():
        assert rid in html
        assert item["reasoning"] and item["flags"]
        if "covert_action" in item["flags"]:
            assert item["evidence"]["deliberate"], item  # organisms' covert CoT states its intent
    assert "<mark" in html


def test_import_round_trip_keeps_every_decision(logs, tmp_path):
    analysed, _ = analyze_logs([logs])
    export_queue(analysed, tmp_path / "q")
    queue = read_queue(tmp_path / "q")
    rows = _decisions(queue, tmp_path / "decisions.jsonl")
    written = import_decisions(tmp_path / "decisions.jsonl", tmp_path / "q")
    assert written == [review_path(analysed["log"].iloc[0])]
    back = reviews_for_logs(analysed["log"].unique()).set_index("review_id")
    assert len(back) == len(rows)
    for r in rows:
        got = back.loc[r["review_id"]]
        for field in ("confirmed_hit", "aware", "fabricated_or_distorted", "note"):
            assert (got[field] if got[field] is not None else None) == r[field], (field, got[field], r[field])

    # a second, partial import updates one decision and keeps the rest
    first = rows[0]["review_id"]
    (tmp_path / "update.jsonl").write_text(json.dumps({"review_id": first, "confirmed_hit": False}) + "\n")
    import_decisions(tmp_path / "update.jsonl", tmp_path / "q")
    back = reviews_for_logs(analysed["log"].unique()).set_index("review_id")
    assert len(back) == len(rows) and back.loc[first, "confirmed_hit"] is False

    # agreement and human-confirmed rate come from these decisions
    reviews = reviews_for_logs(analysed["log"].unique())
    ag = agreement(analysed, reviews, "confirmed_hit")
    assert ag.n == int(reviews["confirmed_hit"].notna().sum()) > 0
    human = human_confirmed_rate(analysed, reviews)
    said_yes = set(reviews.loc[reviews["confirmed_hit"].fillna(False).astype(bool), "review_id"])
    assert human.k == sum(1 for rid in said_yes if "covert_action" in queue[rid]["flags"])  # only covert rollouts
    assert human.n == int((analysed["status"].eq("measured") & analysed["covert"].fillna(False).astype(bool)).sum())


@pytest.mark.parametrize("line,message", [
    ("not json", "not JSON"),
    ('{"review_id": "nope", "confirmed_hit": true}', "unknown review_id"),
    ('{"review_id": "%s", "confirmed_hit": "yes"}', "must be true, false or null"),
])
def test_bad_decisions_rejected_whole_and_nothing_lost(logs, tmp_path, line, message):
    analysed, _ = analyze_logs([logs])
    export_queue(analysed, tmp_path / "q")
    queue = read_queue(tmp_path / "q")
    _decisions(queue, tmp_path / "good.jsonl")
    import_decisions(tmp_path / "good.jsonl", tmp_path / "q")
    before = review_path(analysed["log"].iloc[0]).read_text()
    first = next(iter(queue))
    bad = json.dumps({"review_id": first, "confirmed_hit": True}) + "\n" + (line % first if "%s" in line else line) + "\n"
    (tmp_path / "bad.jsonl").write_text(bad)
    with pytest.raises(ReviewError, match=message):
        import_decisions(tmp_path / "bad.jsonl", tmp_path / "q")
    assert review_path(analysed["log"].iloc[0]).read_text() == before  # the valid first line was not applied either


def test_cli_export_import_and_report(logs, tmp_path, capsys):
    assert main(["review", "export", str(logs), "--out", str(tmp_path / "q")]) == 0
    queue = read_queue(tmp_path / "q")
    _decisions(queue, tmp_path / "d.jsonl")
    assert main(["review", "import", str(tmp_path / "d.jsonl"), "--queue", str(tmp_path / "q")]) == 0
    (tmp_path / "bad.jsonl").write_text("{oops\n")
    assert main(["review", "import", str(tmp_path / "bad.jsonl"), "--queue", str(tmp_path / "q")]) == 2
    assert "not JSON" in capsys.readouterr().err
    assert main(["analyze", str(logs)]) == 0
    assert list(Path(logs).glob("*.cot.jsonl"))
    assert main(["report", str(logs), "--out", str(tmp_path / "rep")]) in (0, 1)
    report = (tmp_path / "rep" / "report.md").read_text()
    for title in ("Evaluation awareness (CoT)", "OBSERVATIONAL", "Failure modes and confirmed hits",
                  "Human-confirmed hits", "detector–human agreement", "CoT legibility"):
        assert title in report
