#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Byte searches with the C library's `memchr`, for scans over a whole text.
enum _ByteSearch {
  /// The first index at or after `start` of `buffer` holding `byte`.
  ///
  /// - Complexity: O(n) in the bytes searched, a word or more at a time.
  static func firstIndex(of byte: UInt8, in buffer: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
    guard start >= 0, start < buffer.count, let base = buffer.baseAddress else { return nil }
    // `memchr` reads `count - start` bytes from `base + start`: all inside the buffer.
    guard let found = memchr(base + start, Int32(byte), buffer.count - start) else { return nil }
    return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
  }
}
