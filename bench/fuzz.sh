#!/usr/bin/env bash
# Fuzzes with libFuzzer for a bounded time, one run per target:
#   gen           GenFuzz: the YAML, OpenAPI and SDK model stages and the template parser and renderer;
#   import        GenFuzz: `gen import` (prose removal, the YAML writer, reading the output back);
#   overlay       GenFuzz: the overlay reader, JSONPath targets and applying overlays;
#   response      RuntimeFuzz: v2 gateway answers (envelope checked against Foundation's JSON reader, reader);
#   notification  RuntimeFuzz: notification form bodies (form round trip, verification by both rules).
#
#   FUZZ_SECONDS (default 60) bounds the time of each run, FUZZ_RUNS (default unlimited) its executions;
#   FUZZ_TARGETS (default "gen import overlay response notification") picks the runs.
#   Seeds: Specs/, the bad-spec fixtures and Templates/ for gen; for the runtime, answers and notification
#   bodies written below, signed with the test keys (and the v2 vectors of REFERENCE, default
#   ../shared/reference, when present). New corpus entries go to .build-fuzz/corpus* (ignored); a crash is
#   written to .build-fuzz/artifacts/ and makes this script fail. Replay one with `swift run GenFuzz FILE` or
#   `RUNTIME_FUZZ_TARGET=response swift run RuntimeFuzz FILE`, then keep it as a regression test.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
seconds=${FUZZ_SECONDS:-60}
runs=${FUZZ_RUNS:--1}
targets=${FUZZ_TARGETS:-gen import overlay response notification}
reference=${REFERENCE:-../shared/reference}
scratch=.build-fuzz

# One libFuzzer run: fuzz NAME BINARY CORPUS SEEDS ARTIFACT_PREFIX LOG
fuzz() {
    local name=$1 binary=$2 corpus=$3 seeds=$4 artifacts=$5 log=$6
    mkdir -p "$corpus" "$artifacts"
    echo "fuzz: $name"
    # The Swift backtracer would take the crash first; libFuzzer must see it to save the input.
    RUNTIME_FUZZ_TARGET=$name GEN_FUZZ_TARGET=$name SWIFT_BACKTRACE=enable=no "$binary" "$corpus" "$seeds" \
        -max_total_time="$seconds" -runs="$runs" -max_len=8192 -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$artifacts" -print_final_stats=1 2>&1 | tee "$log" \
        | grep -E '^(#[0-9]+[[:space:]]+(DONE|pulse)|stat::|==[0-9]+==|SUMMARY|INFO: Seed|Fatal error)' || true
}

gen_targets=()
for name in gen import overlay; do
    if [[ " $targets " == *" $name "* ]]; then gen_targets+=("$name"); fi
