namespace LifecycleLang.Runtime;

/// <summary>Where sends go. The simulator records them; the service writes them to its outbox.</summary>
public interface IChannelSink
{
    void Deliver(OutboundMessage message);
}
