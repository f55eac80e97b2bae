/// Types that hold key material reflect as a fixed, empty shape, so `dump` and debuggers neither
/// show secrets nor walk into the crypto library's internals.

extension AlipayClient: CustomReflectable, CustomStringConvertible {
    /// Dumps show the configuration only.
    public var customMirror: Mirror {
        Mirror(self, children: ["config": config], displayStyle: .class)
    }

    /// The configuration's description: never a key.
    public var description: String {
        "AlipayClient(\(config))"
    }
}

extension RequestSigner: CustomReflectable, CustomStringConvertible {
    /// Dumps show nothing of the key.
    public var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: .struct)
    }

    /// The type's name, the key redacted.
    public var description: String {
        "RequestSigner(<redacted>)"
    }
}

extension ResponseVerifier: CustomReflectable {
    /// Dumps show nothing of the keys.
    public var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: .struct)
    }
}

extension AlipayContentCipher: CustomReflectable, CustomStringConvertible {
    /// Dumps show nothing of the key.
    public var customMirror: Mirror {
        Mirror(self, children: [], displayStyle: .struct)
    }

    /// The type's name, the key redacted.
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
