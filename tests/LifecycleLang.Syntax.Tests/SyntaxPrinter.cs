using System.Text;
using LifecycleLang.Syntax;

namespace LifecycleLang.Syntax.Tests;

/// <summary>Prints a tree as an indented outline (node types and token texts) for baseline files.</summary>
internal static class SyntaxPrinter
{
    public static string Print(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Print(node, 0, builder);
        return builder.ToString();
    }

    private static void Print(SyntaxNode node, int depth, StringBuilder builder)
    {
        builder.Append(' ', depth * 2).AppendLine(node.GetType().Name.Replace("Syntax", string.Empty, StringComparison.Ordinal));
        foreach (var child in node.ChildElements())
        {
            if (child is SyntaxToken token)
            {
                if (token.Kind == TokenKind.EndOfFile)
                {
                    continue;
                }

                builder.Append(' ', (depth + 1) * 2)
                    .Append(token.Kind)
                    .Append(token.IsMissing ? " <missing>" : " " + Escape(token.Text))
                    .AppendLine();
            }
            else
            {
                Print((SyntaxNode)child, depth + 1, builder);
            }
        }
    }

    private static string Escape(string text) => text.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal);
}
