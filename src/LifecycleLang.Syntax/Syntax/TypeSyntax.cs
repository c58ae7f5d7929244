namespace LifecycleLang.Syntax;

/// <summary>A field type.</summary>
public abstract record TypeSyntax : SyntaxNode;
