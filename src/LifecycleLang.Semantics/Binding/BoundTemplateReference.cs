using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>A template name used as a value where the other operand is a `template` field (`template == bf_offer_2`).</summary>
public sealed record BoundTemplateReference(ExpressionSyntax Syntax, LifecycleType Type, TemplateSymbol Template) : BoundExpression(Syntax, Type);
