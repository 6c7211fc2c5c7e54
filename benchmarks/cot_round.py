"""Score one CoT corpus round (passages.jsonl or pending.jsonl) with the instruments as they stand: the awareness rules and
shipped classifier, the intent rules, shipped classifier and shipped default (`deliberate_evidence`), the spec-citation rules and classifier, overall, on the
round's seeded held-out selection (records with `heldout`) and on the rest. Run before anything is developed on a new
round: that is its frozen figure (`validation.SEALED_HISTORY`). Usage: python -m benchmarks.cot_round 16
"""
import sys, json
from schemeguard.cot import corpus
from schemeguard.cot.awareness import detect_rules
from schemeguard.cot.confirmed import deliberate_spans, deliberate_evidence
from schemeguard.cot.classifier import shipped
from schemeguard.cot.spec_reasoning import analyse_spec
rnd = int(sys.argv[1])
ps = [p for p in corpus.available(corpus.passages(pending=True)) if p.record.get("round") == rnd]
clf = shipped()
rows = []
for p in ps:
    aw_r = bool(detect_rules(p.text).aware)
    aw_c = clf["eval_aware"].probability(p.text) >= clf["eval_aware"].threshold
    in_r = bool(deliberate_spans(p.text))
    in_d = bool(deliberate_evidence(p.text))
    in_c = clf["covert_intent"].probability(p.text) >= clf["covert_intent"].threshold
    sp_r = bool(analyse_spec(p.text).cites_rules)
    sp_c = clf["spec_citation"].probability(p.text) >= clf["spec_citation"].threshold
    rows.append(dict(id=p.id, held="heldout" in p.record, hard=p.hard_negative, aw=p.labels["eval_aware"], ci=p.labels["covert_intent"],
                     sc=p.labels["spec_citation"], aw_r=aw_r, aw_c=aw_c, in_r=in_r, in_c=in_c, in_d=in_d, sp_r=sp_r, sp_c=sp_c))
def tally(rs, lab, pred):
    tp = sum(r[lab] and r[pred] for r in rs); pos = sum(r[lab] for r in rs)
    fp = sum((not r[lab]) and r[pred] for r in rs); neg = len(rs) - pos
    hfp = sum(r["hard"] and r[pred] for r in rs); hn = sum(r["hard"] for r in rs)
    return f"{tp}/{pos} FA {fp}/{neg} (hard {hfp}/{hn})"
for name, sub in (("all", rows), ("held-out third", [r for r in rows if r["held"]]), ("development", [r for r in rows if not r["held"]])):
    print(f"round {rnd} {name} ({len(sub)} passages)")
    for lab, preds in (("aw", ("aw_r", "aw_c")), ("ci", ("in_r", "in_c", "in_d")), ("sc", ("sp_r", "sp_c"))):
        print("  ", lab, "; ".join(f"{p} {tally(sub, lab, p)}" for p in preds))

