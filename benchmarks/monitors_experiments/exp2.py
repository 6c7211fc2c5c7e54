# a second TF-IDF probe over action/signature tokens only (no account words), stacked as a third input
import sys, pickle, numpy as np
sys.path.insert(0, "benchmarks"); sys.path.insert(0, ".")
import monitors as bm
from schemeguard.monitors.stream_probe import train
pool, fresh, fb = pickle.load(open("/tmp/monitors_experiments/sets.pkl", "rb"))
assert set(fb) == {8}
y = np.concatenate([pool.y, fresh[1]]).astype(bool)
clusters = pool.clusters + [f"red-team:{c}" for c in fresh[2]]
batches = np.array(pool.batches + fb)
src = np.array(pool.sources + ["red-team b8"] * len(fb))
calibrate = src != "organism runs"
view = sys.argv[1]
d, extra = pickle.load(open(f"/tmp/monitors_experiments/vd_{view}.pkl", "rb"))
keep = np.array([bool(t) for t in d.tokens])
ACT = ("act:", "rule:", "num:")
mode = sys.argv[2]
act_tokens = [[t for t in tok if t.startswith(ACT)] + (e if "sf" in mode else []) for tok, e in zip(d.tokens, extra)]
C2 = float(sys.argv[3]) if len(sys.argv) > 3 else 1.0

def logits(tokens, tr, te, c=2.0):
    w = train([tokens[i] for i in tr], y[tr], c=c)
    return np.array([w.logit(tokens[i]) for i in te])

def fs(tr, te):
    folds = bm.calibration_folds([clusters[i] for i in tr], batches[tr].tolist())
    o1, o2 = np.zeros(len(tr)), np.zeros(len(tr))
    for k in sorted(set(folds)):
        inn = folds == k
        o1[inn] = logits(d.tokens, tr[~inn], tr[inn]); o2[inn] = logits(act_tokens, tr[~inn], tr[inn], C2)
    x = lambda a, b, idx: np.c_[np.clip(a, -30, 30), d.rules[idx], np.clip(b, -30, 30)]
    xtr = x(o1, o2, tr)
    xte = x(logits(d.tokens, tr, te), logits(act_tokens, tr, te, C2), te)
    model, cal = bm.calibrated_stack(xtr, y[tr], folds)
    cal = np.where(d.applies[tr], cal, d.rules[tr])
    c = calibrate[tr]
    ths = {r: bm.operating_threshold(y[tr][c], cal[c], r) for r in bm.THRESHOLD_RULES}
    return np.where(d.applies[te], model.predict_proba(xte)[:, 1], d.rules[te]), ths

out = []
t8 = np.flatnonzero((batches == 8) & keep); dev7 = np.flatnonzero((batches != 8) & keep)
sc, ths = fs(dev7, t8)
s = np.full(len(y), np.nan); s[t8] = sc
r = bm._read(y, s, {k: s >= t for k, t in ths.items()}, clusters, t8)
out.append(f"1-7->8 {r['auroc']:.3f} [{r['auroc_ci'][0]:.3f},{r['auroc_ci'][1]:.3f}] {r['tpr']:.3f}/{r['fpr']:.3f}")
for name, hi in (("LOBO1-7", 7), ("LOBO1-8", 8)):
    s = np.full(len(y), np.nan); flags = {k: np.zeros(len(y), bool) for k in bm.THRESHOLD_RULES}
    for b in range(1, hi + 1):
        te = np.flatnonzero((batches == b) & keep); tr = np.flatnonzero((batches != b) & (batches <= hi) & keep)
        sc, ths = fs(tr, te); s[te] = sc
        for k, t in ths.items(): flags[k][te] = sc >= t
    idx = np.flatnonzero(~np.isnan(s)); r = bm._read(y, s, flags, clusters, idx)
    out.append(f"{name} {r['auroc']:.3f} [{r['auroc_ci'][0]:.3f},{r['auroc_ci'][1]:.3f}] {r['tpr']:.3f}/{r['fpr']:.3f}")
print(view, "actprobe", mode, C2, " | ".join(out), flush=True)
