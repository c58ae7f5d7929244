namespace LifecycleLang.Syntax.Text;

/// <summary>A zero-based line and character (UTF-16) position, as LSP uses; add one for human display.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"({Line + 1},{Character + 1})";
}
