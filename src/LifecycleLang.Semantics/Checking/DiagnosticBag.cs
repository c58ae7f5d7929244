using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Semantics.Checking;

/// <summary>Collects the checker's diagnostics; every report names its source text, so one bag serves all files.</summary>
internal sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    public int Count => _items.Count;

    public IReadOnlyList<Diagnostic> Items => _items;

    public void Report(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, params object?[] args) =>
        _items.Add(descriptor.Create(source, span, args));

    public void Report(DiagnosticDescriptor descriptor, SourceText source, TextSpan span, CodeFix? fix, params object?[] args) =>
        _items.Add(fix is null ? descriptor.Create(source, span, args) : descriptor.Create(source, span, [fix], args));

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
}
