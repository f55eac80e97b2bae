/// HTTP header fields in the order they were set, looked up without regard to case.
///
/// URLSession and proxies re-case header names (`alipay-signature` may arrive as `Alipay-Signature`),
/// so every lookup here ignores case.
public struct AlipayHTTPHeaders: Sendable, Hashable, Sequence, ExpressibleByDictionaryLiteral {
    /// One header line.
    public struct Field: Sendable, Hashable {
        /// The header's name, as it was set or received.
        public var name: String
        /// The header's value.
        public var value: String

        /// A header line `name: value`.
        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// The fields in order; a name may repeat.
    public private(set) var fields: [Field]

    /// The headers `fields`, in their order.
    public init(_ fields: [Field] = []) {
        self.fields = fields
    }

    /// The headers of a dictionary literal, in the literal's order.
    public init(dictionaryLiteral elements: (String, String)...) {
        self.fields = elements.map { Field(name: $0.0, value: $0.1) }
    }

    /// The first value of `name`, or `nil`; setting replaces every field of that name (or removes them).
    public subscript(name: String) -> String? {
        get { fields.first { $0.name.caseInsensitiveEquals(name) }?.value }
        set {
            guard let newValue else {
                fields.removeAll { $0.name.caseInsensitiveEquals(name) }
                return
            }
            guard let index = fields.firstIndex(where: { $0.name.caseInsensitiveEquals(name) }) else {
                fields.append(Field(name: name, value: newValue))
                return
            }
            var kept = Array(fields[...index])
            kept[index].value = newValue
            kept += fields[(index + 1)...].filter { !$0.name.caseInsensitiveEquals(name) }
            fields = kept
        }
    }

    /// Every value of `name`, in order.
    public func values(for name: String) -> [String] {
        fields.filter { $0.name.caseInsensitiveEquals(name) }.map(\.value)
    }

    /// Adds a field without touching existing ones of the same name.
    public mutating func add(name: String, value: String) {
        fields.append(Field(name: name, value: value))
    }

    /// The fields in order.
    public func makeIterator() -> IndexingIterator<[Field]> {
        fields.makeIterator()
    }
}

extension String {
    /// ASCII case-insensitive equality, as HTTP field names compare; allocates nothing.
    func caseInsensitiveEquals(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else { return false }
        return zip(utf8, other.utf8).allSatisfy {
            $0 == $1 || ($0 | 0x20 == $1 | 0x20 && ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A)
        }
    }
}
