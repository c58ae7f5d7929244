using System.Collections.Immutable;
using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Facts;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics;

/// <summary>
/// The checked workspace as plain data, for the emitter, the language server, the formatter and diff tools:
/// every symbol with its declaration, the type and meaning of every expression, every reference to every
/// symbol (find references, rename), the bound journeys with step ids, and journey facts.
/// Immutable; get it from <see cref="Compilation.GetSemanticModel"/>.
/// </summary>
public sealed class SemanticModel
{
    private readonly IReadOnlyDictionary<ExpressionSyntax, BoundExpression> _expressions;
    private readonly IReadOnlyDictionary<SyntaxNode, Symbol> _declarations;
    private readonly Dictionary<JourneySymbol, BoundJourney> _journeysBySymbol = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<JourneySymbol, JourneyFacts> _facts = new(ReferenceEqualityComparer.Instance);
    private readonly Lazy<Dictionary<Symbol, ImmutableArray<SymbolReference>>> _bySymbol;
    private readonly Lazy<Dictionary<string, SymbolReference[]>> _byPath;
    private readonly ImmutableArray<ScopeRegion> _scopes;

    internal SemanticModel(Compilation compilation, BindResult result)
    {
        Compilation = compilation;
        Symbols = result.Symbols;
        Journeys = result.Journeys;
        References = result.References;
        Diagnostics = [.. result.Diagnostics];
        _expressions = result.Expressions;
        _declarations = result.Declarations;
        _scopes = result.Scopes;
        var calculator = new JourneyFactsCalculator(Symbols.Settings);
        var facts = ImmutableArray.CreateBuilder<JourneyFacts>(Journeys.Length);
        foreach (var journey in Journeys)
        {
            _journeysBySymbol[journey.Symbol] = journey;
            var f = calculator.Compute(journey);
            _facts[journey.Symbol] = f;
            facts.Add(f);
        }

        Facts = facts.MoveToImmutable();
        _bySymbol = new(IndexBySymbol);
        _byPath = new(IndexByPath);
    }

    public Compilation Compilation { get; }

    /// <summary>Every declaration by kind (built-ins included) and the contact schema and settings.</summary>
    public WorkspaceSymbols Symbols { get; }

    /// <summary>The bound journeys, in declaration order.</summary>
    public ImmutableArray<BoundJourney> Journeys { get; }

    /// <summary>Facts per journey (longest duration, goal window, dependencies), in the order of <see cref="Journeys"/>.</summary>
    public ImmutableArray<JourneyFacts> Facts { get; }

    /// <summary>Every declaration and use of every symbol, in binding order.</summary>
    public ImmutableArray<SymbolReference> References { get; }

    /// <summary>The checker's diagnostics (syntax diagnostics are on the trees; <see cref="Compilation.GetDiagnostics"/> has both).</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Every symbol declared in source (contact fields, events and their fields, enum members, stages, labels, …).</summary>
    public ImmutableArray<Symbol> DeclaredSymbols => Symbols.DeclaredSymbols;

    public BoundJourney? GetJourney(JourneySymbol journey) => _journeysBySymbol.GetValueOrDefault(journey);

    public BoundJourney? GetJourney(string name) => Symbols.GetJourney(name) is { } symbol ? GetJourney(symbol) : null;

    public JourneyFacts? GetFacts(JourneySymbol journey) => _facts.GetValueOrDefault(journey);

    /// <summary>The bound form of an expression node (a parenthesized expression maps to its content), or null when it was not bound.</summary>
    public BoundExpression? GetBoundExpression(ExpressionSyntax expression) => _expressions.GetValueOrDefault(expression);

    /// <summary>The type of an expression node, or null when it was not bound.</summary>
    public LifecycleType? GetType(ExpressionSyntax expression) => GetBoundExpression(expression)?.Type;

