import Testing

/// Inline schemas that ask for one name get `Name`, `Name2`, ... in the order the generator meets
/// them (the operations first, then the named schemas in name order), even though the named
/// schemas' models are partly made on another thread.
@Suite struct HoistedNameCollisionTests {
    @Test func aModelMadeAsideThatAsksForANameAnOperationTookGetsTheNextNumber() throws {
        // `FooBar` sorts after the ten `A` schemas, so its model is made aside; its inline `model`
        // asks for `FooBarModel`, the name the operation's inline request body took first.
        let filler = (0..<10).map {
            "        A\($0):\n          type: object\n          properties:\n            x:\n              type: string"
        }
        let spec = Snippet.spec(
            paths: """

                  /v3/foo/bar:
                    post:
                      operationId: foo.bar
                      tags: [foo.bar]
                      requestBody:
                        content:
                          application/json:
                            schema:
                              type: object
                              properties:
                                first:
                                  type: string
                      responses:
                        '200':
                          description: OK
                """,
            schemas: filler.joined(separator: "\n") + """

                        FooBar:
                          type: object
                          properties:
                            model:
                              type: object
                              properties:
                                second:
                                  type: string
                """)
        let files = try Snippet.generate(spec)
        let sources = files.filter { $0.key.hasSuffix(".swift") }.values.joined(separator: "\n")
        #expect(sources.contains("public struct FooBarModel: "))
        #expect(sources.contains("public struct FooBarModel2: "))
        #expect(sources.components(separatedBy: "public struct FooBarModel: ").count == 2)
        let body = try #require(sources.range(of: "public struct FooBarModel: "))
        #expect(sources[body.upperBound...].prefix(400).contains("var first: String?"))
        let aside = try #require(sources.range(of: "public struct FooBarModel2: "))
        #expect(sources[aside.upperBound...].prefix(400).contains("var second: String?"))
        #expect(sources.contains("public var model: FooBarModel2?"))
    }
}
