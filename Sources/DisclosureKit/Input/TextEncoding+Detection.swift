import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Input bytes decoded to UTF-8, with the map back to the input bytes.
struct _DecodedInput {
  var bytes: [UInt8]
  var encoding: TextEncoding
  /// Maps offsets in ``bytes`` to offsets in the input.
  var map: OffsetMap
  /// How many invalid sequences were replaced by U+FFFD.
  var replacements: Int
  /// ``bytes`` as a string, when the decoder made one while validating them,
  /// so the reader does not validate them a second time.
  var text: String? = nil
}

extension TextEncoding {
  /// Foundation's GB18030 encoding (a superset of GBK and GB2312); decoded by
  /// ICU in swift-corelibs-foundation.
  static let foundationGB18030 = String.Encoding(rawValue: 0x8000_0632)

  /// Detects the encoding of `input` from its bytes and decodes it.
  ///
  /// The order: a byte-order mark decides; then UTF-16 without a mark when
  /// NUL bytes fall on one parity only (ASCII in UTF-16); then NUL bytes mean
  /// binary; then valid UTF-8; then UTF-8 with a few damaged bytes (valid
  /// multi-byte sequences outnumber errors ten to one, so one bad byte does
  /// not turn a UTF-8 report into GB18030 mojibake); then GB18030; then UTF-8
  /// with replacement when most of it is UTF-8.
  ///
  /// The map is exact for UTF-8. For GB18030, ASCII maps byte for byte and
  /// an offset inside a run of other characters maps to the run's first
  /// input byte. For UTF-16 there is an anchor per line: every offset in a
  /// line maps to the line's first input byte.
  ///
  /// - Throws: ``InputError/binary`` or ``InputError/undecodable``.
  /// - Complexity: O(n) in the input's bytes.
  static func _decode(_ input: [UInt8]) throws(InputError) -> _DecodedInput {
    if input.starts(with: [0xEF, 0xBB, 0xBF]) {
      return _decodeUTF8(input, from: 3, encoding: .utf8BOM)
    }
    if input.starts(with: [0xFF, 0xFE]) { return _decodeUTF16(input, from: 2, bigEndian: false) }
    if input.starts(with: [0xFE, 0xFF]) { return _decodeUTF16(input, from: 2, bigEndian: true) }
    if _hasBinarySignature(input) { throw .binary }
    // Without a NUL byte the input is neither UTF-16 without a mark (its
    // votes are NUL bytes) nor binary by NUL: one `memchr` settles both.
    let hasNUL = _containsNUL(input)
    if hasNUL, let bigEndian = _utf16WithoutMark(input) {
      return _decodeUTF16(input, from: 0, bigEndian: bigEndian)
    }
    if hasNUL { throw .binary }
    // Valid UTF-8, the common case: one validating pass that also makes the
    // string, instead of a scan here and a second validation in the reader.
    if let valid = _validUTF8(input, from: 0, encoding: .utf8) { return valid }
    let scan = _UTF8Scan(input)
    if scan.errors == 0 || scan.multiByte >= 10 * scan.errors {
      return _decodeUTF8(input, from: 0, encoding: .utf8, scanned: scan)
    }
    if let text = String(data: Data(input), encoding: foundationGB18030) {
      return _gb18030(input, text: text)
    }
    if scan.multiByte > scan.errors { return _decodeUTF8(input, from: 0, encoding: .utf8, scanned: scan) }
    throw .undecodable
  }

