namespace LifecycleLang.Semantics.Symbols;

/// <summary>
/// One occurrence of a symbol's name in source: its declaration (<see cref="IsDeclaration"/>) or a use.
/// Uses inside templates (`contact.first_name` in Liquid) are included, located in the .journey file for
/// inline parts and in the template file for `file` parts, so rename reaches them too.
/// </summary>
public sealed record SymbolReference(Symbol Symbol, SourceLocation Location, bool IsDeclaration);
