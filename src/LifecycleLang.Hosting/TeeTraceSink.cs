using LifecycleLang.Runtime;

namespace LifecycleLang.Hosting;

/// <summary>Writes each trace line to several sinks (the JSON Lines output and the report collector).</summary>
public sealed class TeeTraceSink(params ITraceSink[] sinks) : ITraceSink
{
    public void Write(TraceLine line)
    {
        foreach (var sink in sinks)
        {
            sink.Write(line);
        }
    }
}
