using Antlr4.Runtime;
using Antlr4.Runtime.Misc;
using LifecycleLang.Syntax.Diagnostics;
using P = LifecycleLang.Syntax.Parsing.Generated.LifecycleParser;

namespace LifecycleLang.Syntax.Parsing;

/// <summary>
/// ANTLR's default recovery (single-token insertion/deletion, then resynchronisation), with reports
/// rewritten in the user's terms: "expected 'up to' and a duration after 'wait for form_submitted'".
/// The base class already stays quiet until a token is matched again, so one mistake gives one error.
/// </summary>
internal sealed class FriendlyErrorStrategy : DefaultErrorStrategy
{
    private const int MaxContextWords = 6;

    public List<SyntaxError> Errors { get; } = [];

    protected override void ReportNoViableAlternative(Parser recognizer, NoViableAltException e) =>
        ReportExpected(recognizer, e.OffendingToken, recognizer.GetExpectedTokens());

    protected override void ReportInputMismatch(Parser recognizer, InputMismatchException e) =>
        ReportExpected(recognizer, e.OffendingToken, e.GetExpectedTokens() ?? recognizer.GetExpectedTokens());

    protected override void ReportFailedPredicate(Parser recognizer, FailedPredicateException e) =>
        ReportExpected(recognizer, e.OffendingToken, recognizer.GetExpectedTokens());

    protected override void ReportUnwantedToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        if (IsChainedComparison(recognizer, token))
        {
            Add(DiagnosticCatalog.ChainedComparison, DiagnosticCatalog.ChainedComparison.MessageFormat, token, Previous(recognizer));
            return;
        }

        var expected = ExpectedTokenDescriber.Describe(GetExpectedTokens(recognizer), recognizer.Context);
        var message = $"unexpected {ExpectedTokenDescriber.DescribeFound(token)}{After(recognizer)}; expected {expected}";
        Add(DiagnosticCatalog.UnexpectedInput, message, token, Previous(recognizer));
    }

    protected override void ReportMissingToken(Parser recognizer)
    {
        if (InErrorRecoveryMode(recognizer))
        {
            return;
        }

        BeginErrorCondition(recognizer);
        var token = recognizer.CurrentToken;
        var expected = ExpectedTokenDescriber.Describe(GetExpectedTokens(recognizer), recognizer.Context);
        Add(DiagnosticCatalog.MissingInput, $"expected {expected}{After(recognizer)}", token, Previous(recognizer));
    }

    private void ReportExpected(Parser recognizer, IToken offending, IntervalSet expected)
    {
        var previous = Previous(recognizer);
        if (IsChainedComparison(recognizer, offending))
        {
            Add(DiagnosticCatalog.ChainedComparison, DiagnosticCatalog.ChainedComparison.MessageFormat, offending, previous);
            return;
        }

        string message;
        if (expected.Contains(P.RBRACE) && StartsDeclaration(recognizer))
        {
            message = $"missing '}}'{After(recognizer)}: close the block before the next declaration '{offending.Text}'";
        }
        else if (TokenFacts.IsReservedWord(TokenKindMap.ToKind(offending.Type)) && expected.Contains(P.IDENTIFIER) && !expected.Contains(P.LPAREN))
        {
            message = $"'{offending.Text}' is a reserved word and cannot be used as a name; choose another name";
        }
        else
        {
            var found = ExpectedTokenDescriber.DescribeFound(offending);
            message = $"expected {ExpectedTokenDescriber.Describe(expected, recognizer.Context)}{After(recognizer)}, found {found}";
        }

        Add(DiagnosticCatalog.UnexpectedInput, message, offending, previous);
    }

    private void Add(DiagnosticDescriptor descriptor, string message, IToken offending, IToken? previous) =>
        Errors.Add(new SyntaxError(descriptor, message, offending, previous));

    private static bool IsChainedComparison(Parser recognizer, IToken token) =>
        token.Type is P.EQUALS_EQUALS or P.BANG_EQUALS or P.LESS or P.LESS_EQUALS or P.GREATER or P.GREATER_EQUALS
        && Previous(recognizer) is not null
        && HasCompletedComparison(recognizer);

    private static bool HasCompletedComparison(Parser recognizer)
    {
        // The offending operator follows a comparison that already has its operator: `a == b == c`.
        var stream = (ITokenStream)recognizer.InputStream;
        var depth = 0;
        for (var i = 1; i <= 64; i++)
        {
            var token = stream.LT(-i);
            if (token is null)
            {
                return false;
            }

            switch (token.Type)
            {
                case P.RPAREN or P.RBRACKET:
                    depth++;
                    break;
                case P.LPAREN or P.LBRACKET:
                    if (depth == 0)
                    {
                        return false;
                    }

                    depth--;
                    break;
                case P.AND or P.OR or P.NOT or P.WHERE or P.WHEN or P.IF or P.EQUALS or P.LBRACE or P.RBRACE:
                    if (depth == 0)
                    {
                        return false;
                    }

                    break;
                case P.EQUALS_EQUALS or P.BANG_EQUALS or P.LESS or P.LESS_EQUALS or P.GREATER or P.GREATER_EQUALS
                    or P.CONTAINS or P.STARTS_WITH or P.ENDS_WITH:
                    if (depth == 0)
                    {
                        return true;
                    }

                    break;
            }
        }

        return false;
    }

    private static bool IsExpressionPart(ParserRuleContext context) => context.RuleIndex is
        P.RULE_expression or P.RULE_orExpression or P.RULE_andExpression or P.RULE_notExpression or P.RULE_comparison
        or P.RULE_comparisonTail or P.RULE_comparisonOperator or P.RULE_coalesce or P.RULE_additive or P.RULE_multiplicative
        or P.RULE_unary or P.RULE_postfix or P.RULE_primary or P.RULE_whereClause or P.RULE_whenClause or P.RULE_name;

    private static bool StartsDeclaration(Parser recognizer)
    {
        var stream = (ITokenStream)recognizer.InputStream;
        var first = stream.LA(1);
        return stream.LA(2) != P.COLON
            && (first is P.JOURNEY or P.SEGMENT or P.TEMPLATE or P.ENUM or P.SETTINGS or P.EVENT or P.CONTACT
                || (first is P.SCORE or P.FUNNEL && stream.LA(3) == P.LBRACE));
    }

    private static IToken? Previous(Parser recognizer) => ((ITokenStream)recognizer.InputStream).LT(-1);

    /// <summary>" after 'wait for form_submitted'": the source text of the innermost rule that has consumed something.</summary>
    private static string After(Parser recognizer)
    {
        var previous = Previous(recognizer);
        if (previous is null || previous.StopIndex < 0)
        {
            return string.Empty;
        }

        // The innermost statement-like rule that has consumed something: expression rules are passed
        // over so that the words show the whole clause ("entry on e where form ==").
        ParserRuleContext? context = recognizer.Context;
        while (context is not null
            && (context.Start is null || context.Start.TokenIndex > previous.TokenIndex || IsExpressionPart(context)))
        {
            context = context.Parent as ParserRuleContext;
        }

        var start = context?.Start is { StartIndex: >= 0 } first ? first.StartIndex : previous.StartIndex;
        var source = ((ITokenStream)recognizer.InputStream).TokenSource.InputStream;
        var text = source.GetText(Interval.Of(start, previous.StopIndex));
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var shown = string.Join(" ", words.TakeLast(MaxContextWords));
        return $" after {ExpectedTokenDescriber.Quote((words.Length > MaxContextWords ? "… " : string.Empty) + shown)}";
    }
}
