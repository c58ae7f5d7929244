using LifecycleLang.Formatting;
using LifecycleLang.Ide;
using LifecycleLang.Syntax;

namespace LifecycleLang.LanguageServer;

/// <summary>The IDE layer's formatter seam, served by `lifecycle fmt`'s formatter (files with syntax errors are not formatted).</summary>
internal sealed class CanonicalFormatter : IFormatter
{
    public string? Format(SyntaxTree tree) => tree.HasErrors ? null : JourneyFormatter.Format(tree);
}
