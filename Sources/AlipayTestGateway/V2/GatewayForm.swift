import AlipayRuntime
import Foundation

/// `application/x-www-form-urlencoded` text as `gateway.do` reads it and Alipay writes it.
enum GatewayForm {
    /// Why a form could not be read.
    struct Failure: Error {
        var detail: String
    }

    /// The `name=value` pairs of `text` in order, `+` read as a space and `%XX` as UTF-8 bytes.
    static func pairs(_ text: String) throws(Failure) -> [(String, String)] {
        var pairs: [(String, String)] = []
        for item in text.split(separator: "&") {
            let parts = item.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try decoded(parts[0])
            guard !name.isEmpty else { continue }
            pairs.append((name, parts.count > 1 ? try decoded(parts[1]) : ""))
        }
        return pairs
    }

    /// One dictionary of all `pairs`; a name given twice fails, as Alipay refuses ambiguous requests.
    static func merged(_ pairs: [(String, String)]) throws(Failure) -> [String: String] {
        var values: [String: String] = [:]
        for (name, value) in pairs {
            guard values.updateValue(value, forKey: name) == nil else {
                throw Failure(detail: "参数 \(name) 重复")
            }
        }
        return values
    }

    /// `name=value` pairs joined by `&`, values encoded as Java's `URLEncoder` does (space as `+`).
    static func encoded(_ pairs: [(String, String)]) -> String {
        pairs.map { "\($0.0)=\(PercentEncoding.form.encode($0.1))" }.joined(separator: "&")
    }

    private static func decoded(_ text: Substring) throws(Failure) -> String {
        guard let value = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding else {
            throw Failure(detail: "\(text) 不是合法的 URL 编码")
        }
        return value
    }
}
