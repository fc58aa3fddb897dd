import Foundation
import Testing

@testable import CSatCore

/// JSONTestSuite (github.com/nst/JSONTestSuite, copied to `../shared/conformance`) run through `JSONParser`.
///
/// `y_` files must parse, `n_` files must fail with a positioned `InputError`,
/// and `i_` files may go either way — csat's choice for each is pinned below so
/// that a change of policy is a visible change of this file.
@Suite struct JSONTestSuiteTests {
    /// The `i_` files csat accepts; every other `i_` file is rejected with a message.
    ///
    /// Mirrors the policy in `JSONParser`'s doc comment: underflow reads as 0,
    /// long integers as the nearest Double (literal kept), 500 levels are under
    /// the 512 limit, and a UTF-8 BOM is skipped. Overflowing numbers, invalid
    /// UTF-8, unpaired surrogates and UTF-16 files are rejected.
    static let acceptedImplementationDefined: Set<String> = [
        "i_number_double_huge_neg_exp.json",
        "i_number_real_underflow.json",
        "i_number_too_big_neg_int.json",
        "i_number_too_big_pos_int.json",
        "i_number_very_big_negative_int.json",
        "i_structure_500_nested_arrays.json",
        "i_structure_UTF-8_BOM_empty_object.json",
    ]

    /// `../shared/conformance/json/JSONTestSuite/test_parsing`, beside the package; nil when absent.
    static let directory: URL? = {
        let package = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let dir = package.appendingPathComponent("../shared/conformance/json/JSONTestSuite/test_parsing")
            .standardizedFileURL
        return FileManager.default.fileExists(atPath: dir.path) ? dir : nil
    }()

    /// The files whose names start with `prefix`, sorted, as raw bytes.
    static func files(_ prefix: String) throws -> [(name: String, bytes: [UInt8])]? {
        guard let directory else {
            if ProcessInfo.processInfo.environment["CI"] == "true" {
                Issue.record("CI=true and JSONTestSuite is not beside the package (../shared/conformance/json)")
            }
            print("JSONTestSuite not found beside the package (../shared/conformance/json); skipping \(prefix) files")
            return nil
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasPrefix(prefix) && $0.hasSuffix(".json") }.sorted()
        return try names.map { ($0, [UInt8](try Data(contentsOf: directory.appendingPathComponent($0)))) }
    }

    /// Parses, returning the error instead of throwing it.
    static func outcome(_ bytes: [UInt8], _ name: String) -> Result<JSONValue, InputError> {
        Result { () throws(InputError) in try JSONParser.parse(bytes, file: name) }
    }

    /// Checks that an error is one a user can act on: this file, a position, and a message.
    static func expectUsable(_ error: InputError, _ name: String, _ size: Int) {
        #expect(error.file == name)
        #expect(!error.message.en.isEmpty, "\(name): empty message")
        #expect((error.line ?? 0) >= 1, "\(name): no line in \(error)")
        #expect((error.column ?? 0) >= 1, "\(name): no column in \(error)")
        #expect((error.line ?? 0) <= size + 1, "\(name): line beyond the file in \(error)")
    }

    @Test func everyYFileIsAccepted() throws {
        guard let files = try Self.files("y_") else { return }
        #expect(files.count == 95)
        for (name, bytes) in files {
            if case .failure(let error) = Self.outcome(bytes, name) {
                Issue.record("\(name) rejected: \(error)")
            }
        }
    }

    @Test func everyNFileIsRejectedWithAPosition() throws {
        guard let files = try Self.files("n_") else { return }
        #expect(files.count == 188)
        for (name, bytes) in files {
            switch Self.outcome(bytes, name) {
            case .success(let value): Issue.record("\(name) accepted as \(value)")
            case .failure(let error): Self.expectUsable(error, name, bytes.count)
            }
        }
    }

    @Test(.timeLimit(.minutes(1)))
    func implementationDefinedFilesFollowThePolicy() throws {
        guard let files = try Self.files("i_") else { return }
        #expect(files.count == 35)
        for (name, bytes) in files {
            let accepted = Self.acceptedImplementationDefined.contains(name)
            switch Self.outcome(bytes, name) {
            case .success(let value):
                #expect(accepted, "\(name) accepted as \(value), but the policy rejects it")
            case .failure(let error):
                #expect(!accepted, "\(name) rejected, but the policy accepts it: \(error)")
                Self.expectUsable(error, name, bytes.count)
            }
        }
    }

    /// Every document must also be classified without crashing as JSON Lines or not, and read as such.
    @Test func everyFileSurvivesTheJSONLinesPath() throws {
        guard let directory = Self.directory else { return }
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".json") }
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: directory.appendingPathComponent(name)))
            _ = JSONParser.looksLikeJSONLines(bytes)
            do {
                try JSONParser.parseLines(bytes, file: name) { _, line in #expect(line >= 1) }
            } catch let error as InputError {
                Self.expectUsable(error, name, bytes.count)
            }
        }
    }
}
