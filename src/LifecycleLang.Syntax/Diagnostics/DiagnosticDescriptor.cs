using System.Globalization;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax.Diagnostics;

/// <summary>
/// One entry of the diagnostics catalog: a stable code, its severity, a short title (used in SARIF rules
/// and the docs) and a message format whose {0}, {1}… are filled in at the report site.
/// </summary>
public sealed record DiagnosticDescriptor(string Code, DiagnosticSeverity Severity, string Title, string MessageFormat)
{
    public Diagnostic Create(SourceText source, TextSpan span, params object?[] args) =>
        new(this, Format(args), source, span, []);

    public Diagnostic Create(SourceText source, TextSpan span, IEnumerable<CodeFix> fixes, params object?[] args) =>
        new(this, Format(args), source, span, [.. fixes]);

    public string Format(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(CultureInfo.InvariantCulture, MessageFormat, args);
}
