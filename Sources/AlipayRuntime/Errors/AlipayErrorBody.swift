/// The error body of an operation whose `default` response is the platform's `CommonErrorType` or
/// the operation's own error model: the first whose code enum knows the body's code.
///
/// The generated SDK names one per operation (`typealias
/// ZhimaCreditPeZmgoCumulationSyncErrorBody = AlipayErrorBody<...>`) and hands it out in
/// `AlipayAPIError.detail`. A code neither knows is taken as a new code of the operation.
public enum AlipayErrorBody<CommonCode: AlipayStringEnum, OperationCode: AlipayStringEnum>:
    Codable, Equatable, Sendable, AlipayErrorDetail
{
    /// The platform's error (`CommonErrorType`).
    case commonErrorType(AlipayErrorModel<CommonCode>)
    /// The operation's own error model.
    case errorResponseModel(AlipayErrorModel<OperationCode>)

    /// Decodes the body as the first error model whose code enum knows its code, else as the operation's.
    public init(from decoder: any Decoder) throws {
        var oneOf = try AlipayOneOf<Self>(decoder)
        oneOf.knownCode(AlipayErrorModel<CommonCode>.self, \.code, Self.commonErrorType)
        oneOf.knownCode(AlipayErrorModel<OperationCode>.self, \.code, Self.errorResponseModel)
        oneOf.decodes(AlipayErrorModel<OperationCode>.self, Self.errorResponseModel)
        self = try oneOf.last(AlipayErrorModel<CommonCode>.self, Self.commonErrorType)
    }

    /// Writes the error model it holds.
    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .commonErrorType(let value):
            try value.encode(to: encoder)
        case .errorResponseModel(let value):
            try value.encode(to: encoder)
        }
    }
}
