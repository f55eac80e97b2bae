# The project's vocabulary. `make test` is what CI runs.
SHELL := /bin/bash
SWIFT ?= swift
SPECS ?= Specs/
REFERENCE ?= ../shared/reference

.PHONY: gen check test build user-package lint format full-sdk bench fuzz tsan

## Regenerate Generated/ from Specs/.
gen:
	$(SWIFT) run gen $(SPECS)

## Fail when Generated/ is not what Specs/ produce.
check:
	$(SWIFT) run gen $(SPECS) --check

## Build everything, tests included, without warnings in the project's own code. One build graph
## for both lets the tests compile while the SDK's modules do.
build:
	@set -o pipefail; $(SWIFT) build --build-tests 2>&1 | tee .build-log.txt || { rm -f .build-log.txt; exit 1; }
	@if grep -E '^/.*/(Sources|Generated|Tests)/.*: warning:' .build-log.txt | grep -v '/.build/' ; then \
		echo "error: the build has warnings"; rm -f .build-log.txt; exit 1; fi
	@rm -f .build-log.txt

## Everything: warning-free build, every test, formatting. Among the tests, GeneratedSnapshotTests
## regenerates Specs/ and compares every file with Generated/, as `make check` does. `build` has
## built the tests, so `swift test` only runs them.
test: build
	$(SWIFT) test --skip-build
	$(SWIFT) format lint --strict --parallel --recursive Sources Tests Generated

## gen into a package of the user's own that depends on this one, built from scratch with its
## dependencies (minutes; CI runs it after `make test`).
user-package:
	ALIPAY_BUILD_USER_PACKAGE=1 $(SWIFT) test --filter UserPackageTests

lint:
	$(SWIFT) format lint --strict --parallel --recursive Sources Tests Generated

format:
	$(SWIFT) format format --in-place --recursive Sources Tests

## Generate the full reference spec into a scratch package and build it (zero errors, zero warnings).
full-sdk:
	bash bench/full-sdk.sh $(REFERENCE)/alipay-v3-openapi.yaml

## Benchmarks: writes bench/REPORT.md.
bench:
	python3 bench/run.py

## Fuzz the YAML, OpenAPI and SDK model stages, the template parser, gen import, the overlay reader, the v2 response reader and the notification form parser, each for a bounded time (FUZZ_SECONDS, default 60).
fuzz:
	bash bench/fuzz.sh

## The load test under ThreadSanitizer.
tsan:
	$(SWIFT) test --sanitize=thread --scratch-path .build-tsan --filter LoadTests
