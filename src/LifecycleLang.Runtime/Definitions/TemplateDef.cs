namespace LifecycleLang.Runtime;

/// <summary>
/// A template: its channel and its parts as Liquid source text (the compiler inlines <c>file</c>
/// bodies). Part names: email <c>subject</c>, <c>body</c>, <c>from</c>; sms <c>text</c>; push
/// <c>title</c>, <c>text</c>; webhook <c>url</c>, <c>body</c>. <see cref="Method"/> is the webhook's
/// HTTP method (default POST) and is not Liquid.
/// </summary>
public sealed record TemplateDef(string Name, Channel Channel, IReadOnlyDictionary<string, string> Parts, string Method = "POST");
