/// The roster's projects in order of first appearance, each found by its UTF-8 bytes,
/// with its households and vacant ones counted.
///
/// A roster lists a project's households together, so each row's project is first
/// compared with the previous row's: the pool is consulted, and the project hashed
/// for `UnitKey`, only when the project changes, not for every household.
struct RosterProjects {
    private var names = StringPool()
    /// Pool id → index in `projects`. Ids compare bytes, so two projects differ when
    /// their bytes do, whether or not their `String`s are equal.
    private var indexOf: [Int32: Int] = [:]
    private(set) var projects: [RosterSummary.Project] = []
    private var last: [UInt8] = []
    private var lastIndex = -1
    /// `UnitKey.state(project:)` of the project `index(of:)` returned last.
    private(set) var keyState: UInt64 = 0

    /// The index of `project` in `projects`, added when new.
    @inline(__always)
    mutating func index(of project: UnsafeBufferPointer<UInt8>) -> Int {
        if lastIndex >= 0 && last.withUnsafeBufferPointer({ Self.equal($0, project) }) { return lastIndex }
        return switchProject(project)
    }

    /// Byte equality, eight bytes at a time: project names are short, and a call to
    /// `memcmp` for each household cost more than the comparison.
    @inline(__always)
    static func equal(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = a.count
        guard n == b.count else { return false }
        guard n >= 8 else { return a.elementsEqual(b) }
        let p = UnsafeRawPointer(a.baseAddress!), q = UnsafeRawPointer(b.baseAddress!)
        var i = 0
        while i + 8 < n {
            if p.loadUnaligned(fromByteOffset: i, as: UInt64.self) != q.loadUnaligned(fromByteOffset: i, as: UInt64.self) {
                return false
            }
            i += 8
        }
        // The last eight bytes, overlapping ones already compared.
        return p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self) == q.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)
    }

    private mutating func switchProject(_ project: UnsafeBufferPointer<UInt8>) -> Int {
        let id = names.intern(bytes: project)
        if let i = indexOf[id] {
            lastIndex = i
        } else {
            lastIndex = projects.count
            indexOf[id] = lastIndex
            projects.append(.init(name: names[id], listed: 0, vacant: 0))
        }
        last = Array(project)
        keyState = UnitKey.state(project: project)
        return lastIndex
    }

    @inline(__always)
    mutating func count(_ index: Int, vacant: Bool) {
        projects[index].listed += 1
        if vacant { projects[index].vacant += 1 }
    }
}
