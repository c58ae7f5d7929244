using System.Collections.Immutable;
using System.Globalization;
using LifecycleLang.Semantics.Checking;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Binding;

/// <summary>
/// Binds a whole workspace in four passes, each linear in the size of the input:
/// 1. declare every top-level symbol (any file, any order), 2. resolve field types, 3. bind settings,
/// segments, score models, templates and journeys, 4. whole-workspace checks (cycles, unused, SLA loops).
/// The binder is single-use; its results are published as an immutable <see cref="SemanticModel"/>.
/// </summary>
internal sealed partial class Binder
{
    private readonly WorkspaceSymbols _symbols = new();
    private readonly DiagnosticBag _diagnostics = new();
    private readonly List<SymbolReference> _references = [];
    private readonly List<Symbol> _declared = [];
    private readonly Dictionary<ExpressionSyntax, BoundExpression> _expressions = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Symbol> _used = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Symbol, List<Dependency>> _dependencies = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<SyntaxNode, Symbol> _declarations = new(ReferenceEqualityComparer.Instance);
    private readonly List<BoundJourney> _journeys = [];
    private readonly List<ScopeRegion> _scopes = [];
    private readonly CompilationOptions _options;
    private SourceText _source = new(string.Empty);
    private Symbol? _owner;
    private Scope _scope = Scope.NoEvent(string.Empty);

    public Binder(CompilationOptions options)
    {
        _options = options;
    }

    /// <summary>An edge of the segment/score dependency graph, with where it is written (for the cycle message).</summary>
    internal readonly record struct Dependency(Symbol Target, SourceLocation Location);

    public BindResult Bind(IReadOnlyList<SyntaxTree> trees)
    {
        foreach (var tree in trees)
        {
            _source = tree.Text;
            foreach (var declaration in tree.Root.Declarations)
            {
                Declare(declaration);
            }
        }

        ResolveFields();
        BindSettings();
        foreach (var segment in _symbols.Segments)
        {
            BindSegment(segment);
        }

        foreach (var model in _symbols.ScoreModels)
        {
            BindScoreModel(model);
        }

        foreach (var template in _symbols.Templates)
        {
            BindTemplate(template);
        }

        foreach (var journey in _symbols.Journeys)
        {
            _journeys.Add(BindJourney(journey));
        }

        _owner = null;
        _symbols.DeclaredSymbols = [.. _declared];
        new DependencyCycleChecker(_symbols, _dependencies, _diagnostics).Check();
        new UsageChecker(_symbols, _used, _diagnostics).Check();
        new SlaReentryChecker(_symbols, _journeys, _diagnostics).Check();

        return new BindResult(_symbols, [.. _journeys], [.. _references], _expressions, _declarations, [.. _scopes], _diagnostics.Items);
    }

    // ------------------------------------------------------------------ shared helpers

