import DisclosureKit

// Placeholder: the full example lands with the CLI work.
print(ReportParser().registry.extractors.map(\.id))
