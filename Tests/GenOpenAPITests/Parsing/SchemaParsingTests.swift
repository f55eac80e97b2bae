import GenOpenAPI
import GenYAML
import Testing

/// Each kind of schema, as a one-line summary of what the parser made of it.
@Suite struct SchemaParsingTests {
    @Test func anObjectHasItsPropertiesInOrderAndItsRequiredNames() throws {
        let schema = try parseModel(
            """
            type: object
            required: [code, message]
            properties:
              code: {type: string, enum: [invalid-parameter, invalid-signature]}
              message: {type: string}
              work_start_date: {type: integer}
              amount: {type: integer, format: int64}
              rate: {type: number, format: double}
              retry: {type: boolean}
              tags: {type: array, items: {type: string}}
              file: {type: string, format: binary}
            """
        )
        #expect(
            summary(schema)
                == "{code!: string<invalid-parameter|invalid-signature>, message!: string, work_start_date: integer,"
                + " amount: integer(int64), rate: number(double), retry: boolean, tags: [string], file: string(binary)}"
        )
    }

    @Test(arguments: [
        ("properties: {a: {type: string}}", "{a: string}"),
        ("type: object", "{}"),
        ("type: object\nadditionalProperties: true", "{+true}"),
        ("additionalProperties: {type: integer}", "{+integer}"),
        ("type: object\nadditionalProperties: false", "{+false}"),
        ("items: {type: integer}", "[integer]"),
        ("enum: [A, B]", "string<A|B>"),
        ("type: integer\nenum: [1, 2, null]", "integer<1|2>"),
        ("description: anything", "any"),
        ("{}", "any"),
        ("type: string\nnullable: true", "string?"),
        ("type: [string, 'null']", "string?"),
        ("allOf: [{type: string}, {type: integer}]", "allOf(string, integer)"),
        ("allOf: [{type: object}]\nproperties: {a: {type: string}}", "allOf({}, {a: string})"),
        ("oneOf: [{type: string}, {type: boolean}]", "oneOf(string, boolean)"),
        ("anyOf: [{type: string}, {type: array, items: {type: string}}]", "anyOf(string, [string])"),
    ])
    func eachKindOfSchema(yaml: String, expected: String) throws {
        #expect(summary(try parseModel(yaml)) == expected)
    }

    @Test func documentationFieldsAreKept() throws {
        let schema = try parseModel(
            """
            type: object
            title: Agreement
            description: A membership agreement.
            deprecated: true
            properties:
              wait_repayment_amount: {type: integer, example: '2.04'}
              count: {type: integer, example: 5}
              enabled: {type: boolean, example: false}
              object: {type: object, example: {a: 1}}
            """
        )
        #expect(schema.title == "Agreement")
        #expect(schema.description == "A membership agreement.")
        #expect(schema.deprecated)
        #expect(!schema.nullable)
        guard case .object(let object) = schema.kind else {
            Issue.record("expected an object, got \(summary(schema))")
            return
        }
        #expect(object.properties.map(\.schema.example) == ["2.04", "5", "false", nil])
    }

    @Test func aSchemaKnowsWhereItIs() throws {
        let schema = try parseModel("type: object\nproperties:\n  name:\n    type: string")
        #expect(schema.location.description == "spec.yaml:10:7")
        guard case .object(let object) = schema.kind else {
            Issue.record("expected an object")
            return
        }
        #expect(object.properties.first?.schema.location.description == "spec.yaml:13:11")
    }

    @Test func aReferenceStaysAReference() throws {
        let (document, _) = try parseSpec(
            spec(
                components: """
                    schemas:
                      List:
                        type: array
                        items: {$ref: '#/components/schemas/Item'}
                      Item:
                        $ref: '#/components/schemas/Leaf'
                      Leaf: {type: string}
                    """
            )
        )
        #expect(document.components.schemas.map(\.name) == ["List", "Item", "Leaf"])
        #expect(document.components.schemas.map { summary($0.schema) } == ["[$Item]", "$Leaf", "string"])
    }

    @Test func unsupportedConstructsAreWarningsAndAnyValue() throws {
        let yaml = spec(
            schema: """
                type: object
                properties:
                  not_a_string: {not: {type: string}}
                  nothing: {type: 'null'}
                  list: {type: array}
                  several: {type: [string, integer]}
                  typo: {type: string, maxLenght: 3}
                  extended: {type: string, x-alipay-note: fine}
                """
        )
        let (document, warnings) = try parseSpec(yaml)
        #expect(
            summary(try #require(document.components.schemas.first).schema)
                == "{not_a_string: any, nothing: any, list: [any], several: any, typo: string, extended: string}")
        let model = "#/components/schemas/Model/properties"
        #expect(
            warnings.map(\.description) == [
                "spec.yaml:12:23: warning: unsupported keyword 'not' at \(model)/not_a_string; the schema is treated as any value",
                "spec.yaml:13:25: warning: unsupported type 'null' at \(model)/nothing; treated as any value",
                "spec.yaml:14:15: warning: array schema at \(model)/list has no 'items'; its items are treated as any value",
                "spec.yaml:15:25: warning: several types ('string', 'integer') at \(model)/several are not supported; treated as any value",
                "spec.yaml:16:30: warning: unknown key 'maxLenght' in schema at \(model)/typo; ignored",
            ]
        )
    }

    @Test func aMalformedSchemaIsAnError() {
        let yaml = spec(
            schema: """
                type: object
                properties:
                  a: 5
                  b: {type: strin}
                  c: {type: {name: string}}
                  d: {type: object, additionalProperties: 'yes'}
                  e: {allOf: {type: string}}
                """
        )
        #expect(
            specDiagnostics(yaml) == [
                "spec.yaml:12:12: error: a schema must be a mapping, found a number",
                "spec.yaml:13:19: error: unknown type 'strin'; expected array, boolean, integer, number, object or string",
                "spec.yaml:14:19: error: 'type' must be a string, found a mapping",
                "spec.yaml:15:49: error: 'additionalProperties' must be a boolean or a schema, found a string",
                "spec.yaml:16:20: error: 'allOf' must be a sequence, found a mapping",
            ]
        )
    }
}
