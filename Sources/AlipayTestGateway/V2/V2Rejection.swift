extension AlipayTestGateway {
    /// A v2 answer with a `sub_code`: why the gateway refused a request or a business call failed.
    public struct V2Rejection: Error, Sendable, Hashable, CustomStringConvertible {
        /// `40001`, `40002`, `40004`, `20000`…
        public var code: String
        /// The English summary of `code`, e.g. `Invalid Arguments`.
        public var msg: String
        /// e.g. `isv.invalid-signature` or `ACQ.TRADE_NOT_EXIST`.
        public var subCode: String
        /// Alipay's Chinese explanation, sometimes followed by details.
        public var subMsg: String

        /// A rejection with these four fields, e.g. to compare with one that was thrown.
        public init(code: String, msg: String, subCode: String, subMsg: String) {
            self.code = code
            self.msg = msg
            self.subCode = subCode
            self.subMsg = subMsg
        }

        /// `code msg: subCode subMsg`.
        public var description: String {
            "\(code) \(msg): \(subCode) \(subMsg)"
        }
    }
}
