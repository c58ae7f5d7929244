using System.Collections.Immutable;

namespace LifecycleLang.Syntax.Diagnostics;

/// <summary>An obvious repair attached to a diagnostic as data, so the language server can offer it as a code action.</summary>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits)
{
    public static CodeFix Replace(string title, TextEdit edit) => new(title, [edit]);
}
