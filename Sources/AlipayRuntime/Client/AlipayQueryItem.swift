/// A query parameter as sent: its wire name and its text.
public struct AlipayQueryItem: Sendable, Hashable {
    /// The parameter's name on the wire.
    public var name: String
    /// The parameter's text before percent-encoding.
    public var value: String

    /// The query parameter `name=value`.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A value that can stand in a query string or a path segment.
public protocol AlipayParameterValue: Sendable {
    /// The value's text before percent-encoding.
    var parameterText: String { get }
}

extension String: AlipayParameterValue {
    /// The string itself.
    public var parameterText: String { self }
}

extension Int: AlipayParameterValue {
    /// The number in decimal.
    public var parameterText: String { String(self) }
}

extension Int32: AlipayParameterValue {
    /// The number in decimal.
    public var parameterText: String { String(self) }
}

extension Int64: AlipayParameterValue {
    /// The number in decimal.
    public var parameterText: String { String(self) }
}

extension Double: AlipayParameterValue {
    /// The number as Swift prints it.
    public var parameterText: String { String(self) }
}

extension Bool: AlipayParameterValue {
    /// `true` or `false`.
    public var parameterText: String { self ? "true" : "false" }
}

extension Array where Element == AlipayQueryItem {
    /// Appends `name=value`, or nothing when `value` is `nil`.
    @_spi(Generated) public mutating func append(_ name: String, _ value: (some AlipayParameterValue)?) {
        guard let value else { return }
        append(AlipayQueryItem(name: name, value: value.parameterText))
    }
}

extension AlipayRequest {
    /// The path `template` with each `{name}` replaced by its parameter, percent-encoded.
    ///
    ///     AlipayRequest.path("/v3/alipay/marketing/activity/{activity_id}", parameters: ["activity_id": "A 1"])
    ///     // "/v3/alipay/marketing/activity/A%201"
    @_spi(Generated) public static func path(_ template: String, parameters: [String: any AlipayParameterValue])
        -> String
    {
        var path = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            path += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = parameters[name] {
                path += pathSegment(value)
            } else {
                path += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return path + rest
    }

    /// Percent-encodes a path parameter so that it stays one path segment.
    package static func pathSegment(_ value: some AlipayParameterValue) -> String {
        PercentEncoding.pathSegment.encode(value.parameterText)
    }
}
