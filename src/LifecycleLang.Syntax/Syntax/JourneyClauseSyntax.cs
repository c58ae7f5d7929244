namespace LifecycleLang.Syntax;

/// <summary>A journey clause (entry, exit, goal, ...), written before the steps.</summary>
public abstract record JourneyClauseSyntax : JourneyMemberSyntax;
