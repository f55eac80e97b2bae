import Foundation
import Testing

/// The README's Swift blocks of one section, each found line for line in the compiled source it shows.
enum ReadmeExamples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// Checks that the section `## <section>` has `count` Swift blocks, each in the file at `source`
    /// (relative to the package root).
    static func expectBlocks(ofSection section: String, count: Int, in source: String) throws {
        let readme = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let code = try String(contentsOf: root.appendingPathComponent(source), encoding: .utf8)
        let text = try #require(readme.components(separatedBy: "## \(section)\n").dropFirst().first)
            .components(separatedBy: "\n## ")[0]
        let blocks = text.components(separatedBy: "```swift\n").dropFirst().map {
            $0.components(separatedBy: "```")[0]
        }
        #expect(blocks.count == count)
        let sourceLines = lines(code)
        for block in blocks {
            let blockLines = lines(block)
            let found = (0...(sourceLines.count - blockLines.count)).contains {
                Array(sourceLines[$0..<($0 + blockLines.count)]) == blockLines
            }
            #expect(found, "README block not in \(source): \(blockLines.first ?? "")")
        }
    }

    private static func lines(_ text: String) -> [String] {
        text.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
