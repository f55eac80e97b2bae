import Foundation

/// The parts of a v2 answer, found without trusting any of them yet.
///
/// `{"<method>_response": <node>, "alipay_cert_sn": "<sn>", "sign": "<base64>"}` in any order. The
/// node's range is the exact bytes Alipay signed: from its `{` to the matching `}`, or for an
/// encrypted node the JSON string with both quotes. The whole body must be valid JSON, and a node
/// (or `sign`, or `alipay_cert_sn`) given twice is refused: a JSON parser would read the last copy
/// while the signature covers the first.
package struct V2ResponseEnvelope: Sendable, Hashable {
    /// `alipay_trade_query_response`, or `error_response` when only that is present.
    package let nodeName: String
    /// The node's bytes within the body.
    package let nodeRange: Range<Int>
    /// Whether the node is a JSON string (AES ciphertext) rather than an object.
    package let isEncrypted: Bool
    /// `sign`, if present.
    package let sign: String?
    /// `alipay_cert_sn`, if present.
    package let alipayCertSN: String?

    /// Why a body is not a v2 answer.
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        package let reason: String
        package var description: String { reason }
    }

    /// The node name for `method`: dots become underscores, then `_response`.
    package static func nodeName(for method: String) -> String {
        method.replacingOccurrences(of: ".", with: "_") + "_response"
    }

    /// Finds the node of `method` (or `error_response`) in `body`.
    package init(body: Data, method: String) throws(Failure) {
        let expected = Self.nodeName(for: method)
        let result: Result<V2ResponseEnvelope, Failure> = body.withUnsafeBytes { bytes in
            Result { () throws(Failure) -> V2ResponseEnvelope in try Self.read(bytes, expected: expected) }
        }
        self = try result.get()
    }

    private init(nodeName: String, nodeRange: Range<Int>, isEncrypted: Bool, sign: String?, alipayCertSN: String?) {
        self.nodeName = nodeName
        self.nodeRange = nodeRange
        self.isEncrypted = isEncrypted
        self.sign = sign
        self.alipayCertSN = alipayCertSN
    }

    private static func read(_ bytes: UnsafeRawBufferPointer, expected: String) throws(Failure) -> V2ResponseEnvelope {
        guard String(validating: bytes, as: UTF8.self) != nil else {
            throw Failure(reason: "the body is not UTF-8 text")
        }
        let members: [JSONScanner.Member]
        do {
            members = try JSONScanner.members(of: bytes, in: 0..<bytes.count)
        } catch {
            throw Failure(reason: "the body is not a JSON object (\(error.reason) at byte \(error.offset))")
        }
        func single(_ key: String) throws(Failure) -> JSONScanner.Member? {
            var found: JSONScanner.Member?
            for member in members where member.key == key {
                guard found == nil else { throw Failure(reason: "the body holds \(key) twice; the answer was refused") }
                found = member
            }
            return found
        }
        func text(_ key: String) throws(Failure) -> String? {
            guard let member = try single(key) else { return nil }
            if bytes[member.value.lowerBound] == UInt8(ascii: "n") { return nil }  // null
            guard let value = JSONScanner.string(in: bytes, range: member.value) else {
                throw Failure(reason: "\(key) is not a string")
            }
            return value
        }
        let node: JSONScanner.Member
        if let found = try single(expected) {
            node = found
        } else if let found = try single("error_response") {
            node = found
        } else {
            throw Failure(reason: "the body has neither \(expected) nor error_response")
        }
        let first = bytes[node.value.lowerBound]
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "\"") else {
            throw Failure(reason: "\(node.key) is neither an object nor an encrypted string")
        }
        return V2ResponseEnvelope(
            nodeName: node.key, nodeRange: node.value, isEncrypted: first == UInt8(ascii: "\""),
            sign: try text("sign"), alipayCertSN: try text("alipay_cert_sn"))
    }
}

/// The status fields of a node: `code`, `msg`, `sub_code`, `sub_msg`.
package struct V2NodeStatus: Sendable, Hashable {
    package var code: String?
    package var msg: String?
    package var subCode: String?
    package var subMsg: String?

    /// Reads them from a node object; `nil` when `node` is not a JSON object.
    package init?(node: Data) {
        let result: V2NodeStatus?? = node.withUnsafeBytes { bytes in
            guard let members = try? JSONScanner.members(of: bytes, in: 0..<bytes.count) else { return .some(nil) }
            var status = V2NodeStatus()
            for member in members {
                let value = Self.text(bytes, member.value)
                switch member.key {
                case "code": status.code = value
                case "msg": status.msg = value
                case "sub_code": status.subCode = value
                case "sub_msg": status.subMsg = value
                default: continue
                }
            }
            return status
        }
        guard let result, let status = result else { return nil }
        self = status
    }

    private init() {}

    /// A string's text, or a number's digits as written; `nil` for `null` and containers.
    private static func text(_ bytes: UnsafeRawBufferPointer, _ range: Range<Int>) -> String? {
        switch bytes[range.lowerBound] {
        case UInt8(ascii: "\""): JSONScanner.string(in: bytes, range: range)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            String(decoding: UnsafeRawBufferPointer(rebasing: bytes[range]), as: UTF8.self)
        default: nil
        }
    }

    /// Whether the node reports a failure: a `sub_code`, or a `code` other than `10000`.
    package var isFailure: Bool {
        subCode != nil || (code != nil && code != "10000")
    }
}
