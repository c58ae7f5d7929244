using System.Collections.Immutable;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Symbols;

namespace LifecycleLang.Ide.Features;

/// <summary>Go to definition and find references: thin over the model's reference index (declarations and uses, template files included).</summary>
public static class Navigation
{
    /// <summary>Where the symbol at the offset is declared; empty for built-ins and when nothing is there.</summary>
    public static ImmutableArray<SourceLocation> GoToDefinition(SemanticModel model, string path, int offset) =>
        model.ReferenceAt(path, offset)?.Symbol.Location is { } location ? [location] : [];

    /// <summary>Every occurrence of the symbol at the offset across the workspace, ordered by file and position.</summary>
    public static ImmutableArray<SourceLocation> FindReferences(SemanticModel model, string path, int offset, bool includeDeclaration)
    {
        if (model.ReferenceAt(path, offset) is not { } reference)
        {
            return [];
        }

        return [.. model.FindReferences(reference.Symbol, includeDeclaration).Select(r => r.Location)];
    }

    /// <summary>The occurrences of the symbol at the offset in the same file (document highlight).</summary>
    public static ImmutableArray<(SourceLocation Location, bool IsDeclaration)> Highlights(SemanticModel model, string path, int offset)
    {
        if (model.ReferenceAt(path, offset) is not { } reference)
        {
            return [];
        }

        return [.. model.FindReferences(reference.Symbol).Where(r => r.Location.Path == path).Select(r => (r.Location, r.IsDeclaration))];
    }
}
