using System.Collections.Immutable;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Parsing;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax;

/// <summary>One parsed file: its text, the root of its syntax tree and its syntax diagnostics.</summary>
public sealed class SyntaxTree
{
    private SyntaxTree(SourceText text, CompilationUnitSyntax root, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Root = root;
        Diagnostics = diagnostics;
    }

    public SourceText Text { get; }

    public string Path => Text.Path;

    public CompilationUnitSyntax Root { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    /// <summary>Parses a file. Never throws: every problem becomes a diagnostic and a tree is always produced.</summary>
    public static SyntaxTree Parse(SourceText text)
    {
        var (root, diagnostics) = SourceParser.Parse(text);
        return new SyntaxTree(text, root, diagnostics);
    }

    public static SyntaxTree Parse(string text, string path = "") => Parse(new SourceText(text, path));
}
