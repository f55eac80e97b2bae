import AlipayRuntime
import Foundation

/// The API whose answers the inputs pose as.
private let method = "alipay.trade.query"

/// Runs one body through the v2 envelope and reader.
///
/// Whatever the bytes, reading gives an answer or an error, never a crash. When the envelope accepts a
/// body, Foundation's JSON reader must agree with it: the body is an object, the node's bytes read on
/// their own as exactly the value the object holds under the node's name, and `sign` and
/// `alipay_cert_sn` are the object's.
func fuzzResponse(_ body: Data) {
    if let envelope = try? V2ResponseEnvelope(body: body, method: method) {
        checkAgainstFoundation(envelope, body: body)
    }
    let clients = FuzzClients.shared
    _ = try? clients.unverifiedReader.read(body, method: method, verifiesSignature: false)
    _ = try? clients.keyMode.v2.verify(responseBody: body, method: method)
    _ = try? clients.certificateMode.v2.verify(responseBody: body, method: method)
}

private func checkAgainstFoundation(_ envelope: V2ResponseEnvelope, body: Data) {
    func violation(_ what: String) -> Never {
        fatalError("V2ResponseEnvelope accepted a body but \(what); body (hex): \(hex(body))")
    }
    guard let whole = (try? JSONSerialization.jsonObject(with: body)) as? NSDictionary else {
        violation("Foundation does not read it as a JSON object")
    }
    guard let expected = whole.object(forKey: envelope.nodeName) as? NSObject else {
        violation("Foundation finds no \(envelope.nodeName) in it")
    }
    let range = envelope.nodeRange
    guard range.lowerBound >= 0, range.upperBound <= body.count, !range.isEmpty else {
        violation("nodeRange \(range) is not within the body's \(body.count) bytes")
    }
    let nodeBytes = body.subdata(in: range)
    guard let node = (try? JSONSerialization.jsonObject(with: nodeBytes, options: .fragmentsAllowed)) as? NSObject
    else {
        violation("the bytes of nodeRange \(range) are not one JSON value (hex: \(hex(nodeBytes)))")
    }
    guard node.isEqual(expected) else {
        violation("the bytes of nodeRange \(range) read as \(node), while the object holds \(expected)")
    }
    let isString = node is NSString
    guard isString == envelope.isEncrypted, isString || node is NSDictionary else {
        violation("isEncrypted is \(envelope.isEncrypted) for the node \(node)")
    }
    for (key, found) in [("sign", envelope.sign), ("alipay_cert_sn", envelope.alipayCertSN)] {
        let value = whole.object(forKey: key)
        let text: String?
        switch value {
        case nil, is NSNull: text = nil
        case let string as NSString: text = string as String
        default: violation("\(key) is \(String(describing: value)), neither a string nor null")
        }
        let same =
            switch (text, found) {
            case (nil, nil): true
            case (let text?, let found?): text.unicodeScalars.elementsEqual(found.unicodeScalars)
            default: false
            }
        guard same else {
            violation("\(key) is \(String(reflecting: found)), while the object holds \(String(reflecting: text))")
        }
    }
}
