using LifecycleLang.Syntax;

namespace LifecycleLang.Formatting;

/// <summary>
/// The one canonical layout of a .journey file (docs/formatting.md), used by `lifecycle fmt` and the
/// language server. It rewrites only whitespace and line breaks: tokens, comments and string contents
/// are kept exactly, so the formatted file parses to the same tokens and means the same thing.
/// Formatting is idempotent.
/// </summary>
public static class JourneyFormatter
{
    /// <summary>The width past which long conditions are broken before `and` / `or`.</summary>
    public const int LineWidth = 100;

    /// <summary>
    /// The file in the canonical layout. A tree with syntax errors is returned unchanged (its exact text):
    /// callers check <see cref="SyntaxTree.HasErrors"/> to tell the user why nothing changed.
    /// </summary>
    public static string Format(SyntaxTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (tree.HasErrors)
        {
            return tree.Text.ToString();
        }

        return new Layout().Format(tree.Root);
    }

    /// <summary>Parses and formats <paramref name="text"/>; text with syntax errors comes back unchanged.</summary>
    public static string Format(string text, string path = "") => Format(SyntaxTree.Parse(text, path));

    /// <summary>True when <paramref name="tree"/> is already in the canonical layout (always true for a tree with errors).</summary>
    public static bool IsFormatted(SyntaxTree tree) => Format(tree) == tree.Text.ToString();
}
