#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Exact substring search over UTF-8 bytes. UTF-8 is self-synchronising, so a match of
/// valid UTF-8 in valid UTF-8 always starts and ends on character boundaries.
enum ByteSearch {
    /// The offset of the first occurrence of `needle` in `haystack` at or after `start`.
    static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0) -> Int? {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard haystack.count - start >= needle.count else { return nil }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let first = Int32(pin[0])
                var position = start
                let lastStart = hay.count - pin.count
                while position <= lastStart {
                    // memchr finds candidate first bytes at C speed; memcmp checks the rest.
                    guard let found = memchr(hay.baseAddress! + position, first, lastStart - position + 1) else { return nil }
                    let offset = hay.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
                    if memcmp(hay.baseAddress! + offset, pin.baseAddress!, pin.count) == 0 { return offset }
                    position = offset + 1
                }
                return nil
            }
        }
    }
}
