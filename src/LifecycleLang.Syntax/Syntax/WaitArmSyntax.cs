namespace LifecycleLang.Syntax;

/// <summary>An arm of a multi-arm wait.</summary>
public abstract record WaitArmSyntax : SyntaxNode;
