#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The list of the files relgraph wrote in one folder, with the SHA-256 of each as written:
/// `.relgraph.sha256`, in the format of `sha256sum`.
///
/// It answers two questions. Did relgraph write this file, and is it unchanged since? Only
/// then does a later run replace it without `--force`. Is this folder's set of files whole?
/// While a set's files are being renamed into place, the list holds the sums of both the
/// files it replaces and the new ones; once every rename is done, only the new ones. A
/// process killed between two renames leaves a list that some file contradicts, so
/// `sha256sum -c .relgraph.sha256` (or `check`) fails until a run completes.
public struct OutputManifest: Equatable, Sendable {
    public static let fileName = ".relgraph.sha256"

    /// One line: a file's name in the folder and a SHA-256 it may have.
    public struct Line: Hashable, Sendable {
        public var name: String
        public var sum: String

        public init(name: String, sum: String) {
            self.name = name
            self.sum = sum
        }
    }

    /// Sorted by name, then sum; a name has two lines only while its set is being replaced.
    public private(set) var lines: [Line]

    public init(_ lines: [Line] = []) {
        self.lines = Array(Set(lines)).sorted { ($0.name, $0.sum) < ($1.name, $1.sum) }
    }

    /// The list in `folder`, or an empty one when there is none (or it is not a regular
    /// file, or larger than any list relgraph writes). Lines that are not `sum  name` are
    /// left out: a file they would name is not known to be relgraph's.
    public static func read(folder: String) -> OutputManifest {
        guard let bytes = readRegularFile(PathText.appending(fileName, to: folder), limit: 16 << 20) else { return OutputManifest() }
        return OutputManifest(parsing: bytes)
    }

    init(parsing bytes: [UInt8]) {
        self.init(bytes.split(separator: 0x0A).compactMap(Self.parse))
    }

    public func sums(of name: String) -> [String] {
        lines.filter { $0.name == name }.map(\.sum)
    }

    /// Whether relgraph wrote the file `name` as it now is (its sum `sum`).
    public func lists(_ name: String, withSum sum: String) -> Bool {
        lines.contains(Line(name: name, sum: sum))
    }

    /// Names that have more than one sum: a set whose renames did not all happen.
    public var unfinished: [String] {
        var seen: Set<String> = [], twice: Set<String> = []
        for line in lines where !seen.insert(line.name).inserted { twice.insert(line.name) }
        return twice.sorted()
    }

    /// While `written` are renamed into place: the lines so far and the new ones.
    func during(_ written: [Line]) -> OutputManifest {
        OutputManifest(lines + written)
    }

    /// Once they are: the new lines in place of any for the same names.
    func after(_ written: [Line]) -> OutputManifest {
        let names = Set(written.map(\.name))
        return OutputManifest(lines.filter { !names.contains($0.name) } + written)
    }

    /// The file's bytes, `sha256sum`'s text format.
    public var bytes: [UInt8] {
        var text = ""
        for line in lines {
            let escaped = line.name.contains { $0 == "\\" || $0 == "\n" || $0 == "\r" }
            if escaped {
                let name = line.name.replacing("\\", with: "\\\\").replacing("\n", with: "\\n").replacing("\r", with: "\\r")
                text += "\\\(line.sum)  \(name)\n"
            } else {
                text += "\(line.sum)  \(line.name)\n"
            }
        }
        return Array(text.utf8)
    }

    /// `sum  name` or `sum *name`; `\sum  name` with `\\`, `\n` and `\r` escaped in the name.
    static func parse(_ line: ArraySlice<UInt8>) -> Line? {
        var line = line
        let escaped = line.first == UInt8(ascii: "\\")
        if escaped { line = line.dropFirst() }
        guard line.count > 66 else { return nil }
        let sum = line.prefix(64)
        let isHex = { (byte: UInt8) in (0x30 ... 0x39).contains(byte) || (0x61 ... 0x66).contains(byte) }
        guard sum.allSatisfy(isHex), line[line.startIndex + 64] == 0x20,
              [0x20, UInt8(ascii: "*")].contains(line[line.startIndex + 65]) else { return nil }
        var name: [UInt8] = []
        var bytes = line.dropFirst(66).makeIterator()
        while let byte = bytes.next() {
            guard escaped, byte == UInt8(ascii: "\\") else { name.append(byte); continue }
            switch bytes.next() {
            case UInt8(ascii: "\\"): name.append(UInt8(ascii: "\\"))
            case UInt8(ascii: "n"): name.append(0x0A)
            case UInt8(ascii: "r"): name.append(0x0D)
            default: return nil
            }
        }
        guard let text = String(validating: name, as: UTF8.self), !text.isEmpty, !text.contains("/") else { return nil }
        return Line(name: text, sum: String(decoding: sum, as: UTF8.self))
    }

    // MARK: - Checking a folder

    /// What contradicts the list in `folder`: each listed file that is missing or whose
    /// bytes have another sum, as `sha256sum -c` reports it (`name: FAILED`, `name: missing`).
    /// Empty when the folder's set is whole; a folder without a list has nothing to check.
    public static func check(folder: String) -> [String] {
        let manifest = read(folder: folder)
        var problems: [String] = []
        var sums: [String: String?] = [:]
        for line in manifest.lines {
            let actual = sums[line.name] ?? sum(ofFileAt: PathText.appending(line.name, to: folder))
            sums[line.name] = actual
            if actual == nil { problems.append("\(line.name): missing") } else if actual != line.sum { problems.append("\(line.name): FAILED") }
        }
        return problems
    }

    /// The SHA-256 of the regular file at `path`, read in pieces; nil when it is not one or
    /// cannot be read.
    public static func sum(ofFileAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var hash = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let got = buffer.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress!, $0.count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            buffer.withUnsafeBufferPointer { hash.update(UnsafeBufferPointer(rebasing: $0[0 ..< got])) }
        }
        return hash.finalHex()
    }

    /// A regular file's bytes, when it is one and holds at most `limit` bytes. Opened without
    /// blocking: a pipe planted under the list's name is not waited on.
    static func readRegularFile(_ path: String, limit: Int) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= limit else { return nil }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size) + 1)
        var count = 0
        while count < bytes.count {
            let got = bytes.withUnsafeMutableBytes { systemRead(descriptor, $0.baseAddress! + count, $0.count - count) }
            if got < 0 && errno == EINTR { continue }
            guard got >= 0 else { return nil }
            if got == 0 { break }
            count += got
        }
        guard count <= limit else { return nil }
        return Array(bytes[..<count])
    }
}

/// `read(2)`, named apart from `OutputManifest.read`.
private func systemRead(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
