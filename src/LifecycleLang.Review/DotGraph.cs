using System.Text;
using LifecycleLang.Semantics;

namespace LifecycleLang.Review;

/// <summary>A journey as a Graphviz digraph (`dot -Tsvg`).</summary>
public static class DotGraph
{
    public static string Render(SemanticModel model, string journeyName) => Render(JourneyGraph.Build(model, journeyName));

    public static string Render(JourneyGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        var builder = new StringBuilder();
        builder.Append("digraph ").Append(Quote(graph.Name)).Append(" {\n");
        builder.Append("  rankdir=TB;\n");
        builder.Append("  node [shape=box, style=rounded, fontname=\"Helvetica\", fontsize=11];\n");
        builder.Append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        foreach (var node in graph.Nodes)
        {
            var attributes = node.Shape switch
            {
                NodeShape.Entry => "shape=oval, style=\"filled\", fillcolor=\"#e8f0fe\"",
                NodeShape.Stage => "shape=box, style=\"filled\", fillcolor=\"#fff4d6\"",
                NodeShape.Wait => "shape=box, style=\"rounded,dashed\"",
                NodeShape.Decision => "shape=diamond, style=\"\"",
                NodeShape.Split => "shape=hexagon, style=\"\"",
                NodeShape.Exit => "shape=doublecircle, style=\"\"",
                NodeShape.End => "shape=oval, style=\"filled\", fillcolor=\"#e6f4ea\"",
                NodeShape.Note => "shape=note, style=\"\"",
                _ => string.Empty,
            };
            builder.Append("  ").Append(node.Id).Append(" [label=").Append(Quote(string.Join("\n", node.Lines)));
            if (attributes.Length > 0)
            {
                builder.Append(", ").Append(attributes);
            }

            builder.Append("];\n");
        }

        foreach (var edge in graph.Edges)
        {
            builder.Append("  ").Append(edge.From).Append(" -> ").Append(edge.To);
            if (edge.Dotted)
            {
                builder.Append(" [style=dotted, arrowhead=none]");
            }
            else if (edge.Label is { } label)
            {
                builder.Append(" [label=").Append(Quote(label)).Append(']');
            }

            builder.Append(";\n");
        }

        builder.Append("}\n");
        return builder.ToString();
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\"";
}
