using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Ide.Workspace;

/// <summary>
/// An edit of a document: replace the text between <see cref="Start"/> and <see cref="End"/> (zero-based
/// line and UTF-16 character) by <see cref="NewText"/>; with no range, the whole text is replaced.
/// </summary>
public sealed record TextChange(LinePosition? Start, LinePosition? End, string NewText)
{
    public static TextChange Full(string text) => new(null, null, text);

    public static TextChange Replace(LinePosition start, LinePosition end, string text) => new(start, end, text);

    /// <summary>Applies the change to a text. Positions past the end of a line or of the text are clamped.</summary>
    public SourceText ApplyTo(SourceText text)
    {
        if (Start is not { } start || End is not { } end)
        {
            return new SourceText(NewText, text.Path);
        }

        var from = text.GetOffset(start);
        var to = Math.Max(from, text.GetOffset(end));
        var content = string.Concat(text.Text.AsSpan(0, from), NewText, text.Text.AsSpan(to));
        return new SourceText(content, text.Path);
    }
}
