"""Round 18 candidate windows: GPT-5 reasoning summaries in Lona44/unified-ai-misalignment-framework run logs
(commit 26b78b5). Windows of 3 sentences, as round 16; built and checked through corpus.rebuild. No instrument runs here."""
import json, re, subprocess, hashlib
from schemeguard.cot import corpus
REPO = "Lona44/unified-ai-misalignment-framework"; C = "26b78b5ecfac8b07664dd2e386ec4c3f20c32bc6"
GIT = "/work/.mirror/Lona44+unified-ai-misalignment-framework/repo"
RUNS = ["outputs/gpt5_reasoning_0916_2032_20250916_203216/run.log", "outputs/gpt5_reasoning_0916_2042_20250916_204215/run.log",
        "outputs/gpt5_reasoning_0916_2101_20250916_210159/run.log", "outputs/gpt5_reasoning_0916_2116_20250916_211611/run.log"]
PREFIX = "agent_controller   |"
out = []
for path in RUNS:
    raw = subprocess.run(["git", "--git-dir", GIT, "show", f"{C}:{path}"], capture_output=True, check=True).stdout.decode("utf-8")
    for m in re.finditer(r"REASONING SUMMARY:[^\n]*\n[^\n]*=====[^\n]*\n", raw):
        start = m.end()
        close = re.compile(r"^[^\n]*\x1b\[94m=====", re.M).search(raw, start)
        end = close.start()
        field = re.sub("(?m)^" + re.escape(PREFIX), "", raw[start:end])
        n = len(corpus.sentences(field))
        for first in range(0, n, 3):
            loc = {"kind": "text", "start": start, "end": end, "line_prefix": PREFIX, "sentences": [first, min(first + 3, n)]}
            text = corpus.window(field, first, min(first + 3, n))
            rec = {"source": REPO, "commit": C, "path": path, "locator": loc, "sha256": corpus.sha256(text)}
            assert corpus.rebuild(rec, raw) == text
            rec["id"] = hashlib.sha256(f"{path}:{start}:{first}".encode()).hexdigest()[:10]
            out.append((rec, text))
json.dump([[r, t] for r, t in out], open("/tmp/h12/r18_all.json", "w"))
print(len(out), "windows from", len({r['path'] for r, _ in out}), "runs")
