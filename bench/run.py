#!/usr/bin/env python3
"""Benchmarks, side by side, written to bench/REPORT.md (`make bench`).

- generation of the full reference spec and of Specs/ (the imported spec and its overlays) with a
  release build of `gen` (fresh output folder each run, and a no-op run into an up-to-date folder); wall
  time and peak RSS; beside each, the floor (bench/Sources/gen-floor): libyaml parsing the same files
  and writing the same output files from memory; `gen import` of the official JSON;
- the same spec through OpenAPI Generator's swift6 generator (PyPI `openapi-generator-cli`), and the ratio;
- compiling the generated SDKs, each a clean build (BENCH_COMPILE=0 skips them): OpenAPI Generator's
  swift5 output of the reference spec against ours (the scratch package of bench/full-sdk.sh, whose
  zero-errors, zero-warnings build comes first), a consumer of the runtime alone against a consumer of
  one API family, a release build, and the rebuild after one property is added to one model;
- the runtime benchmark in bench/Sources/runtime-bench;
- the client's own CPU time per call, with the gateway in a separate process (bench/Sources/client-bench).

Environment: BENCH_RUNS (default 7), OAG_RUNS (default 3), FULL_SDK_DIR (bench/full-sdk.sh's scratch
package, default bench/full-sdk). BENCH_ONLY=compile (a comma-separated list of generation, compile,
runtime, client) runs only those sections and prints their report without writing bench/REPORT.md,
for working on one section; `BENCH_ONLY=compile python3 bench/run.py` takes 30 to 60 minutes on 2 cores.
"""
import json
import os
import re
import shlex
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
SECTIONS = ("generation", "compile", "runtime", "client")
ONLY = [name.strip() for name in os.environ.get("BENCH_ONLY", "").split(",") if name.strip()]
FULL_SDK = Path(os.environ.get("FULL_SDK_DIR", ROOT / "bench" / "full-sdk")).resolve()
ANYCODABLE = (ROOT.parent / "shared" / "vendor" / "AnyCodable.git").resolve()
# The seed operation's request body, the model that the incremental build changes.
SEED_MODEL = "ZhimaCreditPeZmgoCumulationSyncModel"
SEED_API = "ZhimaCreditPeZmgoCumulationApi"
SCRATCH = Path(tempfile.mkdtemp(prefix="alipay-bench-"))


