using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>An enum member, bare (`DecisionMaker`) or qualified (`Role.DecisionMaker`).</summary>
public sealed record BoundEnumMember(ExpressionSyntax Syntax, LifecycleType Type, EnumMemberSymbol Member) : BoundExpression(Syntax, Type);
