import Foundation

/// One input to process: a file found on the command line or under a
/// directory, or standard input.
struct InputFile: Sendable, Hashable {
  enum Kind: Sendable, Hashable {
    /// A path to read.
    case file
    /// Standard input (`-`).
    case standardInput
    /// A command-line argument that names nothing readable; `reason` says why.
    case unavailable(reason: String)
  }

  /// The path as the user will recognise it: the argument itself, or the
  /// directory argument joined with the path found under it.
  var path: String
  var kind: Kind

  /// The name reported as the report's `source.name`.
  var sourceName: String {
    switch kind {
    case .standardInput: path
    case .file, .unavailable: URL(fileURLWithPath: path).lastPathComponent
    }
  }

  /// The display name of standard input.
  static let standardInputName = "<stdin>"
}

/// Expands command-line arguments into the files to process.
///
/// A file is taken as it is, whatever its extension (the user named it); a
/// directory is walked recursively for report files, which are sorted by path
/// so that the order of the output does not depend on the file system; `-` is
/// standard input. Arguments keep their order. An argument that names nothing
/// becomes an ``InputFile/Kind/unavailable(reason:)`` entry, so it is reported
/// in its place and the others still run.
struct InputFiles {
  /// The extensions a directory walk picks up, lowercased.
  static let reportExtensions: Set<String> = ["txt", "html", "htm", "md"]

  var fileManager = FileManager.default

  /// The inputs named by `arguments`, in order.
  ///
  /// - Complexity: O(n log n) in the number of files found under directories.
  func expand(_ arguments: [String]) -> [InputFile] {
    var inputs: [InputFile] = []
    for argument in arguments {
      if argument == "-" {
        inputs.append(InputFile(path: InputFile.standardInputName, kind: .standardInput))
        continue
      }
      var isDirectory: ObjCBool = false
      guard fileManager.fileExists(atPath: argument, isDirectory: &isDirectory) else {
        inputs.append(InputFile(path: argument, kind: .unavailable(reason: "no such file or directory")))
        continue
      }
      guard isDirectory.boolValue else {
        inputs.append(InputFile(path: argument, kind: .file))
        continue
      }
      let found = reportFiles(under: argument)
      if found.isEmpty {
        inputs.append(
          InputFile(path: argument, kind: .unavailable(reason: "the directory holds no .txt, .html, .htm or .md file")))
      }
      inputs += found.map { InputFile(path: $0, kind: .file) }
    }
    return inputs
  }

  /// The report files under `directory`, recursively, sorted by path.
  ///
  /// Hidden files and folders are skipped: a corpus checked out with git or
  /// synced by a tool often carries `.git/` or `.DS_Store` beside the reports.
  func reportFiles(under directory: String) -> [String] {
    let root = URL(fileURLWithPath: directory, isDirectory: true)
    guard
      let walker = fileManager.enumerator(
        at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
    else { return [] }
    var relativePaths: [String] = []
    let rootComponents = root.standardizedFileURL.pathComponents
    for case let url as URL in walker {
      guard Self.reportExtensions.contains(url.pathExtension.lowercased()),
        (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true
      else { continue }
      let components = url.standardizedFileURL.pathComponents
      guard components.count > rootComponents.count, components.starts(with: rootComponents) else { continue }
      relativePaths.append(components.dropFirst(rootComponents.count).joined(separator: "/"))
    }
    // Sorted on the relative path's UTF-8 bytes: the same order on every
    // machine and locale.
    relativePaths.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    let prefix = directory.hasSuffix("/") ? directory : directory + "/"
    return relativePaths.map { prefix + $0 }
  }
}
