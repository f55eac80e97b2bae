/// Base-10 text of an X.509 serial number of any width (Alipay's roots use 160-bit serials).
enum DecimalSerial {
    /// - Parameter bytes: the INTEGER's content octets, big-endian two's complement.
    /// - Returns: the number in base 10, with a `-` when it is negative.
    static func string(fromTwosComplement bytes: [UInt8]) -> String {
        guard let first = bytes.first, first & 0x80 != 0 else {
            return string(fromMagnitude: bytes)
        }
        // Negative: the magnitude is the two's complement (invert, add one).
        var magnitude = bytes.map { ~$0 }
        for index in magnitude.indices.reversed() {
            let (sum, overflow) = magnitude[index].addingReportingOverflow(1)
            magnitude[index] = sum
            if !overflow { break }
        }
        return "-" + string(fromMagnitude: magnitude)
    }

    /// Repeated division by 10^9 over the big-endian bytes, collecting nine digits at a time.
    private static func string(fromMagnitude bytes: [UInt8]) -> String {
        var number = Array(bytes.drop { $0 == 0 })
        guard !number.isEmpty else { return "0" }
        var groups: [UInt32] = []
        while !number.isEmpty {
            var remainder: UInt64 = 0
            var quotient: [UInt8] = []
            quotient.reserveCapacity(number.count)
            for byte in number {
                let value = remainder << 8 | UInt64(byte)
                let digit = value / 1_000_000_000
                remainder = value % 1_000_000_000
                if !quotient.isEmpty || digit != 0 { quotient.append(UInt8(digit)) }
            }
            groups.append(UInt32(remainder))
            number = quotient
        }
        var text = String(groups.removeLast())
        for group in groups.reversed() {
            text += String(group).zeroPadded(to: 9)
        }
        return text
    }
}
