namespace LifecycleLang.Runtime;

/// <summary><c>send CHANNEL TEMPLATE</c>.</summary>
public sealed record SendStep(Channel Channel, string Template) : Step;