  /// `data` as a string when ``_decode(_:)`` would take it as plain UTF-8
  /// without a change: no byte-order mark, no binary signature, no NUL byte
  /// (so neither UTF-16 nor binary), and valid. `nil` sends the data to
  /// ``_decode(_:)``.
  ///
  /// - Complexity: O(n) in the bytes: one `memchr` and one validation.
  static func _plainUTF8(_ data: Data) -> String? {
    let head = [UInt8](data.prefix(16))
    if head.starts(with: [0xEF, 0xBB, 0xBF]) || head.starts(with: [0xFF, 0xFE]) || head.starts(with: [0xFE, 0xFF]) {
      return nil
    }
    guard !_hasBinarySignature(head) else { return nil }
    // `memchr` reads exactly the data's bytes.
    let hasNUL = data.withUnsafeBytes { raw in raw.baseAddress.map { memchr($0, 0, raw.count) != nil } ?? false }
    guard !hasNUL else { return nil }
    if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
      return String(validating: data, as: UTF8.self)
    }
    return nil
  }

  /// Known binary file signatures: PDF, PNG, GIF, JPEG, ZIP (and so DOCX,
  /// XLSX), OLE (DOC, XLS), ELF, RAR, 7z, gzip.
  static func _hasBinarySignature(_ input: [UInt8]) -> Bool {
    binarySignatures.contains { input.starts(with: $0) }
  }

  /// The signatures of ``_hasBinarySignature(_:)``, built once.
  private static let binarySignatures: [[UInt8]] = [
    Array("%PDF".utf8), [0x89, 0x50, 0x4E, 0x47], Array("GIF87a".utf8), Array("GIF89a".utf8),
    [0xFF, 0xD8, 0xFF], [0x50, 0x4B, 0x03, 0x04], [0x50, 0x4B, 0x05, 0x06],
    [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], [0x7F, 0x45, 0x4C, 0x46], Array("Rar!".utf8),
    [0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], [0x1F, 0x8B, 0x08],
  ]

  /// Whether `input` holds a NUL byte.
  static func _containsNUL(_ input: [UInt8]) -> Bool {
    input.withUnsafeBufferPointer { buffer in
      // `memchr` reads exactly the buffer's `count` bytes, all inside the array.
      guard let base = buffer.baseAddress else { return false }
      return memchr(base, 0, buffer.count) != nil
    }
  }

  /// `input` from `start` decoded without a change, when it is valid UTF-8;
  /// `nil` otherwise.
  ///
  /// The standard library validates and makes the string in one pass; the
  /// byte scan of ``_UTF8Scan`` is left for input that needs repair.
  static func _validUTF8(_ input: [UInt8], from start: Int, encoding: TextEncoding) -> _DecodedInput? {
    let body = start == 0 ? input : Array(input[min(start, input.count)...])
    let text: String?
    if #available(macOS 15, iOS 18, tvOS 18, watchOS 11, visionOS 2, *) {
      text = String(validating: body, as: UTF8.self)
    } else {
      text = _UTF8Scan(body).errors == 0 ? String(decoding: body, as: UTF8.self) : nil
    }
    guard let text else { return nil }
    let map = OffsetMap(anchors: [OffsetMap.Anchor(derived: 0, source: start, copiedLength: Int.max)])
    return _DecodedInput(bytes: body, encoding: encoding, map: map, replacements: 0, text: text)
  }

  /// `true` (big-endian) or `false` (little-endian) when `input` clearly is
  /// UTF-16 without a byte-order mark: NUL bytes, a majority on one parity, make at
  /// least 2% of the code units sampled, and the whole input decodes.
  static func _utf16WithoutMark(_ input: [UInt8]) -> Bool? {
    guard input.count >= 4, input.count % 2 == 0 else { return nil }
    let sample = min(input.count, 1 << 14)
    var zeroEven = 0
    var zeroOdd = 0
    for index in 0..<sample where input[index] == 0 {
      if index % 2 == 0 { zeroEven += 1 } else { zeroOdd += 1 }
    }
    let units = sample / 2
    let bigEndian: Bool
    // A majority on one parity, not four in five: common Han characters have
    // a zero low byte (一 U+4E00, 开 U+5F00 — in every 政府信息公开), so a
    // short, mostly-Han report puts a third of its NULs on the other parity.
    // The full decode below still rejects a NUL code unit or a bad surrogate.
    if zeroOdd * 50 >= units, zeroEven < zeroOdd {
      bigEndian = false
    } else if zeroEven * 50 >= units, zeroOdd < zeroEven {
      bigEndian = true
    } else {
      return nil
    }
    // A NUL code unit or an unpaired surrogate means it is not UTF-16 text.
    var index = 0
    var pendingHigh = false
    while index + 1 < input.count {
      let unit =
        bigEndian
        ? UInt16(input[index]) << 8 | UInt16(input[index + 1]) : UInt16(input[index + 1]) << 8 | UInt16(input[index])
      if unit == 0 { return nil }
      let isHigh = (0xD800...0xDBFF).contains(unit)
      let isLow = (0xDC00...0xDFFF).contains(unit)
      if pendingHigh != isLow { return nil }
      pendingHigh = isHigh
      index += 2
    }
    return pendingHigh ? nil : bigEndian
  }

  /// - Parameter scanned: The scan of `input` when the caller made one
  ///   (`start` 0), so the bytes are not scanned twice.
  static func _decodeUTF8(
    _ input: [UInt8], from start: Int, encoding: TextEncoding, scanned: _UTF8Scan? = nil
  ) -> _DecodedInput {
    if scanned == nil, let valid = _validUTF8(input, from: start, encoding: encoding) { return valid }
    let body = start == 0 ? input : Array(input[min(start, input.count)...])
    let scan = start == 0 ? scanned ?? _UTF8Scan(body) : _UTF8Scan(body)
    if scan.errors == 0 {
      let map = OffsetMap(anchors: [OffsetMap.Anchor(derived: 0, source: start, copiedLength: Int.max)])
      return _DecodedInput(bytes: body, encoding: encoding, map: map, replacements: 0)
    }
    var builder = _RewriteBuilder(capacity: body.count + 16)
    var index = 0
    var runStart = 0
    while index < body.count {
      let length = _UTF8Scan.sequenceLength(body, at: index)
      if length > 0 {
        index += length
        continue
      }
      builder.copy(body, runStart..<index)
      builder.replace(at: index, with: [0xEF, 0xBF, 0xBD])
      index += 1
      runStart = index
    }
    builder.copy(body, runStart..<body.count)
    let shift = OffsetMap(anchors: [OffsetMap.Anchor(derived: 0, source: start, copiedLength: Int.max)])
    let map = builder.map.composed(over: shift, derivedLength: builder.count)
    return _DecodedInput(bytes: builder.bytes, encoding: encoding, map: map, replacements: scan.errors)
  }

  static func _decodeUTF16(_ input: [UInt8], from start: Int, bigEndian: Bool) -> _DecodedInput {
    var output: [UInt8] = []
    output.reserveCapacity(input.count * 3 / 2)
    var anchors: [OffsetMap.Anchor] = [OffsetMap.Anchor(derived: 0, source: start, copiedLength: 0)]
    var replacements = 0
    var index = start
    func unit(at offset: Int) -> UInt16? {
      guard offset + 1 < input.count else { return nil }
      return bigEndian
        ? UInt16(input[offset]) << 8 | UInt16(input[offset + 1])
        : UInt16(input[offset + 1]) << 8 | UInt16(input[offset])
    }
    while let first = unit(at: index) {
      var scalar: Unicode.Scalar?
      var width = 2
      if (0xD800...0xDBFF).contains(first), let second = unit(at: index + 2), (0xDC00...0xDFFF).contains(second) {
        let value = 0x10000 + ((UInt32(first) - 0xD800) << 10) + (UInt32(second) - 0xDC00)
        scalar = Unicode.Scalar(value)
        width = 4
      } else {
        scalar = Unicode.Scalar(first)
      }
      if scalar == nil { replacements += 1 }
      UTF8.encode(scalar ?? "\u{FFFD}") { output.append($0) }
      index += width
      if scalar == "\n" {
        anchors.append(OffsetMap.Anchor(derived: output.count, source: index, copiedLength: 0))
      }
    }
    if index < input.count {
      // A trailing odd byte.
      replacements += 1
      UTF8.encode("\u{FFFD}") { output.append($0) }
    }
    return _DecodedInput(
      bytes: output, encoding: bigEndian ? .utf16BE : .utf16LE, map: OffsetMap(anchors: anchors),
      replacements: replacements)
  }

  /// Maps GB18030 input to its UTF-8 decoding run by run: ASCII runs byte
  /// for byte, and every offset inside a run of other characters to the
  /// run's first input byte. GB18030 sequences are one byte (ASCII), or two
  /// or four bytes (the second byte of a four-byte sequence is a digit), and
  /// each decodes to one scalar, so input and output can be walked together.
  /// When they do not line up, falls back to an anchor per line.
  static func _gb18030(_ input: [UInt8], text: String) -> _DecodedInput {
    let output = Array(text.utf8)
    var anchors: [OffsetMap.Anchor] = []
    var source = 0
    var derived = 0
    var inASCII: Bool?
    while source < input.count, derived < output.count {
      let byte = input[source]
      if byte < 0x80 {
        guard output[derived] == byte else { break }
        if inASCII != true {
          anchors.append(OffsetMap.Anchor(derived: derived, source: source, copiedLength: 0))
          inASCII = true
        }
        anchors[anchors.count - 1].copiedLength += 1
        source += 1
        derived += 1
      } else {
        let lead = output[derived]
        guard lead >= 0xC0 else { break }
        if inASCII != false {
          anchors.append(OffsetMap.Anchor(derived: derived, source: source, copiedLength: 0))
          inASCII = false
        }
        let isFourBytes = source + 1 < input.count && (0x30...0x39).contains(input[source + 1])
        source += isFourBytes ? 4 : 2
        derived += lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
      }
    }
    if source == input.count, derived == output.count {
      return _DecodedInput(bytes: output, encoding: .gb18030, map: OffsetMap(anchors: anchors), replacements: 0)
    }
    return _gb18030ByLine(input, output: output)
  }

  /// GB18030 keeps ASCII bytes as they are (0x0A is never a trail byte), so
  /// lines correspond one to one; pure-ASCII lines map byte for byte.
  static func _gb18030ByLine(_ input: [UInt8], output: [UInt8]) -> _DecodedInput {
    var anchors: [OffsetMap.Anchor] = []
    var source = 0
    var derived = 0
    while source <= input.count, derived <= output.count {
      let sourceEnd = input[source...].firstIndex(of: 0x0A) ?? input.count
      let derivedEnd = output[derived...].firstIndex(of: 0x0A) ?? output.count
      let same = sourceEnd - source == derivedEnd - derived
      anchors.append(
        OffsetMap.Anchor(derived: derived, source: source, copiedLength: same ? sourceEnd - source + 1 : 0))
      if !same { anchors.append(OffsetMap.Anchor(derived: derivedEnd, source: sourceEnd, copiedLength: 1)) }
      source = sourceEnd + 1
      derived = derivedEnd + 1
    }
    return _DecodedInput(bytes: output, encoding: .gb18030, map: OffsetMap(anchors: anchors), replacements: 0)
  }
}

