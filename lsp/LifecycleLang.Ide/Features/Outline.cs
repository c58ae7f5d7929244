using System.Collections.Immutable;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

public enum OutlineKind
{
    Settings,
    Contact,
    Field,
    Event,
    Enum,
    EnumMember,
    Funnel,
    Stage,
    Segment,
    ScoreModel,
    Template,
    TemplatePart,
    Journey,
    Step,
}

/// <summary>One entry of a file's outline: its name, kind, a short detail, the whole declaration's span and the name's span.</summary>
public sealed record OutlineItem(string Name, OutlineKind Kind, string? Detail, TextSpan Span, TextSpan NameSpan, ImmutableArray<OutlineItem> Children);

/// <summary>A declaration found by workspace symbol search.</summary>
public sealed record SymbolMatch(string Name, SymbolKind Kind, string? Container, SourceLocation Location);

/// <summary>
/// Document symbols (the outline of one file, from its syntax tree, so it works on broken text):
/// declarations with their fields, members, stages and parts; journeys with their labelled steps,
/// nested as the steps are. Workspace symbols: every declared symbol whose name matches a query.
/// </summary>
public static class Outline
{
    public static ImmutableArray<OutlineItem> GetDocumentSymbols(SyntaxTree tree)
    {
        var items = ImmutableArray.CreateBuilder<OutlineItem>();
        foreach (var declaration in tree.Root.Declarations)
        {
            if (Declaration(declaration) is { } item)
            {
                items.Add(item);
            }
        }

        return items.ToImmutable();
    }

