namespace LifecycleLang.Runtime;

/// <summary>The simulator's channels: every send is kept in memory, nothing leaves the process.</summary>
public sealed class RecordingChannelSink : IChannelSink
{
    public List<OutboundMessage> Messages { get; } = [];

    public void Deliver(OutboundMessage message) => Messages.Add(message);
}
