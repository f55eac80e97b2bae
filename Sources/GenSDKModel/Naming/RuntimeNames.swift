/// The names of AlipayRuntime that generated code stands on: the one place the generator spells them.
///
/// The SDK model and the render stage take every runtime name they decide with from here; the
/// templates spell some of them again where they are plain layout.
public enum RuntimeNames {
    /// The runtime's module, which the shared models' module re-exports.
    public static let module = "AlipayRuntime"
    /// The other targets of this package, whose names a generated module never takes.
    static let otherPackageModules = [
        "AlipaySDKExamples", "AlipayTestGateway", "AlipayAsyncHTTPClient", "AlipayPaymentExamples",
    ]

    /// The client an API class sends its requests through.
    public static let client = "AlipayClient"
    /// The client's settings: app id, keys, gateway.
    public static let config = "AlipayConfig"
    /// The one error every generated method throws.
    public static let error = "AlipayError"
    /// The error of an answer that is not a success, with the decoded error body in `detail`.
    public static let apiError = "AlipayAPIError"
    /// What a request sends as its body.
    public static let requestBody = "AlipayRequestBody"
    /// Per-call settings, a parameter of every v3 method.
    public static let requestOptions = "AlipayRequestOptions"
    /// The v2 gateway's client.
    public static let v2Client = "AlipayV2Client"
    /// A file sent as a part of a multipart body.
    public static let file = "AlipayFile"
    /// Any JSON value: the type of a schema that says nothing of its type.
    public static let jsonValue = "AlipayJSONValue"
    /// The answer of an operation that declares no response model.
    public static let emptyBody = "AlipayEmptyBody"
    /// The conformance of a model whose properties are all optional.
    public static let model = "AlipayModel"
    /// The conformance of a model with required properties, which decodes in its own initializer.
    public static let requestModel = "AlipayRequestModel"
    /// The conformance of a string enum that keeps unknown values.
    public static let stringEnum = "AlipayStringEnum"
    /// The conformance of a type that is an operation's error body.
    public static let errorDetail = "AlipayErrorDetail"
    /// The error body of one operation's codes: `AlipayErrorModel<Code>`.
    public static let errorModel = "AlipayErrorModel"
    /// The code enum of an `AlipayErrorModel`, a type inside it: `TradeErrorResponseModel.Code`.
    public static let errorModelCode = "Code"
    /// The platform's codes or one operation's: `AlipayErrorBody<CommonCode, Code>`.
    public static let errorBody = "AlipayErrorBody"
    /// One property of a model in its list of fields.
    public static let field = "AlipayField"

    /// Every runtime type that generated code names unqualified, whether Swift code or a template
    /// writes it: a generated type never takes one of these names.
    static let typeNames: Set<String> = [
        client, config, error, apiError, "AlipayRequest", requestBody, requestOptions, "AlipayQueryItem", file,
        "AlipayFilePart", stringEnum, errorDetail, emptyBody, "AlipayHTTPMethod", jsonValue,
        "AlipayParameterValue", "AlipayCertificates", "AlipayResponse", model, field, "AlipayOneOf", errorModel,
        errorBody, requestModel, "AlipayFieldReader", v2Client, "AlipayKnownValues",
        // The names these had before, kept by the runtime as deprecated aliases.
        "AlipayEmptyResponse", "AlipayErrorResponse",
    ]
}
