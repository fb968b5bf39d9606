/// An arithmetic identity a table must satisfy, declared as data:
/// `Σ lhs <relation> Σ rhs`, repeated along each column or each row.
///
/// For table 3's balance, `scope` is ``Scope/eachColumn``, `lhs` is
/// `[newRequests, carriedOver]` and `rhs` is `[totalHandled, carriedForward]`:
/// for every column, the sum of those rows must agree. The table reader uses
/// identities to split digits that ran together; the checker reports the ones
/// that fail.
public struct Identity: Sendable, Hashable {
  /// Along which axis the identity repeats.
  public enum Scope: String, Sendable, Hashable {
    /// Once per column; `lhs` and `rhs` name rows.
    case eachColumn
    /// Once per row; `lhs` and `rhs` name columns.
    case eachRow
  }

  /// How the two sums must compare.
  public enum Relation: String, Sendable, Hashable {
    case equal
    case greaterThanOrEqual
  }

  /// The diagnostic code raised when the identity fails.
  public var code: Diagnostic.Code
  public var scope: Scope
  public var lhs: [String]
  public var relation: Relation
  public var rhs: [String]
  /// The keys along the repeated axis the identity applies to; `nil` for all
  /// that have every cell the identity names.
  public var only: [String]?

  public init(
    _ code: Diagnostic.Code, _ scope: Scope, lhs: [String], _ relation: Relation = .equal, rhs: [String],
    only: [String]? = nil
  ) {
    self.code = code
    self.scope = scope
    self.lhs = lhs
    self.relation = relation
    self.rhs = rhs
    self.only = only
  }
}
