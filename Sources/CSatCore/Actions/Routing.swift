/// One department of the definition's `departments` map: its name and the keys that send an item there.
public struct Department: Sendable, Equatable {
    public var name: String
    public var keys: [String]

    public init(name: String, keys: [String]) {
        self.name = name
        self.keys = keys
    }
}

/// Sends a comment theme, a driver or a question to the department that acts on it
/// (docs/ACTIONS.md "Routing").
///
/// The rule, in two passes so that an item's own name outweighs its keywords (装修管理 names 装修
/// before its keyword 装修垃圾 names 垃圾):
/// 1. the first department, in definition order, one of whose keys occurs in the item's name;
/// 2. else the first department one of whose keys occurs in one of the item's keywords;
/// 3. else nobody: the quality department assigns it (`unrouted`).
///
/// Keys match as substrings, letters compared without case.
public struct Routing: Sendable {
    public var departments: [Department]
    /// The name shown for what no key names: 品质管理部（待分派）.
    public var unrouted: String

    public init(departments: [Department], unrouted: String) {
        self.departments = departments.map { Department(name: $0.name, keys: $0.keys.map { $0.lowercased() }) }
        self.unrouted = unrouted
    }

    /// The definition's departments, else the built-in ones in `words`' language.
    public init(survey: Survey, words: ActionsWords) {
        let list = survey.departments ?? words.departments.map { Department(name: $0.name, keys: $0.keys) }
        self.init(departments: list, unrouted: words.unrouted)
    }

    /// The department of an item, or nil when no key names it.
    public func department(name: String, keywords: [String] = []) -> String? {
        let name = name.lowercased()
        for d in departments where d.keys.contains(where: { name.contains($0) }) { return d.name }
        let words = keywords.map { $0.lowercased() }
        for d in departments where d.keys.contains(where: { k in words.contains { $0.contains(k) } }) { return d.name }
        return nil
    }

    /// `department(name:keywords:)`, or `unrouted`.
    public func route(name: String, keywords: [String] = []) -> String {
        department(name: name, keywords: keywords) ?? unrouted
    }
}
