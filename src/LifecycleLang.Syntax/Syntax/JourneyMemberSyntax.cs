namespace LifecycleLang.Syntax;

/// <summary>A clause or a step directly inside a journey.</summary>
public abstract record JourneyMemberSyntax : SyntaxNode;
