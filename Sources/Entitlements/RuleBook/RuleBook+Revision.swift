extension RuleBook {
    /// The revision of a set of rule files: the SHA-256 of their `sha256sum` listing in byte order of
    /// name, so that `(cd rules && LC_ALL=C ls *.json | LC_ALL=C sort | xargs sha256sum) | sha256sum`
    /// prints the same digest.
    public static func revision(of files: [(name: String, bytes: [UInt8])]) -> (revision: String, digests: [(name: String, sha256: String)]) {
        let sorted = files.sorted { Array($0.name.utf8).lexicographicallyPrecedes(Array($1.name.utf8)) }
        var listing: [UInt8] = []
        var digests: [(name: String, sha256: String)] = []
        for file in sorted {
            let digest = SHA256.hexDigest(file.bytes)
            digests.append((file.name, digest))
            listing += Array("\(digest)  \(file.name)\n".utf8)
        }
        return (SHA256.hexDigest(listing), digests)
    }
}
