/// The self-submitting HTML form of page and WAP pay.
///
/// The action carries the common parameters and `sign` in its query; every other parameter is a
/// hidden field. Both the action and the values are HTML-escaped (`&`, `"`, `<`, `>`, `'`), so a
/// browser decoding the attributes submits exactly the signed bytes, whatever the values hold
/// (Alipay's own SDKs escape only `"`, and values holding `&amp;` or `&lt;` then fail to verify).
package enum PageForm {
    package static func html(gatewayURL: String, parameters: V2SignedParameters) -> String {
        let action = PageURL.url(gatewayURL: gatewayURL, query: parameters.queryParameters)
        var html = "<form name=\"punchout_form\" method=\"post\" action=\"\(escaped(action))\">\n"
        for field in parameters.bodyParameters {
            html += "<input type=\"hidden\" name=\"\(escaped(field.name))\" value=\"\(escaped(field.value))\">\n"
        }
        html += "<input type=\"submit\" value=\"立即支付\" style=\"display:none\" >\n"
        html += "</form>\n<script>document.forms[0].submit();</script>"
        return html
    }

    /// `text` safe inside a double- or single-quoted HTML attribute and in element content.
    package static func escaped(_ text: String) -> String {
        let utf8 = text.utf8
        guard utf8.contains(where: isSpecial) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(utf8.count + 32)
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "<")
            || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "'")
    }
}

/// The gateway URL with form-encoded parameters in its query.
package enum PageURL {
    package static func url(gatewayURL: String, query: [V2SignedParameters.Parameter]) -> String {
        guard !query.isEmpty else { return gatewayURL }
        let separator: String
        if !gatewayURL.contains("?") {
            separator = "?"
        } else if gatewayURL.hasSuffix("?") || gatewayURL.hasSuffix("&") {
            separator = ""
        } else {
            separator = "&"
        }
        return gatewayURL + separator + query.formEncoded
    }
}
