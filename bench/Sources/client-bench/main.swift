import AlipayAsyncHTTPClient
@_spi(Benchmarks) import AlipayRuntime
import AsyncHTTPClient
import BenchSupport
import Crypto
import Foundation
import _CryptoExtras

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

// The client's own cost per call. The gateway runs in a separate process (bench-gateway, built next
// to this executable), so that this process's CPU time, user + system of all its threads from
// getrusage(RUSAGE_SELF), is the client's alone: signing, JSON, the transport, verification, decoding.
// Every series (transport × concurrent tasks) gets a fresh gateway process and client, warms up, then
// makes its calls. The bare RSA-2048 sign is measured in the same run, in blocks between the series,
// and every series is compared with it. Each series of the client is paired with a series of its floor
// (BareCall: the same requests signed, sent by the bare transport and verified, nothing else) against
// a gateway of its own, run just before it. Prints a Markdown table and ratio lines. Run in release mode.
//
// Options: --transport urlsession|asynchttpclient (that one only), --tasks 1,8,32, --scale 0.25
// (a share of the calls of every series), --seconds 30 (the time limit of every series), --series
// floor|client|both (the floor's series, the client's, or both: the default).

struct BenchFailure: Error, CustomStringConvertible {
    var description: String
}

struct Options {
    var transports = ["URLSession", "AsyncHTTPClient"]
    var tasks = [1, 8, 32]
    var scale = 1.0
    var timeLimit = Duration.seconds(30)
    var runsFloor = true
    var runsClient = true

    init(_ arguments: [String]) throws {
        var remaining = arguments[...]
        while let option = remaining.popFirst() {
            guard let value = remaining.popFirst() else { throw BenchFailure(description: "\(option) needs a value") }
            switch option {
            case "--transport":
                transports = transports.filter { $0.lowercased() == value.lowercased() }
                if transports.isEmpty { throw BenchFailure(description: "unknown transport \(value)") }
            case "--tasks":
                tasks = value.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
            case "--scale":
                scale = Double(value) ?? scale
            case "--series":
                runsFloor = value == "floor" || value == "both"
                runsClient = value == "client" || value == "both"
                if !runsFloor && !runsClient { throw BenchFailure(description: "unknown series \(value)") }
            case "--seconds":
                timeLimit = .seconds(Int(value) ?? 30)
            default:
                throw BenchFailure(description: "unknown option \(option)")
            }
        }
    }

    /// How many calls a series with `tasks` concurrent tasks makes.
    func calls(tasks: Int) -> Int {
        max(tasks, Int((Double(tasks == 1 ? 2000 : 4000) * scale).rounded()))
    }
}

/// Whose CPU time `cpuTime` reads.
enum Usage {
    /// This process, all its threads (`RUSAGE_SELF`).
    case process
    /// The children of this process that ended and were waited for (`RUSAGE_CHILDREN`).
    case children
}

/// User + system CPU time, from `getrusage`.
func cpuTime(of who: Usage) -> Duration {
    #if canImport(Glibc)
        let code = who == .process ? __rusage_who_t(RUSAGE_SELF.rawValue) : __rusage_who_t(RUSAGE_CHILDREN.rawValue)
    #else
        let code = who == .process ? RUSAGE_SELF : RUSAGE_CHILDREN
    #endif
    var usage = rusage()
    getrusage(code, &usage)
    let user = Duration.seconds(usage.ru_utime.tv_sec) + .microseconds(usage.ru_utime.tv_usec)
    return user + .seconds(usage.ru_stime.tv_sec) + .microseconds(usage.ru_stime.tv_usec)
}

func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
}

func micros(_ duration: Duration) -> Double {
    seconds(duration) * 1e6
}

/// CPU time and wall time of `count` runs of `body`, per run.
func perRun(_ count: Int, _ body: () throws -> Void) rethrows -> (cpu: Duration, wall: Duration) {
    let clock = ContinuousClock()
    let cpuStart = cpuTime(of: .process)
    let start = clock.now
    for _ in 0..<count { try body() }
    let wall = clock.now - start
    return ((cpuTime(of: .process) - cpuStart) / count, wall / count)
}

