using System.Collections.Immutable;
using LifecycleLang.Semantics;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Features;

/// <summary>A quick fix: the checker's fix for one diagnostic, as edits.</summary>
public sealed record CodeAction(string Title, Diagnostic Diagnostic, ImmutableArray<TextEdit> Edits, bool IsPreferred);

/// <summary>Code actions are the fixes the checker attaches to its diagnostics (did-you-mean, `default` filter, `?? 0`, `09:00`, …).</summary>
public static class CodeActions
{
    /// <summary>The fixes of the diagnostics of a file that touch the range.</summary>
    public static ImmutableArray<CodeAction> GetCodeActions(Compilation compilation, string path, TextSpan range)
    {
        var actions = ImmutableArray.CreateBuilder<CodeAction>();
        foreach (var diagnostic in compilation.GetDiagnostics())
        {
            if (diagnostic.Source.Path != path || diagnostic.Fixes.IsDefaultOrEmpty || !Overlaps(diagnostic.Span, range))
            {
                continue;
            }

            foreach (var fix in diagnostic.Fixes)
            {
                actions.Add(new CodeAction(fix.Title, diagnostic, fix.Edits, IsPreferred: diagnostic.Fixes.Length == 1));
            }
        }

        return actions.ToImmutable();
    }

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start <= b.End && b.Start <= a.End;
}
