import BenchSupport
import Foundation

// AlipayTestGateway in a process of its own, for client-bench: key mode with the test keys, answering
// the zmgo sync operation. Prints its base URL on one line, then serves until its standard input
// closes (the parent exited or closed the pipe) or it gets SIGTERM.

let gateway = try await startBenchGateway()
FileHandle.standardOutput.write(Data((gateway.baseURL.absoluteString + "\n").utf8))

await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
    // A blocking read, on a thread of its own rather than in the tasks' thread pool.
    Thread.detachNewThread {
        _ = FileHandle.standardInput.readDataToEndOfFile()
        continuation.resume()
    }
}
await gateway.stop()
