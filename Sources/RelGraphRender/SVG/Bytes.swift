#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Plain byte searching with the C library's `memchr` and `memcmp`: the generic collection
/// algorithms cost 30× more, and SVG of a large model is megabytes.
enum Bytes {
    static func firstIndex(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8], from start: Int? = nil) -> Int? {
        let start = start ?? haystack.startIndex
        guard let first = needle.first, start <= haystack.endIndex, haystack.endIndex - start >= needle.count else { return nil }
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
    static func firstIndex(of byte: UInt8, in bytes: [UInt8], from start: Int) -> Int? {
        guard start < bytes.count else { return nil }
        return bytes.withUnsafeBytes { buffer in
            memchr(buffer.baseAddress! + start, Int32(byte), buffer.count - start).map { buffer.baseAddress!.distance(to: UnsafeRawPointer($0)!) }
        }
    }

    static func hasPrefix(_ bytes: ArraySlice<UInt8>, _ prefix: [UInt8]) -> Bool {
        bytes.count >= prefix.count && bytes.withUnsafeBytes { line in prefix.withUnsafeBytes { memcmp(line.baseAddress!, $0.baseAddress!, prefix.count) == 0 } }
    }

    static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(haystack, needle) != nil
    }

    /// The bytes without leading and trailing ASCII whitespace.
    static func trimmed(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        let isSpace = { (byte: UInt8) in byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
        guard let first = bytes.firstIndex(where: { !isSpace($0) }), let last = bytes.lastIndex(where: { !isSpace($0) }) else { return [] }
        return bytes[first...last]
    }

    static func replacing(_ bytes: [UInt8], _ needle: [UInt8], with replacement: [UInt8]) -> [UInt8] {
        guard var found = firstIndex(bytes[...], needle) else { return bytes }
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
