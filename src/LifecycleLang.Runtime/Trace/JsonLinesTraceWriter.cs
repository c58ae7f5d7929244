namespace LifecycleLang.Runtime;

/// <summary>Writes the trace as JSON Lines (one object per line, <c>\n</c> line ends).</summary>
public sealed class JsonLinesTraceWriter(TextWriter writer) : ITraceSink
{
    public void Write(TraceLine line)
    {
        writer.Write(TraceJson.Serialize(line));
        writer.Write('\n');
    }
}
