using System.Collections.Immutable;
using Antlr4.Runtime;
using Antlr4.Runtime.Atn;
using Antlr4.Runtime.Misc;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Parsing.Generated;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax.Parsing;

/// <summary>
/// Runs ANTLR and builds the syntax tree. Two-stage: fast SLL prediction with bail-out first, and only
/// when that fails full LL prediction with error recovery — the standard ANTLR speed recipe.
/// </summary>
internal static class SourceParser
{
    public static (CompilationUnitSyntax Root, ImmutableArray<Diagnostic> Diagnostics) Parse(SourceText text)
    {
        var diagnostics = new List<Diagnostic>();
        IList<IToken> tokens = [];
        try
        {
            var lexer = new LifecycleLexer(new AntlrInputStream(text.Text));
            lexer.RemoveErrorListeners();
            var stream = new CommonTokenStream(lexer);
            stream.Fill();
            tokens = stream.GetTokens();

            var parser = new LifecycleParser(stream);
            parser.RemoveErrorListeners();
            parser.Interpreter.PredictionMode = PredictionMode.SLL;
            parser.ErrorHandler = new BailErrorStrategy();

            LifecycleParser.CompilationUnitContext tree;
            try
            {
                tree = parser.compilationUnit();
            }
            catch (ParseCanceledException)
            {
                stream.Seek(0);
                parser.Reset();
                parser.Interpreter.PredictionMode = PredictionMode.LL;
                var strategy = new FriendlyErrorStrategy();
                parser.ErrorHandler = strategy;
                tree = parser.compilationUnit();
                diagnostics.AddRange(ToDiagnostics(strategy.Errors, text));
            }

            var root = new SyntaxTreeBuilder(tokens, text, diagnostics).Build(tree);
            return (root, Sorted(diagnostics));
        }
#pragma warning disable CA1031 // The parser must never crash the compiler: any internal failure becomes a diagnostic.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            return Fallback(text, exception);
        }
    }

    private static IEnumerable<Diagnostic> ToDiagnostics(List<SyntaxError> errors, SourceText text)
    {
        var seen = new HashSet<int>();
        foreach (var error in errors)
        {
            var span = Place(error, text);
            if (seen.Add(span.Start))
            {
                yield return error.Descriptor.Create(text, span, error.Message);
            }
        }
    }

    /// <summary>
    /// An error about something missing at the end of a line is shown where it is missing (after the
    /// previous token), not on the next line where the parser noticed it.
    /// </summary>
    private static TextSpan Place(SyntaxError error, SourceText text)
    {
        var offending = error.Offending;
        var previous = error.Previous;
        var offendingSpan = offending.Type == TokenConstants.EOF
            ? new TextSpan(text.Length, 0)
            : TextSpan.FromBounds(offending.StartIndex, offending.StopIndex + 1);
        if (previous is null || previous.StopIndex < 0)
        {
            return offendingSpan;
        }

        var previousEnd = previous.StopIndex + 1;
        var differentLine = text.GetLinePosition(previousEnd).Line != text.GetLinePosition(offendingSpan.Start).Line;
        return offending.Type == TokenConstants.EOF || differentLine
            ? new TextSpan(previousEnd, 0)
            : offendingSpan;
    }

    private static ImmutableArray<Diagnostic> Sorted(List<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Code, StringComparer.Ordinal)];

    private static (CompilationUnitSyntax, ImmutableArray<Diagnostic>) Fallback(SourceText text, Exception exception)
    {
        // Keep the whole text as skipped trivia so the tree still round-trips, and say what happened.
        var trivia = text.Length == 0 ? ImmutableArray<SyntaxTrivia>.Empty : [new SyntaxTrivia(TriviaKind.SkippedToken, text.Text, 0)];
        var eof = new SyntaxToken(TokenKind.EndOfFile, string.Empty, text.Length, trivia);
        var diagnostic = DiagnosticCatalog.InternalParserError.Create(text, new TextSpan(0, 0), exception.GetType().Name + ": " + exception.Message);
        return (new CompilationUnitSyntax([], eof), [diagnostic]);
    }
}
