/// The cases of an ``AlipayStringEnum`` that the spec names, in the spec's order, and the way back
/// from a raw value to its case.
///
/// An enum writes each raw value once, in its `rawValue`; the table reads them from there when it is
/// first used, so that decoding a value is one dictionary lookup. Written as an array literal:
///
/// ```swift
/// public static let knownValues: AlipayKnownValues<Self> = [
///     .tradeSuccess,
///     .tradeClosed,
/// ]
/// ```
@_spi(Generated) public struct AlipayKnownValues<Value: AlipayStringEnum>: Sendable, ExpressibleByArrayLiteral {
    /// The cases, in the order they were listed.
    public let values: [Value]
    private let valuesByRawValue: [String: Value]

    /// A table of the cases listed; of two cases with the same raw value, the first is kept.
    public init(arrayLiteral values: Value...) {
        var valuesByRawValue: [String: Value] = [:]
        valuesByRawValue.reserveCapacity(values.count)
        for value in values where valuesByRawValue[value.rawValue] == nil {
            valuesByRawValue[value.rawValue] = value
        }
        self.values = values
        self.valuesByRawValue = valuesByRawValue
    }

    /// The case whose raw value is `rawValue`, or `nil` when the table does not list one.
    public func value(forRawValue rawValue: String) -> Value? {
        valuesByRawValue[rawValue]
    }
}
