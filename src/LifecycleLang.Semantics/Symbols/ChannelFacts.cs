namespace LifecycleLang.Semantics.Symbols;

/// <summary>Channel names as written in source, and which channels quiet hours may hold.</summary>
public static class ChannelFacts
{
    public static IReadOnlyList<string> Names { get; } = ["email", "sms", "push", "webhook"];

    public static Channel? Parse(string name) => name switch
    {
        "email" => Channel.Email,
        "sms" => Channel.Sms,
        "push" => Channel.Push,
        "webhook" => Channel.Webhook,
        _ => null,
    };

    public static string ToName(Channel channel) => channel switch
    {
        Channel.Email => "email",
        Channel.Sms => "sms",
        Channel.Push => "push",
        _ => "webhook",
    };

    /// <summary>Quiet hours apply to email, sms and push, not webhooks (runtime.md §2), so those sends can pause an instance.</summary>
    public static bool CanBeHeld(Channel channel) => channel != Channel.Webhook;
}
