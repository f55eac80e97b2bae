import Foundation
import SwiftASN1

/// Reads the modulus and exponent of an RSA public key with swift-asn1.
///
/// Public keys are then built from these numbers (`_RSA.Signing.PublicKey(n:e:)`) rather than by
/// handing DER to swift-crypto: its DER public-key parser (3.x) frees its key twice when parsing
/// fails, so bytes that might not be an RSA public key must never reach it.
enum RSAPublicKeyDER {
    struct Components {
        var modulus: [UInt8]
        var exponent: [UInt8]
    }

    enum Outcome {
        case rsa(Components)
        /// A well-formed SubjectPublicKeyInfo for another algorithm (EC, SM2…).
        case otherAlgorithm(String)
        case notAPublicKey
    }

    private static let rsaEncryption = "1.2.840.113549.1.1.1"

    /// Classifies `der` as an RSA SubjectPublicKeyInfo, a PKCS#1 RSAPublicKey, another algorithm's key, or none.
    static func parse(_ der: Data) -> Outcome {
        guard let root = try? DER.parse([UInt8](der)), case .constructed(let nodes) = root.content else {
            return .notAPublicKey
        }
        let children = Array(nodes)
        if let pkcs1 = rsaPublicKey(children) {
            return .rsa(pkcs1)
        }
        // SubjectPublicKeyInfo ::= SEQUENCE { algorithm AlgorithmIdentifier, subjectPublicKey BIT STRING }
        guard children.count == 2, case .constructed(let algorithm) = children[0].content,
            let oidNode = Array(algorithm).first, let oid = try? ASN1ObjectIdentifier(derEncoded: oidNode),
            children[1].identifier == .bitString, case .primitive(let bits) = children[1].content
        else {
            return .notAPublicKey
        }
        guard oid.description == rsaEncryption else {
            return .otherAlgorithm(oid.description)
        }
        guard bits.first == 0, let inner = try? DER.parse(Array(bits.dropFirst())),
            case .constructed(let innerNodes) = inner.content, let components = rsaPublicKey(Array(innerNodes))
        else {
            return .notAPublicKey
        }
        return .rsa(components)
    }

    /// RSAPublicKey ::= SEQUENCE { modulus INTEGER, publicExponent INTEGER }, both positive.
    private static func rsaPublicKey(_ nodes: [ASN1Node]) -> Components? {
        guard nodes.count == 2, nodes.allSatisfy({ $0.identifier == .integer }),
            case .primitive(let modulus) = nodes[0].content, case .primitive(let exponent) = nodes[1].content,
            let modulusSign = modulus.first, let exponentSign = exponent.first,
            modulusSign & 0x80 == 0, exponentSign & 0x80 == 0
        else {
            return nil
        }
        return Components(modulus: Array(modulus), exponent: Array(exponent))
    }
}
