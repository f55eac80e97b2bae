#!/usr/bin/env bash
# Times a fresh clone's `make test` at each commit given, one after the other, as a new contributor
# would run it: `bench/make-test-pair.sh a64d2c7 HEAD`, then again in the other order. The machine
# must be otherwise idle; each run takes minutes and leaves its clone under $TMPDIR (deleting the
# clones right away would slow the next run's file creation on ext4).
set -euo pipefail
cd "$(dirname "$0")/.."
repository=$(pwd)

if [ $# -eq 0 ]; then
    echo "usage: bench/make-test-pair.sh COMMIT [COMMIT...]" >&2
    exit 2
fi

for commit in "$@"; do
    folder=$(mktemp -d)
    git clone --quiet "$repository" "$folder/clone"
    git -C "$folder/clone" checkout --quiet "$commit"
    status=0
    (cd "$folder/clone" && /usr/bin/time -v make test) >"$folder/make-test.log" 2>&1 || status=$?
    wall=$(grep 'Elapsed (wall clock)' "$folder/make-test.log" | awk '{print $NF}')
    cpu=$(awk '/User time|System time/ {sum += $NF} END {printf "%.0f", sum}' "$folder/make-test.log")
    tests=$(grep -oE 'Test run with [0-9]+ tests in [0-9]+ suites (passed|failed)' "$folder/make-test.log" || true)
    echo "$commit: exit $status, wall $wall, CPU ${cpu} s; ${tests:-no test run}; log $folder/make-test.log"
done
