using LifecycleLang.Ide;
using LifecycleLang.Review;
using LifecycleLang.Semantics;

namespace LifecycleLang.LanguageServer;

/// <summary>The IDE layer's flowchart seam (`lifecycle/graph`), served by `lifecycle graph`'s Mermaid renderer.</summary>
internal sealed class MermaidRenderer : IGraphRenderer
{
    public string RenderMermaid(SemanticModel model, string journey) => MermaidGraph.Render(model, journey);
}
