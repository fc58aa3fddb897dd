import Foundation

/// Reports how far a long read has come: a label, bytes done, bytes in all.
/// The CLI draws it as a bar on stderr when stderr is a terminal; the
/// library only calls it now and then (every few thousand records).
public typealias ProgressHandler = @Sendable (_ label: String, _ done: Int, _ total: Int) -> Void

enum FileSize {
    static func of(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }
}
