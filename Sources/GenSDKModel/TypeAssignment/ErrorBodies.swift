import GenOpenAPI

/// Alipay's v3 error answers and the runtime types that stand for them.
///
/// Nearly every operation declares an error model of its own, `{code, links, message}` with a string
/// enum of the operation's codes, and a `default` response that is `CommonErrorType` (the same shape,
/// with the platform's codes) or that model. Written out per operation they are three types each,
/// hundreds of times over; instead such a model is `AlipayErrorModel<Code>` under its own name,
/// with its code enum at the top level, and such a union is `AlipayErrorBody<CommonCode, Code>`.
/// Both runtime types behave exactly as the generated ones did (same members, cases and decoding).
enum ErrorBodies {
    /// The case names of `AlipayErrorBody`, in its order: the names the union's members would get.
    static let unionCaseNames = ["commonErrorType", "errorResponseModel"]

    /// The values and description of the `code` enum when `schema` is an error body: an object of
    /// exactly `code` (an inline string enum), `links` and `message` (plain strings), none of them or
    /// the object deprecated.
    static func code(ofErrorBody schema: Schema) -> (values: [String], description: String?)? {
        guard case .object(let object) = schema.kind, !schema.deprecated, object.properties.count == 3,
            object.additionalProperties == nil
        else { return nil }
        var seen: Set<String> = []
        var code: (values: [String], description: String?)?
        for property in object.properties {
            guard !property.schema.deprecated, seen.insert(property.name).inserted,
                case .string(let format, let values) = property.schema.kind
            else { return nil }
            switch property.name {
            case "code":
                guard let values, !values.isEmpty else { return nil }
                code = (values, property.schema.description)
            case "links", "message":
                guard format != "binary", values?.isEmpty ?? true else { return nil }
            default:
                return nil
            }
        }
        return code
    }

    /// The name of the code enum of the error body named `model`:
    /// `ZhimaCreditPeZmgoCumulationSyncErrorResponseModel` -> `ZhimaCreditPeZmgoCumulationSyncErrorCode`.
    static func proposedCodeName(for model: String) -> String {
        let suffix = "ResponseModel"
        if model.hasSuffix(suffix), model.count > suffix.count {
            return String(model.dropLast(suffix.count)) + "Code"
        }
        return model + "Code"
    }
}