done
if [ ${#gen_targets[@]} -gt 0 ]; then
    swift build -c release --scratch-path "$scratch" --product GenFuzz \
        -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >/dev/null
    binary=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/GenFuzz
    rm -rf "$scratch/seeds" "$scratch/seeds-import" "$scratch/seeds-overlay"
    mkdir -p "$scratch/seeds" "$scratch/seeds-import" "$scratch/seeds-overlay"
    cp Specs/*.yaml Tests/Fixtures/BadSpecs/*.yaml Templates/*.mustache "$scratch/seeds/"
    # Import seeds: single operations of the imported spec with their schemas, as JSON (the form Alipay
    # publishes) and YAML, with prose put back in. Overlay seeds: a few actions at a time of each overlay.
    python3 - "$root/Specs" "$scratch/seeds-import" "$scratch/seeds-overlay" <<'PYTHON'
import glob, json, os, sys
import yaml

specs, imports, overlays = sys.argv[1:4]
spec = yaml.safe_load(open(os.path.join(specs, "alipay-v3.yaml")))
schemas = spec["components"]["schemas"]
for number, (path, item) in enumerate(list(spec["paths"].items())[:: max(1, len(spec["paths"]) // 40)]):
    used = {}
    text = json.dumps(item)
    for name in schemas:
        if f'"#/components/schemas/{name}"' in text and len(used) < 4:
            used[name] = dict(schemas[name], description="说明 <b>`x`</b>", title="标题")
    for operation in item.values():
        operation["summary"], operation["description"] = "摘要", "描述\n第二行"
    doc = {"openapi": "3.0.3", "info": {"title": "示例接口文档", "version": "1"},
           "paths": {path: item}, "components": {"schemas": used}}
    with open(os.path.join(imports, f"operation-{number}.json"), "w") as f:
        json.dump(doc, f, ensure_ascii=False)
    with open(os.path.join(imports, f"operation-{number}.yaml"), "w") as f:
        yaml.safe_dump(doc, f, allow_unicode=True, sort_keys=False)
for file in sorted(glob.glob(os.path.join(specs, "overlay-*.yaml"))):
    overlay = yaml.safe_load(open(file))
    actions = overlay["actions"]
    for start in range(0, len(actions), max(1, len(actions) // 20)):
        part = dict(overlay, actions=actions[start:start + 3])
        name = os.path.basename(file)[:-5] + f"-{start}.yaml"
        with open(os.path.join(overlays, name), "w") as f:
            yaml.safe_dump(part, f, allow_unicode=True, sort_keys=False)
PYTHON
    for name in "${gen_targets[@]}"; do
        case $name in
            gen) fuzz gen "$binary" "$scratch/corpus" "$scratch/seeds" "$scratch/artifacts/" "$scratch/fuzz.log" ;;
            *) fuzz "$name" "$binary" "$scratch/corpus-$name" "$scratch/seeds-$name" \
                "$scratch/artifacts/$name/" "$scratch/fuzz-$name.log" ;;
        esac
    done
fi

runtime_targets=()
for name in response notification; do
    if [[ " $targets " == *" $name "* ]]; then runtime_targets+=("$name"); fi
done
if [ ${#runtime_targets[@]} -gt 0 ]; then
    swift build -c release --scratch-path "$scratch" --product RuntimeFuzz \
        -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING >/dev/null
    binary=$(swift build -c release --scratch-path "$scratch" --show-bin-path)/RuntimeFuzz
    rm -rf "$scratch/seeds-response" "$scratch/seeds-notification"
    mkdir -p "$scratch/seeds-response" "$scratch/seeds-notification"
    # Seeds: v2 answers and notification bodies, signed (and encrypted) with the test keys, so that
    # the fuzzer starts from inputs that get through verification and decryption.
    python3 - "$root/Tests/Fixtures/Keys" "$reference/v2-vectors" "$scratch/seeds-response" \
        "$scratch/seeds-notification" <<'PYTHON'
import base64, json, os, subprocess, sys
from urllib.parse import quote_plus

keys, vectors, responses, notifications = sys.argv[1:5]
alipay_key = os.path.join(keys, "alipay_private_pkcs8.pem")
aes_key = base64.b64decode(open(os.path.join(keys, "aes_key.b64")).read().strip())
cert_sn = "deb2a078d6eea44d8556ca1227b54ea5"  # the test Alipay certificate

def sign(text):
    data = text.encode() if isinstance(text, str) else text
    raw = subprocess.run(["openssl", "dgst", "-sha256", "-sign", alipay_key], input=data,
                         capture_output=True, check=True).stdout
    return base64.b64encode(raw).decode()

def encrypt(text):
    raw = subprocess.run(["openssl", "enc", "-aes-128-cbc", "-K", aes_key.hex(), "-iv", "00" * 16],
                         input=text.encode(), capture_output=True, check=True).stdout
    return base64.b64encode(raw).decode()

def write(folder, name, body):
    with open(os.path.join(folder, name), "wb") as f:
        f.write(body.encode() if isinstance(body, str) else body)

node_name = "alipay_trade_query_response"

def signed(node, cert=None, before=False, key=node_name):
    parts = [f'"{key}":{node}']
    if cert is not None:
        parts.append(f'"alipay_cert_sn":"{cert}"')
    parts.insert(0 if before else len(parts), f'"sign":"{sign(node)}"')
    return "{" + ",".join(parts) + "}"

success = ('{"code":"10000","msg":"Success","out_trade_no":"20240701-0001","trade_no":"2024070122001405611000012345",'
           '"trade_status":"TRADE_SUCCESS","total_amount":"88.88","buyer_logon_id":"159****5620"}')
failure = ('{"code":"40004","msg":"Business Failed","sub_code":"ACQ.TRADE_NOT_EXIST","sub_msg":"交易不存在",'
           '"out_trade_no":"20240701-0001"}')
tricky = r'{"a":"}\"{","b":["\\"],"c":{"d":[1,2.5e3,-0,true,false,null,{"e":[]}]},"u":"\u6d4b\ud83d\ude00\t"}'
slashes = '{"code":"10000","msg":"Success","url":"https:\\/\\/m.example.com\\/return"}'
ciphertext = '"' + encrypt(success) + '"'
seeds = {
    "success": signed(success),
    "success-cert": signed(success, cert=cert_sn),
    "success-unknown-cert": signed(success, cert="0c16e8f6d12de42af20a7ed6c6ee6124"),
    "node-after-sign": signed(success, cert=cert_sn, before=True),
    "business-failure": signed(failure),
    "tricky-strings": signed(tricky),
    "escaped-slashes": '{"%s":%s,"sign":"%s"}' % (node_name, slashes, sign(slashes.replace("\\/", "/"))),
    "encrypted": '{"%s":%s,"sign":"%s"}' % (node_name, ciphertext, sign(ciphertext)),
    "encrypted-failure": signed('"' + encrypt(failure) + '"'),
    "whitespace": '{ "sign" : "%s" ,\n\t"%s" : %s , "alipay_cert_sn" : null }' % (sign(success), node_name, success),
    "error-response": '{"error_response":{"code":"40002","msg":"Invalid Arguments","sub_code":"isv.invalid-app-id"}}',
    "duplicate-node": '{"%s":%s,"%s":{"code":"10000"},"sign":"%s"}' % (node_name, success, node_name, sign(success)),
    "duplicate-sign": '{"%s":%s,"sign":"%s","sign":"x"}' % (node_name, success, sign(success)),
    "escaped-key": '{"alipay_trade_query\\u005fresponse":%s,"si\\u0067n":"%s"}' % (success, sign(success)),
    "both-nodes": '{"error_response":{"code":"40002"},"%s":%s,"sign":"%s"}' % (node_name, success, sign(success)),
    "numbers": '{"%s":{"code":10000,"n":[1e400,-0.0,123456789012345678901234567890,1E-7]},"sign":null}' % node_name,
    "lone-surrogates": '{"%s":{"code":"10000","s":"\\ud800x\\udc00"},"sign":"\\ud800"}' % node_name,
    # The object and 511 arrays: as deep as the envelope goes; one more is refused.
    "nesting-512": '{"%s":%s0%s}' % (node_name, "[" * 511, "]" * 511),
    "nesting-513": '{"%s":%s0%s}' % (node_name, "[" * 512, "]" * 512),
}
for name, body in seeds.items():
    write(responses, name + ".json", body)

# Notifications: every field but sign (and, by the v1 rule, sign_type), empty ones skipped, sorted, raw.
def notification(params, rule="v1"):
    skipped = {"sign", "sign_type"} if rule == "v1" else {"sign"}
    content = "&".join(f"{k}={v}" for k, v in sorted(params.items()) if k not in skipped and v)
    fields = dict(params, sign=sign(content))
    return "&".join(f"{quote_plus(k)}={quote_plus(v, safe='*')}" for k, v in fields.items())

payment = {
    "notify_type": "trade_status_sync", "notify_id": "2024070100222123510046880512345678",
    "notify_time": "2024-07-01 12:35:12", "app_id": "2021000000000001", "charset": "utf-8", "version": "1.0",
    "sign_type": "RSA2", "trade_status": "TRADE_SUCCESS", "out_trade_no": "20240701-0001",
    "trade_no": "2024070122001405611000012345", "total_amount": "88.88", "subject": "测试商品 & = + %",
    "fund_bill_list": '[{"amount":"88.88","fundChannel":"ALIPAYACCOUNT"}]', "buyer_logon_id": "159****5620",
    "passback_params": "",
}
write(notifications, "payment-v1.txt", notification(payment))
write(notifications, "payment-v2.txt", notification(payment, rule="v2"))
for name, body in {
    "duplicate": "a=1&b=2&a=3",
    "malformed-escape": "a=%zz&b=%e4%b8",
    "empty-parts": "&&=&k&v=&=v&+=%20",
    "raw-text": "subject=测试 &sign=x&sign_type=RSA",
    "nul-and-controls": "a=%00%0d%0a&b=%ff",
}.items():
    write(notifications, name + ".txt", body)

# The reference vectors as they are (signed with other keys), and signed again with the test keys.
if os.path.isdir(vectors):
    cases = json.load(open(os.path.join(vectors, "05-responses.json")))["cases"]
    cases += json.load(open(os.path.join(vectors, "07-aes.json")))["responses"]
    for number, case in enumerate(cases):
        body = case["body"]
        write(responses, f"vector-{number}.json", body)
        if case.get("sign"):
            body = body.replace(case["sign"], sign(case["sign_source"]))
            if case.get("alipay_cert_sn"):
                body = body.replace(case["alipay_cert_sn"], cert_sn)
            write(responses, f"vector-{number}-test-key.json", body)
    for number, case in enumerate(json.load(open(os.path.join(vectors, "06-notify.json")))["cases"]):
        write(notifications, f"vector-{number}.txt", case["post_body"])
        params = {k: v for k, v in case["params"].items() if k != "sign"}
        rule = "v1" if case["verifies_v1"] else "v2"
        write(notifications, f"vector-{number}-test-key.txt", notification(params, rule))
PYTHON
    for name in "${runtime_targets[@]}"; do
        fuzz "$name" "$binary" "$scratch/corpus-$name" "$scratch/seeds-$name" "$scratch/artifacts/$name/" \
            "$scratch/fuzz-$name.log"
    done
fi

# One `ls` of three patterns fails when any pattern matches nothing; `find` lists whatever is there.
found=$(find "$scratch/artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) 2>/dev/null || true)
if [ -n "$found" ]; then
    echo "fuzz: crashes found:"; echo "$found"
    exit 1
fi
