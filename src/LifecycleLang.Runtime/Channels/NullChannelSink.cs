namespace LifecycleLang.Runtime;

/// <summary>
/// Drops every send. For runs that only want the trace and the counters (the CLI's `simulate`): the
/// trace already shows each send, and keeping a million rendered messages only feeds the GC.
/// </summary>
public sealed class NullChannelSink : IChannelSink
{
    public static readonly NullChannelSink Instance = new();

    public void Deliver(OutboundMessage message)
    {
    }
}
