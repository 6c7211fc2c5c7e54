"""Builds the 1-7 -> 8 split for exp.py / exp2.py: training pool = organism runs + adversarial corpus + red-team
batches 1-7; 'fresh' = batch 8. Batches >= 9 are excluded before anything is played (never loaded into a set).
Run from the repository root: .venv/bin/python benchmarks/monitors_experiments/cache.py ORGANISM_LOG_DIR"""
import glob, os, pickle, sys, time
sys.path.insert(0, "benchmarks"); sys.path.insert(0, ".")
import monitors as bm


def part_1_to_8(item) -> str:
    if item.batch >= 9:
        return "excluded"  # sealed / held out: never part of these experiments
    if item.batch == 8:
        return "fresh"
    return "inspected" if bm.dev_half(item.id) else "held_out"


bm.redteam_part = part_1_to_8
bm.FRESH_BATCH = 8  # labels only ("batches 1-7")
os.makedirs("/tmp/monitors_experiments", exist_ok=True)
t0 = time.time()
pool = bm.training_pool(sorted(glob.glob(os.path.join(sys.argv[1], "*.eval"))))
fb: list[int] = []
fresh = bm.redteam_set("fresh", fb)
assert set(fb) == {8} and not any(b >= 8 for b in pool.batches)
print("pool", len(pool.y), "batch 8", len(fb), round(time.time() - t0), "s", flush=True)
pickle.dump((pool, fresh, fb), open("/tmp/monitors_experiments/sets.pkl", "wb"))
