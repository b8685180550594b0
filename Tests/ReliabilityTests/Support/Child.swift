#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// What one run of the binary did.
struct ChildRun {
    /// The exit status, or nil when a signal ended the process.
    var exitStatus: Int32?
    /// The signal that ended the process, if one did.
    var signal: Int32?
    /// Standard output, when it was kept.
    var output: [UInt8]
    /// Standard error.
    var errorOutput: [UInt8]
    /// Lines read from standard output.
    var outputLines: Int
    /// Whether standard output ended with a newline (or was empty).
    var outputEndsWithNewline: Bool
    /// The peak resident set size of the process, in kilobytes: the largest `VmHWM` of
    /// /proc/PID/status seen while it ran (sampled every 10 ms and once at the end of its output).
    /// Not wait4's `ru_maxrss`: posix_spawn starts the child in the test process's memory, and Linux
    /// carries that memory's high-water mark across exec into the child's `ru_maxrss`.
    var peakRSSKilobytes: Int
    /// Wall-clock seconds from spawn to exit.
    var wallSeconds: Double
    /// CPU seconds (user + system) the process used.
    var cpuSeconds: Double
    /// Whether the watchdog had to kill the process.
    var timedOut: Bool

    /// Standard output as text.
    var outputText: String { String(decoding: output, as: UTF8.self) }
    /// Standard error as text.
    var errorText: String { String(decoding: errorOutput, as: UTF8.self) }
    /// Standard output's lines (without newlines).
    var lines: [ArraySlice<UInt8>] { output.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).dropLast(outputEndsWithNewline ? 1 : 0) }
    /// Peak RSS in MB.
    var peakRSSMegabytes: Int { peakRSSKilobytes / 1024 }
}

/// `write(2)`, for the types here whose own `write` and `pipe` hide the system's (Linux and Darwin).
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
    write(descriptor, bytes, count)
}

/// `pipe(2)`.
private func systemPipe(_ pair: UnsafeMutablePointer<Int32>) -> Int32 {
    pipe(pair)
}

/// Buffered writes to the child's standard input; notices when the child stops reading.
struct PipeWriter {
    let descriptor: Int32
    private var buffer: [UInt8] = []
    /// True once a write failed (the child closed its input or exited).
    private(set) var broken = false
    /// Bytes written so far.
    private(set) var written = 0

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(1 << 17)
    }

    /// Adds bytes, writing once 64 KiB are waiting.
    mutating func write<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        if bytes.withContiguousStorageIfAvailable({ buffer.append(contentsOf: $0) }) == nil { buffer.append(contentsOf: bytes) }
        if buffer.count >= 1 << 16 { flush() }
    }

    /// Adds a line and its newline.
    mutating func line<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        write(bytes)
        write(CollectionOfOne(UInt8(ascii: "\n")))
    }

    /// Adds text.
    mutating func text(_ text: String) {
        write(text.utf8)
    }

    /// Writes everything waiting.
    mutating func flush() {
        guard !broken else {
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var offset = 0
        let total = buffer.count
        let failed = buffer.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return false }
            while offset < total {
                let count = systemWrite(descriptor, base + offset, total - offset)
                if count < 0 {
                    if errno == EINTR { continue }
                    if errno == EAGAIN {
                        var wanted = pollfd(fd: descriptor, events: Int16(POLLOUT), revents: 0)
                        _ = poll(&wanted, 1, 100)
                        continue
                    }
                    return true
                }
                offset += count
            }
            return false
        }
        written += offset
        if failed { broken = true }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// Runs the binary with real pipes: input written by a thread, output read line by line as it comes,
/// a watchdog that kills a run past its time limit, and the peak RSS and CPU time from `wait4`.
enum Child {
    /// Where standard input comes from.
    enum Input: Sendable {
        /// These bytes, written through a pipe.
        case bytes([UInt8])
        /// This file, opened as standard input (so every byte is available at once).
        case file(String)
        /// Bytes produced on the fly into a pipe (so a huge input never sits in memory).
        case stream(@Sendable (inout PipeWriter) -> Void)
    }

    /// Ignore SIGPIPE in the test process, so writing to a child that has gone is an error, not death.
    static let ignoreSIGPIPE: Void = {
        _ = signal(SIGPIPE, SIG_IGN)
    }()

