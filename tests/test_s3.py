"""Logs on object storage: every command reads and writes s3:// log locations, tested against a local
S3-compatible server (moto in server mode) that the test starts; no credential reaches a log."""

from __future__ import annotations

import gzip
import socket
from pathlib import Path

import pandas as pd
import pytest
from inspect_ai.log import read_eval_log

from schemeguard.analysis.table import rollout_table
from schemeguard.cli import main

moto_server = pytest.importorskip("moto.server")
boto3 = pytest.importorskip("boto3")

KEY_ID, SECRET = "sg-test-key-id-5c1e", "sg-test-secret-8d1f0a"
BUCKET = "sg-logs"
EXAMPLE_POLICY = Path(__file__).parents[1] / "examples" / "policy.yaml"


@pytest.fixture()
def s3(monkeypatch):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    # credentials only in the environment (worker processes inherit it), as a user would set them
    for name, value in (("AWS_ACCESS_KEY_ID", KEY_ID), ("AWS_SECRET_ACCESS_KEY", SECRET),
                        ("AWS_DEFAULT_REGION", "us-east-1"), ("AWS_ENDPOINT_URL", endpoint)):
        monkeypatch.setenv(name, value)
    client = boto3.client("s3", endpoint_url=endpoint)
    client.create_bucket(Bucket=BUCKET)
    yield client
    server.stop()


@pytest.mark.slow
def test_every_command_works_on_s3_logs_and_no_credential_is_stored(s3, tmp_path):
    logs = f"s3://{BUCKET}/runs/a"
    assert main(["eval", "--families", "log_falsification,sandbagging_unlearning", "--epochs", "2", "-M", "seed=2",
                 "--workers", "2", "--log-dir", logs, "--display", "none"]) == 0
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
    evals = sorted(k for k in keys if k.endswith(".eval"))
    assert len(evals) == 2 and all(k + ".rollouts.jsonl.gz" in keys for k in evals)
    assert "runs/a/schemeguard-run.json" in keys

    # the same table from object storage and from a local copy (sidecars checked against the log there too)
    local = tmp_path / "copy"
    for key in keys:
        (local / key).parent.mkdir(parents=True, exist_ok=True)
        s3.download_file(BUCKET, key, str(local / key))
    columns = ["sample_id", "epoch", "status", "covert", "details", "reasoning"]
    remote_table = rollout_table([logs]).sort_values(["sample_id", "epoch"]).reset_index(drop=True)
    assert len(remote_table) == 18 and remote_table["status"].eq("measured").all()
    pd.testing.assert_frame_equal(remote_table[columns], rollout_table([local / "runs" / "a"])
                                  .sort_values(["sample_id", "epoch"]).reset_index(drop=True)[columns])

    one_log = f"s3://{BUCKET}/{evals[0]}"
    assert main(["report", logs, "--out", str(tmp_path / "report")]) == 0
    assert (tmp_path / "report" / "report.md").exists()
    assert main(["compare", one_log, logs, "--out", str(tmp_path / "compare.md")]) == 0
    assert main(["analyze", logs]) == 0
    assert main(["monitor", "run", logs]) == 0
    assert main(["gate", logs, "--policy", str(EXAMPLE_POLICY), "--out", str(tmp_path / "gate")]) in (0, 1)
    assert main(["report", f"s3://{BUCKET}/runs/missing", "--out", str(tmp_path / "r2")]) == 2  # one clear error

    keys = [o["Key"] for o in s3.list_objects_v2(Bucket=BUCKET)["Contents"]]
    assert any(k.endswith(".cot.jsonl") for k in keys) and any(k.endswith(".monitors.jsonl") for k in keys)
    for key in keys:  # every object, decompressed (an .eval log is a zstd ZIP: read it whole)
        body = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read()
        if key.endswith(".gz"):
            body = gzip.decompress(body)
        elif key.endswith(".eval"):
            body = read_eval_log(f"s3://{BUCKET}/{key}").model_dump_json().encode()
        assert SECRET.encode() not in body and KEY_ID.encode() not in body, key
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert SECRET.encode() not in path.read_bytes(), path
