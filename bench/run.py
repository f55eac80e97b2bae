#!/usr/bin/env python3
"""Benchmarks, side by side, written to bench/REPORT.md (`make bench`).

- generation of the full reference spec and of Specs/ with a release build of `gen` (fresh output
  folder each run, and a no-op run into an up-to-date folder); wall time and peak RSS;
- the same spec through OpenAPI Generator's swift6 generator (PyPI `openapi-generator-cli`), and the ratio;
- clean debug builds of both generated SDKs (BENCH_COMPILE=0 skips them);
- the runtime benchmark in bench/Sources/runtime-bench;
- the client's own CPU time per call, with the gateway in a separate process (bench/Sources/client-bench).

Environment: BENCH_RUNS (default 7), OAG_RUNS (default 3).
"""
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = (ROOT.parent / "shared" / "reference" / "alipay-v3-openapi.yaml").resolve()
RUNS = int(os.environ.get("BENCH_RUNS", "7"))
OAG_RUNS = int(os.environ.get("OAG_RUNS", "3"))
COMPILE = os.environ.get("BENCH_COMPILE", "1") != "0"
SCRATCH = Path(tempfile.mkdtemp(prefix="alipay-bench-"))


def sh(command, cwd=ROOT, check=True, env=None):
    result = subprocess.run(command, cwd=cwd, shell=True, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        sys.exit(f"bench: `{command}` failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def timed(command, cwd=ROOT):
    """Wall seconds and peak RSS (MB) of one run, from /usr/bin/time -v.

    Dirty pages of the runs before are written out first (not timed), so that the kernel's
    writeback of an earlier run's files does not land in this one.
    """
    os.sync()
    result = sh(f"/usr/bin/time -v {command}", cwd=cwd)
    wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)", result.stderr)
    hours, minutes, seconds = wall.groups()
    rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", result.stderr).group(1))
    result.cpu = (float(re.search(r"User time \(seconds\): ([\d.]+)", result.stderr).group(1)),
                  float(re.search(r"System time \(seconds\): ([\d.]+)", result.stderr).group(1)))
    return int(hours or 0) * 3600 + int(minutes) * 60 + float(seconds), rss / 1024, result


def stats(samples):
    return statistics.median(samples), min(samples), max(samples)


def row(name, walls, rsss, note=""):
    median, low, high = stats(walls)
    return f"| {name} | {len(walls)} | {median:.3f} s | {low:.3f} – {high:.3f} s | {statistics.median(rsss):.0f} MB | {note} |"


def main():
    lines = ["# Benchmarks", ""]
    machine = sh("nproc").stdout.strip()
    load = open("/proc/loadavg").read().split()[:3]
    lines += [
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on this machine ({machine} cores, load average "
        f"{' '.join(load)} at the start), with `make bench` (bench/run.py). Medians of several runs; these machines are "
        "noisy, so compare the ratios of runs made side by side in the same report.",
        "",
    ]

    sh("swift build -c release --product gen")
    gen = Path(sh("swift build -c release --show-bin-path").stdout.strip()) / "gen"

    lines += ["## Generation", "", "| what | runs | median | min – max | peak RSS | note |", "| --- | ---: | ---: | ---: | ---: | --- |"]
    results = {}
    # Every run writes a new folder and nothing is deleted until the end: on this machine's ext4,
    # creating files right after thousands were deleted is several times slower (the allocator skips
    # recently deleted inodes), which would measure the file system's bookkeeping, not `gen`.
    for series, (label, spec) in enumerate([("full reference spec (YAML)", REFERENCE), ("full reference spec (JSON)", REFERENCE.with_suffix(".json")), ("Specs/", ROOT / "Specs")]):
        if not Path(spec).exists():
            lines.append(f"| {label} | 0 | – | – | – | {spec} is absent |")
            continue
        timed(f"{gen} {spec} --output {SCRATCH / f'warmup-{series}'} --quiet")
        walls, rsss, cpus, stages = [], [], [], None
        for index in range(RUNS):
            out = SCRATCH / f"gen-{series}-{index}"
            wall, rss, result = timed(f"{gen} {spec} --output {out} --timings")
            walls.append(wall)
            rsss.append(rss)
            cpus.append(result.cpu)
            stages = result.stdout.strip().splitlines()[-1]
            summary = result.stdout.strip().splitlines()[0]
        results[label] = statistics.median(walls)
        lines.append(row(f"{label}, fresh output folder", walls, rsss, f"{summary.split(';')[0]}"))
        noop_walls, noop_rss = [], []
        for _ in range(RUNS):
            wall, rss, result = timed(f"{gen} {spec} --output {SCRATCH / f'gen-{series}-0'}")
            noop_walls.append(wall)
            noop_rss.append(rss)
            assert " 0 written," in result.stdout, result.stdout
        lines.append(row(f"{label}, no-op (output up to date)", noop_walls, noop_rss, "0 files written"))
        user = statistics.median(cpu[0] for cpu in cpus)
        system = statistics.median(cpu[1] for cpu in cpus)
        lines.append(f"| ↳ fresh runs: CPU time (medians) and stages of the last one | | | | | user {user:.2f} s, system {system:.2f} s; {stages} |")

    oag = shutil.which("openapi-generator-cli")
    if oag is None:
        sh(f"{sys.executable} -m pip install -q openapi-generator-cli", check=False)
        oag = shutil.which("openapi-generator-cli")
    if oag and REFERENCE.exists():
        version = sh(f"{oag} version", check=False).stdout.strip()
        walls, rsss = [], []
        for index in range(OAG_RUNS):
            out = SCRATCH / f"oag-{index}"
            wall, rss, _ = timed(f"{oag} generate -i {REFERENCE} -g swift6 -o {out} --skip-validate-spec")
            walls.append(wall)
            rsss.append(rss)
        ours = results.get("full reference spec (YAML)")
        ratio = f"ours is {statistics.median(walls) / ours:.1f}x faster" if ours else ""
        lines.append(row(f"OpenAPI Generator {version} swift6, same spec", walls, rsss, ratio))
    else:
        lines.append("| OpenAPI Generator swift6 | 0 | – | – | – | openapi-generator-cli is not installed |")
    lines.append("")
    lines.append("Each series of ours starts with one uncounted warm-up run. Every run writes a new folder; all are "
                 "deleted at the end, because creating thousands of files within minutes of deleting thousands is "
                 "several times slower on this machine's ext4 (its inode allocator skips recently deleted inodes): "
                 "start `make bench` several minutes after anything deleted thousands of files (`make test` deletes "
                 "a generated full SDK; so does a finished `make bench`). Before every timed run (ours and OpenAPI "
                 "Generator's) `sync` writes out the files of the runs before, untimed.")
    lines.append("")
    lines.append(f"Commands: `{gen.name} SPEC --output DIR --timings` under `/usr/bin/time -v`; "
                 "`openapi-generator-cli generate -i SPEC -g swift6 -o DIR --skip-validate-spec`.")
    lines.append("")

    if COMPILE and REFERENCE.exists():
        lines += ["## Compiling the generated SDKs (clean debug build)", ""]
        full = sh("bash bench/full-sdk.sh", check=False)
        lines.append("- Ours, full spec: " + (full.stdout.strip().splitlines() or ["no output"])[-1] + f" (`make full-sdk`, exit {full.returncode})")
        oag_out = SCRATCH / "oag-0"
        if (oag_out / "Package.swift").exists():
            start = time.time()
            build = sh("swift build", cwd=oag_out, check=False)
            seconds = time.time() - start
            errors = sorted(set(l for l in (build.stdout + build.stderr).splitlines() if " error: " in l))
            warnings = [l for l in (build.stdout + build.stderr).splitlines() if " warning: " in l]
            verdict = "builds" if build.returncode == 0 else f"does not build: {len(errors)} distinct errors"
            lines.append(f"- OpenAPI Generator swift6, same spec: {verdict} after {seconds:.0f} s, {len(warnings)} warning lines")
            for error in errors[:5]:
                lines.append(f"  - `{error.strip()[:200]}`")
        lines.append("")

    lines += ["## Runtime (release)", ""]
    runtime = sh("swift run -c release runtime-bench", cwd=ROOT / "bench", check=False)
    table = [l for l in runtime.stdout.splitlines() if l.startswith("|")]
    ratios = [f"- {l}" for l in runtime.stdout.splitlines() if l.startswith("Ratio: ")]
    lines += table + ([""] + ratios if ratios else []) if table else [f"runtime-bench failed: {runtime.stderr[-500:]}"]
    lines += ["", "Command: `cd bench && swift run -c release runtime-bench`.", ""]

    lines += ["## Client cost per call (gateway in a separate process)", ""]
    client = sh("swift run -c release client-bench", cwd=ROOT / "bench", check=False)
    table = [l for l in client.stdout.splitlines() if l.startswith("|")]
    notes = [f"- {l}" for l in client.stdout.splitlines() if l.startswith("Ratio: ")]
    lines += table + ([""] + notes if notes else []) if table else [f"client-bench failed: {client.stderr[-500:]}"]
    lines += ["", "The gateway (`bench-gateway`, AlipayTestGateway in key mode) runs in its own process, a fresh one "
              "with a fresh client for every series (after a warm-up of its own); CPU µs per "
              "call is this process's user + system time (`getrusage(RUSAGE_SELF)`, all threads) over the series "
              "divided by its calls: signing, JSON, the transport, verification and decoding. The bare sign is "
              "measured in blocks between the series of the same run. AsyncHTTPClientTransport uses "
              "`HTTPClient.shared` (at most 8 connections per host); URLSession allows 64.", "",
              "Command: `cd bench && swift run -c release client-bench`.", ""]

    (ROOT / "bench" / "REPORT.md").write_text("\n".join(lines) + "\n")
    shutil.rmtree(SCRATCH, ignore_errors=True)
    print("\n".join(lines))


if __name__ == "__main__":
    main()
