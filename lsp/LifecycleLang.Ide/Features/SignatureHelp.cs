using System.Collections.Immutable;
using LifecycleLang.Syntax;

namespace LifecycleLang.Ide.Features;

public sealed record ParameterInfo(string Label, string Documentation);

/// <summary>The signature to show, its parameters and which one the cursor is in.</summary>
public sealed record SignatureInfo(string Label, string Documentation, ImmutableArray<ParameterInfo> Parameters, int ActiveParameter);

/// <summary>Signature help for `count(E where C within D)`, the one call-like form of the language.</summary>
public static class SignatureHelp
{
    public const string CountLabel = "count(EVENT where CONDITION within DURATION)";

    private static readonly ImmutableArray<ParameterInfo> CountParameters =
    [
        new("EVENT", "The event to count: a declared or built-in event."),
        new("where CONDITION", "Optional filter; sees only the event's fields (bare), not `contact`."),
        new("within DURATION", "Optional window: count only the last DURATION (e.g. `7 days`); without it, ever."),
    ];

    public static SignatureInfo? GetSignatureHelp(SyntaxTree tree, int offset)
    {
        var tokens = SyntaxQueries.Tokens(tree);
        var index = SyntaxQueries.IndexBefore(tokens, offset);

        // Walk back to the `count (` this cursor is inside of, balancing parentheses.
        var depth = 0;
        var active = 0;
        for (var i = index; i >= 1; i--)
        {
            var token = tokens[i];
            switch (token.Kind)
            {
                case TokenKind.Rparen:
                    depth++;
                    break;
                case TokenKind.Lparen when depth > 0:
                    depth--;
                    break;
                case TokenKind.Lparen when tokens[i - 1].Kind == TokenKind.Count:
                    return new SignatureInfo(CountLabel, "How many times the contact sent the event (an `int`).", CountParameters, active);
                case TokenKind.Lparen:
                    return null;
                case TokenKind.Within when depth == 0:
                    active = Math.Max(active, 2);
                    break;
                case TokenKind.Where when depth == 0:
                    active = Math.Max(active, 1);
                    break;
                case TokenKind.Rbrace or TokenKind.Lbrace:
                    return null;
            }
        }

        return null;
    }
}
