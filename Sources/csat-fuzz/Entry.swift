import Foundation

#if FUZZING
    /// libFuzzer's entry point (`swift build --sanitize=fuzzer -Xswiftc -DFUZZING`, see scripts/fuzz).
    /// The target comes from `CSAT_FUZZ_TARGET` (csv, json, definition, xlsx, sheet or stream).
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
        let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
        FuzzEntry.target.run(bytes)
        return 0
    }

    enum FuzzEntry {
        static let target: FuzzTarget = {
            let name = ProcessInfo.processInfo.environment["CSAT_FUZZ_TARGET"] ?? ""
            guard let t = FuzzTarget(rawValue: name) else {
                fatalError("set CSAT_FUZZ_TARGET to one of: \(FuzzTarget.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            return t
        }()
    }
#else
    /// Without the fuzzer: replays files through a target, as the regression tests do.
    ///
    ///     csat-fuzz csv Tests/fuzz-regressions/csv Tests/fuzz-corpus/csv
    ///
    /// Every file (folders: every file inside, sorted) goes through the same code
    /// as under libFuzzer. Exit 0 when all ran; a crash stops with the name of the file on stderr.
    @main
    struct Replay {
        static func main() {
            let args = Array(CommandLine.arguments.dropFirst())
            guard let first = args.first, let target = FuzzTarget(rawValue: first) else {
                FileHandle.standardError.write(Data("usage: csat-fuzz csv|json|definition|xlsx|sheet|stream FILE|FOLDER…\n".utf8))
                exit(2)
            }
            var count = 0
            for path in args.dropFirst() {
                for file in files(path) {
                    FileHandle.standardError.write(Data("replay \(target.rawValue) \(file): ".utf8))
                    guard let data = FileManager.default.contents(atPath: file) else {
                        FileHandle.standardError.write(Data("csat-fuzz: cannot read \(file)\n".utf8))
                        exit(2)
                    }
                    FileHandle.standardError.write(Data((target.run([UInt8](data)) + "\n").utf8))
                    count += 1
                }
            }
            print("replayed \(count) inputs through \(target.rawValue)")
        }

        static func files(_ path: String) -> [String] {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { return [] }
            guard isDir.boolValue else { return [path] }
            let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
            return names.filter { !$0.hasPrefix(".") }.sorted().map { (path as NSString).appendingPathComponent($0) }
        }
    }
#endif
