namespace LifecycleLang.Syntax;

/// <summary>A rule or setting inside a score model.</summary>
public abstract record ScoreItemSyntax : SyntaxNode;
