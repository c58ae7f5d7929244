using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using LifecycleLang.Syntax.Parsing.Generated;
using P = LifecycleLang.Syntax.Parsing.Generated.LifecycleParser;

namespace LifecycleLang.Syntax.Parsing;

/// <summary>
/// Turns ANTLR's expected-token sets into words a marketing engineer reads: "a step", "an expression",
/// "'up to' and a duration" instead of a dump of token names.
/// </summary>
internal static class ExpectedTokenDescriber
{
    private static readonly int[] StepStarts = [P.STAGE, P.SEND, P.WAIT, P.IF, P.SPLIT, P.SCORE, P.SET, P.EXIT];

    private static readonly int[] ClauseStarts = [P.FUNNEL, P.ENTRY, P.EXIT, P.GOAL, P.REENTRY, P.HOLDOUT, P.QUIET];

    private static readonly int[] DeclarationStarts =
        [P.SETTINGS, P.CONTACT, P.ENUM, P.EVENT, P.FUNNEL, P.SEGMENT, P.SCORE, P.TEMPLATE, P.JOURNEY];

    private static readonly int[] ExpressionStarts =
    [
        P.LPAREN, P.LBRACKET, P.NOT, P.MINUS, P.STRING, P.TRIPLE_STRING, P.NUMBER, P.PERCENT, P.TRUE, P.FALSE,
        P.TIME_OF_DAY, P.NOW, P.TODAY, P.SCORE, P.COUNT, P.CONTACT, P.EVENT, P.UNTERMINATED_STRING,
        P.UNTERMINATED_TRIPLE_STRING,
    ];

    // Tokens that are only ever optional continuations: naming them next to the required token is noise.
    private static readonly HashSet<int> OptionalNoise =
    [
        P.WHERE, P.WITHIN, P.LOCAL, P.ELSE, P.COMMA, P.QUESTION, P.WHEN, P.DOT, P.OWNER, P.SLA,
        P.OR, P.AND, P.NOT, P.IN, P.IS, P.EQUALS_EQUALS, P.BANG_EQUALS, P.LESS, P.LESS_EQUALS, P.GREATER,
        P.GREATER_EQUALS, P.CONTAINS, P.STARTS_WITH, P.ENDS_WITH, P.QUESTION_QUESTION, P.PLUS, P.MINUS, P.STAR,
        P.SLASH,
    ];

    /// <summary>Describes what the parser expected, in words that fit the rule it was in.</summary>
    public static string Describe(IntervalSet expected, RuleContext? context)
    {
        var remaining = new HashSet<int>(expected.ToList());
        var parts = new List<string>();

        bool Has(int type) => remaining.Contains(type);

        if (Has(P.LPAREN) && Has(P.LBRACKET))
        {
            parts.Add("an expression");
            remaining.ExceptWith(ExpressionStarts);
            remaining.ExceptWith(StepStarts);
            remaining.ExceptWith(ClauseStarts);
            remaining.ExceptWith(DeclarationStarts);
            RemoveNames(remaining);
        }

        if (Has(P.IDENTIFIER))
        {
            var (phrase, starts) = NamePhrase(context);
            parts.Add(phrase);
            remaining.ExceptWith(starts);
            RemoveNames(remaining);
        }

        if (Has(P.DAYS) && Has(P.HOURS))
        {
            parts.Add("a time unit (seconds, minutes, hours, days or weeks)");
            remaining.RemoveWhere(t => TokenFacts.IsTimeUnit(TokenKindMap.ToKind(t)));
        }

        var required = remaining.Where(t => !OptionalNoise.Contains(t)).ToList();
        var shown = parts.Count > 0 || required.Count > 0 ? required : [.. remaining];
        parts.AddRange(shown.OrderBy(t => t).Select(DescribeToken));
        return JoinWithOr(parts.Distinct().ToList());
    }

    /// <summary>What a name means where the parser stands: a step in a journey, a field in a schema, ….</summary>
    private static (string Phrase, int[] Starts) NamePhrase(RuleContext? context)
    {
        while (context is P.NameContext or P.LabelContext)
        {
            context = context.Parent;
        }

        return context switch
        {
            P.BlockContext => ("a step (send, wait, if, split, stage, score, set or exit)", StepStarts),
            P.StepContext { Parent: P.BlockContext } => ("a step (send, wait, if, split, stage, score, set or exit)", StepStarts),
            P.JourneyDeclarationContext or P.JourneyMemberContext or P.StepContext => ("a clause or a step", [.. StepStarts, .. ClauseStarts]),
            P.CompilationUnitContext or P.DeclarationContext =>
                ("a declaration (settings, contact, enum, event, funnel, segment, score, template or journey)", DeclarationStarts),
            P.ContactDeclarationContext or P.EventDeclarationContext => ("a field (name: type)", []),
            P.EnumDeclarationContext => ("a member name", []),
            P.TemplateDeclarationContext => ("a template part (like subject \"…\")", []),
            _ => ("a name", []),
        };
    }

    public static string DescribeFound(IToken token) =>
        token.Type == TokenConstants.EOF ? "the end of the file" : Quote(token.Text);

    public static string Quote(string text)
    {
        var oneLine = text.ReplaceLineEndings(" ");
        return "'" + (oneLine.Length > 40 ? oneLine[..40] + "…" : oneLine) + "'";
    }

    private static string DescribeToken(int type) => type switch
    {
        TokenConstants.EOF => "the end of the file",
        P.UP => "'up to' and a duration",
        P.NUMBER => "a number",
        P.STRING or P.TRIPLE_STRING => "a string in double quotes",
        P.TIME_OF_DAY => "a time of day (HH:MM)",
        P.PERCENT => "a percentage (like 50%)",
        P.IDENTIFIER => "a name",
        _ => LifecycleLexer.DefaultVocabulary.GetLiteralName(type) is { } literal
            ? literal
            : LifecycleLexer.DefaultVocabulary.GetDisplayName(type),
    };

    private static void RemoveNames(HashSet<int> set) =>
        set.RemoveWhere(t => TokenFacts.IsName(TokenKindMap.ToKind(t)));

    private static string JoinWithOr(List<string> parts)
    {
        if (parts.Count > 5)
        {
            parts = [.. parts.Take(5), "…"];
        }

        return parts.Count switch
        {
            0 => "something else",
            1 => parts[0],
            _ => string.Join(", ", parts.Take(parts.Count - 1)) + " or " + parts[^1],
        };
    }
}
