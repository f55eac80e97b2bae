/// The self-submitting HTML form of page and WAP pay.
///
/// The action carries the common parameters and `sign` in its query; every other parameter is a
/// hidden field. Both the action and the values are HTML-escaped (`&`, `"`, `<`, `>`, `'`), so a
/// browser decoding the attributes submits exactly the signed bytes, whatever the values hold
/// (Alipay's own SDKs escape only `"`, and values holding `&amp;` or `&lt;` then fail to verify).
package enum PageForm {
    package static func html(gatewayURL: String, parameters: V2SignedParameters) -> String {
        let action = PageURL.url(gatewayURL: gatewayURL, query: parameters.queryParameters)
        var html: [UInt8] = []
        html.reserveCapacity(action.utf8.count + parameters.signContent.utf8.count * 5 / 4 + 512)
        html.append(contentsOf: "<form name=\"punchout_form\" method=\"post\" action=\"".utf8)
        appendEscaped(action, to: &html)
        html.append(contentsOf: "\">\n".utf8)
        for field in parameters.bodyParameters {
            html.append(contentsOf: "<input type=\"hidden\" name=\"".utf8)
            appendEscaped(field.name, to: &html)
            html.append(contentsOf: "\" value=\"".utf8)
            appendEscaped(field.value, to: &html)
            html.append(contentsOf: "\">\n".utf8)
        }
        html.append(contentsOf: "<input type=\"submit\" value=\"立即支付\" style=\"display:none\" >\n".utf8)
        html.append(contentsOf: "</form>\n<script>document.forms[0].submit();</script>".utf8)
        return String(decoding: html, as: UTF8.self)
    }

    /// Appends `text` to `bytes`, safe inside a double- or single-quoted HTML attribute and in element
    /// content (`&`, `"`, `<`, `>` and `'` as entities); runs of bytes that need no escape are copied at once.
    private static func appendEscaped(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var runStart = 0
            for index in utf8.indices {
                let entity: StaticString
                switch utf8[index] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "\""): entity = "&quot;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "'"): entity = "&#39;"
                default: continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                bytes.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                runStart = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
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
