namespace LifecycleLang.Runtime;

/// <summary>Keeps trace lines in memory (tests, reports).</summary>
public sealed class ListTraceSink : ITraceSink
{
    public List<TraceLine> Lines { get; } = [];

    public void Write(TraceLine line) => Lines.Add(line);
}
