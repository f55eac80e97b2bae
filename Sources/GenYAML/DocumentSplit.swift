#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where a large YAML document can be cut in two, so that libyaml can read the parts on two threads.
///
/// Found from the indentation of lines alone: the largest block mapping is entered until no entry
/// holds half of the text, and a run of its entries holding about half of the text is cut out. The
/// cut is only a guess: `SplitReader` keeps it only when libyaml's events confirm it.
struct DocumentSplit {
    /// The bytes of the cut-out entries; they start and end at line starts.
    var range: Range<Int>
    /// The 1-based line of the first cut-out entry.
    var line: Int
    /// Where the first key of the mapping that holds the entries is, 1-based.
    var blockLine: Int
    var blockColumn: Int

    /// Characters that make a line start something other than a plain or quoted key: a sequence
    /// entry, an explicit key or value, a flow collection, a tag, an anchor, an alias, a block
    /// scalar, a directive or a reserved character. Such a line is never taken for an entry.
    private static let indicators = Set("-?:,[]{}#&*!|>%@`".utf8)

    /// A line as the search sees it.
    private struct Line {
        var start: Int
        /// Leading spaces.
        var indent: Int
        /// The first byte after them, or `nil` for a line that is empty or holds only a comment.
        var first: UInt8?
    }

    /// A cut of `bytes`, or `nil` when it is shorter than `minimumSize`, is not plain UTF-8 with
    /// line feeds, has no block mapping to cut, or no cut would hold at least an eighth of it.
    static func find(in bytes: UnsafeBufferPointer<UInt8>, minimumSize: Int) -> DocumentSplit? {
        guard bytes.count >= max(minimumSize, 2), let lines = lines(of: bytes) else {
            return nil
        }
        let half = bytes.count / 2
        func offset(_ line: Int) -> Int {
            line < lines.count ? lines[line].start : bytes.count
        }
        guard var first = lines.firstIndex(where: { $0.first != nil }), lines[first].indent == 0 else {
            return nil
        }
        var end = lines.count
        while true {
            let indent = lines[first].indent
            let entries = (first..<end).filter { index in
                guard lines[index].indent == indent, let byte = lines[index].first else {
                    return false
                }
                return !Self.indicators.contains(byte)
            }
            guard entries.first == first else {
                return nil
            }
            let bounds = entries.map(offset) + [offset(end)]
            // Enter an entry holding more than half of the text, if its value is a block mapping
            // indented deeper.
            if let large = entries.indices.first(where: { bounds[$0 + 1] - bounds[$0] > half }) {
                let entryEnd = large + 1 < entries.count ? entries[large + 1] : end
                if let child = (entries[large] + 1..<entryEnd).first(where: { lines[$0].first != nil }),
                    lines[child].indent > indent
                {
                    let childIndent = lines[child].indent
                    end =
                        (child + 1..<entryEnd).first { lines[$0].first != nil && lines[$0].indent < childIndent }
                        ?? entryEnd
                    first = child
                    continue
                }
            }
            // The run of entries (never the first: the mapping must keep one) closest to half the text.
            guard entries.count >= 2 else {
                return nil
            }
            // Entries `lower..<upper`; `upper == entries.count` runs to the end of the mapping.
            func size(_ run: (lower: Int, upper: Int)) -> Int { bounds[run.upper] - bounds[run.lower] }
            var best: (lower: Int, upper: Int)?
            var upper = 1
            for lower in 1..<entries.count {
                upper = max(upper, lower + 1)
                while upper < entries.count, bounds[upper] - bounds[lower] < half {
                    upper += 1
                }
                for candidate in [upper - 1, upper] where candidate > lower {
                    let run = (lower, candidate)
                    if best.map({ abs(size(run) - half) < abs(size($0) - half) }) ?? true {
                        best = run
                    }
                }
            }
            guard let best, size(best) >= bytes.count / 8 else {
                return nil
            }
            return DocumentSplit(
                range: bounds[best.lower]..<bounds[best.upper], line: entries[best.lower] + 1, blockLine: first + 1,
                blockColumn: indent + 1)
        }
    }

    /// The lines of `bytes`, or `nil` when they hold anything whose line count libyaml would see
    /// differently or that is not UTF-8: a carriage return, a Unicode line break, a NUL byte (UTF-16
    /// or UTF-32), a byte order mark other than UTF-8's; or a document marker or directive.
    private static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [Line]? {
        guard let base = bytes.baseAddress, bytes[0] != 0xFE, bytes[0] != 0xFF, !hasOtherLineBreaks(bytes) else {
            return nil
        }
        var lines: [Line] = []
        lines.reserveCapacity(bytes.count / 32)
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while index < bytes.count {
            let start = index
            while index < bytes.count, bytes[index] == UInt8(ascii: " ") {
                index += 1
            }
            let indent = index - start
            var first: UInt8?
            if index < bytes.count, bytes[index] != UInt8(ascii: "\n"), bytes[index] != UInt8(ascii: "#") {
                first = bytes[index]
            }
            if indent == 0, let first,
                first == UInt8(ascii: "%") || bytes[index...].starts(with: "---".utf8)
                    || bytes[index...].starts(with: "...".utf8)
            {
                return nil
            }
            lines.append(Line(start: start, indent: indent, first: first))
            guard let lineFeed = memchr(base + index, Int32(UInt8(ascii: "\n")), bytes.count - index) else {
                break
            }
            index = base.distance(to: lineFeed.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return lines
    }

    /// Whether `bytes` hold a NUL, a carriage return, or a NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR
    /// in UTF-8 (C2 85, E2 80 A8, E2 80 A9).
    private static func hasOtherLineBreaks(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func positions(of byte: UInt8) -> some Sequence<Int> {
            sequence(state: 0) { from -> Int? in
                guard from < bytes.count,
                    let hit = memchr(bytes.baseAddress! + from, Int32(byte), bytes.count - from)
                else {
                    return nil
                }
                let position = bytes.baseAddress!.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                from = position + 1
                return position
            }
        }
        func followed(_ position: Int, by tails: [UInt8]...) -> Bool {
            tails.contains { bytes[(position + 1)...].starts(with: $0) }
        }
        let occurs = { (byte: UInt8) in memchr(bytes.baseAddress!, Int32(byte), bytes.count) != nil }
        return occurs(0) || occurs(UInt8(ascii: "\r"))
            || positions(of: 0xC2).contains { followed($0, by: [0x85]) }
            || positions(of: 0xE2).contains { followed($0, by: [0x80, 0xA8], [0x80, 0xA9]) }
    }

    /// The document without the cut-out entries: each of their lines is left empty, so every other
    /// line keeps its number.
    func remainder(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(bytes.count - range.count + (line - 1))
        text.append(contentsOf: bytes[..<range.lowerBound])
        var breaks = 0
        var from = bytes.baseAddress! + range.lowerBound
        let end = bytes.baseAddress! + range.upperBound
        while from < end, let lineFeed = memchr(from, Int32(UInt8(ascii: "\n")), from.distance(to: end)) {
            breaks += 1
            from = UnsafePointer(lineFeed.assumingMemoryBound(to: UInt8.self)) + 1
        }
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: breaks))
        text.append(contentsOf: bytes[range.upperBound...])
        return text
    }

    /// The cut-out entries at their own line numbers: an empty line for each line before them.
    func part(of bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var text: [UInt8] = []
        text.reserveCapacity(line - 1 + range.count)
        text.append(contentsOf: repeatElement(UInt8(ascii: "\n"), count: line - 1))
        text.append(contentsOf: bytes[range])
        return text
    }
}
