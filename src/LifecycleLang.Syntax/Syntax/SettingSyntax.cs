namespace LifecycleLang.Syntax;

/// <summary>One line of the settings block.</summary>
public abstract record SettingSyntax : SyntaxNode;
