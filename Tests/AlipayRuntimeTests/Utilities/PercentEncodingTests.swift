@_spi(Generated) import AlipayRuntime
import Testing

/// The three percent-encodings the protocols use, byte for byte.
@Suite struct PercentEncodingTests {
    private let sample = "aZ09 -._~*!$&'()+,;=:@/?#[]%\"é😀\n"

    @Test func queryKeepsOnlyTheUnreservedCharacters() {
        #expect(
            PercentEncoding.unreserved.encode(sample)
                == "aZ09%20-._~%2A%21%24%26%27%28%29%2B%2C%3B%3D%3A%40%2F%3F%23%5B%5D%25%22%C3%A9%F0%9F%98%80%0A")
        #expect(QueryString.encode([AlipayQueryItem(name: "a b", value: "1+1")]) == "a%20b=1%2B1")
    }

    @Test func aPathSegmentKeepsSubDelimitersButNotSlash() {
        #expect(
            PercentEncoding.pathSegment.encode(sample)
                == "aZ09%20-._~*!$&'()+,;=:@%2F%3F%23%5B%5D%25%22%C3%A9%F0%9F%98%80%0A")
        #expect(AlipayRequest.path("/v3/x/{id}/y", parameters: ["id": "A 1/2"]) == "/v3/x/A%201%2F2/y")
    }

    @Test func formEncodingIsJavasURLEncoder() {
        #expect(
            PercentEncoding.form.encode(sample)
                == "aZ09+-._%7E*%21%24%26%27%28%29%2B%2C%3B%3D%3A%40%2F%3F%23%5B%5D%25%22%C3%A9%F0%9F%98%80%0A")
        #expect(FormEncoding.encode([(name: "a b", value: "x&y=z"), (name: "c", value: "")]) == "a+b=x%26y%3Dz&c=")
        #expect(PercentEncoding.form.encode("") == "")
    }
}
