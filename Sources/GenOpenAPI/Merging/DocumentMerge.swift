import GenYAML

extension Document {
    /// One document holding the operations and schemas of all `documents`, in order.
    ///
    /// A schema or operationId defined in two files is an error naming both places. A schema `$ref`
    /// to another file (``ExternalSchemaReference``) must name one of `documents` and a schema it
    /// defines; the schema is then shared, not defined again.
    public static func merged(_ documents: [Document]) throws(DiagnosticError) -> Document {
        guard var merged = documents.first else {
            throw DiagnosticError([.error("no spec to generate from", at: nil)])
        }
        var diagnostics = externalReferenceErrors(documents)
        guard documents.count > 1 else {
            if !diagnostics.isEmpty {
                throw DiagnosticError(diagnostics)
            }
            return merged
        }
        var schemaPlaces = Dictionary(
            merged.components.schemas.map { ($0.name, $0.schema.location) }, uniquingKeysWith: { first, _ in first })
        var operationPlaces = Dictionary(
            merged.operations.map { ($0.operationId, $0.location) }, uniquingKeysWith: { first, _ in first })
        let schemaCount = documents.reduce(0) { $0 + $1.components.schemas.count }
        let operationCount = documents.reduce(0) { $0 + $1.operations.count }
        schemaPlaces.reserveCapacity(schemaCount)
        operationPlaces.reserveCapacity(operationCount)
        merged.components.schemas.reserveCapacity(schemaCount)
        merged.operations.reserveCapacity(operationCount)
        for document in documents.dropFirst() {
            for schema in document.components.schemas {
                if let first = schemaPlaces[schema.name] {
                    diagnostics.append(
                        .error("schema '\(schema.name)' is also defined at \(first)", at: schema.schema.location))
                    continue
                }
                schemaPlaces[schema.name] = schema.schema.location
                merged.components.schemas.append(schema)
            }
            for operation in document.operations {
                if let first = operationPlaces[operation.operationId] {
                    diagnostics.append(
                        .error(
                            "operationId '\(operation.operationId)' is also defined at \(first)", at: operation.location
                        ))
                    continue
                }
                operationPlaces[operation.operationId] = operation.location
                merged.operations.append(operation)
            }
            merged.externalSchemaReferences += document.externalSchemaReferences
            merged.tags += document.tags.filter { tag in !merged.tags.contains { $0.name == tag.name } }
        }
        if !diagnostics.isEmpty {
            throw DiagnosticError(diagnostics)
        }
        return merged
    }
}
