#!/usr/bin/env bash
# Fuzzes the YAML, OpenAPI and SDK model stages and the template parser and renderer with libFuzzer
# for a bounded time.
#
#   FUZZ_SECONDS (default 60) bounds the time, FUZZ_RUNS (default unlimited) the executions.
#   Seeds: Specs/, the bad-spec fixtures and Templates/. New corpus entries go to .build-fuzz/corpus (ignored);
#   a crash is written to .build-fuzz/artifacts/ and makes this script fail. Replay one with
#   `swift run GenFuzz FILE`, then keep it as a regression test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:--1}
scratch=.build-fuzz

swift build -c release --scratch-path "$scratch" --product GenFuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >/dev/null
binary=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/GenFuzz

mkdir -p "$scratch/corpus" "$scratch/seeds" "$scratch/artifacts"
cp Specs/*.yaml Tests/Fixtures/BadSpecs/*.yaml Templates/*.mustache "$scratch/seeds/"

# The Swift backtracer would take the crash first; libFuzzer must see it to save the input.
SWIFT_BACKTRACE=enable=no "$binary" "$scratch/corpus" "$scratch/seeds" \
    -max_total_time="$seconds" -runs="$runs" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$scratch/artifacts/" -print_final_stats=1 2>&1 | tee "$scratch/fuzz.log" | grep -E '^(#[0-9]+ +(DONE|pulse)|stat::|==[0-9]+==|SUMMARY|INFO: Seed)' || true
# One `ls` of three patterns fails when any pattern matches nothing; `find` lists whatever is there.
found=$(find "$scratch/artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \))
if [ -n "$found" ]; then
    echo "fuzz: crashes found:"; echo "$found"
    exit 1
fi
