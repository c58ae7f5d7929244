namespace LifecycleLang.Runtime;

/// <summary>Maps <see cref="Channel"/> to the names used in the language, inputs and the trace.</summary>
public static class ChannelNames
{
    public static string Name(this Channel channel) => channel switch
    {
        Channel.Email => "email",
        Channel.Sms => "sms",
        Channel.Push => "push",
        Channel.Webhook => "webhook",
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    public static bool TryParse(string? name, out Channel channel)
    {
        switch (name)
        {
            case "email": channel = Channel.Email; return true;
            case "sms": channel = Channel.Sms; return true;
            case "push": channel = Channel.Push; return true;
            case "webhook": channel = Channel.Webhook; return true;
            default: channel = default; return false;
        }
    }

    /// <summary>Quiet hours hold email, sms and push, never webhooks (runtime.md §2).</summary>
    public static bool RespectsQuietHours(this Channel channel) => channel != Channel.Webhook;
}
