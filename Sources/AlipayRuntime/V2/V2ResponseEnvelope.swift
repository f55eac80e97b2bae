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
    /// The node's `code`, `msg`, `sub_code` and `sub_msg`; `nil` for an encrypted node.
    package let status: V2NodeStatus?

    /// Why a body is not a v2 answer.
    package struct Failure: Error, Sendable, Hashable, CustomStringConvertible {
        package let reason: String
        package var description: String { reason }
    }

    /// The node name for `method`: dots become underscores, then `_response`.
    package static func nodeName(for method: String) -> String {
        String(decoding: nodeNameBytes(for: method), as: UTF8.self)
    }

    private static func nodeNameBytes(for method: String) -> [UInt8] {
        method.utf8.map { $0 == UInt8(ascii: ".") ? UInt8(ascii: "_") : $0 } + Array("_response".utf8)
    }

    private static let errorNode = Array("error_response".utf8)
    private static let signKey = Array("sign".utf8)
    private static let certificateKey = Array("alipay_cert_sn".utf8)

    /// Finds the node of `method` (or `error_response`) in `body`, in one pass over it.
    package init(body: Data, method: String) throws(Failure) {
        let expected = Self.nodeNameBytes(for: method)
        let result = body.withUnsafeBytes { bytes in
            Result { () throws(Failure) -> V2ResponseEnvelope in try Self(bytes, expected: expected) }
        }
        self = try result.get()
    }

    private init(_ bytes: UnsafeRawBufferPointer, expected: [UInt8]) throws(Failure) {
        var object: JSONScanner.Object
        do {
            object = try JSONScanner.object(bytes, expanding: expected)
        } catch {
            throw Failure(reason: "the body is not a JSON object (\(error.reason) at byte \(error.offset))")
        }
        func single(_ key: [UInt8]) throws(Failure) -> JSONScanner.Member? {
            var found: JSONScanner.Member?
            for member in object.members where JSONScanner.key(in: bytes, member.key, is: key) {
                guard found == nil else {
                    throw Failure(reason: "the body holds \(String(decoding: key, as: UTF8.self)) twice; refused")
                }
                found = member
            }
            return found
        }
        func text(_ key: [UInt8]) throws(Failure) -> String? {
            guard let member = try single(key) else { return nil }
            if bytes[member.value.lowerBound] == UInt8(ascii: "n") { return nil }  // null
            guard let value = JSONScanner.string(in: bytes, range: member.value) else {
                throw Failure(reason: "\(String(decoding: key, as: UTF8.self)) is not a string")
            }
            return value
        }
        let node: JSONScanner.Member
        if let found = try single(expected) {
            node = found
            nodeName = String(decoding: expected, as: UTF8.self)
        } else if let found = try single(Self.errorNode) {
            node = found
            nodeName = "error_response"
        } else {
            throw Failure(
                reason: "the body has neither \(String(decoding: expected, as: UTF8.self)) nor error_response")
        }
        let first = bytes[node.value.lowerBound]
        guard first == UInt8(ascii: "{") || first == UInt8(ascii: "\"") else {
            throw Failure(reason: "\(nodeName) is neither an object nor an encrypted string")
        }
        nodeRange = node.value
        isEncrypted = first == UInt8(ascii: "\"")
        sign = try text(Self.signKey)
        alipayCertSN = try text(Self.certificateKey)
        if isEncrypted {
            status = nil
        } else if let members = object.expanded, nodeName != "error_response" {
            status = V2NodeStatus(bytes, members: members)  // read in the same pass as the body
        } else {
            // Only the method's node is read in the body's pass; the rarer error_response on its own.
            let inner = UnsafeRawBufferPointer(rebasing: bytes[node.value])
            status = V2NodeStatus(inner, members: (try? JSONScanner.object(inner).members) ?? [])
        }
    }
}

/// The status fields of a node: `code`, `msg`, `sub_code`, `sub_msg`.
package struct V2NodeStatus: Sendable, Hashable {
    package var code: String?
    package var msg: String?
    package var subCode: String?
    package var subMsg: String?

    private static let names = ["code", "msg", "sub_code", "sub_msg"].map { Array($0.utf8) }

    /// Reads them from a node object's text; `nil` when `node` is not a JSON object.
    package init?(node: Data) {
        let status: V2NodeStatus? = node.withUnsafeBytes { bytes in
            guard let object = try? JSONScanner.object(bytes) else { return nil }
            return V2NodeStatus(bytes, members: object.members)
        }
        guard let status else { return nil }
        self = status
    }

    /// Reads them from a node's members, found by `JSONScanner`.
    init(_ bytes: UnsafeRawBufferPointer, members: [JSONScanner.Member]) {
        for member in members {
            guard let index = Self.names.firstIndex(where: { JSONScanner.key(in: bytes, member.key, is: $0) }) else {
                continue
            }
            let value = Self.text(bytes, member.value)
            switch index {
            case 0: code = value
            case 1: msg = value
            case 2: subCode = value
            default: subMsg = value
            }
        }
    }

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