/// Starts bench-gateway, found next to this executable, and reads the base URL it prints.
func startGateway() throws -> (process: Process, input: Pipe, baseURL: URL) {
    let executable = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
    let gatewayURL = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        .appendingPathComponent("bench-gateway")
    guard FileManager.default.isExecutableFile(atPath: gatewayURL.path) else {
        throw BenchFailure(description: "\(gatewayURL.path) is missing: swift build -c release --product bench-gateway")
    }
    let process = Process()
    process.executableURL = gatewayURL
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    var line = Data()
    while !line.contains(UInt8(ascii: "\n")) {
        let chunk = output.fileHandleForReading.availableData
        if chunk.isEmpty { throw BenchFailure(description: "bench-gateway exited before printing its URL") }
        line += chunk
    }
    let text = String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let baseURL = URL(string: text), baseURL.scheme == "http" else {
        throw BenchFailure(description: "bench-gateway printed \(text), not a URL")
    }
    return (process, input, baseURL)
}

/// `calls` calls of `call` from `tasks` concurrent tasks, each making its share one after the other;
/// a task stops early when `timeLimit` has passed.
func timedCalls(
    tasks: Int, calls: Int, timeLimit: Duration, _ call: @escaping @Sendable () async throws -> Void
) async throws -> (calls: Int, wall: Duration, cpu: Duration) {
    let clock = ContinuousClock()
    let deadline = clock.now + timeLimit
    let cpuStart = cpuTime(of: .process)
    let start = clock.now
    let made = try await withThrowingTaskGroup(of: Int.self) { group in
        for task in 0..<tasks {
            let share = calls / tasks + (task < calls % tasks ? 1 : 0)
            group.addTask {
                var made = 0
                while made < share, ContinuousClock.now < deadline {
                    try await call()
                    made += 1
                }
                return made
            }
        }
        return try await group.reduce(0, +)
    }
    let wall = clock.now - start
    return (made, wall, cpuTime(of: .process) - cpuStart)
}

let options = try Options(Array(CommandLine.arguments.dropFirst()))

