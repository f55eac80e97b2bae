import Foundation
import GenYAML
import Testing

/// `parse(contentsOf:)` names the file as given and reports a file it cannot read.
@Suite struct FileReadingTests {
    @Test func aFileIsReadAndNamedAsGiven() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("GenYAMLTests-\(UUID())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("spec.yaml").path
        try Data("openapi: 3.0.3\ninfo:\n  title: 支付宝\n".utf8).write(to: URL(fileURLWithPath: path))

        let root = try YAMLReader.parse(contentsOf: path)
        #expect(root["info"]?["title"]?.scalar?.value == "支付宝")
        #expect(root["info"]?["title"]?.location.description == "\(path):3:10")
    }

    @Test func invalidUTF8InAFileIsAnErrorAtItsPosition() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("GenYAMLTests-\(UUID()).yaml").path
        try Data([0x61, 0x3A, 0x20, 0x31, 0x0A, 0x62, 0x3A, 0x20, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let error = #expect(throws: DiagnosticError.self) { try YAMLReader.parse(contentsOf: path) }
        #expect(error?.description == "\(path):2:4: error: invalid leading UTF-8 octet")
    }

    @Test func aMissingFileIsADiagnosticWithoutLocation() {
        let error = #expect(throws: DiagnosticError.self) {
            try YAMLReader.parse(contentsOf: "/nonexistent/alipay.yaml")
        }
        #expect(error?.diagnostics.first?.location == nil)
        #expect(error?.description == "error: cannot read '/nonexistent/alipay.yaml': No such file or directory")
    }
}
