namespace LifecycleLang.Syntax;

/// <summary>The value of a template part.</summary>
public abstract record TemplateValueSyntax : SyntaxNode;
