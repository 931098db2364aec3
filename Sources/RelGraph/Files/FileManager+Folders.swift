import FoundationEssentials

extension FileManager {
    /// Whether a folder is at `path`, links followed.
    package func folderExists(atPath path: String) -> Bool {
        var isFolder = false
        return fileExists(atPath: path, isDirectory: &isFolder) && isFolder
    }

    /// Whether something other than a folder (a file, a device, a pipe) is at `path`, links followed.
    package func nonFolderExists(atPath path: String) -> Bool {
        var isFolder = false
        return fileExists(atPath: path, isDirectory: &isFolder) && !isFolder
    }
}
