namespace LifecycleLang.Semantics.Symbols;

/// <summary>The channels a template is written for and a `send` uses.</summary>
public enum Channel
{
    Email,
    Sms,
    Push,
    Webhook,
}
