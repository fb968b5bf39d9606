import Foundation

/// Reads bytes into a ``SourceDocument``: detects the encoding and whether the
/// input is HTML, and decodes it.
///
/// The encoding is detected from the bytes (never from a file name): a
/// byte-order mark, UTF-16 without one, UTF-8, GB18030/GBK. HTML is detected
/// from the content too and rendered by a tolerant reader into lines and
/// table grids; plain text keeps its lines as they are.
///
/// ```swift
/// let document = try SourceReader().read(Data("<p>一、总体情况</p>".utf8))
/// document.form   // .html
/// document.text   // "一、总体情况"
/// ```
///
/// - Complexity: O(n) in the input's bytes.
public struct SourceReader: Sendable {
  public var limits: ParseLimits

  public init(limits: ParseLimits = .default) {
    self.limits = limits
  }

  /// Decodes `data`.
  ///
  /// ``SourceDocument/sourceMap`` maps the text back to input bytes: exactly
  /// for UTF-8 and HTML; for GB18030 exactly in ASCII and to the start of
  /// each run of other characters; for UTF-16 per line (an offset maps to
  /// the first byte of its line).
  ///
  /// - Parameter data: The file's bytes.
  /// - Returns: The decoded document, with an ``Diagnostic/Code/inputEncoding``
  ///   diagnostic when bytes had to be replaced by U+FFFD.
  /// - Throws: ``InputError`` when the input is empty (or only white space),
  ///   binary (NUL bytes outside UTF-16, or a PDF, PNG, GIF, JPEG, ZIP or OLE
  ///   signature), undecodable, or over ``ParseLimits/maxInputBytes``.
  /// - Complexity: O(n) in the input's bytes.
  public func read(_ data: Data) throws(InputError) -> SourceDocument {
    _WorkMeter.add(.inputBytes, data.count)
    guard data.count <= limits.maxInputBytes else {
      throw .limitExceeded(limit: limits.maxInputBytes, actual: data.count)
    }
    guard !data.isEmpty else { throw .empty }
    // Plain UTF-8 text, the common case, straight from the data: validated
    // once into its string, and looked at through the string's storage.
    if let text = TextEncoding._plainUTF8(data),
      let (blank, html) = text.utf8.withContiguousStorageIfAvailable({
        (Self.isBlank($0), HTMLReader.looksLikeHTML($0))
      }), !html
    {
      guard !blank else { throw .empty }
      let map = OffsetMap(anchors: [OffsetMap.Anchor(derived: 0, source: 0, copiedLength: Int.max)])
      return SourceDocument(form: .text, encoding: .utf8, byteCount: data.count, text: text, sourceMap: map)
    }
    let decoded = try TextEncoding._decode([UInt8](data))
    guard !Self.isBlank(decoded.bytes) else { throw .empty }
    var diagnostics: [Diagnostic] = []
    if decoded.replacements > 0 {
      diagnostics.append(
        Diagnostic(
          .inputEncoding, .warning,
          "\(decoded.replacements) invalid byte sequence(s) were replaced by U+FFFD while decoding as "
            + "\(decoded.encoding.rawValue).",
          zh: "按\(decoded.encoding.rawValue)解码时有\(decoded.replacements)处无效字节被替换为U+FFFD。"))
    }
    guard HTMLReader.looksLikeHTML(decoded.bytes) else {
      return SourceDocument(
        form: .text, encoding: decoded.encoding, byteCount: data.count,
        text: decoded.text ?? String(decoding: decoded.bytes, as: UTF8.self), sourceMap: decoded.map,
        diagnostics: diagnostics)
    }
    let page = HTMLReader(limits: limits).read(decoded.bytes)
    guard !Self.isBlank(page.bytes) else { throw .empty }
    return SourceDocument(
      form: .html, encoding: decoded.encoding, byteCount: data.count, text: page.text, tables: page.tables,
      sourceMap: page.map.composed(over: decoded.map, derivedLength: page.bytes.count),
      diagnostics: diagnostics + page.diagnostics)
  }

  /// Whether UTF-8 `bytes` hold only white space (ASCII, NBSP, ideographic
  /// space, zero-width characters, byte-order marks).
  static func isBlank(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBufferPointer { isBlank($0) }
  }

  /// ``isBlank(_:)-([UInt8])`` for bytes in a buffer (a string's storage).
  static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    var index = 0
    while index < bytes.count {
      let byte = bytes[index]
      if HTMLReader.isSpace(byte) || byte == 0x0B {
        index += 1
      } else if bytes[index...].starts(with: [0xC2, 0xA0]) {
        index += 2
      } else if bytes[index...].starts(with: [0xE3, 0x80, 0x80]) || bytes[index...].starts(with: [0xEF, 0xBB, 0xBF]) {
        index += 3
      } else if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80,
        (0x80...0x8D).contains(bytes[index + 2])
      {
        index += 3
      } else {
        return false
      }
    }
    return true
  }
}
