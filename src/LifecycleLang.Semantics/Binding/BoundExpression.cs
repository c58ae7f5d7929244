using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// An expression after binding: what every name means and the type of every value. The emitter
/// translates these; the language server reads types and symbols from them.
/// </summary>
public abstract record BoundExpression(ExpressionSyntax Syntax, LifecycleType Type);