    private SourceLocation Here(TextSpan span) => new(_source, span);

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, params object?[] args) =>
        _diagnostics.Report(descriptor, _source, span, args);

    private void Report(DiagnosticDescriptor descriptor, TextSpan span, CodeFix? fix, params object?[] args) =>
        _diagnostics.Report(descriptor, _source, span, fix, args);

    private CodeFix? ReplaceFix(string title, TextSpan span, string? text) =>
        text is null ? null : CodeFix.Replace(title, new TextEdit(_source, span, text));

    /// <summary>A did-you-mean fix that replaces the token with the suggestion.</summary>
    private CodeFix? SuggestionFix(SyntaxToken token, string? suggestion) =>
        suggestion is null ? null : ReplaceFix($"Change to '{suggestion}'", token.Span, suggestion);

    private void AddReference(Symbol symbol, SyntaxToken token) =>
        _references.Add(new SymbolReference(symbol, Here(token.Span), IsDeclaration: false));

    private void AddDeclaration(Symbol symbol, SyntaxNode? syntax)
    {
        if (symbol.Location is { } location)
        {
            _references.Add(new SymbolReference(symbol, location, IsDeclaration: true));
            _declared.Add(symbol);
        }

        if (syntax is not null)
        {
            _declarations[syntax] = symbol;
        }
    }

    private void MarkUsed(Symbol symbol) => _used.Add(symbol);

    /// <summary>Remembers what expressions in this node see, for completion in the language server.</summary>
    private void RecordScope(SyntaxNode node)
    {
        var span = node.Span;
        if (span.Length > 0)
        {
            _scopes.Add(new ScopeRegion(_source.Path, span, new ExpressionScope(_scope.Event, _scope.BareFields, _scope.ContactAllowed)));
        }
    }

    private void AddDependency(Symbol target, SyntaxToken token)
    {
        if (_owner is null)
        {
            return;
        }

        if (!_dependencies.TryGetValue(_owner, out var list))
        {
            list = [];
            _dependencies[_owner] = list;
        }

        list.Add(new Dependency(target, Here(token.Span)));
    }

    /// <summary>"main.journey:12", for messages that point at another declaration.</summary>
    private static string Where(SourceLocation? location) =>
        location is null ? "built in" : $"{Path.GetFileName(location.Path)}:{location.Start.Line + 1}";

    /// <summary>The value of a string token; empty for a token error recovery made up (its text is empty).</summary>
    private static string StringValue(SyntaxToken token) =>
        IsMissing(token) || !TokenFacts.IsStringLiteral(token.Kind) || (token.Kind == TokenKind.String && token.Text.Length < 2)
            ? string.Empty
            : StringLiterals.ValueOf(token);

    private static bool IsMissing(SyntaxToken token) => token.IsMissing || token.Text.Length == 0;

    private static decimal ParseNumber(string text) =>
        decimal.TryParse(text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0m;

    private static decimal ReadPercent(SyntaxToken token) =>
        IsMissing(token) ? 0m : ParseNumber(token.Text.TrimEnd('%'));

    private static decimal ReadSigned(SignedNumberSyntax syntax)
    {
        var value = IsMissing(syntax.Number) ? 0m : ParseNumber(syntax.Number.Text);
        return syntax.Sign?.Kind == TokenKind.Minus ? -value : value;
    }

    /// <summary>A duration's length; months/years and fractions are reported (with a fix where one is obvious) and still given a value so checking goes on.</summary>
    private TimeSpan ReadDuration(DurationSyntax syntax)
    {
        if (IsMissing(syntax.Amount) || IsMissing(syntax.Unit))
        {
            return TimeSpan.Zero;
        }

        var amount = ParseNumber(syntax.Amount.Text);
        var seconds = SecondsPer(syntax.Unit.Kind);
        if (syntax.Unit.Kind is TokenKind.Month or TokenKind.Months or TokenKind.Year or TokenKind.Years)
        {
            var months = syntax.Unit.Kind is TokenKind.Month or TokenKind.Months;
            var days = amount * (months ? 30 : 365);
            var replacement = $"{days.ToString("0.##", CultureInfo.InvariantCulture)} days";
            Report(
                DiagnosticCatalog.MonthsOrYears,
                syntax.Span,
                ReplaceFix($"Write {replacement}", syntax.Span, replacement),
                months ? "months" : "years",
                months ? "month" : "year",
                $"'{replacement}'" + (months ? " (a month counted as 30 days)" : " (a year counted as 365 days)"));
        }
        else if (amount != decimal.Truncate(amount))
        {
            var hint = string.Empty;
            var smaller = Smaller(syntax.Unit.Kind);
            if (smaller is { } s && amount * seconds / s.Seconds is var converted && converted == decimal.Truncate(converted))
            {
                var text = $"{converted.ToString("0", CultureInfo.InvariantCulture)} {s.Name}";
                hint = $", e.g. '{text}'";
                Report(DiagnosticCatalog.DurationNotWhole, syntax.Span, ReplaceFix($"Write {text}", syntax.Span, text), syntax.ToString(), hint);
            }
            else
            {
                Report(DiagnosticCatalog.DurationNotWhole, syntax.Span, syntax.ToString(), hint);
            }
        }

        // Absurd lengths are clamped (about 27,000 years) so sums of durations cannot overflow.
        var total = Math.Min(amount * seconds, 864_000_000_000m);
        return TimeSpan.FromSeconds((double)total);
    }

    private static decimal SecondsPer(TokenKind unit) => unit switch
    {
        TokenKind.Second or TokenKind.Seconds => 1m,
        TokenKind.Minute or TokenKind.Minutes => 60m,
        TokenKind.Hour or TokenKind.Hours => 3600m,
        TokenKind.Week or TokenKind.Weeks => 604800m,
        TokenKind.Month or TokenKind.Months => 30m * 86400m,
        TokenKind.Year or TokenKind.Years => 365m * 86400m,
        _ => 86400m,
    };

    private static (string Name, decimal Seconds)? Smaller(TokenKind kind) => kind switch
    {
        TokenKind.Minute or TokenKind.Minutes => ("seconds", 1m),
        TokenKind.Hour or TokenKind.Hours => ("minutes", 60m),
        TokenKind.Day or TokenKind.Days => ("hours", 3600m),
        TokenKind.Week or TokenKind.Weeks => ("days", 86400m),
        _ => null,
    };

    private QuietHours? ReadQuietHours(QuietHoursSyntax syntax)
    {
        if (!TimeOfDayLiteral.TryParse(syntax.From.Text, out var fromHour, out var fromMinute)
            || !TimeOfDayLiteral.TryParse(syntax.To.Text, out var toHour, out var toMinute))
        {
            return null; // the syntax layer reported the bad time of day
        }

        if (fromHour == toHour && fromMinute == toMinute)
        {
            Report(DiagnosticCatalog.EmptyQuietHours, TextSpan.FromBounds(syntax.From.Span.Start, syntax.To.Span.End), syntax.From.Text);
            return null;
        }

        return new QuietHours(new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute));
    }
}
