import Foundation

// The names of the previous release, kept for one release: code written with them compiles, with a
// warning that names the new one.

/// The former name of ``AlipayErrorModel``.
@available(*, deprecated, renamed: "AlipayErrorModel")
public typealias AlipayErrorResponse<ErrorCode: AlipayStringEnum> = AlipayErrorModel<ErrorCode>

/// The former name of ``AlipayEmptyBody``.
@available(*, deprecated, renamed: "AlipayEmptyBody")
public typealias AlipayEmptyResponse = AlipayEmptyBody

extension AlipayNotificationRule {
    /// The former name of ``excludingSignType``.
    @available(*, deprecated, renamed: "excludingSignType")
    public static var v1: Self { .excludingSignType }

    /// The former name of ``includingSignType``.
    @available(*, deprecated, renamed: "includingSignType")
    public static var v2: Self { .includingSignType }
}

extension AlipayCertificates {
    /// The former name of ``appCertificateSerialNumber``.
    @available(*, deprecated, renamed: "appCertificateSerialNumber")
    public var appCertSN: String { appCertificateSerialNumber }

    /// The former name of ``alipayCertificateSerialNumber``.
    @available(*, deprecated, renamed: "alipayCertificateSerialNumber")
    public var alipayCertSN: String { alipayCertificateSerialNumber }

    /// The former name of ``alipayRootCertificateSerialNumber``.
    @available(*, deprecated, renamed: "alipayRootCertificateSerialNumber")
    public var alipayRootCertSN: String { alipayRootCertificateSerialNumber }
}

extension AlipayV2Response {
    /// The former name of ``alipayCertificateSerialNumber``.
    @available(*, deprecated, renamed: "alipayCertificateSerialNumber")
    public var alipayCertSN: String? {
        get { alipayCertificateSerialNumber }
        set { alipayCertificateSerialNumber = newValue }
    }

    /// The former initializer, whose `alipayCertSN` is now `alipayCertificateSerialNumber`.
    @available(*, deprecated, renamed: "init(method:body:rawBody:alipayCertificateSerialNumber:code:msg:)")
    public init(
        method: String, body: Data, rawBody: Data, alipayCertSN: String?, code: String? = nil, msg: String? = nil
    ) {
        self.init(
            method: method, body: body, rawBody: rawBody, alipayCertificateSerialNumber: alipayCertSN, code: code,
            msg: msg)
    }
}
