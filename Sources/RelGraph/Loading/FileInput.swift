import Foundation

/// Reads input files whole, with one clear message for each way that can fail.
public enum FileInput {
    /// Larger than any model relgraph is meant for (the 100k-tie benchmark model is ~15 MB).
    public static let maximumBytes = 256 << 20

    public static func read(_ path: String) throws(InputError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, "no such file")
        }
        if isDirectory.boolValue { throw InputError(path: path, "is a folder, not a file") }
        // Refused before reading when the size is known; a pipe or device is cut off below.
        var info = stat()
        if stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size > maximumBytes { throw tooLarge(path) }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw InputError(path: path, "cannot be read (permission denied?)")
        }
        defer { try? handle.close() }
        do {
            let data = try handle.read(upToCount: maximumBytes + 1) ?? Data()
            if data.count > maximumBytes { throw tooLarge(path) }
            return [UInt8](data)
        } catch let error as InputError {
            throw error
        } catch {
            throw InputError(path: path, "cannot be read: \(error.localizedDescription)")
        }
    }

    static func tooLarge(_ path: String) -> InputError {
        InputError(path: path, "larger than \(maximumBytes >> 20) MB; relgraph does not read files this big")
    }
}