    /// <summary>Declared symbols whose name contains the query's characters in order (case-insensitive); all for an empty query.</summary>
    public static ImmutableArray<SymbolMatch> SearchWorkspace(SemanticModel model, string query, int limit = 500)
    {
        var results = ImmutableArray.CreateBuilder<SymbolMatch>();
        foreach (var symbol in model.DeclaredSymbols)
        {
            if (symbol.Location is not { } location || !Matches(symbol.Name, query))
            {
                continue;
            }

            results.Add(new SymbolMatch(symbol.Name, symbol.Kind, Container(symbol), location));
            if (results.Count >= limit)
            {
                break;
            }
        }

        return [.. results.OrderBy(r => Rank(r.Name, query)).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    private static int Rank(string name, string query) =>
        name.Equals(query, StringComparison.OrdinalIgnoreCase) ? 0 : name.StartsWith(query, StringComparison.OrdinalIgnoreCase) ? 1 : 2;

    private static bool Matches(string name, string query)
    {
        var i = 0;
        foreach (var c in name)
        {
            if (i < query.Length && char.ToLowerInvariant(c) == char.ToLowerInvariant(query[i]))
            {
                i++;
            }
        }

        return i == query.Length;
    }

    private static string? Container(Symbol symbol) => symbol switch
    {
        FieldSymbol f => f.Container is EventSymbol e ? e.Name : "contact",
        EnumMemberSymbol m => m.Enum.Name,
        StageSymbol s => s.Funnel.Name,
        LabelSymbol l => l.Journey.Name,
        _ => null,
    };

    private static OutlineItem? Declaration(DeclarationSyntax declaration)
    {
        var span = declaration.Span;
        switch (declaration)
        {
            case SettingsDeclarationSyntax s:
                return Item("settings", OutlineKind.Settings, null, span, s.SettingsKeyword, []);
            case ContactDeclarationSyntax c:
                return Item("contact", OutlineKind.Contact, null, span, c.ContactKeyword, Fields(c.Fields));
            case EventDeclarationSyntax e:
                return Item(e.Name.Text, OutlineKind.Event, "event", span, e.Name, Fields(e.Fields));
            case EnumDeclarationSyntax e:
                return Item(e.Name.Text, OutlineKind.Enum, "enum", span, e.Name,
                    [.. e.Members.Where(m => !m.Name.IsMissing).Select(m => Item(m.Name.Text, OutlineKind.EnumMember, null, m.Span, m.Name, []))]);
            case FunnelDeclarationSyntax f:
                return Item(f.Name.Text, OutlineKind.Funnel, "funnel", span, f.Name,
                    [.. f.Stages.Where(s => !s.Name.IsMissing).Select(s => Item(s.Name.Text, OutlineKind.Stage, "stage", s.Span, s.Name, []))]);
            case SegmentDeclarationSyntax s:
                return Item(s.Name.Text, OutlineKind.Segment, "segment", span, s.Name, []);
            case ScoreDeclarationSyntax s:
                return Item(s.Name.Text, OutlineKind.ScoreModel, "score model", span, s.Name, []);
            case TemplateDeclarationSyntax t:
                return Item(t.Name.Text, OutlineKind.Template, $"{t.Channel.Text} template", span, t.Name,
                    [.. t.Parts.Where(p => !p.Name.IsMissing).Select(p => Item(p.Name.Text, OutlineKind.TemplatePart, null, p.Span, p.Name, []))]);
            case JourneyDeclarationSyntax j:
                return Item(j.Name.Text, OutlineKind.Journey, "journey", span, j.Name, Steps(j.Members.OfType<StepSyntax>()));
            default:
                return null;
        }
    }

    private static ImmutableArray<OutlineItem> Fields(ImmutableArray<FieldDeclarationSyntax> fields) =>
        [.. fields.Where(f => !f.Name.IsMissing).Select(f => Item(f.Name.Text, OutlineKind.Field, f.Type + (f.QuestionMark is null ? string.Empty : "?"), f.Span, f.Name, []))];

    /// <summary>Labelled steps, and the labelled steps nested in blocks (as children of the nearest labelled step, or lifted).</summary>
    private static ImmutableArray<OutlineItem> Steps(IEnumerable<StepSyntax> steps)
    {
        var items = ImmutableArray.CreateBuilder<OutlineItem>();
        foreach (var step in steps)
        {
            var inner = Steps(NestedSteps(step));
            if (step.Label is { Name.IsMissing: false } label)
            {
                items.Add(Item(label.Name.Text, OutlineKind.Step, StepDetail(step), step.Span, label.Name, inner));
            }
            else
            {
                items.AddRange(inner);
            }
        }

        return items.ToImmutable();
    }

    private static IEnumerable<StepSyntax> NestedSteps(StepSyntax step) => step switch
    {
        IfStepSyntax i => i.Then.Steps.Concat(i.ElseIfs.SelectMany(e => e.Block.Steps)).Concat(i.Else?.Block.Steps ?? []),
        SplitStepSyntax s => s.Arms.SelectMany(a => a.Block.Steps),
        WaitForStepSyntax w => w.Else?.Block.Steps ?? [],
        WaitArmsStepSyntax w => w.Arms.SelectMany(a => a switch
        {
            OnArmSyntax o => o.Block.Steps,
            TimeoutArmSyntax t => t.Block.Steps,
            _ => [],
        }),
        _ => [],
    };

    private static string StepDetail(StepSyntax step)
    {
        var text = step.ToString();
        var start = step.Label is { } label ? label.Span.End - step.Span.Start : 0;
        var body = text[Math.Min(start, text.Length)..].Trim();
        var line = body.Split('\n')[0].Trim().TrimEnd('{').Trim();
        return line.Length > 60 ? line[..57] + "…" : line;
    }

    private static OutlineItem Item(string name, OutlineKind kind, string? detail, TextSpan span, SyntaxToken nameToken, ImmutableArray<OutlineItem> children)
    {
        var nameSpan = nameToken.IsMissing ? new TextSpan(span.Start, 0) : nameToken.Span;
        return new OutlineItem(name.Length == 0 ? "(unnamed)" : name, kind, detail, span, nameSpan, children);
    }
}
