using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax;

/// <summary>A token or a node of the syntax tree.</summary>
public abstract record SyntaxElement
{
    /// <summary>The element's text without leading trivia.</summary>
    public abstract TextSpan Span { get; }

    /// <summary>The element's text including the leading trivia of its first token.</summary>
    public abstract TextSpan FullSpan { get; }
}
