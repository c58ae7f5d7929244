namespace LifecycleLang.Runtime;

/// <summary>Discards the trace. The engine recognises it and does not build trace lines at all.</summary>
public sealed class NullTraceSink : ITraceSink
{
    public static readonly NullTraceSink Instance = new();

    public void Write(TraceLine line)
    {
    }
}
