using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Checking;

/// <summary>
/// Warnings for declarations nothing refers to (language.md §4): templates, segments, score models and
/// events. An event is used by an entry, exit, goal, wait, score rule or count; a template by a send (or a
/// comparison with a template field); a segment by `contact in S`; a score model by `score M` or a score step.
/// </summary>
internal sealed class UsageChecker(WorkspaceSymbols symbols, HashSet<Symbol> used, DiagnosticBag diagnostics)
{
    public void Check()
    {
        Warn(symbols.Templates, DiagnosticCatalog.UnusedTemplate);
        Warn(symbols.Segments, DiagnosticCatalog.UnusedSegment);
        Warn(symbols.ScoreModels, DiagnosticCatalog.UnusedScoreModel);
        Warn(symbols.Events, DiagnosticCatalog.UnusedEvent);
    }

    private void Warn<T>(IReadOnlyList<T> declared, DiagnosticDescriptor descriptor)
        where T : Symbol
    {
        foreach (var symbol in declared)
        {
            if (symbol.Location is { } location && !used.Contains(symbol))
            {
                diagnostics.Report(descriptor, location.Source, location.Span, symbol.Name);
            }
        }
    }
}
