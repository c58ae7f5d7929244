using System.Collections.Immutable;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax.Diagnostics;

/// <summary>A problem found in a source text: catalog entry, message, exact span and optional fixes.</summary>
public sealed record Diagnostic(
    DiagnosticDescriptor Descriptor,
    string Message,
    SourceText Source,
    TextSpan Span,
    ImmutableArray<CodeFix> Fixes)
{
    public string Code => Descriptor.Code;

    public DiagnosticSeverity Severity => Descriptor.Severity;

    public bool IsError => Severity == DiagnosticSeverity.Error;

    public LinePosition Start => Source.GetLinePosition(Span.Start);

    public LinePosition End => Source.GetLinePosition(Span.End);

    /// <summary>The MSBuild/compiler format that CI systems annotate: <c>path(line,col): error LL1001: message</c>.</summary>
    public override string ToString()
    {
        var severity = Severity switch
        {
            DiagnosticSeverity.Error => "error",
            DiagnosticSeverity.Warning => "warning",
            _ => "info",
        };
        return $"{Source.Path}({Start.Line + 1},{Start.Character + 1}): {severity} {Code}: {Message}";
    }
}
