/// Why an input could not be read at all.
///
/// Thrown only when nothing can be read; everything else is a ``Diagnostic``.
/// A struct over a private enum so that new reasons can be added without
/// breaking callers that switch on the static members.
public struct InputError: Error, Sendable, Hashable, CustomStringConvertible {
  private enum Reason: Hashable {
    case empty
    case binary
    case undecodable
    case limitExceeded(limit: Int, actual: Int)
    case unreadableFile(String)
  }

  private var reason: Reason
  /// Where in the input the problem was found, when it has a place.
  public var range: SourceRange?

  private init(_ reason: Reason, range: SourceRange? = nil) {
    self.reason = reason
    self.range = range
  }

  /// The input has no bytes, or only white space.
  public static let empty = InputError(.empty)
  /// The input is binary: NUL bytes or a known binary signature (PDF, PNG, ZIP…).
  public static let binary = InputError(.binary)
  /// The input is not valid in any supported encoding.
  public static let undecodable = InputError(.undecodable)
  /// The input is larger than ``ParseLimits/maxInputBytes``.
  public static func limitExceeded(limit: Int, actual: Int) -> InputError {
    InputError(.limitExceeded(limit: limit, actual: actual))
  }
  /// The file could not be opened or read.
  public static func unreadableFile(_ reason: String) -> InputError { InputError(.unreadableFile(reason)) }

  /// A stable identifier for the reason: `empty`, `binary`, `undecodable`,
  /// `limitExceeded`, `unreadableFile`.
  public var code: String {
    switch reason {
    case .empty: "empty"
    case .binary: "binary"
    case .undecodable: "undecodable"
    case .limitExceeded: "limitExceeded"
    case .unreadableFile: "unreadableFile"
    }
  }

  public var description: String {
    switch reason {
    case .empty: "the input is empty"
    case .binary: "the input is binary, not text"
    case .undecodable: "the input is not valid UTF-8, UTF-16 or GB18030"
    case .limitExceeded(let limit, let actual): "the input is \(actual) bytes, over the limit of \(limit)"
    case .unreadableFile(let why): "the file cannot be read: \(why)"
    }
  }

  /// Equality by reason, ignoring ``range``, so `error == .binary` reads naturally.
  public static func == (lhs: InputError, rhs: InputError) -> Bool { lhs.reason == rhs.reason }
  public func hash(into hasher: inout Hasher) { hasher.combine(reason) }
}
