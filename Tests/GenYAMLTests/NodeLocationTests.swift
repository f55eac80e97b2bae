import GenYAML
import Testing

/// Every node knows the file, line and column (1-based) where it starts.
@Suite struct NodeLocationTests {
    @Test func nestedKeysAndValuesCarryTheirLineAndColumn() throws {
        let root = try YAMLReader.parse(
            """
            paths:
              /v3/alipay/open/file/upload:
                post:
                  operationId: alipay.open.file.upload
            """,
            file: "spec.yaml"
        )
        #expect(root.location.description == "spec.yaml:1:1")
        let path = try #require(root.mapping?.first?.value.mapping?.first)
        #expect(path.key.location.description == "spec.yaml:2:3")
        let post = try #require(path.value.mapping?.first)
        #expect(post.key.location.description == "spec.yaml:3:5")
        let operationId = try #require(post.value.mapping?.first)
        #expect(operationId.key.location.description == "spec.yaml:4:7")
        #expect(operationId.value.location.description == "spec.yaml:4:20")
        #expect(operationId.value.scalar?.value == "alipay.open.file.upload")
    }

    @Test func sequenceItemsAndFlowCollectionsCarryTheirPosition() throws {
        let root = try YAMLReader.parse(
            """
            tags:
            - name: zhima
            - {name: alipay, description: pay}
            """,
            file: "spec.yaml"
        )
        let items = try #require(root["tags"]?.sequence)
        #expect(items.count == 2)
        #expect(items[0].location.description == "spec.yaml:2:3")
        #expect(items[1].location.description == "spec.yaml:3:3")
        #expect(items[1]["description"]?.location.description == "spec.yaml:3:31")
    }

    @Test func columnsCountCharactersNotBytes() throws {
        let root = try YAMLReader.parse("title: 支付宝开放平台\nflow: {名称: 值, b: 1}\n", file: "spec.yaml")
        #expect(root["title"]?.scalar?.value == "支付宝开放平台")
        let flow = try #require(root["flow"]?.mapping)
        #expect(flow.map(\.key.location.column) == [8, 15])
    }

    @Test func theFileNameIsTheOneGiven() throws {
        let root = try YAMLReader.parse("a: 1", file: "Specs/zhima.yaml")
        #expect(root["a"]?.location.file == "Specs/zhima.yaml")
    }
}