/// The bare sign, as in runtime-bench (SHA-256 and RSA-2048 PKCS#1 v1.5 over 300 bytes), and the
/// client's crypto without HTTP (what `send` signs and verifies), measured in blocks between the series.
struct CryptoBlocks {
    let appKey: _RSA.Signing.PrivateKey
    let message = Data(String(repeating: "x", count: 300).utf8)
    let request = syncRequest()
    let signer: RequestSigner
    let verifier: ResponseVerifier
    let responseBody = Data(#"{"agreement_no":"20195108518085620000"}"#.utf8)
    let responseHeaders: AlipayHTTPHeaders
    let runs = 250
    /// CPU and wall time per run of each block.
    var sign: [(cpu: Duration, wall: Duration)] = []
    var signAndVerify: [(cpu: Duration, wall: Duration)] = []

    init() throws {
        appKey = try _RSA.Signing.PrivateKey(pemRepresentation: try fixture("app_private_pkcs8.pem"))
        signer = try RequestSigner(config: try benchConfig())
        verifier = try ResponseVerifier(config: try benchConfig())
        let alipayKey = try _RSA.Signing.PrivateKey(pemRepresentation: try fixture("alipay_private_pkcs8.pem"))
        let timestamp = "1700000000000"
        let nonce = "8e6d2c8a-0f4e-4d0b-9a51-3c7f2b1d9e40"
        let signature = try alipayKey.signature(
            for: SHA256.hash(data: Data("\(timestamp)\n\(nonce)\n".utf8) + responseBody + Data("\n".utf8)),
            padding: .insecurePKCS1v1_5
        ).rawRepresentation.base64EncodedString()
        responseHeaders = [
            "Alipay-Timestamp": timestamp, "Alipay-Nonce": nonce, "Alipay-Signature": signature,
            "Alipay-Trace-Id": "0b5c4a0e16", "Content-Type": "application/json",
        ]
        for _ in 0..<20 {
            try bareSign()
            try signThenVerify()
        }
    }

    func bareSign() throws {
        let signature = try appKey.signature(for: SHA256.hash(data: message), padding: .insecurePKCS1v1_5)
        precondition(signature.rawRepresentation.count == 256)
    }

    func signThenVerify() throws {
        _ = try signer.sign(request)
        try verifier.verify(status: 200, headers: responseHeaders, body: responseBody)
    }

    mutating func measure() throws {
        sign.append(try perRun(runs, bareSign))
        signAndVerify.append(try perRun(runs, signThenVerify))
    }
}

var blocks = try CryptoBlocks()
try blocks.measure()

struct Row {
    /// Whether this is the floor's series (BareCall), not the client's.
    var isFloor = false
    var transport: String
    var tasks: Int
    var calls: Int
    var wall: Duration
    var cpu: Duration
    /// The gateway process's CPU time over the series and its warm-up.
    var gatewayCPU: Duration
    var gatewayCalls: Int
}
var rows: [Row] = []
/// A URLSession as the bench gives the client: 64 connections per host.
func benchSession() -> URLSession {
    let sessionConfiguration = URLSessionConfiguration.default
    sessionConfiguration.httpMaximumConnectionsPerHost = 64
    return URLSession(configuration: sessionConfiguration)
}
let floorValues = AlipayConfigValues(
    privateKeyPEM: try fixture("app_private_pkcs8.pem"), alipayPublicKeyBase64: try fixture("alipay_public.b64"),
    userAgent: try benchConfig().userAgent)
/// One series against a gateway of its own, after a warm-up (the connections, the code paths): the
/// gateway keeps every nonce it saw for its timestamp window, and gets slower per request as they grow.
/// `makeCall` gets the gateway's URL and, for URLSession, the series' session, and returns the call,
/// which runs off the main actor.
@MainActor func gatewaySeries(
    isFloor: Bool, transport name: String, tasks: Int, calls: Int, timeLimit: Duration,
    makeCall: (URL, URLSession?) throws -> @Sendable () async throws -> Void
) async throws -> Row {
    let gateway = try startGateway()
    let session = name == "URLSession" ? benchSession() : nil
    let call = try makeCall(gateway.baseURL, session)
    let warmup = try await timedCalls(tasks: tasks, calls: max(20, 2 * tasks), timeLimit: .seconds(30), call)
    let result = try await timedCalls(tasks: tasks, calls: calls, timeLimit: timeLimit, call)
    let gatewayCPUStart = cpuTime(of: .children)
    try gateway.input.fileHandleForWriting.close()
    gateway.process.waitUntilExit()
    session?.finishTasksAndInvalidate()
    return Row(
        isFloor: isFloor, transport: name, tasks: tasks, calls: result.calls, wall: result.wall, cpu: result.cpu,
        gatewayCPU: cpuTime(of: .children) - gatewayCPUStart, gatewayCalls: warmup.calls + result.calls)
}

for name in options.transports {
    for tasks in options.tasks {
        try blocks.measure()
        let calls = options.calls(tasks: tasks)
        // The floor first.
        if options.runsFloor {
            rows.append(
                try await gatewaySeries(
                    isFloor: true, transport: name, tasks: tasks, calls: calls, timeLimit: options.timeLimit
                ) { baseURL, session in
                    let bare = try BareCall(baseURL: baseURL, config: floorValues)
                    let transport: BareCall.Transport = session.map { .urlSession($0) } ?? .asyncHTTPClient(.shared)
                    return { try await bare.call(transport) }
                })
        }
        if options.runsClient {
            rows.append(
                try await gatewaySeries(
                    isFloor: false, transport: name, tasks: tasks, calls: calls, timeLimit: options.timeLimit
                ) { baseURL, session in
                    var config = try benchConfig()
                    config.serverURL = baseURL
                    let transport: any HTTPTransport =
                        session.map { URLSessionTransport(session: $0) } ?? AsyncHTTPClientTransport()
                    let client = try AlipayClient(config: config, transport: transport)
                    let request = syncRequest()
                    return {
                        let response = try await client.send(request, returning: SyncResponse.self)
                        precondition(response.agreementNo == "20195108518085620000")
                    }
                })
        }
    }
}
try blocks.measure()

func median(_ values: [Duration]) -> Duration {
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}
let signCPU = median(blocks.sign.map(\.cpu))
let signWall = median(blocks.sign.map(\.wall))
let cryptoCPU = median(blocks.signAndVerify.map(\.cpu))
let cryptoWall = median(blocks.signAndVerify.map(\.wall))

func ratio(_ cpu: Duration, to sign: Duration) -> String {
    String(format: "%.3fx", micros(cpu) / micros(sign))
}

print("| transport | tasks | calls | calls/s | CPU µs per call | ratio to bare sign | gateway CPU µs per call |")
print("|---|---:|---:|---:|---:|---:|---:|")
print(
    "| RSA-2048 sign alone (_CryptoExtras, SHA256 PKCS#1 v1.5), median of \(blocks.sign.count) blocks | 1 | "
        + "\(blocks.sign.count * blocks.runs) | \(String(format: "%.0f", 1 / seconds(signWall))) | "
        + "\(String(format: "%.1f", micros(signCPU))) | 1.000x | — |")
print(
    "| RequestSigner.sign + ResponseVerifier.verify, no HTTP, median of \(blocks.signAndVerify.count) blocks | 1 | "
        + "\(blocks.signAndVerify.count * blocks.runs) | \(String(format: "%.0f", 1 / seconds(cryptoWall))) | "
        + "\(String(format: "%.1f", micros(cryptoCPU))) | \(ratio(cryptoCPU, to: signCPU)) | — |")
for row in rows {
    let perCall = row.cpu / row.calls
    let gatewayPerCall = row.gatewayCPU / max(row.gatewayCalls, 1)
    let label = row.isFloor ? "floor: bare \(row.transport) + bare sign + bare verify" : row.transport
    print(
        "| \(label) | \(row.tasks) | \(row.calls) | \(String(format: "%.0f", Double(row.calls) / seconds(row.wall))) "
            + "| \(String(format: "%.1f", micros(perCall))) | \(ratio(perCall, to: signCPU)) "
            + "| \(String(format: "%.1f", micros(gatewayPerCall))) |")
}
print("")
print(
    "Ratio: RequestSigner.sign + ResponseVerifier.verify, no HTTP / bare RSA-2048 sign = "
        + "\(ratio(cryptoCPU, to: signCPU)) (CPU per call; the runtime's work around the sign)")
for row in rows where !row.isFloor {
    let target = row.transport == "AsyncHTTPClient" ? "target ≤ 1.3x" : "for comparison"
    print(
        "Ratio: \(row.transport), \(row.tasks) task\(row.tasks == 1 ? "" : "s"): client CPU per call / bare "
            + "RSA-2048 sign = \(ratio(row.cpu / row.calls, to: signCPU)) (CPU per call; \(target))")
}
for row in rows where !row.isFloor {
    guard let floor = rows.first(where: { $0.isFloor && $0.transport == row.transport && $0.tasks == row.tasks })
    else { continue }
    let target = row.transport == "AsyncHTTPClient" ? "target ≤ 1.15x" : "for comparison"
    print(
        "Ratio: \(row.transport), \(row.tasks) task\(row.tasks == 1 ? "" : "s"): client CPU per call / its floor "
            + "(bare \(row.transport), sign and verify) = \(ratio(row.cpu / row.calls, to: floor.cpu / floor.calls)) "
            + "(CPU per call; \(target))")
}
