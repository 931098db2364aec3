#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, output and error as relgraph found them at start-up.
///
/// One closed (`2>&-`, `>&-`) is reopened onto /dev/null before anything else runs: the next
/// file relgraph opens would otherwise take its number, and text meant for the terminal
/// would go into that file (a model being read, an output being written). `Terminal` then
/// knows which stream was closed: notes to it are dropped, and a command's result on a
/// closed standard output is an error.
enum StandardStreams {
    /// The descriptors (0, 1, 2) that were closed; set by `reopenClosed`, first thing in `main`.
    nonisolated(unsafe) private(set) static var closedAtStart: Set<Int32> = []

    static func reopenClosed() {
        var closed: Set<Int32> = []
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(descriptor, F_GETFD) == -1 && errno == EBADF {
            // open() takes the lowest free number: this one, as the lower ones are open.
            let opened = open("/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY)
            if opened >= 0 && opened != descriptor {
                dup2(opened, descriptor)
                close(opened)
            }
            closed.insert(descriptor)
        }
        closedAtStart = closed
    }
}
