using LifecycleLang.Ide;

namespace LifecycleLang.LanguageServer;

/// <summary>
/// What the server is started with. <see cref="Formatter"/> and <see cref="GraphRenderer"/> are the seams
/// for `lifecycle fmt`'s formatter and the flowchart renderer: without them the server does not offer
/// formatting, and `lifecycle/graph` answers "graph is not available yet".
/// </summary>
public sealed record LanguageServerOptions
{
    public IFormatter? Formatter { get; init; }

    public IGraphRenderer? GraphRenderer { get; init; }

    /// <summary>How long the text must rest before it is checked (diagnostics as you type).</summary>
    public TimeSpan DiagnosticsDelay { get; init; } = TimeSpan.FromMilliseconds(100);
}
