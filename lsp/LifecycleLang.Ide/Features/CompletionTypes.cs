using System.Collections.Immutable;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

public enum CompletionKind
{
    Keyword,
    Field,
    Event,
    Template,
    Stage,
    Enum,
    EnumMember,
    Segment,
    ScoreModel,
    Funnel,
    Journey,
    Type,
    Channel,
    Unit,
    TemplatePart,
}

/// <summary>
/// One proposal: what to show, what kind of thing it is, a short detail (a type, a channel) and, for names of
/// members, the declaration that holds them (`contact` or an event for fields, the enum, the funnel) so that
/// <see cref="Completion.Describe"/> can find the symbol again when the editor asks for its documentation.
/// </summary>
public sealed record CompletionItem(string Label, CompletionKind Kind, string? Detail = null, string? Container = null)
{
    public override string ToString() => Label;
}

/// <summary>The proposals at a cursor and the span they replace (the word being typed; empty at a fresh position).</summary>
public sealed record CompletionList(TextSpan ReplaceSpan, ImmutableArray<CompletionItem> Items)
{
    public static CompletionList Empty(int offset) => new(new TextSpan(offset, 0), []);

    public IEnumerable<string> Labels => Items.Select(i => i.Label);
}
