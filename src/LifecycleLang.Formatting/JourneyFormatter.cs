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

    /// <summary>
    /// An expression on one line with canonical spacing and without comments (`contact.budget ?? 0 < 5000`):
    /// the normalized text that graphs and semantic diffs show and compare.
    /// </summary>
    public static string ExpressionText(ExpressionSyntax expression)
    {
        ArgumentNullException.ThrowIfNull(expression);
        var builder = new System.Text.StringBuilder();
        foreach (var item in ExpressionItems.Build(expression, Sep.None, breaks: null))
        {
            if (item.Sep == Sep.Space && builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(item.Token.Text);
        }

        return builder.ToString();
    }

    /// <summary>Tokens of any node on one line, separated by single spaces (`up to 3 days`, `owner sales`).</summary>
    public static string WordsText(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return string.Join(' ', node.DescendantTokens().Where(t => !t.IsMissing).Select(t => t.Text));
    }

    /// <summary>True when <paramref name="tree"/> is already in the canonical layout (always true for a tree with errors).</summary>
    public static bool IsFormatted(SyntaxTree tree) => Format(tree) == tree.Text.ToString();
}
