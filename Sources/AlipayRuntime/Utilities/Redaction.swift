/// Types that hold key material reflect as a fixed, empty shape, so `dump` and debuggers neither
/// show secrets nor walk into the crypto library's internals.

extension AlipayClient: CustomReflectable, CustomStringConvertible {
    public var customMirror: Mirror {
        Mirror(self, children: ["config": config], displayStyle: .class)
    }

    public var description: String {
        "AlipayClient(\(config))"
    }
}

extension RequestSigner: CustomReflectable, CustomStringConvertible {
    public var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: .struct)
    }

    public var description: String {
        "RequestSigner(<redacted>)"
    }
}

extension ResponseVerifier: CustomReflectable {
    public var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: .struct)
    }
}

extension AlipayContentCipher: CustomReflectable, CustomStringConvertible {
    public var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: .struct)
    }

    public var description: String {
        "AlipayContentCipher(<redacted>)"
    }
}

extension SigningKey: CustomReflectable, CustomStringConvertible {
    package var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: .struct)
    }

    package var description: String {
        "SigningKey(<redacted>)"
    }
}
