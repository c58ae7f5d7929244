using System.Collections.Immutable;
using System.Text.RegularExpressions;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

/// <summary>What can be renamed at a place: the span of the name and its current text; or why not.</summary>
public sealed record RenameTarget(TextSpan Span, string Placeholder, Symbol Symbol);

/// <summary>The edits of a rename across files, or the reason it is refused.</summary>
public sealed record RenameResult(ImmutableArray<TextEdit> Edits, string? Error)
{
    public bool Succeeded => Error is null;

    public static RenameResult Refused(string error) => new([], error);
}

/// <summary>Rename a declared symbol everywhere it is written (all files, template text and template files included).</summary>
public static partial class Rename
{
    /// <summary>The reserved words of language.md §2: never names.</summary>
    public static IReadOnlySet<string> ReservedWords { get; } =
        new HashSet<string>(StringComparer.Ordinal) { "and", "or", "not", "in", "is", "if", "else", "true", "false", "contact", "event" };

    /// <summary>The name at the offset when it can be renamed; else null and the reason.</summary>
    public static RenameTarget? Prepare(SemanticModel model, string path, int offset, out string? error)
    {
        error = null;
        if (model.ReferenceAt(path, offset) is not { } reference)
        {
            error = "Nothing to rename here: put the cursor on a declared name.";
            return null;
        }

        var symbol = reference.Symbol;
        if (symbol.IsBuiltIn)
        {
            error = $"'{symbol.DisplayName}' is built in and cannot be renamed.";
            return null;
        }

        if (symbol is ContactSymbol or WorkspaceSettings)
        {
            error = $"'{symbol.Name}' is a keyword, not a name.";
            return null;
        }

        return new RenameTarget(reference.Location.Span, reference.Location.Source.ToString(reference.Location.Span), symbol);
    }

    /// <summary>Renames the symbol at the offset to <paramref name="newName"/>, checking the name first.</summary>
    public static RenameResult RenameAt(SemanticModel model, string path, int offset, string newName)
    {
        if (Prepare(model, path, offset, out var error) is not { } target)
        {
            return RenameResult.Refused(error!);
        }

        if (ValidateName(newName) is { } invalid)
        {
            return RenameResult.Refused(invalid);
        }

        if (Conflict(model, target.Symbol, newName) is { } conflict)
        {
            return RenameResult.Refused(conflict);
        }

        var edits = model.FindReferences(target.Symbol)
            .Select(r => new TextEdit(r.Location.Source, r.Location.Span, newName))
            .ToImmutableArray();
        return new RenameResult(edits, null);
    }

    /// <summary>Null when the text can be a name (an identifier that is not a reserved word), else why not.</summary>
    public static string? ValidateName(string name)
    {
        if (!Identifier().IsMatch(name))
        {
            return $"'{name}' is not a valid name: use letters, digits and '_', not starting with a digit.";
        }

        return ReservedWords.Contains(name) ? $"'{name}' is a reserved word and cannot be a name." : null;
    }

    private static string? Conflict(SemanticModel model, Symbol symbol, string newName)
    {
        if (symbol.Name == newName)
        {
            return null;
        }

        var symbols = model.Symbols;
        Symbol? existing = symbol switch
        {
            EventSymbol => symbols.GetEvent(newName),
            EnumSymbol => symbols.GetEnum(newName),
            FunnelSymbol => symbols.GetFunnel(newName),
            SegmentSymbol => symbols.GetSegment(newName),
            ScoreModelSymbol => symbols.GetScoreModel(newName),
            TemplateSymbol => symbols.GetTemplate(newName),
            JourneySymbol => symbols.GetJourney(newName),
            FieldSymbol { Container: ContactSymbol c } => c.GetField(newName),
            FieldSymbol { Container: EventSymbol e } => e.GetField(newName),
            EnumMemberSymbol m => m.Enum.GetMember(newName),
            StageSymbol s => s.Funnel.GetStage(newName),
            LabelSymbol l => model.GetJourney(l.Journey)?.Labels.FirstOrDefault(x => x.Name == newName),
            _ => null,
        };
        return existing is null ? null : $"There is already {Article(existing)} named '{newName}'.";
    }

    private static string Article(Symbol symbol) => symbol.Kind switch
    {
        SymbolKind.Event => "an event",
        SymbolKind.Enum => "an enum",
        SymbolKind.EnumMember => "a member",
        SymbolKind.ScoreModel => "a score model",
        _ => "a " + symbol.Kind.ToString().ToLowerInvariant(),
    };

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();
}
