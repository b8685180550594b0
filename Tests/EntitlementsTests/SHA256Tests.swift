import TestSupport
import Testing
@testable import Entitlements

@Suite struct SHA256Tests {
    @Test func nistVectors() {
        #expect(SHA256.hexDigest([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hexDigest(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hexDigest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
            == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func oneMillionAs() {
        let bytes = [UInt8](repeating: 0x61, count: 1_000_000)
        #expect(SHA256.hexDigest(bytes) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    /// Lengths around the padding boundaries (55/56 bytes leave no room for the length in one block).
    @Test(arguments: [
        (55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"),
        (56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"),
        (63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"),
        (64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"),
        (65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"),
        (119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"),
        (120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"),
    ])
    func paddingBoundaries(length: Int, expected: String) {
        #expect(SHA256.hexDigest([UInt8](repeating: 0x78, count: length)) == expected)
    }

    /// 10 KB of SplitMix64 bytes (seed 2024, low byte of each output); digest from `sha256sum`.
    @Test func matchesSha256sumOnPseudoRandomBytes() {
        var random = SplitMix64(seed: 2024)
        let bytes = (0..<10_240).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        #expect(bytes.prefix(8) == [0xD5, 0xD2, 0x7F, 0x59, 0x7A, 0xEB, 0x97, 0x92])
        #expect(SHA256.hexDigest(bytes) == "dc7d4a8e2fbfef1b3e7ebb1e6cc06d154b7e482790debdb9a03f1e144054d130")
    }

    @Test func digestIsThirtyTwoBytesMatchingHex() {
        let digest = SHA256.digest(Array("abc".utf8))
        #expect(digest.count == 32)
        #expect(digest.prefix(4) == [0xBA, 0x78, 0x16, 0xBF])
    }
}
