import SwiftASN1

/// Writes an X.509 Name the way Java's `X500Principal.getName()` (RFC 2253) does.
///
/// Alipay computes certificate SNs in Java, so this is the form the SN is defined over: RDNs in
/// reverse order, `keyword=value` joined by `,`, RFC 2253 escaping, and `oid=#hex` for attributes
/// without an RFC 2253 keyword.
enum DistinguishedName {
    private static let keywords: [String: String] = [
        "2.5.4.3": "CN", "2.5.4.6": "C", "2.5.4.7": "L", "2.5.4.8": "ST", "2.5.4.10": "O",
        "2.5.4.11": "OU", "2.5.4.9": "STREET", "0.9.2342.19200300.100.1.25": "DC",
        "0.9.2342.19200300.100.1.1": "UID",
    ]

    static func javaString(_ name: ASN1Node) throws(CertificateParseError) -> String {
        var rdns: [String] = []
        for rdn in try CertificateSummary.children(of: name) {
            var attributes: [String] = []
            for attribute in try CertificateSummary.children(of: rdn) {
                attributes.append(try attributeString(attribute))
            }
            rdns.append(attributes.joined(separator: "+"))
        }
        return rdns.reversed().joined(separator: ",")
    }

    private static func attributeString(_ attribute: ASN1Node) throws(CertificateParseError) -> String {
        let parts = try CertificateSummary.children(of: attribute)
        guard parts.count == 2, let oid = try? ASN1ObjectIdentifier(derEncoded: parts[0]) else {
            throw CertificateParseError("malformed name attribute")
        }
        let value = parts[1]
        guard let keyword = keywords[oid.description], let text = stringValue(value) else {
            let hex = value.encodedBytes.map { String($0, radix: 16).zeroPadded(to: 2) }.joined()
            return "\(oid.description)=#\(hex)"
        }
        return "\(keyword)=\(escaped(text))"
    }

    private static func stringValue(_ node: ASN1Node) -> String? {
        guard case .primitive(let bytes) = node.content else { return nil }
        switch node.identifier {
        case .utf8String, .printableString, .ia5String, .visibleString, .numericString:
            return String(decoding: bytes, as: UTF8.self)
        case .teletexString:
            return String(bytes.map { Character(Unicode.Scalar($0)) })
        case .bmpString:
            guard bytes.count % 2 == 0 else { return nil }
            let units = stride(from: bytes.startIndex, to: bytes.endIndex, by: 2).map {
                UInt16(bytes[$0]) << 8 | UInt16(bytes[$0 + 1])
            }
            return String(decoding: units, as: UTF16.self)
        default:
            return nil
        }
    }

    /// RFC 2253 §2.4: escape `,+"\<>;`, a leading `#` or space, and a trailing space.
    private static func escaped(_ value: String) -> String {
        var result = ""
        for (offset, character) in value.enumerated() {
            let special = ",+\"\\<>;".contains(character)
            let leading = offset == 0 && (character == "#" || character == " ")
            let trailing = offset == value.count - 1 && character == " "
            if special || leading || trailing { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
