using LifecycleLang.Ide.Features;
using LifecycleLang.LanguageServer.Protocol;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;
using P = LifecycleLang.LanguageServer.Protocol;

namespace LifecycleLang.LanguageServer;

/// <summary>From the IDE layer's plain data (offsets, spans, kinds) to LSP's shapes (line/character ranges, numbers).</summary>
internal static class Conversions
{
    public static Position ToPosition(this SourceText text, int offset)
    {
        var position = text.GetLinePosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static P.Range ToRange(this SourceText text, TextSpan span) => new(text.ToPosition(span.Start), text.ToPosition(span.End));

    public static int ToOffset(this SourceText text, Position position) => text.GetOffset(new LinePosition(position.Line, position.Character));

    public static TextSpan ToSpan(this SourceText text, P.Range range) =>
        TextSpan.FromBounds(text.ToOffset(range.Start), Math.Max(text.ToOffset(range.Start), text.ToOffset(range.End)));

    public static P.Diagnostic ToProtocol(this Syntax.Diagnostics.Diagnostic diagnostic)
    {
        var severity = diagnostic.Severity switch
        {
            Syntax.Diagnostics.DiagnosticSeverity.Error => P.DiagnosticSeverity.Error,
            Syntax.Diagnostics.DiagnosticSeverity.Warning => P.DiagnosticSeverity.Warning,
            _ => P.DiagnosticSeverity.Information,
        };
        // Declarations never used are faded, as editors do for unused code.
        var unused = diagnostic.Descriptor == DiagnosticCatalog.UnusedTemplate || diagnostic.Descriptor == DiagnosticCatalog.UnusedSegment
            || diagnostic.Descriptor == DiagnosticCatalog.UnusedScoreModel || diagnostic.Descriptor == DiagnosticCatalog.UnusedEvent;
        return new P.Diagnostic(diagnostic.Source.ToRange(diagnostic.Span), severity, diagnostic.Code, "lifecycle", diagnostic.Message, unused ? [1] : null);
    }

    public static int ToProtocol(this CompletionKind kind) => kind switch
    {
        CompletionKind.Keyword => Kinds.Completion.Keyword,
        CompletionKind.Field => Kinds.Completion.Field,
        CompletionKind.Event => Kinds.Completion.Event,
        CompletionKind.Template => Kinds.Completion.Function,
        CompletionKind.Stage => Kinds.Completion.EnumMember,
        CompletionKind.Enum => Kinds.Completion.Enum,
        CompletionKind.EnumMember => Kinds.Completion.EnumMember,
        CompletionKind.Segment => Kinds.Completion.Variable,
        CompletionKind.ScoreModel => Kinds.Completion.Variable,
        CompletionKind.Funnel => Kinds.Completion.Module,
        CompletionKind.Journey => Kinds.Completion.Class,
        CompletionKind.Type => Kinds.Completion.TypeParameter,
        CompletionKind.Channel => Kinds.Completion.Constant,
        CompletionKind.Unit => Kinds.Completion.Unit,
        _ => Kinds.Completion.Property,
    };

    public static int ToProtocol(this OutlineKind kind) => kind switch
    {
        OutlineKind.Settings => Kinds.Symbol.Module,
        OutlineKind.Contact => Kinds.Symbol.Struct,
        OutlineKind.Field => Kinds.Symbol.Field,
        OutlineKind.Event => Kinds.Symbol.Event,
        OutlineKind.Enum => Kinds.Symbol.Enum,
        OutlineKind.EnumMember or OutlineKind.Stage => Kinds.Symbol.EnumMember,
        OutlineKind.Funnel => Kinds.Symbol.Namespace,
        OutlineKind.Segment or OutlineKind.ScoreModel => Kinds.Symbol.Variable,
        OutlineKind.Template => Kinds.Symbol.Function,
        OutlineKind.TemplatePart => Kinds.Symbol.Property,
        OutlineKind.Journey => Kinds.Symbol.Class,
        _ => Kinds.Symbol.Method,
    };

    public static int ToProtocol(this Semantics.Symbols.SymbolKind kind) => kind switch
    {
        Semantics.Symbols.SymbolKind.Contact => Kinds.Symbol.Struct,
        Semantics.Symbols.SymbolKind.Field => Kinds.Symbol.Field,
        Semantics.Symbols.SymbolKind.Event => Kinds.Symbol.Event,
        Semantics.Symbols.SymbolKind.Enum => Kinds.Symbol.Enum,
        Semantics.Symbols.SymbolKind.EnumMember or Semantics.Symbols.SymbolKind.Stage => Kinds.Symbol.EnumMember,
        Semantics.Symbols.SymbolKind.Funnel => Kinds.Symbol.Namespace,
        Semantics.Symbols.SymbolKind.Segment or Semantics.Symbols.SymbolKind.ScoreModel => Kinds.Symbol.Variable,
        Semantics.Symbols.SymbolKind.Template => Kinds.Symbol.Function,
        Semantics.Symbols.SymbolKind.Journey => Kinds.Symbol.Class,
        Semantics.Symbols.SymbolKind.Label => Kinds.Symbol.Method,
        _ => Kinds.Symbol.Object,
    };

    /// <summary>The semantic token legend, in the order of <see cref="TokenClass"/> and <see cref="TokenModifiers"/>'s bits.</summary>
    public static SemanticTokensLegend Legend { get; } = new(
        ["keyword", "type", "enum", "enumMember", "property", "event", "function", "class", "variable", "namespace", "label", "string", "number", "comment", "operator"],
        ["declaration", "defaultLibrary"]);

    /// <summary>LSP's relative encoding: line delta, start delta (on the same line), length, type, modifier bits.</summary>
    public static int[] Encode(SourceText text, IReadOnlyList<ClassifiedSpan> spans)
    {
        var data = new int[spans.Count * 5];
        int previousLine = 0, previousStart = 0, i = 0;
        foreach (var span in spans)
        {
            var start = text.GetLinePosition(span.Span.Start);
            var deltaLine = start.Line - previousLine;
            data[i++] = deltaLine;
            data[i++] = deltaLine == 0 ? start.Character - previousStart : start.Character;
            data[i++] = span.Span.Length;
            data[i++] = (int)span.Class;
            data[i++] = (int)span.Modifiers;
            previousLine = start.Line;
            previousStart = start.Character;
        }

        return data;
    }
}
