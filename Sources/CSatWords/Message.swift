import Foundation
import Synchronization

/// One sentence for the user, in both languages; the place that shows it chooses which.
///
/// Messages are made only in the catalogue (`Words/Messages+*.swift`): code says *what* happened
/// (`.noFormsReturned(project:)`), the catalogue says it in Chinese and English side by side, so a
/// translator reads one folder and a reviewer sees at once a sentence that exists in one language only.
public struct Message: Sendable, Hashable, CustomStringConvertible {
    public let zh: String
    public let en: String

    package init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }

    /// The message with `other` after it (a cause after what it stopped, a hint after a problem).
    public static func + (a: Message, b: Message) -> Message { Message(zh: a.zh + b.zh, en: a.en + b.en) }

    /// Text that reads the same in both languages: a file name, a value quoted from a file.
    package static func verbatim(_ text: String) -> Message { Message(zh: text, en: text) }

    public func text(_ language: Language) -> String { language == .zh ? zh : en }

    /// In the language of csat's messages for this run (`MessageLanguage`).
    public var description: String { text(MessageLanguage.current) }
}

/// The language of what csat prints on standard error (errors, warnings, notes).
///
/// `CSAT_LANG` (`zh` or `en`) wins; then the command's `--lang`; then the survey definition's
/// `language` once it is read; before that (a definition that cannot be read, `csat sample`
/// without one) the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English.
public enum MessageLanguage {
    private static let chosen = Mutex<(option: Language?, definition: Language?)>((nil, nil))

    public static var current: Language {
        if let l = override { return l }
        let (option, definition) = chosen.withLock { $0 }
        return option ?? definition ?? locale ?? .en
    }

    /// The command's `--lang`.
    public static func follow(option: Language?) {
        chosen.withLock { $0.option = option }
    }

    /// The survey definition's `language`, just read.
    public static func follow(definition code: String) {
        chosen.withLock { $0.definition = Language(code: code) }
    }

    /// `CSAT_LANG`, when it names a language.
    public static var override: Language? {
        guard let v = ProcessInfo.processInfo.environment["CSAT_LANG"], let l = Language(rawValue: v.lowercased()) else {
            return nil
        }
        return l
    }

    static var locale: Language? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let v = ProcessInfo.processInfo.environment[name], !v.isEmpty { return Language(locale: v) }
        }
        return nil
    }
}