    /// Runs `arguments` under the binary (or `executable`).
    ///
    /// - `onLine` sees each stdout line (without its newline) as it arrives; returning false closes
    ///   stdout at once, as a reader that goes away would.
    /// - `keepOutput`: keep stdout in `ChildRun.output` (turn off for huge outputs).
    /// - `prepare` gets the child's stdin read end and stdout write end before the spawn, to set flags.
    /// - `wrapper`: a program and arguments to run the binary under (e.g. `setpriv`, `strace`).
    static func run(_ arguments: [String], input: Input, environment: [String: String]? = nil,
                    directory: String? = nil, executable: String? = nil, wrapper: [String] = [],
                    keepOutput: Bool = true, timeout: Double = 120,
                    prepare: ((_ stdinRead: Int32, _ stdoutWrite: Int32) -> Void)? = nil,
                    onLine: ((ArraySlice<UInt8>) -> Bool)? = nil) throws -> ChildRun {
        Child.ignoreSIGPIPE
        let program = try executable ?? Executable.path.get()
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("reliability-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let errorPath = scratch.appendingPathComponent("stderr").path

        // Descriptors are made close-on-exec under a lock that every spawn here takes, so no other
        // child started meanwhile by these tests inherits them (an inherited pipe end would keep a
        // child's input open and it would never see the end).
        let spawnedOrFailure: Result<(pid: pid_t, inputWrite: Int32, outputRead: Int32), Failure> = Child.spawnLock.withLock {
            var inputRead: Int32 = -1, inputWrite: Int32 = -1
            switch input {
            case .file(let path):
                inputRead = open(path, O_RDONLY | O_CLOEXEC)
                if inputRead < 0 { return .failure(Failure("cannot open \(path)")) }
            case .bytes, .stream:
                guard let pair = Child.pipe() else { return .failure(Failure("pipe failed")) }
                (inputRead, inputWrite) = pair
            }
            guard let (outputRead, outputWrite) = Child.pipe() else { return .failure(Failure("pipe failed")) }
            let errorDescriptor = open(errorPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
            guard errorDescriptor >= 0 else { return .failure(Failure("cannot create \(errorPath)")) }
            prepare?(inputRead, outputWrite)

            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_adddup2(&actions, inputRead, 0)
            posix_spawn_file_actions_adddup2(&actions, outputWrite, 1)
            posix_spawn_file_actions_adddup2(&actions, errorDescriptor, 2)

            let changeDirectory = directory.map { ["/usr/bin/env", "-C", $0] } ?? []
            let commandLine = changeDirectory + wrapper + [program] + arguments
            let variables = (environment ?? ProcessInfo.processInfo.environment).map { "\($0.key)=\($0.value)" }.sorted()
            var argv: [UnsafeMutablePointer<CChar>?] = commandLine.map { strdup($0) } + [nil]
            var envp: [UnsafeMutablePointer<CChar>?] = variables.map { strdup($0) } + [nil]
            defer {
                for pointer in argv { free(pointer) }
                for pointer in envp { free(pointer) }
            }
            var pid: pid_t = 0
            let spawned = posix_spawn(&pid, commandLine[0], &actions, nil, &argv, &envp)
            close(inputRead)
            close(outputWrite)
            close(errorDescriptor)
            guard spawned == 0 else {
                if inputWrite >= 0 { close(inputWrite) }
                close(outputRead)
                return .failure(Failure("cannot run \(commandLine[0]): error \(spawned)"))
            }
            return .success((pid, inputWrite, outputRead))
        }
        let started = Clock.seconds()
        let (pid, inputWrite, outputRead) = try spawnedOrFailure.get()

        // The writer thread feeds standard input, then closes it.
        let writerDone = DispatchSemaphore(value: 0)
        if inputWrite >= 0 {
            let descriptor = inputWrite
            let feed: @Sendable (inout PipeWriter) -> Void
            switch input {
            case .bytes(let bytes): feed = { writer in writer.write(bytes) }
            case .stream(let produce): feed = produce
            case .file: feed = { _ in }
            }
            Thread.detachNewThread {
                var writer = PipeWriter(descriptor: descriptor)
                feed(&writer)
                writer.flush()
                close(descriptor)
                writerDone.signal()
            }
        } else {
            writerDone.signal()
        }

        // The watchdog kills a run that takes too long.
        let watch = Watch()
        let watchdogDone = DispatchSemaphore(value: 0)
        let childID = pid
        Thread.detachNewThread {
            while !watch.finished {
                if let peak = Child.highWaterKilobytes(childID) { watch.peak = max(watch.peak, peak) }
                if Clock.seconds() - started > timeout {
                    watch.timedOut = true
                    kill(childID, SIGKILL)
                    break
                }
                usleep(10_000)
            }
            watchdogDone.signal()
        }

        // Read standard output as it comes.
        var kept: [UInt8] = []
        var pending: [UInt8] = []
        var lines = 0
        var lastByte: UInt8? = nil
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var reading = true
        while reading {
            let count = chunk.withUnsafeMutableBytes { read(outputRead, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            let bytes = chunk[0..<count]
            lastByte = bytes.last
            if keepOutput { kept.append(contentsOf: bytes) }
            var start = bytes.startIndex
            while let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) {
                lines += 1
                if let onLine {
                    let keepGoing: Bool
                    if pending.isEmpty {
                        keepGoing = onLine(bytes[start..<newline])
                    } else {
                        pending.append(contentsOf: bytes[start..<newline])
                        keepGoing = onLine(pending[...])
                        pending.removeAll(keepingCapacity: true)
                    }
                    if !keepGoing {
                        reading = false
                        break
                    }
                }
                start = newline + 1
            }
            if reading, onLine != nil, start < bytes.endIndex { pending.append(contentsOf: bytes[start...]) }
        }
        close(outputRead)

        var status: Int32 = 0
        var usage = rusage()
        // The last look at the high-water mark before the process is reaped.
        if let peak = Child.highWaterKilobytes(pid) { watch.peak = max(watch.peak, peak) }
        while wait4(pid, &status, 0, &usage) < 0, errno == EINTR {}
        let ended = Clock.seconds()
        watch.finished = true
        watchdogDone.wait()
        writerDone.wait()

        let errorOutput = (try? [UInt8](Data(contentsOf: URL(fileURLWithPath: errorPath)))) ?? []
        let terminatingSignal = status & 0x7F
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ChildRun(
            exitStatus: terminatingSignal == 0 ? (status >> 8) & 0xFF : nil,
            signal: terminatingSignal == 0 ? nil : terminatingSignal,
            output: kept, errorOutput: errorOutput, outputLines: lines,
            outputEndsWithNewline: lastByte == nil || lastByte == UInt8(ascii: "\n"),
            peakRSSKilobytes: watch.peak, wallSeconds: ended - started, cpuSeconds: cpu,
            timedOut: watch.timedOut)
    }

    /// The high-water mark of a process's resident memory, in kilobytes, while it runs.
    static func highWaterKilobytes(_ pid: pid_t) -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.dropFirst(6).filter(\.isNumber))
    }

    /// Taken around making descriptors and spawning.
    static let spawnLock = NSLock()

    /// A pipe (read end, write end), both close-on-exec; call under `spawnLock`.
    static func pipe() -> (Int32, Int32)? {
        var pair: [Int32] = [-1, -1]
        guard systemPipe(&pair) == 0 else { return nil }
        for descriptor in pair { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        return (pair[0], pair[1])
    }

    /// A failure to set up a run.
    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}

/// Flags shared between the test thread and the watchdog.
private final class Watch: @unchecked Sendable {
    private let lock = NSLock()
    private var _finished = false
    private var _timedOut = false
    private var _peak = 0

    var finished: Bool {
        get { lock.withLock { _finished } }
        set { lock.withLock { _finished = newValue } }
    }

    var peak: Int {
        get { lock.withLock { _peak } }
        set { lock.withLock { _peak = newValue } }
    }

    var timedOut: Bool {
        get { lock.withLock { _timedOut } }
        set { lock.withLock { _timedOut = newValue } }
    }
}

/// Monotonic seconds, for timing runs (never money).
enum Clock {
    static func seconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
