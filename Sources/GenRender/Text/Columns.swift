extension String {
    /// The columns the text takes on a line of source: its characters. Most text the generator
    /// measures is ASCII, where that is the byte count, found without Unicode's rules.
    var columns: Int {
        let isASCII = utf8.withContiguousStorageIfAvailable { bytes in
            var union: UInt8 = 0
            for byte in bytes {
                union |= byte
            }
            return union < 0x80
        }
        return (isASCII ?? utf8.allSatisfy { $0 < 0x80 }) ? utf8.count : count
    }
}
