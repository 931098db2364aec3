#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Searches over UTF-8 bytes with the C library's `memchr` and `memcmp`, for documents and
/// pictures of megabytes: the standard library's `firstRange(of:)` on bytes is generic code,
/// about 600× slower (3 s for 10 MB). UTF-8 is self-synchronising, so a match of valid UTF-8
/// in valid UTF-8 always starts and ends on character boundaries.
package enum Bytes {
    /// Where `needle` first starts in `haystack` at or after `start` (the slice's start when
    /// nil); an empty needle is found at `start`.
    package static func firstIndex(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8], from start: Int? = nil) -> Int? {
        let start = start ?? haystack.startIndex
        guard start >= haystack.startIndex, start <= haystack.endIndex, haystack.endIndex - start >= needle.count else { return nil }
        guard let first = needle.first else { return start }
        return haystack[start...].withUnsafeBytes { hay in
            needle.withUnsafeBytes { pin in
                let base = hay.baseAddress!
                var offset = 0
                let last = hay.count - pin.count
                while offset <= last, let hit = memchr(base + offset, Int32(first), last - offset + 1) {
                    let position = base.distance(to: UnsafeRawPointer(hit))
                    if memcmp(base + position, pin.baseAddress!, pin.count) == 0 { return start + position }
                    offset = position + 1
                }
                return nil
            }
        }
    }

    /// The next `byte` at or after `start`.
    package static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start >= 0, start < bytes.count else { return nil }
        return bytes.withUnsafeBytes { buffer in
            memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start).map { buffer.baseAddress!.distance(to: UnsafeRawPointer($0)!) }
        }
    }

    package static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes.withUnsafeBytes { line in prefix.withUnsafeBytes { memcmp(line.baseAddress!, $0.baseAddress!, prefix.count) == 0 } }
    }

    package static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(haystack, needle) != nil
    }

    /// The bytes without leading and trailing ASCII whitespace.
    package static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return [] }
        return bytes[first...last]
    }

    /// Every occurrence of a non-empty `needle` replaced, left to right.
    package static func replacing(_ bytes: [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        guard !needle.isEmpty, var found = firstIndex(bytes[...], needle) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + replacement.count)
        var copied = 0
        while true {
            out.append(contentsOf: bytes[copied..<found])
            out.append(contentsOf: replacement)
            copied = found + needle.count
            guard let next = firstIndex(bytes[...], needle, from: copied) else { break }
            found = next
        }
        out.append(contentsOf: bytes[copied...])
        return out
    }
}
