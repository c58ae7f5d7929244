using LifecycleLang.Syntax;

namespace LifecycleLang.Formatting;

/// <summary>One token of an expression with the separator before it; <see cref="Level"/> is the continuation depth of a break.</summary>
internal readonly record struct Item(SyntaxToken Token, Sep Sep, int Level = 1);

/// <summary>
/// Expressions as token lists with canonical spacing (`a == b`, `contact.x`, `count(e where f)`,
/// `[a, b]`, `not x`, `-x`), and the choice of where a long condition breaks: before each `or` of the
/// outermost `or` chain, then before the `and`s of an operand that is still too long, one continuation
/// step deeper.
/// </summary>
internal static class ExpressionItems
{
    public static List<Item> Build(ExpressionSyntax expression, Sep first, IReadOnlyDictionary<SyntaxToken, int>? breaks)
    {
        var items = new List<Item>();
        Add(expression, first, items, breaks);
        return items;
    }

    /// <summary>The width on one line, the separator before the first token included.</summary>
    public static int Width(IEnumerable<Item> items) =>
        items.Sum(item => item.Token.Text.Length + (item.Sep == Sep.Space ? 1 : 0));

    public static Dictionary<SyntaxToken, int> ChooseBreaks(ExpressionSyntax expression, int indent, int lineWidth)
    {
        var breaks = new Dictionary<SyntaxToken, int>(ReferenceEqualityComparer.Instance);
        Break(expression, 1, indent, lineWidth, breaks);
        return breaks;
    }

    private static void Break(ExpressionSyntax expression, int level, int indent, int lineWidth, Dictionary<SyntaxToken, int> breaks)
    {
        if (expression is not BinaryExpressionSyntax { Operator.Kind: TokenKind.Or or TokenKind.And } top)
        {
            return;
        }

        var kind = top.Operator.Kind;
        var operands = new List<ExpressionSyntax>();
        Flatten(top, kind, operands, breaks, level);
        foreach (var operand in operands)
        {
            var width = indent + Printer.ContinuationIndent * level + top.Operator.Text.Length + Width(Build(operand, Sep.Space, null));
            if (width > lineWidth)
            {
                Break(operand, level + 1, indent, lineWidth, breaks);
            }
        }
    }

    private static void Flatten(ExpressionSyntax expression, TokenKind kind, List<ExpressionSyntax> operands, Dictionary<SyntaxToken, int> breaks, int level)
    {
        if (expression is BinaryExpressionSyntax binary && binary.Operator.Kind == kind)
        {
            Flatten(binary.Left, kind, operands, breaks, level);
            breaks[binary.Operator] = level;
            Flatten(binary.Right, kind, operands, breaks, level);
        }
        else
        {
            operands.Add(expression);
        }
    }

    private static void Add(ExpressionSyntax expression, Sep first, List<Item> items, IReadOnlyDictionary<SyntaxToken, int>? breaks)
    {
        switch (expression)
        {
            case BinaryExpressionSyntax binary:
                Add(binary.Left, first, items, breaks);
                if (breaks is not null && breaks.TryGetValue(binary.Operator, out var level))
                {
                    items.Add(new Item(binary.Operator, Sep.Continuation, level));
                }
                else
                {
                    items.Add(new Item(binary.Operator, Sep.Space));
                }

                Add(binary.Right, Sep.Space, items, breaks);
                break;
            case UnaryExpressionSyntax unary:
                items.Add(new Item(unary.Operator, first));
                Add(unary.Operand, unary.Operator.Kind == TokenKind.Not ? Sep.Space : Sep.None, items, breaks);
                break;
            case MemberAccessExpressionSyntax member:
                Add(member.Target, first, items, breaks);
                items.Add(new Item(member.Dot, Sep.None));
                items.Add(new Item(member.Member, Sep.None));
                break;
            case ParenthesizedExpressionSyntax parenthesized:
                items.Add(new Item(parenthesized.OpenParen, first));
                Add(parenthesized.Expression, Sep.None, items, breaks);
                items.Add(new Item(parenthesized.CloseParen, Sep.None));
                break;
            case CountExpressionSyntax count:
                items.Add(new Item(count.CountKeyword, first));
                items.Add(new Item(count.OpenParen, Sep.None));
                items.Add(new Item(count.Event, Sep.None));
                if (count.Where is { } where)
                {
                    items.Add(new Item(where.WhereKeyword, Sep.Space));
                    Add(where.Condition, Sep.Space, items, breaks);
                }

                if (count.Within is { } within)
                {
                    items.Add(new Item(within.WithinKeyword, Sep.Space));
                    items.Add(new Item(within.Duration.Amount, Sep.Space));
                    items.Add(new Item(within.Duration.Unit, Sep.Space));
                }

                items.Add(new Item(count.CloseParen, Sep.None));
                break;
            case InExpressionSyntax @in:
                Add(@in.Left, first, items, breaks);
                if (@in.NotKeyword is { } not)
                {
                    items.Add(new Item(not, Sep.Space));
                }

                items.Add(new Item(@in.InKeyword, Sep.Space));
                Add(@in.Right, Sep.Space, items, breaks);
                break;
            case IsSetExpressionSyntax isSet:
                Add(isSet.Operand, first, items, breaks);
                items.Add(new Item(isSet.IsKeyword, Sep.Space));
                if (isSet.NotKeyword is { } isNot)
                {
                    items.Add(new Item(isNot, Sep.Space));
                }

                items.Add(new Item(isSet.SetKeyword, Sep.Space));
                break;
            case ListExpressionSyntax list:
                items.Add(new Item(list.OpenBracket, first));
                for (var i = 0; i < list.Items.Length; i++)
                {
                    Add(list.Items[i].Value, i == 0 ? Sep.None : Sep.Space, items, breaks);
                    if (list.Items[i].Comma is { } comma)
                    {
                        items.Add(new Item(comma, Sep.None));
                    }
                }

                items.Add(new Item(list.CloseBracket, Sep.None));
                break;
            default:
                // Literals, names, `contact`, `event`, `now`, `today`, `score M`, durations: words separated by spaces.
                var firstToken = true;
                foreach (var token in expression.DescendantTokens())
                {
                    items.Add(new Item(token, firstToken ? first : Sep.Space));
                    firstToken = false;
                }

                break;
        }
    }
}
