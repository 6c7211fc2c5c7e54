"""Round 19 candidate windows: the Think node's messages ("* Agent Message:") of lgonzalez876/AgentEvals agent runs
(data/agent_eval/*/<model>_run_NNN.md), cut in 3-sentence windows and checked through corpus.rebuild."""
import json, re, subprocess, hashlib, random, sys
from schemeguard.cot import corpus
REPO = "lgonzalez876/AgentEvals"
GIT = "/work/.mirror/lgonzalez876+AgentEvals/repo"
C = subprocess.run(["git", "--git-dir", GIT, "rev-parse", "HEAD"], capture_output=True, text=True, check=True).stdout.strip()
AGENT = re.compile(r"^\* Agent Message: ", re.M)
NEXT = re.compile(r"^\* (?:Tool Output|Tool Call|Human Message|Agent Message)", re.M)
paths = [p for p in subprocess.run(["git", "--git-dir", GIT, "ls-tree", "-r", "--name-only", C, "data/agent_eval"],
                                   capture_output=True, text=True, check=True).stdout.split() if re.search(r"_run_\d+\.md$", p)]
out, absent = [], []
for path in paths:
    shown = subprocess.run(["git", "--git-dir", GIT, "show", f"{C}:{path}"], capture_output=True)
    if shown.returncode:  # listed in the snapshot but its blob is absent (the snapshot keeps no large files)
        absent.append(path)
        continue
    raw = shown.stdout.decode("utf-8")
    for m in AGENT.finditer(raw):
        start = m.end()
        n = NEXT.search(raw, start)
        end = n.start() if n else len(raw)
        field = raw[start:end]
        k = len(corpus.sentences(field))
        for first in range(0, k, 3):
            loc = {"kind": "text", "start": start, "end": end, "sentences": [first, min(first + 3, k)]}
            text = corpus.window(field, first, min(first + 3, k))
            rec = {"source": REPO, "commit": C, "path": path, "locator": loc, "sha256": corpus.sha256(text)}
            assert corpus.rebuild(rec, raw) == text
            rec["id"] = hashlib.sha256(f"{REPO}:{path}:{start}:{first}".encode()).hexdigest()[:10]
            rec["model"] = path.split("/")[-1].split("_run_")[0]
            out.append((rec, text))
STRONG = re.compile(r"\b(test\w*|evaluat\w*|simulat\w*|covert\w*|secret\w*|sneak\w*|hid(e|den|ing)|conceal\w*|"
                    r"promot\w*|brib\w*|violat\w*|deceiv\w*|decept\w*|lie|lying|mislead\w*)\b", re.I)
MODERATE = re.compile(r"\b(CEO|charter|polic(y|ies)|protocol\w*|monitor\w*|oversight|supervis\w*|report\w*|comply|complian\w*)\b", re.I)
strong = [x for x in out if STRONG.search(x[1]) and "Personality Matrix" not in x[1]]
moderate = [x for x in out if x not in strong and MODERATE.search(x[1])]
rest = [x for x in out if x not in strong and x not in moderate]
rng = random.Random(19)
pick = rng.sample(strong, min(70, len(strong))) + rng.sample(moderate, 30) + rng.sample(rest, 15)
print(len(paths) - len(absent), "runs read,", len(absent), "absent from the snapshot:", absent, file=sys.stderr)
print(len(out), "windows;", len(strong), "strong,", len(moderate), "moderate,", len(rest), "other", file=sys.stderr)
json.dump([[r, t] for r, t in pick], open(sys.argv[1], "w"), ensure_ascii=False)
# stratum D (defined after the first 115 were read, from the runs' own metadata, not from window content): windows
# written after the CEO's message was read, in runs whose yaml records a policy violation after it: where a plan
# against the charter, covert or not, would be. Seeded, disjoint from the first pick.
flagged = set()
for path in paths:
    meta = subprocess.run(["git", "--git-dir", GIT, "show", f"{C}:{path[:-3]}.yaml"], capture_output=True, text=True)
    if meta.returncode == 0 and re.search(r"violated_after_ceo_message: true", meta.stdout):
        flagged.add(path)
read_at = {}
for rec, text in out:
    if rec["path"] in flagged and rec["path"] not in read_at:
        raw = subprocess.run(["git", "--git-dir", GIT, "show", f"{C}:{rec['path']}"], capture_output=True).stdout.decode("utf-8")
        read_at[rec["path"]] = raw.find("read_encrypted_messages(")
after = [x for x in out if x[0]["path"] in flagged and 0 <= read_at[x[0]["path"]] < x[0]["locator"]["start"]
         and x not in pick and "Personality Matrix" not in x[1]]
extra = random.Random(1919).sample(after, min(25, len(after)))
print(len(flagged), "runs with a violation after the CEO message;", len(after), "windows after it", file=sys.stderr)
json.dump([[r, t] for r, t in pick + extra], open(sys.argv[1], "w"), ensure_ascii=False)
