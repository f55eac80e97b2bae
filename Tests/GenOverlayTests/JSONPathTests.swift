import GenOverlay
import Testing

/// The JSONPath subset overlay targets use, and the refusals with their positions.
@Suite struct JSONPathTests {
    @Test func readsKeysQuotedKeysWildcardsIndexesAndFilters() throws {
        let path = try JSONPath(
            "$.paths['/v3/alipay/trade/query'].post.parameters[?(@.name == 'trade_no')].schema.enum[-1].*[*]")
        #expect(
            path.segments == [
                .key("paths"), .key("/v3/alipay/trade/query"), .key("post"), .key("parameters"),
                .filter(key: "name", equals: "trade_no"), .key("schema"), .key("enum"), .index(-1), .wildcard,
                .wildcard,
            ])
        #expect(
            path.description
                == "$.paths['/v3/alipay/trade/query'].post.parameters[?(@.name == 'trade_no')].schema.enum[-1].*[*]")
    }

    @Test func filtersWithoutParenthesesBracketKeysAndEscapes() throws {
        #expect(
            try JSONPath("$.tags[?@['name']==\"alipay.trade\"]").segments == [
                .key("tags"), .filter(key: "name", equals: "alipay.trade"),
            ])
        #expect(try JSONPath(#"$["it's \"x\""]"#).segments == [.key(#"it's "x""#)])
        #expect(try JSONPath("$").segments == [])
        #expect(
            try JSONPath("$.components.schemas.$x-y_1").segments == [
                .key("components"), .key("schemas"), .key("$x-y_1"),
            ])
    }

    @Test(arguments: [
        ("paths", 0, "a target starts with '$'"),
        ("$..description", 2, "recursive descent ('..') is not supported"),
        ("$.paths[0:2]", 9, "slices and unions are not supported"),
        ("$.paths['/v3", 12, "the quoted string is not closed"),
        ("$.tags[?(@.name != 'x')]", 16, "only filters of the form ?(@.key == 'value') are supported"),
        ("$.tags[?(@.name == x)]", 19, "a filter compares with a quoted string"),
        ("$.paths.", 8, "expected a key after '.'"),
        ("$.paths['a'.b", 11, "expected ']', found '.'"),
        ("$ .paths", 1, "expected '.' or '[' after a segment"),
    ])
    func refusesWhatItDoesNotSupportAndSaysWhere(text: String, offset: Int, message: String) {
        #expect(throws: JSONPath.SyntaxError.self) { try JSONPath(text) }
        do {
            _ = try JSONPath(text)
        } catch {
            #expect(error.offset == offset, "\(text): \(error.message)")
            #expect(error.message.hasPrefix(message), "\(text): \(error.message)")
        }
    }
}
