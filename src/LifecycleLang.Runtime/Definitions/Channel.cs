namespace LifecycleLang.Runtime;

/// <summary>Send channels. In expressions and traces a channel is its lower-case name (<see cref="ChannelNames"/>).</summary>
public enum Channel
{
    Email,
    Sms,
    Push,
    Webhook,
}
