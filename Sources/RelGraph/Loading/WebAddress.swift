/// The only links relgraph writes into pictures and reports: absolute http(s) addresses.
public enum WebAddress {
    public static func isAcceptable(_ text: String) -> Bool {
        let lower = text.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return false }
        let rest = text.drop(while: { $0 != ":" }).dropFirst(3)
        guard let host = rest.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false).first,
              !host.isEmpty else { return false }
        return !text.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || $0 == " " }
    }
}
