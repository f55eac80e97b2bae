#!/usr/bin/env bash
# Generates a whole spec, a file or a folder of specs and overlays (by default Alipay's full reference
# spec), into a scratch package outside Generated/ and builds it cleanly: it must build with zero
# errors and zero warnings.
#
#   bash bench/full-sdk.sh [SPEC]       FULL_SDK_DIR overrides the scratch folder (bench/full-sdk).
#
# The scratch package is laid out as a user's would be: the runtime (this checkout's, through a
# symlink), AlipaySharedModels, one module per API family, the AlipaySDK umbrella and the usage
# examples. Its products are AlipayRuntime, AlipaySDK and every family, so that other packages can
# depend on it by path (bench/run.py does). gen fills in the family list between the marker lines.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
spec=${1:-$root/../shared/reference/alipay-v3-openapi.yaml}
scratch=${FULL_SDK_DIR:-$root/bench/full-sdk}

if [ ! -e "$spec" ]; then
    echo "full-sdk: $spec is absent; skipped"
    exit 0
fi

cd "$root"
if ! built=$(swift build -c release --product gen 2>&1); then
    echo "$built" | grep -v '/.build/' | tail -n 40
    echo "full-sdk: gen does not build"
    exit 1
fi
gen=$(swift build -c release --show-bin-path)/gen

mkdir -p "$scratch"
rm -rf "$scratch/Generated" "$scratch/.build"

# The scratch package builds the runtime from this checkout and the generated SDK beside it.
ln -sfn "$root/Sources/AlipayRuntime" "$scratch/Runtime"
dependencies=$(sed -n '/^    dependencies: \[/,/^    \],/p' "$root/Package.swift" | grep -E 'swift-(crypto|asn1|certificates|log)\.git|dependencies: \[|^    \],')
cat > "$scratch/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

// gen: families begin
let sdkFamilies: [String] = []
// gen: families end

let sdkTargets: [Target] =
    [.target(name: "AlipaySharedModels", dependencies: ["AlipayRuntime"], path: "Generated/Sources/AlipaySharedModels")]
    + sdkFamilies.map { .target(name: \$0, dependencies: ["AlipaySharedModels"], path: "Generated/Sources/\(\$0)") }
    + [
        .target(
            name: "AlipaySDK",
            dependencies: ["AlipaySharedModels"] + sdkFamilies.map { Target.Dependency.target(name: \$0) },
            path: "Generated/Sources/AlipaySDK"
        )
    ]

let package = Package(
    name: "alipay-full-sdk",
    platforms: [.macOS(.v13)],
    products: [.library(name: "AlipayRuntime", targets: ["AlipayRuntime"])]
        + (["AlipaySDK"] + sdkFamilies).map { .library(name: \$0, targets: [\$0]) },
$dependencies
    targets: [
        .target(
            name: "AlipayRuntime",
            dependencies: [
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "_CryptoExtras", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Logging", package: "swift-log"),
            ],
            path: "Runtime"
        )
    ] + sdkTargets + [
        .target(name: "AlipaySDKExamples", dependencies: ["AlipaySDK"], path: "Generated/Examples")
    ]
)
SWIFT
"$gen" "$spec" --output "$scratch/Generated"

cd "$scratch"
families=$(find Generated/Sources -mindepth 1 -maxdepth 1 -type d ! -name AlipaySharedModels ! -name AlipaySDK | wc -l)
listed=$(sed -n '/^\/\/ gen: families begin$/,/^\/\/ gen: families end$/p' Package.swift | grep -c '^ *"Alipay' || true)
if [ "$families" != "$listed" ]; then
    echo "full-sdk: gen wrote $families family modules under Generated/Sources but Package.swift lists $listed"
    exit 1
fi
log=$scratch/build.log
start=$(date +%s)
swift build > "$log" 2>&1 || true
end=$(date +%s)
files=$(find Generated/Sources -name '*.swift' | wc -l)
errors=$(grep -c ' error: ' "$log" || true)
warnings=$(grep -E ' warning: ' "$log" | grep -vc '/.build/' || true)
echo "full-sdk: $files Swift files in $families family modules, shared models and the umbrella; clean debug build $((end - start)) s; $errors errors, $warnings warnings"
if ! grep -q 'Build complete' "$log" || [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
    grep -E ' (error|warning): ' "$log" | grep -v '/.build/' | sort -u | head -n 40
    exit 1
fi
