namespace LifecycleLang.Runtime;

/// <summary>Writes the trace as JSON Lines (one object per line, <c>\n</c> line ends).</summary>
public sealed class JsonLinesTraceWriter(TextWriter writer) : ITraceSink
{
    private readonly TraceJson.LineBuffer _buffer = new();

    public void Write(TraceLine line)
    {
        writer.Write(_buffer.Format(line));
        writer.Write('\n');
    }
}
