#if canImport(Glibc)
    internal import Glibc
#endif

/// Gives memory freed inside the process back to the system, so that later allocations do not
/// raise the resident peak (VmHWM) above what is in use.
///
/// glibc's allocator keeps freed blocks below its mmap threshold in its heap, and an array that
/// grows past the threshold takes new pages instead of those: freeing 144 MB of households while
/// a 72 MB list grows left both resident (docs/PERFORMANCE.md, "How csat is built to scale").
/// `malloc_trim` is glibc's own (Swift's Glibc module leaves `malloc.h` out), so it is looked up
/// once; where it is missing nothing is trimmed.
enum ReleasedMemory {
    static func trim() {
        #if canImport(Glibc)
            if let mallocTrim { _ = mallocTrim(0) }
        #endif
    }

    #if canImport(Glibc)
        private typealias MallocTrim = @convention(c) (Int) -> Int32
        nonisolated(unsafe) private static let mallocTrim: MallocTrim? = dlsym(
            UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim"
        ).map { unsafeBitCast($0, to: MallocTrim.self) }
    #endif
}
