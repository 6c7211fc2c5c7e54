# CPU ms per transcript of the default set (action view), old vs new weights, interleaved rounds, one process
import sys, json, time, itertools
sys.path.insert(0, "benchmarks"); sys.path.insert(0, ".")
import monitors as bm
from schemeguard.monitors.base import view_of
from schemeguard.monitors.default import DefaultSet
from schemeguard.monitors.stream_probe import load
old = load(json.load(open("/tmp/monitors_experiments/weights_before.json")))
new = load(json.load(open("src/schemeguard/monitors/stream_probe_weights.json")))
ts, _ = bm.reference_transcripts()
batch = list(itertools.islice(itertools.cycle(ts), 300))
res = {"old": [], "new": []}
for r in range(4):
    for name, w in (("old", old), ("new", new)) if r % 2 == 0 else (("new", new), ("old", old)):
        m = DefaultSet(weights=w)
        views = [view_of(t, "action") for t in batch]
        c = time.process_time()
        for v in views: m.score(v)
        res[name].append(1000 * (time.process_time() - c) / len(batch))
print({k: [round(x, 2) for x in v] for k, v in res.items()}, "vocab", len(old["action"].probe.vocabulary), len(new["action"].probe.vocabulary))
