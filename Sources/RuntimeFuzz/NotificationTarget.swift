import AlipayRuntime
import Foundation

/// Runs one body through the notification form parser and verification by both rules.
///
/// Bodies that are not UTF-8 are skipped: a notification body is text. Whatever the text,
/// verification answers `true` or `false`, never a crash. When the parser accepts a body, encoding
/// its fields again and parsing that gives the same fields, byte for byte.
func fuzzNotification(_ bytes: UnsafeRawBufferPointer) {
    guard let body = String(validating: bytes, as: UTF8.self) else { return }
    if let pairs = FormEncoding.decodePairs(body) {
        checkRoundTrip(pairs, body: body)
    }
    if let parameters = NotificationForm.parameters(body) {
        checkRoundTrip(parameters, body: body)
    }
    let clients = FuzzClients.shared
    for rule in [AlipayNotificationRule.excludingSignType, .includingSignType] {
        _ = clients.keyMode.verifyNotification(formBody: body, rule: rule)
        _ = clients.certificateMode.verifyNotification(formBody: body, rule: rule)
    }
}

/// The pairs, encoded and decoded again, come back in the same order with the same bytes.
private func checkRoundTrip(_ pairs: [(name: String, value: String)], body: String) {
    let encoded = FormEncoding.encode(pairs)
    guard let again = FormEncoding.decodePairs(encoded),
        again.map(bytes) == pairs.map(bytes)
    else {
        fatalError(
            "FormEncoding.decodePairs does not read back its pairs encoded as \(String(reflecting: encoded)); "
                + "body (hex): \(hex(body.utf8))")
    }
}

/// The fields, encoded and parsed again, are the same fields with the same bytes.
private func checkRoundTrip(_ parameters: [String: String], body: String) {
    let encoded = FormEncoding.encode(parameters.map { (name: $0.key, value: $0.value) })
    guard let again = NotificationForm.parameters(encoded),
        sortedBytes(again) == sortedBytes(parameters)
    else {
        fatalError(
            "NotificationForm.parameters does not read back its fields encoded as \(String(reflecting: encoded)); "
                + "body (hex): \(hex(body.utf8))")
    }
}

private struct PairBytes: Equatable {
    var name: [UInt8]
    var value: [UInt8]
}

private func bytes(_ pair: (name: String, value: String)) -> PairBytes {
    PairBytes(name: Array(pair.name.utf8), value: Array(pair.value.utf8))
}

private func sortedBytes(_ parameters: [String: String]) -> [PairBytes] {
    parameters.map { bytes((name: $0.key, value: $0.value)) }.sorted { $0.name.lexicographicallyPrecedes($1.name) }
}
