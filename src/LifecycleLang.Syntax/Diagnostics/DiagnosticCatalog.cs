using System.Collections.Immutable;
using System.Reflection;

namespace LifecycleLang.Syntax.Diagnostics;

/// <summary>
/// Every diagnostic LifecycleLang reports, in one place, so codes stay stable and unique (a test checks it)
/// and docs/diagnostics.md can be checked against it.
/// Ranges: LL1xxx syntax, LL2xxx names, LL3xxx types and expressions, LL4xxx journey structure and
/// declarations, LL5xxx templates, LL9xxx warnings.
/// </summary>
public static partial class DiagnosticCatalog
{
    private static ImmutableArray<DiagnosticDescriptor>? _all;

    /// <summary>Every entry of the catalog, sorted by code (for SARIF rules, the docs check and tests).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All => _all ??=
    [
        .. typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Code, StringComparer.Ordinal),
    ];

    public static DiagnosticDescriptor? Find(string code) => All.FirstOrDefault(d => d.Code == code);

    private static DiagnosticDescriptor Error(string code, string title, string format) =>
        new(code, DiagnosticSeverity.Error, title, format);

    private static DiagnosticDescriptor Warning(string code, string title, string format) =>
        new(code, DiagnosticSeverity.Warning, title, format);

    // ---------------------------------------------------------------- LL1xxx syntax
    public static readonly DiagnosticDescriptor UnexpectedInput =
        Error("LL1001", "Unexpected input", "{0}");

    public static readonly DiagnosticDescriptor MissingInput =
        Error("LL1002", "Missing input", "{0}");

    public static readonly DiagnosticDescriptor ChainedComparison =
        Error("LL1003", "Comparisons do not chain",
            "comparisons do not chain: write 'a == b and b == c', or use parentheses to compare a result");

    public static readonly DiagnosticDescriptor UnterminatedString =
        Error("LL1004", "Unterminated string", "this string has no closing {0}");

    public static readonly DiagnosticDescriptor UnterminatedComment =
        Error("LL1005", "Unterminated comment", "this block comment has no closing '*/'");

    public static readonly DiagnosticDescriptor UnexpectedCharacter =
        Error("LL1006", "Unexpected character", "the character '{0}' is not part of the language; remove it");

    public static readonly DiagnosticDescriptor InvalidEscape =
        Error("LL1007", "Invalid escape sequence",
            "'{0}' is not a valid escape; use \\\" \\\\ \\n \\t or \\u{{1F600}}");

    public static readonly DiagnosticDescriptor InvalidTimeOfDay =
        Error("LL1008", "Invalid time of day", "'{0}' is not a time of day; write it as HH:MM with hours 00-23 and minutes 00-59{1}");

    public static readonly DiagnosticDescriptor InvalidPercent =
        Error("LL1009", "Invalid percentage", "'{0}' has more than two decimals; a percentage is written like 50% or 12.5%");

    public static readonly DiagnosticDescriptor InternalParserError =
        Error("LL1099", "Internal parser error",
            "the parser failed unexpectedly ({0}); this is a bug in LifecycleLang, please report it with this file");
}