    /// <summary>What a name expression means: a field, event field, enum member, segment, score model, template or event (for count).</summary>
    public Symbol? GetReferencedSymbol(ExpressionSyntax expression) => GetBoundExpression(expression) switch
    {
        BoundFieldAccess f => f.Field,
        BoundEnumMember m => m.Member,
        BoundTemplateReference t => t.Template,
        BoundScoreValue s => s.Model,
        BoundSegmentTest s => s.Segment,
        BoundCount c => c.Event,
        _ => null,
    };

    /// <summary>The symbol a declaration node declares (a journey, template, field, enum member, stage, label, …).</summary>
    public Symbol? GetDeclaredSymbol(SyntaxNode declaration) => _declarations.GetValueOrDefault(declaration);

    /// <summary>Every occurrence of a symbol: its declaration (unless excluded) and each use, across files and template files.</summary>
    public ImmutableArray<SymbolReference> FindReferences(Symbol symbol, bool includeDeclaration = true)
    {
        var all = _bySymbol.Value.GetValueOrDefault(symbol, []);
        return includeDeclaration ? all : [.. all.Where(r => !r.IsDeclaration)];
    }

    /// <summary>The reference (declaration or use) whose name touches the offset, for go-to-definition, hover and rename.</summary>
    public SymbolReference? ReferenceAt(string path, int offset)
    {
        if (!_byPath.Value.TryGetValue(path, out var references))
        {
            return null;
        }

        // Sorted by start: find the last reference starting at or before the offset, then check it touches.
        int low = 0, high = references.Length - 1, found = -1;
        while (low <= high)
        {
            var mid = (low + high) >> 1;
            if (references[mid].Location.Span.Start <= offset)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        for (var i = found; i >= 0 && i > found - 4; i--)
        {
            if (references[i].Location.Span.Touches(offset))
            {
                return references[i];
            }
        }

        return null;
    }

    public SymbolReference? ReferenceAt(SyntaxTree tree, int offset) => ReferenceAt(tree.Path, offset);

    /// <summary>
    /// What an expression typed at the offset may refer to: the event in scope and whether its fields may be
    /// bare (completion after `where`, `event.`), and whether `contact` is readable. Null outside any
    /// condition, rule or journey.
    /// </summary>
    public ExpressionScope? ScopeAt(string path, int offset)
    {
        ScopeRegion? best = null;
        foreach (var region in _scopes)
        {
            if (region.Path == path && region.Span.Touches(offset) && (best is null || region.Span.Length < best.Span.Length))
            {
                best = region;
            }
        }

        return best?.Scope;
    }

    /// <summary>The symbol named at an offset of a file, or null.</summary>
    public Symbol? SymbolAt(SyntaxTree tree, int offset) => ReferenceAt(tree.Path, offset)?.Symbol;

    public Symbol? SymbolAt(string path, int offset) => ReferenceAt(path, offset)?.Symbol;

    private Dictionary<Symbol, ImmutableArray<SymbolReference>> IndexBySymbol()
    {
        var lists = new Dictionary<Symbol, ImmutableArray<SymbolReference>.Builder>(ReferenceEqualityComparer.Instance);
        foreach (var reference in References)
        {
            if (!lists.TryGetValue(reference.Symbol, out var list))
            {
                list = ImmutableArray.CreateBuilder<SymbolReference>();
                lists[reference.Symbol] = list;
            }

            list.Add(reference);
        }

        var result = new Dictionary<Symbol, ImmutableArray<SymbolReference>>(ReferenceEqualityComparer.Instance);
        foreach (var (symbol, list) in lists)
        {
            result[symbol] = [.. list.OrderBy(r => r.Location.Path, StringComparer.Ordinal).ThenBy(r => r.Location.Span.Start)];
        }

        return result;
    }

    private Dictionary<string, SymbolReference[]> IndexByPath()
    {
        var result = new Dictionary<string, SymbolReference[]>(StringComparer.Ordinal);
        foreach (var group in References.GroupBy(r => r.Location.Path, StringComparer.Ordinal))
        {
            result[group.Key] = [.. group.OrderBy(r => r.Location.Span.Start)];
        }

        return result;
    }
}
