namespace LifecycleLang.Runtime;

/// <summary>The engine's collaborators; every one has a simulator-friendly default.</summary>
public sealed record EngineOptions
{
    public IStateStore Store { get; init; } = new InMemoryStateStore();

    public ITraceSink Trace { get; init; } = new ListTraceSink();

    public IChannelSink Channels { get; init; } = new RecordingChannelSink();

    public IRuntimeLog Log { get; init; } = TextWriterLog.None;
}
