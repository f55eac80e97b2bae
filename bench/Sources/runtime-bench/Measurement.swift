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
}

extension Duration {
    /// Microseconds with one decimal, or milliseconds above 10 ms.
    var formatted: String {
        let micros = Double(components.seconds) * 1e6 + Double(components.attoseconds) / 1e12
        if micros >= 10_000 { return String(format: "%.1f ms", micros / 1000) }
        return String(format: "%.1f µs", micros)
    }
}
