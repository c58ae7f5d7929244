namespace LifecycleLang.Semantics.Templates;

/// <summary>
/// A `contact.X` or `event.X` read by a template's Liquid. <see cref="IsPrinted"/>: it is the value of a
/// `{{ … }}` output; <see cref="HasDefault"/>: that output has a `default` filter; <see cref="IsGuarded"/>:
/// it is inside `{% if contact.X %}` for the same field.
/// </summary>
internal sealed record LiquidReference(string Root, string Name, bool IsPrinted, bool HasDefault, bool IsGuarded);
