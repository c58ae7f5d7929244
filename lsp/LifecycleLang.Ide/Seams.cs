using LifecycleLang.Semantics;
using LifecycleLang.Syntax;

namespace LifecycleLang.Ide;

/// <summary>
/// The formatter seam: the same formatter as `lifecycle fmt`, given to the language server at start-up.
/// Returns the whole formatted text, or null when the file cannot be formatted (e.g. it has syntax errors).
/// </summary>
public interface IFormatter
{
    string? Format(SyntaxTree tree);
}

/// <summary>The flowchart seam (`lifecycle/graph`): a journey of a checked workspace as Mermaid.</summary>
public interface IGraphRenderer
{
    string RenderMermaid(SemanticModel model, string journey);
}
