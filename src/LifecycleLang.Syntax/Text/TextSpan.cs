namespace LifecycleLang.Syntax.Text;

/// <summary>A range of characters in a source text, as UTF-16 offsets; line and column are computed only at the edges.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int position) => position >= Start && position < End;

    /// <summary>Like <see cref="Contains"/> but also true at the end, where an editor cursor sits after a word.</summary>
    public bool Touches(int position) => position >= Start && position <= End;

    public override string ToString() => $"[{Start}..{End})";
}
