#!/usr/bin/env bash
# Generates a whole spec (by default Alipay's full reference spec) into a scratch package outside
# Generated/ and builds it cleanly: it must build with zero errors and zero warnings.
#
#   bash bench/full-sdk.sh [SPEC]       FULL_SDK_DIR overrides the scratch folder (bench/full-sdk).
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
spec=${1:-$root/../shared/reference/alipay-v3-openapi.yaml}
scratch=${FULL_SDK_DIR:-$root/bench/full-sdk}

if [ ! -f "$spec" ]; then
    echo "full-sdk: $spec is absent; skipped"
    exit 0
fi

cd "$root"
swift build -c release --product gen >/dev/null
gen=$(swift build -c release --show-bin-path)/gen

mkdir -p "$scratch"
rm -rf "$scratch/Generated" "$scratch/.build"
"$gen" "$spec" --output "$scratch/Generated"

# The scratch package builds the runtime from this checkout and the generated SDK beside it.
ln -sfn "$root/Sources/AlipayRuntime" "$scratch/Runtime"
sed -n '/^    dependencies: \[/,/^    \],/p' "$root/Package.swift" | grep -E 'swift-(crypto|asn1|certificates|log)\.git|dependencies: \[|^    \],' > "$scratch/.dependencies"
cat > "$scratch/Package.swift" <<SWIFT
// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "alipay-full-sdk",
    platforms: [.macOS(.v13)],
$(cat "$scratch/.dependencies")
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
        ),
        .target(name: "AlipaySDK", dependencies: ["AlipayRuntime"], path: "Generated/Sources/AlipaySDK"),
        .target(name: "AlipaySDKExamples", dependencies: ["AlipaySDK"], path: "Generated/Examples"),
    ]
)
SWIFT
rm -f "$scratch/.dependencies"

cd "$scratch"
log=$scratch/build.log
start=$(date +%s)
swift build > "$log" 2>&1 || true
end=$(date +%s)
files=$(find Generated/Sources -name '*.swift' | wc -l)
errors=$(grep -c ' error: ' "$log" || true)
warnings=$(grep -E ' warning: ' "$log" | grep -vc '/.build/' || true)
echo "full-sdk: $files Swift files; clean debug build $((end - start)) s; $errors errors, $warnings warnings"
if ! grep -q 'Build complete' "$log" || [ "$errors" != 0 ] || [ "$warnings" != 0 ]; then
    grep -E ' (error|warning): ' "$log" | grep -v '/.build/' | sort -u | head -n 40
    exit 1
fi
