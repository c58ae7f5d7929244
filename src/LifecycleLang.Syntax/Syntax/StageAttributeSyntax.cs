namespace LifecycleLang.Syntax;

/// <summary>An `owner` or `sla` after a stage.</summary>
public abstract record StageAttributeSyntax : SyntaxNode;
