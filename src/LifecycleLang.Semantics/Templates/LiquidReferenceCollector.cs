using Fluid;
using Fluid.Ast;

namespace LifecycleLang.Semantics.Templates;

/// <summary>Walks a parsed Liquid template (Fluid's AST) and collects every `contact.X` / `event.X` it reads.</summary>
internal sealed class LiquidReferenceCollector : AstVisitor
{
    private readonly List<HashSet<string>> _guards = [];
    private MemberExpression? _printed;
    private bool _printedHasDefault;

    public List<LiquidReference> References { get; } = [];

    public void Collect(IFluidTemplate template) => VisitTemplate(template);

    protected override Statement VisitOutputStatement(OutputStatement outputStatement)
    {
        // `{{ contact.x | upcase | default: '' }}`: the printed value is the innermost input of the filter chain.
        var expression = outputStatement.Expression;
        var hasDefault = false;
        while (expression is FilterExpression filter)
        {
            hasDefault |= filter.Name == "default";
            expression = filter.Input;
        }

        var savedPrinted = _printed;
        var savedDefault = _printedHasDefault;
        _printed = expression as MemberExpression;
        _printedHasDefault = hasDefault;
        var result = base.VisitOutputStatement(outputStatement);
        _printed = savedPrinted;
        _printedHasDefault = savedDefault;
        return result;
    }

    protected override Statement VisitIfStatement(IfStatement ifStatement)
    {
        // Prints inside `{% if contact.x %}` are guarded for that field; else-branches are not.
        Visit(ifStatement.Condition);
        VisitGuarded(ifStatement.Condition, ifStatement.Statements);
        foreach (var elseIf in ifStatement.ElseIfs)
        {
            Visit(elseIf.Condition);
            VisitGuarded(elseIf.Condition, elseIf.Statements);
        }

        if (ifStatement.Else is { } otherwise)
        {
            foreach (var statement in otherwise.Statements)
            {
                Visit(statement);
            }
        }

        return ifStatement;
    }

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var segments = memberExpression.Segments;
        if (segments.Count >= 2 && segments[0] is IdentifierSegment { Identifier: "contact" or "event" } root)
        {
            var name = segments[1] switch
            {
                IdentifierSegment identifier => identifier.Identifier,
                IndexerSegment { Expression: LiteralExpression literal } => literal.Value.ToStringValue(),
                _ => null,
            };
            if (name is not null)
            {
                var printed = ReferenceEquals(memberExpression, _printed) && segments.Count == 2;
                References.Add(new LiquidReference(root.Identifier, name, printed, printed && _printedHasDefault, IsGuarded(root.Identifier + "." + name)));
            }
        }

        return base.VisitMemberExpression(memberExpression);
    }

    private void VisitGuarded(Expression condition, IReadOnlyList<Statement> statements)
    {
        var guard = new HashSet<string>(StringComparer.Ordinal);
        CollectGuards(condition, guard);
        _guards.Add(guard);
        foreach (var statement in statements)
        {
            Visit(statement);
        }

        _guards.RemoveAt(_guards.Count - 1);
    }

    private static void CollectGuards(Expression expression, HashSet<string> guard)
    {
        switch (expression)
        {
            case MemberExpression { Segments: [IdentifierSegment root, IdentifierSegment field] }:
                guard.Add(root.Identifier + "." + field.Identifier);
                break;
            case BinaryExpression binary:
                CollectGuards(binary.Left, guard);
                CollectGuards(binary.Right, guard);
                break;
        }
    }

    private bool IsGuarded(string path)
    {
        foreach (var guard in _guards)
        {
            if (guard.Contains(path))
            {
                return true;
            }
        }

        return false;
    }
}
