import DisclosureKit
import Foundation

/// Why one input produced no report: it could not be read, or the library
/// could read nothing from it.
struct FileFailure: Error, Sendable, Hashable {
  /// The input's display path.
  var path: String
  /// A lowercase reason without a final period: `the input is binary, not text`.
  var reason: String

  /// The one line printed on standard error: `disclosure: path/x.pdf: the input is binary, not text`.
  var message: String { "disclosure: \(path): \(reason)" }
}

extension InputFile {
  /// The bytes of this input.
  ///
  /// A file over `limit` bytes is refused before it is read, with the
  /// library's own wording, so one huge file in a corpus costs no memory.
  ///
  /// - Throws: ``FileFailure`` naming this input and the reason.
  func read(limit: Int) throws(FileFailure) -> Data {
    switch kind {
    case .unavailable(let reason):
      throw FileFailure(path: path, reason: reason)
    case .standardInput:
      return try readStandardInput(limit: limit)
    case .file:
      let url = URL(fileURLWithPath: path)
      if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
        throw FileFailure(path: path, reason: InputError.limitExceeded(limit: limit, actual: size).description)
      }
      do {
        return try Data(contentsOf: url, options: .mappedIfSafe)
      } catch {
        throw FileFailure(path: path, reason: Self.reason(for: error))
      }
    }
  }

  private func readStandardInput(limit: Int) throws(FileFailure) -> Data {
    var data = Data()
    let handle = FileHandle.standardInput
    do {
      // Read in chunks and stop one past the limit: standard input has no size to ask for.
      while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
        data.append(chunk)
        if data.count > limit {
          throw FileFailure(path: path, reason: InputError.limitExceeded(limit: limit, actual: data.count).description)
        }
      }
    } catch let failure as FileFailure {
      throw failure
    } catch {
      throw FileFailure(path: path, reason: Self.reason(for: error))
    }
    return data
  }

  /// A short reason for a read error, in the words of `ls` and `cat` rather
  /// than Foundation's sentence.
  static func reason(for error: any Error) -> String {
    if let cocoa = error as? CocoaError {
      switch cocoa.code {
      case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file or directory"
      case .fileReadNoPermission: return "permission denied"
      default: break
      }
    }
    let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
    if let posix, posix.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(posix.code)) {
      return String(cString: strerror(code.rawValue)).lowercased()
    }
    return "the file cannot be read: \(error.localizedDescription)"
  }
}
