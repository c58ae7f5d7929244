using System.Collections.Immutable;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide;

/// <summary>Walks of the compiler's syntax tree that several features share (the tree has no parent pointers).</summary>
public static class SyntaxQueries
{
    private static readonly Dictionary<string, TokenKind> KeywordKinds = BuildKeywordKinds();

    private static readonly Dictionary<string, TokenKind> Punctuation = new(StringComparer.Ordinal)
    {
        ["{"] = TokenKind.Lbrace, ["}"] = TokenKind.Rbrace, ["("] = TokenKind.Lparen, [")"] = TokenKind.Rparen,
        ["["] = TokenKind.Lbracket, ["]"] = TokenKind.Rbracket, [","] = TokenKind.Comma, [":"] = TokenKind.Colon,
        ["."] = TokenKind.Dot, ["??"] = TokenKind.QuestionQuestion, ["?"] = TokenKind.Question, ["=="] = TokenKind.EqualsEquals,
        ["!="] = TokenKind.BangEquals, ["<="] = TokenKind.LessEquals, [">="] = TokenKind.GreaterEquals, ["<"] = TokenKind.Less,
        [">"] = TokenKind.Greater, ["="] = TokenKind.Equals, ["+"] = TokenKind.Plus, ["-"] = TokenKind.Minus,
        ["*"] = TokenKind.Star, ["/"] = TokenKind.Slash,
    };

    /// <summary>
    /// Every token of the text in order: the tree's real tokens (missing tokens made up by error recovery
    /// excluded; end of file included) and the tokens error recovery skipped (kept as trivia; their kind is
    /// read back from their text), so that a half-typed `send ` still shows its `send`.
    /// </summary>
    public static ImmutableArray<SyntaxToken> Tokens(SyntaxTree tree)
    {
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        var skipped = false;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.Kind == TriviaKind.SkippedToken)
                {
                    tokens.Add(new SyntaxToken(KindOf(trivia.Text), trivia.Text, trivia.Start, []));
                    skipped = true;
                }
            }

            if (!token.IsMissing)
            {
                tokens.Add(token);
            }
        }

        if (skipped)
        {
            tokens.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return tokens.ToImmutable();
    }

    /// <summary>The kind of a token from its text alone (for skipped tokens).</summary>
    public static TokenKind KindOf(string text)
    {
        if (KeywordKinds.TryGetValue(text, out var keyword))
        {
            return keyword;
        }

        if (Punctuation.TryGetValue(text, out var punctuation))
        {
            return punctuation;
        }

        if (text.Length > 0 && char.IsAsciiDigit(text[0]))
        {
            return text.EndsWith('%') ? TokenKind.Percent : text.Contains(':', StringComparison.Ordinal) ? TokenKind.TimeOfDay : TokenKind.Number;
        }

        return text.StartsWith('"') ? TokenKind.String : TokenKind.Identifier;
    }

    /// <summary>The keyword spelling of a token kind (StartsWith → starts_with), or null for other kinds.</summary>
    public static string? KeywordText(TokenKind kind) =>
        TokenFacts.IsKeyword(kind) ? string.Concat(kind.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString())) : null;

    private static Dictionary<string, TokenKind> BuildKeywordKinds()
    {
        var map = new Dictionary<string, TokenKind>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            if (KeywordText(kind) is { } text)
            {
                map[text] = kind;
            }
        }

        return map;
    }

    /// <summary>The index of the last token that starts before <paramref name="offset"/> (-1 when none).</summary>
    public static int IndexBefore(ImmutableArray<SyntaxToken> tokens, int offset)
    {
        int low = 0, high = tokens.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (tokens[mid].Start < offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    /// <summary>The nodes whose span holds the offset, outermost first (the root included).</summary>
    public static IReadOnlyList<SyntaxNode> PathTo(SyntaxTree tree, int offset)
    {
        var path = new List<SyntaxNode>();
        SyntaxNode node = tree.Root;
        path.Add(node);
        while (true)
        {
            SyntaxNode? next = null;
            foreach (var child in node.ChildElements())
            {
                if (child is SyntaxNode inner && Holds(inner, offset))
                {
                    next = inner;
                }
            }

            if (next is null)
            {
                return path;
            }

            path.Add(next);
            node = next;
        }
    }

    /// <summary>The comment or string token or trivia that holds the offset (the cursor is inside it, not at its edge).</summary>
    public static bool IsInCommentOrString(ImmutableArray<SyntaxToken> tokens, int offset)
    {
        var index = IndexBefore(tokens, offset + 1);
        for (var i = Math.Max(0, index); i < tokens.Length && i <= index + 1; i++)
        {
            var token = tokens[i];
            foreach (var trivia in token.LeadingTrivia)
            {
                if (trivia.IsComment && offset > trivia.Start && (offset < trivia.Span.End || (trivia.Kind == TriviaKind.LineComment && offset == trivia.Span.End)))
                {
                    return true;
                }
            }

            if (TokenFacts.IsStringLiteral(token.Kind) && offset > token.Start
                && (offset < token.Span.End || token.Kind is TokenKind.UnterminatedString or TokenKind.UnterminatedTripleString))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the token is the first on its line (only whitespace before it on that line).</summary>
    public static bool StartsLine(SourceText text, int offset)
    {
        for (var i = offset - 1; i >= 0; i--)
        {
            var c = text.Text[i];
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (c is not (' ' or '\t'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A node holds an offset when the offset is inside its span or at its end (an editor cursor after the last character).</summary>
    private static bool Holds(SyntaxNode node, int offset)
    {
        var span = node.Span;
        return span.Length > 0 && offset > span.Start && offset <= span.End
            || (span.Length > 0 && offset == span.Start);
    }

    /// <summary>The journey declaration whose text holds the offset, or the nearest one before it.</summary>
    public static JourneyDeclarationSyntax? JourneyAt(SyntaxTree tree, int offset)
    {
        JourneyDeclarationSyntax? best = null;
        foreach (var journey in tree.Root.Declarations.OfType<JourneyDeclarationSyntax>())
        {
            if (journey.Span.Start <= offset)
            {
                best = journey;
            }
        }

        return best ?? tree.Root.Declarations.OfType<JourneyDeclarationSyntax>().FirstOrDefault();
    }
}
