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
        guard text.utf8.contains(where: { $0 == 0x26 || $0 == 0x22 || $0 == 0x3C || $0 == 0x3E || $0 == 0x27 }) else {
            return text
        }
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }
}

/// The gateway URL with form-encoded parameters in its query.
package enum PageURL {
    package static func url(gatewayURL: String, query: [V2SignedParameters.Parameter]) -> String {
        guard !query.isEmpty else { return gatewayURL }
        let separator =
            gatewayURL.contains("?") ? (gatewayURL.hasSuffix("?") || gatewayURL.hasSuffix("&") ? "" : "&") : "?"
        return gatewayURL + separator + query.formEncoded
    }
}
