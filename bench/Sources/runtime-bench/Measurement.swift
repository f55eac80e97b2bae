/// Timing samples of one operation and their summary.
struct Measurement {
    var name: String
    var samples: [Duration]
    /// Operations per second for throughput rows, when measured as a whole.
    var throughput: Double?

    var sorted: [Duration] { samples.sorted() }

    func percentile(_ fraction: Double) -> Duration {
        let values = sorted
        let index = min(values.count - 1, max(0, Int((Double(values.count - 1) * fraction).rounded())))
        return values[index]
    }

    /// Runs `body` `warmup` times unmeasured, then `runs` times measured one by one.
    static func time(_ name: String, runs: Int, warmup: Int = 20, _ body: () throws -> Void) rethrows -> Measurement {
        for _ in 0..<warmup { try body() }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(runs)
        for _ in 0..<runs {
            let start = clock.now
            try body()
            samples.append(clock.now - start)
        }
        return Measurement(name: name, samples: samples)
    }

    /// Measures several operations in turn, a share of each one's `runs` per round, so that a change
    /// in the machine's speed while measuring (other load, clock scaling) falls on all of them alike
    /// and ratios between them stay fair. By default there are as many rounds as the fewest runs, so
    /// that each round runs every operation about once: this machine's speed changes within tens of
    /// milliseconds, faster than rounds of 50 calls. Each runs `warmup` times unmeasured first.
    static func interleaved(
        _ operations: [(name: String, runs: Int, body: () throws -> Void)], rounds: Int? = nil, warmup: Int = 20
    ) throws -> [Measurement] {
        let rounds = rounds ?? operations.map(\.runs).min() ?? 1
        for operation in operations {
            for _ in 0..<warmup { try operation.body() }
        }
        let clock = ContinuousClock()
        var samples = operations.map { [Duration](reservingCapacity: $0.runs) }
        for round in 0..<rounds {
            for (index, operation) in operations.enumerated() {
                let share = operation.runs / rounds + (round < operation.runs % rounds ? 1 : 0)
                for _ in 0..<share {
                    let start = clock.now
                    try operation.body()
                    samples[index].append(clock.now - start)
                }
            }
        }
        return zip(operations, samples).map { Measurement(name: $0.name, samples: $1) }
    }

    /// The median.
    var median: Duration { percentile(0.5) }
}

extension Array {
    init(reservingCapacity capacity: Int) {
        self.init()
        reserveCapacity(capacity)
    }
}

extension Duration {
    /// Microseconds with one decimal, or milliseconds above 10 ms.
    var formatted: String {
        let micros = Double(components.seconds) * 1e6 + Double(components.attoseconds) / 1e12
        if micros >= 10_000 { return String(format: "%.1f ms", micros / 1000) }
        return String(format: "%.1f µs", micros)
    }
}
