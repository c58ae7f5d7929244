namespace LifecycleLang.Syntax;

/// <summary>An expression.</summary>
public abstract record ExpressionSyntax : SyntaxNode;