/// One pass over bytes counting valid multi-byte UTF-8 sequences and errors.
struct _UTF8Scan {
  var multiByte = 0
  var errors = 0

  init(_ bytes: [UInt8]) {
    var index = 0
    while index < bytes.count {
      let length = Self.sequenceLength(bytes, at: index)
      if length == 0 {
        errors += 1
        index += 1
      } else {
        if length > 1 { multiByte += 1 }
        index += length
      }
    }
  }

  /// The length of the valid UTF-8 sequence at `index`, or 0 when invalid.
  static func sequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let lead = bytes[index]
    if lead < 0x80 { return 1 }
    func continuation(_ offset: Int, _ range: ClosedRange<UInt8> = 0x80...0xBF) -> Bool {
      index + offset < bytes.count && range.contains(bytes[index + offset])
    }
    switch lead {
    case 0xC2...0xDF: return continuation(1) ? 2 : 0
    case 0xE0: return continuation(1, 0xA0...0xBF) && continuation(2) ? 3 : 0
    case 0xE1...0xEC, 0xEE...0xEF: return continuation(1) && continuation(2) ? 3 : 0
    case 0xED: return continuation(1, 0x80...0x9F) && continuation(2) ? 3 : 0
    case 0xF0: return continuation(1, 0x90...0xBF) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF1...0xF3: return continuation(1) && continuation(2) && continuation(3) ? 4 : 0
    case 0xF4: return continuation(1, 0x80...0x8F) && continuation(2) && continuation(3) ? 4 : 0
    default: return 0
    }
  }
}
