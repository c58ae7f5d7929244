using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// `contact.F`, `event.F`, or a bare event field F in a `where`. <see cref="BoundExpression.Type"/> is
/// non-optional where flow narrowing proved the field set; <see cref="FieldSymbol.Type"/> keeps the declared type.
/// </summary>
public sealed record BoundFieldAccess(ExpressionSyntax Syntax, LifecycleType Type, FieldSymbol Field, bool IsBare)
    : BoundExpression(Syntax, Type)
{
    public bool IsContactField => Field.IsContactField;

    /// <summary>True when the declared field is optional and narrowing made this use non-optional.</summary>
    public bool IsNarrowed => Field.IsOptional && !Type.IsOptional;
}
