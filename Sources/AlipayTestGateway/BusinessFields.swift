import AlipayRuntime
import Foundation

/// The business fields of a request as the built-in answers read them: the members of a JSON object
/// (v2 `biz_content`, a v3 body) that are strings or numbers, as text.
enum BusinessFields {
    /// The string and number members of the JSON object `json` (`9.9` read as `"9.9"`, `10` as `"10"`);
    /// empty when there is no body or it is not an object.
    static func strings(of json: String?) -> [String: String] {
        let data = Data((json ?? "{}").utf8)
        let object = (try? JSONDecoder().decode([String: AlipayJSONValue].self, from: data)) ?? [:]
        return object.compactMapValues { value in
            switch value {
            case .string(let text): text
            case .number(let number) where number == number.rounded() && abs(number) < 1e15: String(Int(number))
            case .number(let number): String(number)
            default: nil
            }
        }
    }
}