def sh(command, cwd=ROOT, check=True, env=None):
    result = subprocess.run(command, cwd=cwd, shell=True, capture_output=True, text=True, env=env)
    if check and result.returncode != 0:
        sys.exit(f"bench: `{command}` failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result


def timed(command, cwd=ROOT, check=True):
    """Wall seconds and peak RSS (MB) of one run of `command` (a program and its arguments, no shell).

    Dirty pages of the runs before are written out first (not timed), so that the kernel's
    writeback of an earlier run's files does not land in this one. The command is started directly
    and waited for with wait4, which gives its own peak RSS (ru_maxrss: the largest single process
    of the run, not the sum of those that ran at once) and CPU times; the wall time is the bench's
    own clock around starting and waiting for it. Running it under a shell and /usr/bin/time, as
    this bench once did, added both programs' start-up, a few milliseconds, to every run.
    """
    os.sync()
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        try:
            process = subprocess.Popen(shlex.split(command), cwd=cwd, stdout=out, stderr=err, text=True)
        except OSError as error:
            # As a shell reports a program it cannot start: status 127, the reason on stderr.
            result = subprocess.CompletedProcess(command, 127, "", f"{command}: {error}\n")
            result.cpu = (0.0, 0.0)
            if check:
                sys.exit(f"bench: `{command}` failed: {error}")
            return time.perf_counter() - start, 0.0, result
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        result = subprocess.CompletedProcess(command, process.returncode, out.read(), err.read())
    if check and result.returncode != 0:
        sys.exit(f"bench: `{command}` failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    result.cpu = (usage.ru_utime, usage.ru_stime)
    return wall, usage.ru_maxrss / 1024, result


def stats(samples):
    return statistics.median(samples), min(samples), max(samples)


def row(name, walls, rsss, note=""):
    median, low, high = stats(walls)
    return f"| {name} | {len(walls)} | {median:.3f} s | {low:.3f} – {high:.3f} s | {statistics.median(rsss):.0f} MB | {note} |"


def step(message):
    """Progress on stderr: the compile section alone runs for half an hour or more."""
    print(f"bench: {time.strftime('%H:%M:%S')} {message}", file=sys.stderr, flush=True)


def spec_files(spec):
    """The spec files gen reads for `spec`, a file or a folder."""
    if Path(spec).is_file():
        return [str(spec)]
    return sorted(str(p) for p in Path(spec).iterdir() if p.suffix in (".yaml", ".yml", ".json"))


def floor_run(floor_tool, files, output, destination):
    """One run of gen-floor on `files` and the files of `output`, a finished output folder, written
    to `destination`: its seconds (parse + write) and the file count."""
    os.sync()
    measured = json.loads(sh(f"{floor_tool} {output} {destination} {' '.join(files)}").stdout)
    return measured["parse"] + measured["write"], measured["files"]


def generation_series(gen, spec, floor_tool, prefix, flags):
    """RUNS fresh runs of `gen` on `spec`, each beside a run of its floor, alternating which goes
    first: the floor's write time moves with the file system's state by half or more within
    minutes, so a floor measured in a batch before or after gen's runs is a floor of another moment.

    Returns gen's walls, peak RSSs, CPU times and last stdout lines, the floors and the file count."""
    files = spec_files(spec)
    warmup = SCRATCH / f"{prefix}-warmup"
    timed(f"{gen} {spec} --output {warmup} --quiet")
    walls, rsss, cpus, floors, last, file_count = [], [], [], [], [], 0
    for index in range(RUNS):
        def run_gen():
            wall, rss, result = timed(f"{gen} {spec} --output {SCRATCH / f'{prefix}-{index}'} {flags}")
            walls.append(wall)
            rsss.append(rss)
            cpus.append(result.cpu)
            last[:] = result.stdout.strip().splitlines()

        def run_floor():
            nonlocal file_count
            if floor_tool:
                floor, file_count = floor_run(floor_tool, files, warmup, SCRATCH / f"{prefix}-floor-{index}")
                floors.append(floor)

        for run in (run_gen, run_floor) if index % 2 == 0 else (run_floor, run_gen):
            run()
    return walls, rsss, cpus, last, floors, file_count


def generation(gen):
    sh("swift build -c release --product gen-floor", cwd=ROOT / "bench")
    floor_tool = Path(sh("swift build -c release --show-bin-path", cwd=ROOT / "bench").stdout.strip()) / "gen-floor"
    lines = ["## Generation", "", "| what | runs | median | min – max | peak RSS | note |", "| --- | ---: | ---: | ---: | ---: | --- |"]
    results = {}
    # Every run writes a new folder and nothing is deleted until the end: on this machine's ext4,
    # creating files right after thousands were deleted is several times slower (the allocator skips
    # recently deleted inodes), which would measure the file system's bookkeeping, not `gen`.
    for series, (label, spec) in enumerate([("full reference spec (YAML)", REFERENCE), ("full reference spec (JSON)", REFERENCE.with_suffix(".json")), ("Specs/", ROOT / "Specs")]):
        if not Path(spec).exists():
            lines.append(f"| {label} | 0 | – | – | – | {spec} is absent |")
            continue
        step(f"generation: {label}")
        walls, rsss, cpus, last, floors, file_count = generation_series(gen, spec, floor_tool, f"gen-{series}", "--timings")
        stages, summary = last[-1], last[0]
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
        if floors:
            floor = statistics.median(floors)
            ratio = results[label] / floor
            verdict = f"goal ≤ 3x: {'met' if ratio <= 3 else 'not met'}" if label == "Specs/" else ""
            lines.append(f"| ↳ floor, run beside each of those: libyaml parsing the same files, writing the same {file_count} files from memory | {RUNS} | {floor:.3f} s | {min(floors):.3f} – {max(floors):.3f} s | | gen's median is {ratio:.1f}x the floor's; {verdict} |")

    # The same gen linked with the Swift runtime and Foundation inside (`--static-swift-stdlib`), the
    # form a gen binary takes to run on a machine without a Swift toolchain: it starts in about
    # half the time, and calls into the standard library go direct rather than through the
    # dynamic linker's tables.
    if floor_tool:
        step("generation: Specs/, gen linked statically")
        static = f"swift build -c release --product gen --static-swift-stdlib --scratch-path {ROOT / '.build' / 'static'}"
        sh(static)
        static_gen = Path(sh(f"{static} --show-bin-path").stdout.strip()) / "gen"
        walls, rsss, _, _, floors, _ = generation_series(static_gen, ROOT / "Specs", floor_tool, "static", "--quiet")
        floor = statistics.median(floors)
        ratio = statistics.median(walls) / floor
        lines.append(row("Specs/, fresh output folder, gen linked statically", walls, rsss, f"{ratio:.1f}x its floor"))
        lines.append(f"| ↳ floor, run beside each of those | {RUNS} | {floor:.3f} s | {min(floors):.3f} – {max(floors):.3f} s | | |")

    official = REFERENCE.with_suffix(".json")
    if official.exists():
        step("generation: gen import")
        walls, rsss = [], []
        for index in range(RUNS):
            wall, rss, result = timed(f"{gen} import {official} --output {SCRATCH / f'import-{index}.yaml'}")
            walls.append(wall)
            rsss.append(rss)
        verdict = "goal ≤ 1 s: " + ("met" if statistics.median(walls) <= 1 else "not met")
        lines.append(row("`gen import` of the official JSON (to Specs/alipay-v3.yaml's form)", walls, rsss, f"{result.stdout.strip().split(';')[0]}; {verdict}"))

    oag = openapi_generator()
    if oag and REFERENCE.exists():
        step("generation: OpenAPI Generator swift6")
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
                 "Generator's) `sync` writes out the files of the runs before, untimed. The floor runs beside gen: "
                 "each fresh run of gen is paired with a run of the floor, one right after the other, the pair's "
                 "order alternating, because the time to create files moves with the file system's state.")
    lines.append("")
    lines.append(f"Commands: `{gen.name} SPEC --output DIR --timings`, started directly and waited for with wait4; "
                 "`openapi-generator-cli generate -i SPEC -g swift6 -o DIR --skip-validate-spec`.")
    lines.append("")
    return lines


def openapi_generator():
    oag = shutil.which("openapi-generator-cli")
    if oag is None:
        sh(f"{sys.executable} -m pip install -q openapi-generator-cli", check=False)
        oag = shutil.which("openapi-generator-cli")
    return oag


class Build:
    """One timed `swift build`: wall seconds, peak RSS (MB), exit status and diagnostics.

    A clean build removes .build and resolves the packages first, untimed, so that every clean build
    starts from the same place: package copies checked out, nothing compiled.
    """

    def __init__(self, command, cwd, clean=True):
        if clean:
            shutil.rmtree(cwd / ".build", ignore_errors=True)
            # A failure to resolve shows again, with its errors, in the build that follows.
            sh("swift package resolve", cwd=cwd, check=False)
        self.command = command
        self.wall, self.rss, result = timed(command, cwd=cwd, check=False)
        self.ok = result.returncode == 0
        output = (result.stdout + result.stderr).splitlines()
        self.errors = sorted({line.strip() for line in output if " error: " in line})
        # Warnings in the package copies under .build/ are theirs, not the generated code's.
        self.warnings = sorted({line.strip() for line in output if " warning: " in line and "/.build/" not in line})

    def verdict(self):
        if self.ok:
            return f"{len(self.errors)} errors, {len(self.warnings)} warnings"
        return f"failed (exit status), {len(self.errors)} errors, {len(self.warnings)} warnings"


def compile_row(what, build, ratio="", goal=""):
    if build is None:
        return f"| {what} | – | – | – | {ratio} | {goal} |"
    failed = "" if build.ok else f"; **failed: {len(build.errors)} errors**"
    return f"| {what}{failed} | `{build.command}` | {build.wall:.1f} s | {build.rss / 1024:.2f} GB | {ratio} | {goal} |"


def goal(value, limit, text):
    return f"{text} ({'met' if value <= limit else 'not met'})"


def files_by_mtime(folder):
    return {path: path.stat().st_mtime_ns for path in folder.rglob("*") if path.is_file()}


def seed_spec_with_property(specs):
    """A copy of the folder `specs` in which the seed operation's request model has one more optional property.

    A text edit of alipay-v3.yaml: the property goes first under the model's `properties:`. The copy
    keeps the files' names, which every generated file's header names. None when the model is not
    where this expects it.
    """
    text = (specs / "alipay-v3.yaml").read_text()
    pattern = re.compile(rf"^(    {SEED_MODEL}:\n(?:      (?!properties:).*\n)*      properties:\n)(?=        \S)", re.M)
    added = ("        bench_marker:\n"
             "          type: string\n")
    edited, count = pattern.subn(lambda match: match.group(1) + added, text)
    if count != 1:
        return None
    folder = SCRATCH / "edited"
    shutil.copytree(specs, folder)
    (folder / "alipay-v3.yaml").write_text(edited)
    return folder


def consumer(name, product, source):
    """A package of one library target that depends on one product of the full-SDK scratch package by path."""
    folder = SCRATCH / name
    (folder / "Sources" / "Consumer").mkdir(parents=True)
    (folder / "Package.swift").write_text(f"""// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "{name}",
    platforms: [.macOS(.v13)],
    dependencies: [.package(path: "{FULL_SDK}")],
    targets: [.target(name: "Consumer", dependencies: [.product(name: "{product}", package: "{FULL_SDK.name}")])]
)
""")
    (folder / "Sources" / "Consumer" / "Consumer.swift").write_text(source)
    # The same versions of the package copies as the scratch package: its pins, taken as they are.
    resolved = FULL_SDK / "Package.resolved"
    if resolved.exists():
        shutil.copy(resolved, folder / "Package.resolved")
    return folder


def pins(folder):
    """The package copies a package resolved: (identity, version or revision), from its Package.resolved."""
    resolved = folder / "Package.resolved"
    if not resolved.exists():
        return []
    return sorted((pin["identity"], pin["state"].get("version") or pin["state"]["revision"])
                  for pin in json.loads(resolved.read_text()).get("pins", []))


def compiling(gen):
    lines = ["## Compiling the generated SDKs", ""]
    if not REFERENCE.exists():
        return lines + [f"Skipped: {REFERENCE} is absent.", ""]
    notes = []

    # The gate: the whole scratch package (every target, examples included) builds without errors or warnings.
    step("compile: bash bench/full-sdk.sh (generate and build the scratch package)")
    # The SDK we ship: Specs/ (the imported spec and its overlays), copied so that the incremental
    # rows below can edit it.
    specs = SCRATCH / "specs"
    shutil.copytree(ROOT / "Specs", specs)
    full = sh(f"bash bench/full-sdk.sh {specs}", check=False)
    notes.append("Ours, every target of the scratch package (`make full-sdk`): "
                 + (full.stdout.strip().splitlines() or ["no output"])[-1] + f" (exit {full.returncode})")
    ready = (FULL_SDK / "Package.swift").exists() and (FULL_SDK / "Generated" / "Sources" / "AlipaySDK").exists()
    families = sorted(path.name for path in (FULL_SDK / "Generated" / "Sources").glob("*/")
                      if path.name not in ("AlipaySharedModels", "AlipaySDK")) if ready else []
    family = next((path.parent.parent.name for path in (FULL_SDK / "Generated" / "Sources").glob(f"*/APIs/{SEED_API}.swift")),
                  None) if ready else None

    # (a) OpenAPI Generator's swift5 output of the same spec, the baseline.
    oag = openapi_generator()
    baseline = None
    if oag is None:
        notes.append("OpenAPI Generator swift5: skipped, openapi-generator-cli is not installed.")
    elif not ANYCODABLE.exists():
        notes.append(f"OpenAPI Generator swift5: skipped, {ANYCODABLE} (the AnyCodable package its output depends on) is absent.")
    else:
        step("compile: OpenAPI Generator swift5 (generate, resolve, build)")
        version = sh(f"{oag} version", check=False).stdout.strip()
        out = SCRATCH / "oag-swift5"
        generated, _, _ = timed(f"{oag} generate -i {REFERENCE} -g swift5 -o {out} --skip-validate-spec")
        # A writable copy: git takes a bare repository for one only with its refs/ folder, which the
        # stored copy lacks when it has no loose refs (its tags are all in packed-refs).
        mirror = SCRATCH / "AnyCodable.git"
        sh(f"cp -R {ANYCODABLE} {mirror} && chmod -R u+w {mirror} && mkdir -p {mirror}/refs/heads {mirror}/refs/tags")
        sh(f"swift package config set-mirror --original https://github.com/Flight-School/AnyCodable --mirror {mirror}", cwd=out)
        baseline = Build("swift build", out)
        sources = sum(1 for _ in out.rglob("*.swift"))
        notes.append(f"OpenAPI Generator {version} swift5: {sources} Swift files in one module (generated in {generated:.0f} s); "
                     f"clean debug build {baseline.verdict()}. Its swift6 output is not built: it did not compile when tried.")
        notes += [f"  - `{error[:200]}`" for error in baseline.errors[:5]]

    table = ["| what | command | wall | peak RSS | ratio | goal |", "| --- | --- | ---: | ---: | ---: | --- |"]
    table.append(compile_row("OpenAPI Generator swift5, whole SDK (one module), clean debug", baseline,
                             "1.00x" if baseline else "skipped, see below"))
    if not ready:
        notes.append("Ours: skipped, bench/full-sdk.sh did not produce the scratch package.")
        return lines + table + [""] + [f"- {note}" for note in notes] + [""]

    # (b) What a user of the AlipaySDK product builds, then the examples on top of it.
    step("compile: ours, AlipaySDK, clean debug")
    sdk = Build("swift build --target AlipaySDK", FULL_SDK)
    ratio = sdk.wall / baseline.wall if baseline and baseline.ok else None
    table.append(compile_row(f"Ours, AlipaySDK (runtime and its packages, shared models, {len(families)} families, umbrella), clean debug",
                             sdk, f"{ratio:.2f}x" if ratio else "–", goal(ratio, 0.5, "≤ 0.5x of swift5") if ratio else "≤ 0.5x of swift5"))
    step("compile: ours, examples on top")
    examples = Build("swift build --target AlipaySDKExamples", FULL_SDK, clean=False)
    table.append(compile_row("Ours, the usage examples, after the row above", examples))

    # (e) One optional property added to the seed operation's request model, then taken out again.
    spec = seed_spec_with_property(specs)
    if spec is None:
        notes.append(f"Incremental build: skipped, {SEED_MODEL}'s `properties:` was not found in the spec's text.")
    elif sdk.ok:
        for label, source in (("one optional property added to " + SEED_MODEL, spec), ("the same property taken out again", specs)):
            step(f"compile: ours, incremental, {label}")
            before = files_by_mtime(FULL_SDK / "Generated") | {FULL_SDK / "Package.swift": (FULL_SDK / "Package.swift").stat().st_mtime_ns}
            regenerated = sh(f"{gen} {source} --output {FULL_SDK / 'Generated'}").stdout.strip().splitlines()[-1]
            after = files_by_mtime(FULL_SDK / "Generated") | {FULL_SDK / "Package.swift": (FULL_SDK / "Package.swift").stat().st_mtime_ns}
            changed = sorted(str(path.relative_to(FULL_SDK)) for path in after if before.get(path) != after[path])
            rebuild = Build("swift build --target AlipaySDK", FULL_SDK, clean=False)
            share = rebuild.wall / sdk.wall
            table.append(compile_row(f"Ours, AlipaySDK rebuilt after gen: {label}", rebuild, f"{share:.0%} of clean debug",
                                     goal(share, 0.10, "≤ 10%")))
            notes.append(f"Incremental, {label}: gen wrote {len(changed)} file{'' if len(changed) == 1 else 's'} ({regenerated.split('files: ')[-1].split(';')[0]}): "
                         + ", ".join(f"`{path}`" for path in changed[:8]) + (", …" if len(changed) > 8 else ""))

    # (d) Release.
    step("compile: ours, AlipaySDK, clean release")
    release = Build("swift build -c release --target AlipaySDK", FULL_SDK)
    table.append(compile_row("Ours, AlipaySDK, clean release", release, "–", goal(release.rss / 1024, 4.0, "peak RSS ≤ 4 GB")))

    # (c) A package that uses the runtime alone against one that uses one API family.
    runtime_user = consumer("consumer-runtime", "AlipayRuntime", "import AlipayRuntime\n")
    step("compile: consumer of AlipayRuntime, clean debug")
    runtime = Build("swift build", runtime_user)
    table.append(compile_row("A package that imports AlipayRuntime, clean debug", runtime, "1.00x"))
    if family is None:
        notes.append(f"Family consumer: skipped, no family module holds {SEED_API}.")
    else:
        family_user = consumer("consumer-family", family,
                               f"import {family}\n\npublic func api() -> Any.Type {{ {SEED_API}.self }}\n")
        step(f"compile: consumer of {family}, clean debug")
        one = Build("swift build", family_user)
        share = one.wall / runtime.wall
        table.append(compile_row(f"A package that imports {family} (runtime, shared models, one family), clean debug", one,
                                 f"{share:.2f}x", goal(share, 1.3, "≤ 1.3x of the runtime alone")))
        trade_user = consumer("consumer-trade", "AlipayTrade",
                              "import AlipayTrade\n\npublic func api() -> Any.Type { AlipayTradeApi.self }\n")
        step("compile: consumer of AlipayTrade, clean debug")
        trade = Build("swift build", trade_user)
        share = trade.wall / runtime.wall
        table.append(compile_row("A package that imports AlipayTrade (runtime, shared models, the payments family), clean debug",
                                 trade, f"{share:.2f}x", goal(share, 1.3, "≤ 1.3x of the runtime alone")))
        same = pins(runtime_user) == pins(family_user) == pins(FULL_SDK)
        notes.append("The two consumers depend on the scratch package by path and start from its Package.resolved; "
                     + ("they resolved the same versions as it: " if same else "**their resolved versions differ**: ")
                     + ", ".join(f"{name} {version}" for name, version in pins(family_user)))

    lines += table + [""]
    lines += [f"- {note}" for note in notes]
    lines += [
        f"- Ours: {len(families)} family modules (`{SEED_API}` is in {family}), AlipaySharedModels and the AlipaySDK umbrella, "
        f"in the scratch package of bench/full-sdk.sh ({FULL_SDK.relative_to(ROOT) if FULL_SDK.is_relative_to(ROOT) else FULL_SDK}).",
        "- Each row is one build, not a median: a clean debug build takes minutes. Builds run one at a time, never "
        "in parallel; compare the ratios within this report.",
        "- Clean: `.build` removed and `swift package resolve` run first, untimed, so that only compiling and "
        "linking are timed; `sync` before every timed build. The build is started directly and waited for with "
        "wait4: the wall time is the bench's clock around it, peak RSS is ru_maxrss, the largest single process (one "
        "compiler or linker), not the sum of those that ran at once.",
        "- OpenAPI Generator's output resolves AnyCodable from ../shared/vendor/AnyCodable.git through "
        "`swift package config set-mirror`; the other packages come from this machine's copies.",
        "",
    ]
    return lines


def runtime_bench():
    lines = ["## Runtime (release)", ""]
    step("runtime-bench")
    runtime = sh("swift run -c release runtime-bench", cwd=ROOT / "bench", check=False)
    table = [l for l in runtime.stdout.splitlines() if l.startswith("|")]
    ratios = [f"- {l}" for l in runtime.stdout.splitlines() if l.startswith("Ratio: ")]
    lines += table + ([""] + ratios if ratios else []) if table else [f"runtime-bench failed: {runtime.stderr[-500:]}"]
    lines += ["", "Command: `cd bench && swift run -c release runtime-bench`.", ""]
    return lines


def client_bench():
    lines = ["## Client cost per call (gateway in a separate process)", ""]
    step("client-bench")
    client = sh("swift run -c release client-bench", cwd=ROOT / "bench", check=False)
    table = [l for l in client.stdout.splitlines() if l.startswith("|")]
    notes = [f"- {l}" for l in client.stdout.splitlines() if l.startswith("Ratio: ")]
    lines += table + ([""] + notes if notes else []) if table else [f"client-bench failed: {client.stderr[-500:]}"]
    lines += ["", "The gateway (`bench-gateway`, AlipayTestGateway in key mode) runs in its own process, a fresh one "
              "with a fresh client for every series (after a warm-up of its own); CPU µs per "
              "call is this process's user + system time (`getrusage(RUSAGE_SELF)`, all threads) over the series "
              "divided by its calls: signing, JSON, the transport, verification and decoding. The bare sign is "
              "measured in blocks between the series of the same run. AsyncHTTPClientTransport uses "
              "`HTTPClient.shared` (at most 8 connections per host); URLSession allows 64. Each series of the client "
              "follows one of its floor against a gateway of its own: the same request bytes and headers POSTed by "
              "the bare transport (AsyncHTTPClient's `execute`, URLSession's `data(for:)`), each call signed with "
              "one bare RSA-2048 sign (its own nonce and timestamp) and its answer checked with one bare RSA-2048 "
              "verify; no deadline, no JSON coding, no typed errors.", "",
              "Command: `cd bench && swift run -c release client-bench`.", ""]
    return lines


def main():
    unknown = [name for name in ONLY if name not in SECTIONS]
    if unknown:
        sys.exit(f"bench: BENCH_ONLY names {', '.join(unknown)}; the sections are {', '.join(SECTIONS)}")
    wanted = set(ONLY or SECTIONS)
    if not COMPILE:
        wanted.discard("compile")

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

    try:
        if "generation" in wanted:
            lines += generation(gen)
        if "compile" in wanted:
            lines += compiling(gen)
        if "runtime" in wanted:
            lines += runtime_bench()
        if "client" in wanted:
            lines += client_bench()
    finally:
        shutil.rmtree(SCRATCH, ignore_errors=True)

    if not ONLY:
        (ROOT / "bench" / "REPORT.md").write_text("\n".join(lines) + "\n")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
