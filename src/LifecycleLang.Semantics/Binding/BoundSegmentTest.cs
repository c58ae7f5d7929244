using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>`contact in S` / `contact not in S`: evaluates S's condition at that instant (runtime.md §3).</summary>
public sealed record BoundSegmentTest(ExpressionSyntax Syntax, LifecycleType Type, SegmentSymbol? Segment, bool IsNegated)
    : BoundExpression(Syntax, Type);
