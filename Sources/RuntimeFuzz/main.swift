import Foundation

// Fuzzes the runtime's readers of untrusted input: v2 gateway answers (`RUNTIME_FUZZ_TARGET=response`,
// the default) and notification form bodies (`RUNTIME_FUZZ_TARGET=notification`). See bench/fuzz.sh.

#if FUZZING
    // Built with `-sanitize=fuzzer -DFUZZING`: libFuzzer drives the selected target.
    @_cdecl("LLVMFuzzerTestOneInput")
    func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
        FuzzTarget.selected.run(UnsafeRawBufferPointer(start: data, count: size))
        return 0
    }

    @_silgen_name("LLVMFuzzerRunDriver")
    func runFuzzerDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
    ) -> Int32

    // Keys and clients are set up before the first input, so that a setup failure is not blamed on one.
    FileHandle.standardError.write(Data("RuntimeFuzz: target \(FuzzTarget.selected.rawValue)\n".utf8))
    _ = FuzzClients.shared
    var argumentCount = CommandLine.argc
    var arguments = CommandLine.unsafeArgv
    exit(runFuzzerDriver(&argumentCount, &arguments, fuzzOneInput))
#else
    // A plain build replays files (a corpus, or an input that once crashed) through the selected target.
    for path in CommandLine.arguments.dropFirst() {
        guard let data = FileManager.default.contents(atPath: path) else {
            FileHandle.standardError.write(Data("cannot read \(path)\n".utf8))
            exit(2)
        }
        data.withUnsafeBytes(FuzzTarget.selected.run)
    }
#endif
