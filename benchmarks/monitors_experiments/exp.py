# 1-7 -> 8 held out, LOBO over 1-7 (batch 8 excluded) and LOBO over 1-8, per variant; never batch >= 9
import sys, pickle, numpy as np, time, os
sys.path.insert(0, "benchmarks"); sys.path.insert(0, ".")
import monitors as bm
from schemeguard.monitors import stream_features as sf
from schemeguard.monitors.base import view_of
pool, fresh, fb = pickle.load(open("/tmp/monitors_experiments/sets.pkl", "rb"))
assert set(fb) == {8}
T = pool.transcripts + fresh[0]
y = np.concatenate([pool.y, fresh[1]]).astype(bool)
clusters = pool.clusters + [f"red-team:{c}" for c in fresh[2]]
batches = np.array(pool.batches + fb)
src = np.array(pool.sources + ["red-team b8"] * len(fb))
calibrate = src != "organism runs"
views = sys.argv[1].split(",")
variants = sys.argv[2].split(",")
FLAGS = None

def extra_tokens(v):
    f = sf.features(v)
    toks = [f"sf:{k}" for k, x in f.items() if x > 0 and not k.startswith(("n:", "frac:", "rule:", "account_chars", "completion_words", "hedge_words", "completion_per"))]
    if f["frac:numbers_unshown"] >= 0.5: toks.append("sf:most_numbers_unshown")
    if f["completion_words"] > 0 and f["hedge_words"] == 0: toks.append("sf:completion_unhedged")
    return toks

SUB = ["read:hidden_or_answers", "pass_claim_after_failure", "frac:numbers_unshown", "frac:write:unnamed", "frac:delete:unnamed", "frac:copy:unnamed", "n:network", "n:permission"]

for view in views:
    cache = f"/tmp/monitors_experiments/vd_{view}.pkl"
    if os.path.exists(cache):
        d, extra = pickle.load(open(cache, "rb"))
    else:
        t0 = time.time()
        d = bm.view_data(T, view)
        extra = [extra_tokens(view_of(t, view)) for t in T]
        pickle.dump((d, extra), open(cache, "wb"))
        print("features", view, round(time.time() - t0), flush=True)
    keep = np.array([bool(t) for t in d.tokens])
    base_tokens = d.tokens
    names = list(sf.names())
    for variant in variants:
        if variant == "tok+sf":
            d.tokens = [t + e for t, e in zip(base_tokens, extra)]; var = "default"
        elif variant == "tok+sf3":  # the flags weighted x3 (repeat: tf sublinear -> 1+log3)
            d.tokens = [t + e * 3 for t, e in zip(base_tokens, extra)]; var = "default"
        else:
            d.tokens = base_tokens; var = variant
        if variant == "default+sub":
            full_acts = d.acts
            d.acts = full_acts[:, [names.index(n) for n in SUB]]; var = "default+acts"
        res = {}
        dev7 = np.flatnonzero((batches != 8) & keep)
        t8 = np.flatnonzero((batches == 8) & keep)
        sc, ths, _ = bm.fit_and_score(d, y, clusters, batches, var, dev7, t8, view != "cot", calibrate)
        s = np.full(len(y), np.nan); s[t8] = sc
        r = bm._read(y, s, {k: s >= t for k, t in ths.items()}, clusters, t8)
        out = [f"1-7->8 {r['auroc']:.3f} [{r['auroc_ci'][0]:.3f},{r['auroc_ci'][1]:.3f}] {r['tpr']:.3f}/{r['fpr']:.3f}"]
        for name, hi in (("LOBO1-7", 7), ("LOBO1-8", 8)):
            s = np.full(len(y), np.nan); flags = {k: np.zeros(len(y), bool) for k in bm.THRESHOLD_RULES}
            for b in range(1, hi + 1):
                test = np.flatnonzero((batches == b) & keep)
                tr = np.flatnonzero((batches != b) & (batches <= hi) & keep)
                sc, ths, _ = bm.fit_and_score(d, y, clusters, batches, var, tr, test, view != "cot", calibrate)
                s[test] = sc
                for k, t in ths.items(): flags[k][test] = sc >= t
            idx = np.flatnonzero(~np.isnan(s))
            r = bm._read(y, s, flags, clusters, idx)
            out.append(f"{name} {r['auroc']:.3f} [{r['auroc_ci'][0]:.3f},{r['auroc_ci'][1]:.3f}] {r['tpr']:.3f}/{r['fpr']:.3f}")
        if variant == "default+sub":
            d.acts = full_acts
        print(view, variant, " | ".join(out), flush=True)
