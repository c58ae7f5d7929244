namespace LifecycleLang.Syntax;

/// <summary>A top-level declaration.</summary>
public abstract record DeclarationSyntax : SyntaxNode;
