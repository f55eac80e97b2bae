import CYamlBench
import Foundation

// The floor under `gen SPECS --output DIR`: what no generator of these files can avoid. It parses
// every spec file with libyaml (events only, no tree) and writes the files of a finished output
// folder, read into memory beforehand, into a new folder: plain open/write/close, the folders made
// first, the files shared among as many threads as there are cores. Prints the two times, in
// seconds, as JSON.
//
// Usage: gen-floor OUTPUT_OF_A_RUN NEW_FOLDER SPEC...

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: gen-floor OUTPUT_OF_A_RUN NEW_FOLDER SPEC...\n".utf8))
    exit(2)
}
let source = URL(fileURLWithPath: arguments[1])
let destination = URL(fileURLWithPath: arguments[2])

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = ContinuousClock.now
    try body()
    let elapsed = (ContinuousClock.now - start).components
    return Double(elapsed.seconds) + Double(elapsed.attoseconds) / 1e18
}

/// Parses `bytes` to the end with libyaml; returns the number of events.
func parse(_ bytes: [UInt8]) -> Int {
    var parser = yaml_parser_t()
    guard yaml_parser_initialize(&parser) == 1 else { fatalError("libyaml did not start") }
    defer { yaml_parser_delete(&parser) }
    var events = 0
    bytes.withUnsafeBufferPointer { buffer in
        yaml_parser_set_input_string(&parser, buffer.baseAddress, buffer.count)
        var event = yaml_event_t()
        while yaml_parser_parse(&parser, &event) == 1 {
            events += 1
            let done = event.type == YAML_STREAM_END_EVENT
            yaml_event_delete(&event)
            if done { break }
        }
    }
    return events
}

// The inputs are read before the clock starts, as the outputs are.
let specs = arguments.dropFirst(3).map { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } ?? [] }
var readFiles: [(path: String, data: Data)] = []
if let walker = FileManager.default.enumerator(at: source, includingPropertiesForKeys: [.isRegularFileKey]) {
    for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true {
        readFiles.append((String(url.path.dropFirst(source.path.count + 1)), try Data(contentsOf: url)))
    }
}

let files = readFiles

var events = 0
let parsing = seconds { events = specs.reduce(0) { $0 + parse($1) } }
let writing = try seconds {
    for folder in Set(files.map { (($0.path as NSString).deletingLastPathComponent) }).sorted() {
        try FileManager.default.createDirectory(
            at: destination.appendingPathComponent(folder), withIntermediateDirectories: true)
    }
    let workers = ProcessInfo.processInfo.activeProcessorCount
    DispatchQueue.concurrentPerform(iterations: workers) { worker in
        for index in stride(from: worker, to: files.count, by: workers) {
            let path = destination.appendingPathComponent(files[index].path).path
            let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            guard descriptor >= 0 else { fatalError("cannot create \(path)") }
            files[index].data.withUnsafeBytes { bytes in
                var offset = 0
                while offset < bytes.count {
                    let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                    guard written > 0 else { fatalError("cannot write \(path)") }
                    offset += written
                }
            }
            close(descriptor)
        }
    }
}
print(#"{"parse": \#(parsing), "write": \#(writing), "events": \#(events), "files": \#(files.count)}"#)
