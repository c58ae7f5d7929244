using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Types;

namespace LifecycleLang.Emit;

// Expressions: a condition becomes a C# bool expression, a value an object? expression, both over the
// runtime's EvalContext and Ops, which carry the spec's semantics (unset values, exact decimals, ordinal
// text, and the tracking of `now`/`today` for refresh timers).
public sealed partial class CSharpGenerator
{
    private static string Condition(BoundExpression expression, string ctx) => expression switch
    {
        BoundBinary { Operator: BinaryOperator.And } b => $"({Condition(b.Left, ctx)} && {Condition(b.Right, ctx)})",
        BoundBinary { Operator: BinaryOperator.Or } b => $"({Condition(b.Left, ctx)} || {Condition(b.Right, ctx)})",
        BoundUnary { Operator: UnaryOperator.Not } u => $"!{Condition(u.Operand, ctx)}",
        BoundBinary b when Comparison(b.Operator) is { } op => $"Ops.{op}({Value(b.Left, ctx)}, {Value(b.Right, ctx)})",
        BoundIn i => $"Ops.{(i.IsNegated ? "NotIn" : "In")}({Value(i.Item, ctx)}, {Value(i.Collection, ctx)})",
        BoundIsSet s => $"Ops.{(s.IsNegated ? "IsNotSet" : "IsSet")}({Value(s.Operand, ctx)})",
        BoundSegmentTest t => $"{(t.IsNegated ? "!" : "")}{ctx}.InSegment({CSharpLiterals.String(t.Segment?.Name ?? "")})",
        BoundLiteral { Value: bool value } => CSharpLiterals.Bool(value),
        _ => $"Ops.IsTrue({Value(expression, ctx)})",
    };

    private static string Value(BoundExpression expression, string ctx) => expression switch
    {
        BoundLiteral literal => Literal(literal, ctx),
        BoundFieldAccess { IsContactField: true } f => $"{ctx}.Contact({CSharpLiterals.String(f.Field.Name)})",
        BoundFieldAccess f => $"{ctx}.Event({CSharpLiterals.String(f.Field.Name)})",
        BoundEnumMember m => CSharpLiterals.String(m.Member.Name),
        BoundTemplateReference t => CSharpLiterals.String(t.Template.Name),
        BoundScoreValue s => $"{ctx}.Score({CSharpLiterals.String(s.Model?.Name ?? "")})",
        BoundCount c => Count(c, ctx),
        BoundClock { Clock: ClockKind.Now } => $"{ctx}.Now",
        BoundClock => $"{ctx}.Today",
        BoundList l when l.Items.Length == 0 => "ValueList.Empty",
        BoundList l => $"Ops.List({string.Join(", ", l.Items.Select(i => Value(i, ctx)))})",
        BoundUnary { Operator: UnaryOperator.Negate } u => $"Ops.Neg({Value(u.Operand, ctx)})",
        BoundBinary b when Arithmetic(b.Operator) is { } op => $"Ops.{op}({Value(b.Left, ctx)}, {Value(b.Right, ctx)})",
        BoundErrorExpression => "null",
        _ when expression.Type.Kind == TypeKind.Bool => Condition(expression, ctx),
        _ => "null",
    };

    private static string Count(BoundCount count, string ctx)
    {
        var name = CSharpLiterals.String(count.Event?.Name ?? "");
        if (count.Where is null && count.Within is null)
        {
            return $"{ctx}.Count({name})";
        }

        // The filter sees only the counted event's fields (language.md §4), through its own context.
        var where = count.Where is null ? "null" : $"e => {Condition(count.Where, "e")}";
        var within = count.Within is { } w ? CSharpLiterals.Duration(w) : "null";
        return $"{ctx}.Count({name}, {where}, {within})";
    }

    private static string Literal(BoundLiteral literal, string ctx) => literal.Value switch
    {
        null => "null",
        string s => CSharpLiterals.String(s),
        decimal d => CSharpLiterals.Decimal(d),
        bool b => CSharpLiterals.Bool(b),
        DateOnly date => CSharpLiterals.LocalDate(date),
        DateTimeValue { Offset: not null } dateTime => $"Ops.DateTime({CSharpLiterals.String(dateTime.ToString())})",
        DateTimeValue dateTime => $"{ctx}.WorkspaceDateTime({CSharpLiterals.LocalDateTime(dateTime.Local)})",
        TimeSpan duration => CSharpLiterals.Duration(duration),
        var other => CSharpLiterals.String(Convert.ToString(other, System.Globalization.CultureInfo.InvariantCulture) ?? ""),
    };

    private static string? Comparison(BinaryOperator op) => op switch
    {
        BinaryOperator.Equal => "Eq",
        BinaryOperator.NotEqual => "Ne",
        BinaryOperator.Less => "Lt",
        BinaryOperator.LessOrEqual => "Le",
        BinaryOperator.Greater => "Gt",
        BinaryOperator.GreaterOrEqual => "Ge",
        BinaryOperator.Contains => "Contains",
        BinaryOperator.StartsWith => "StartsWith",
        BinaryOperator.EndsWith => "EndsWith",
        _ => null,
    };

    private static string? Arithmetic(BinaryOperator op) => op switch
    {
        BinaryOperator.Coalesce => "Coalesce",
        BinaryOperator.Add => "Add",
        BinaryOperator.Subtract => "Sub",
        BinaryOperator.Multiply => "Mul",
        BinaryOperator.Divide => "Div",
        _ => null,
    };
}
