using System.Text;
using LifecycleLang.Semantics;

namespace LifecycleLang.Review;

/// <summary>A journey as a Mermaid flowchart (renders in GitHub pull requests and Markdown).</summary>
public static class MermaidGraph
{
    public static string Render(SemanticModel model, string journeyName) => Render(JourneyGraph.Build(model, journeyName));

    public static string Render(JourneyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var builder = new StringBuilder();
        builder.Append("flowchart TD\n");
        foreach (var node in graph.Nodes)
        {
            var label = '"' + string.Join("<br/>", node.Lines.Select(Escape)) + '"';
            var shaped = node.Shape switch
            {
                NodeShape.Entry => $"([{label}])",
                NodeShape.Stage => $"[[{label}]]",
                NodeShape.Wait => $"({label})",
                NodeShape.Decision => $"{{{label}}}",
                NodeShape.Split => $"{{{{{label}}}}}",
                NodeShape.Exit => $"(({label}))",
                NodeShape.End => $"([{label}])",
                NodeShape.Note => $">{label}]",
                _ => $"[{label}]",
            };
            builder.Append("  ").Append(node.Id).Append(shaped).Append('\n');
        }

        foreach (var edge in graph.Edges)
        {
            builder.Append("  ").Append(edge.From);
            if (edge.Dotted)
            {
                builder.Append(" -.- ");
            }
            else if (edge.Label is { } label)
            {
                builder.Append(" -->|\"").Append(Escape(label)).Append("\"| ");
            }
            else
            {
                builder.Append(" --> ");
            }

            builder.Append(edge.To).Append('\n');
        }

        return builder.ToString();
    }

    // Mermaid entity codes keep quotes, angle brackets and '#' literal inside a quoted label.
    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '#' => "#35;",
                '"' => "#quot;",
                '<' => "#lt;",
                '>' => "#gt;",
                '&' => "#amp;",
                '|' => "#124;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
