namespace LifecycleLang.Semantics.Templates;

/// <summary>Where `contact.X` / `event.X` is written inside a Liquid tag: the whole path and the name X, as offsets in the template text.</summary>
internal sealed record LiquidOccurrence(string Root, string Name, int Start, int NameStart, int End)
{
    public bool Used { get; set; }
}
