using System.Text;
using LifecycleLang.Ide.Workspace;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

/// <summary>What a hover shows (Markdown) and the span of the name it is about.</summary>
public sealed record HoverInfo(TextSpan Span, string Markdown);

/// <summary>
/// Hover: the declaration of the symbol under the cursor (its type, where it is declared), its doc comment,
/// and for a journey its longest possible duration (from the journey facts). Without a symbol, the type of
/// the expression under the cursor. On text that no longer binds at the cursor, names are still found by
/// name in the latest model.
/// </summary>
public static class Hover
{
    /// <summary>The hover at an offset, from <paramref name="model"/> (of the snapshot's text, or older); where the name
    /// under the cursor does not bind, it is looked up among the declarations of the model, then of <paramref name="lastGood"/>.</summary>
    public static HoverInfo? GetHover(WorkspaceSnapshot snapshot, string path, int offset, SemanticModel model, SemanticModel? lastGood = null)
    {
        var document = snapshot.GetDocument(path);
        if (document is null)
        {
            return null;
        }

        var current = model.Compilation.SyntaxTrees.Contains(document.Tree);
        if (current && model.ReferenceAt(path, offset) is { } reference)
        {
            return new HoverInfo(reference.Location.Span, Describe(reference.Symbol, model));
        }

        var tokens = SyntaxQueries.Tokens(document.Tree);
        var index = SyntaxQueries.IndexBefore(tokens, offset + 1);
        if (index < 0 || !tokens[index].Span.Touches(offset) || tokens[index].Kind == TokenKind.EndOfFile)
        {
            return null;
        }

        var token = tokens[index];
        if (current && ExpressionAt(document.Tree, token) is { } expression && model.GetType(expression) is { IsError: false } type)
        {
            return new HoverInfo(expression.Span, $"```journey\n{expression}: {type}\n```");
        }

        // Broken or stale: find the name among the declarations of the (possibly older) model.
        if (!TokenFacts.IsName(token.Kind))
        {
            return null;
        }

        foreach (var candidate in lastGood is null ? [model] : new[] { model, lastGood })
        {
            if (FindByName(candidate, tokens, index) is { } symbol)
            {
                return new HoverInfo(token.Span, Describe(symbol, candidate));
            }
        }

        return null;
    }

    /// <summary>The Markdown for a symbol: a code block with its declaration, its doc comment, facts, and where it is declared.</summary>
    public static string Describe(Symbol symbol, SemanticModel model)
    {
        var builder = new StringBuilder("```journey\n").Append(Signature(symbol)).Append("\n```");
        if (symbol.Location is { } location && model.Compilation.SyntaxTrees.FirstOrDefault(t => t.Path == location.Path) is { } tree
            && DocComments.For(symbol, tree) is { Length: > 0 } doc)
        {
            builder.Append("\n\n").Append(doc);
        }

        if (symbol is JourneySymbol journey && model.GetFacts(journey) is { } facts)
        {
            builder.Append("\n\nLongest possible run: **").Append(facts.LongestDurationText).Append("**");
            var bound = model.GetJourney(journey);
            if (bound?.Goal is { Event: { } goal })
            {
                builder.Append(" · goal `").Append(goal.Name).Append("` within ").Append(Semantics.Facts.DurationFormatter.Format(facts.GoalWindow));
            }
        }

        builder.Append("\n\n").Append(symbol.Location is { } where
            ? $"Declared in `{Path.GetFileName(where.Path)}` line {where.Start.Line + 1}"
            : "Built in");
        return builder.ToString();
    }

    /// <summary>The declaration as it would be written: `contact.budget: number?`, `event form_submitted { … }`.</summary>
    public static string Signature(Symbol symbol) => symbol switch
    {
        FieldSymbol f => f.Container is EventSymbol e ? $"(event field) {e.Name}.{f.Name}: {f.Type}" : $"(contact field) contact.{f.Name}: {f.Type}",
        EventSymbol e => $"event {e.Name} {{ {string.Join(", ", e.Fields.Select(f => $"{f.Name}: {f.Type}"))} }}",
        EnumSymbol e => $"enum {e.Name} {{ {string.Join(", ", e.Members.Select(m => m.Name))} }}",
        EnumMemberSymbol m => $"(enum member) {m.Enum.Name}.{m.Name}",
        FunnelSymbol f => $"funnel {f.Name} {{ {string.Join(" → ", f.Stages.Select(s => s.Name))} }}",
        StageSymbol s => $"(stage {s.Index + 1} of {s.Funnel.Stages.Length} in {s.Funnel.Name}) {s.Name}"
            + (s.Owner is { } owner ? $" owner {owner}" : string.Empty)
            + (s.Sla is { } sla ? $" sla {Semantics.Facts.DurationFormatter.Format(sla)}" : string.Empty),
        SegmentSymbol s => $"segment {s.Name} = {s.Syntax.Condition}",
        ScoreModelSymbol m => $"score {m.Name}  // {m.Rules.Length} rule{(m.Rules.Length == 1 ? string.Empty : "s")}"
            + (m.Min is { } min ? $", min {min}" : string.Empty) + (m.Max is { } max ? $", max {max}" : string.Empty),
        TemplateSymbol t => $"template {t.Name} {(t.Channel is { } c ? ChannelFacts.ToName(c) : t.Syntax.Channel.Text)}  // {string.Join(", ", t.Parts.Select(p => p.Name))}",
        JourneySymbol j => $"journey {j.Name}",
        LabelSymbol l => $"(step) {l.Journey.Name}/{l.Name}",
        ContactSymbol c => $"contact {{ {string.Join(", ", c.Fields.Select(f => $"{f.Name}: {f.Type}"))} }}",
        WorkspaceSettings s => $"settings {{ timezone \"{s.TimeZone}\" }}",
        _ => symbol.DisplayName,
    };

    /// <summary>The smallest expression whose span holds the token.</summary>
    private static ExpressionSyntax? ExpressionAt(SyntaxTree tree, SyntaxToken token)
    {
        ExpressionSyntax? best = null;
        foreach (var node in SyntaxQueries.PathTo(tree, token.Span.End))
        {
            if (node is ExpressionSyntax expression && expression.Span.Start <= token.Start && expression.Span.End >= token.Span.End)
            {
                best = expression;
            }
        }

        return best;
    }

    private static Symbol? FindByName(SemanticModel model, System.Collections.Immutable.ImmutableArray<SyntaxToken> tokens, int index)
    {
        var name = tokens[index].Text;
        var before = index > 0 ? tokens[index - 1] : null;
        if (before?.Kind == TokenKind.Dot && index > 1 && tokens[index - 2].Kind == TokenKind.Contact)
        {
            return model.Symbols.Contact.GetField(name);
        }

        var symbols = model.Symbols;
        return (Symbol?)symbols.GetEvent(name) ?? (Symbol?)symbols.GetTemplate(name) ?? (Symbol?)symbols.GetSegment(name)
            ?? (Symbol?)symbols.GetScoreModel(name) ?? (Symbol?)symbols.GetJourney(name) ?? (Symbol?)symbols.GetEnum(name)
            ?? (Symbol?)symbols.GetFunnel(name) ?? symbols.Funnels.SelectMany(f => f.Stages).FirstOrDefault(s => s.Name == name);
    }
}
