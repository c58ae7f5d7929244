using System.Collections.Immutable;

namespace LifecycleLang.Syntax;

/// <summary>The root of one .journey file.</summary>
public sealed record CompilationUnitSyntax(
    ImmutableArray<DeclarationSyntax> Declarations,
    SyntaxToken EndOfFile)
    : SyntaxNode
{
    public override IEnumerable<SyntaxElement?> GetChildren() => [.. Declarations, EndOfFile];
}
