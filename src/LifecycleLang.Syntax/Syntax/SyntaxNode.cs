using System.Text;
using LifecycleLang.Syntax.Text;

namespace LifecycleLang.Syntax;

/// <summary>
/// An immutable node of LifecycleLang's own syntax tree, one type per construct. Nodes hold no parent
/// pointers; tools walk down from the root (see <see cref="SyntaxNodeExtensions"/>).
/// </summary>
public abstract record SyntaxNode : SyntaxElement
{
    /// <summary>The children in source order; absent optional parts are null.</summary>
    public abstract IEnumerable<SyntaxElement?> GetChildren();

    public IEnumerable<SyntaxElement> ChildElements() => GetChildren().OfType<SyntaxElement>();

    public IEnumerable<SyntaxToken> DescendantTokens()
    {
        foreach (var child in ChildElements())
        {
            if (child is SyntaxToken token)
            {
                yield return token;
            }
            else
            {
                foreach (var inner in ((SyntaxNode)child).DescendantTokens())
                {
                    yield return inner;
                }
            }
        }
    }

    public IEnumerable<SyntaxNode> DescendantNodesAndSelf()
    {
        yield return this;
        foreach (var child in ChildElements())
        {
            if (child is SyntaxNode node)
            {
                foreach (var inner in node.DescendantNodesAndSelf())
                {
                    yield return inner;
                }
            }
        }
    }

    public SyntaxToken? FirstToken()
    {
        foreach (var child in ChildElements())
        {
            var token = child as SyntaxToken ?? ((SyntaxNode)child).FirstToken();
            if (token is not null)
            {
                return token;
            }
        }

        return null;
    }

    public SyntaxToken? LastToken()
    {
        foreach (var child in ChildElements().Reverse())
        {
            var token = child as SyntaxToken ?? ((SyntaxNode)child).LastToken();
            if (token is not null)
            {
                return token;
            }
        }

        return null;
    }

    public override TextSpan Span
    {
        get
        {
            var first = FirstToken();
            var last = LastToken();
            return first is null || last is null ? default : TextSpan.FromBounds(first.Span.Start, last.Span.End);
        }
    }

    public override TextSpan FullSpan
    {
        get
        {
            var first = FirstToken();
            var last = LastToken();
            return first is null || last is null ? default : TextSpan.FromBounds(first.FullSpan.Start, last.Span.End);
        }
    }

    /// <summary>The node's text with trivia, exactly as it appeared in the input.</summary>
    public string ToFullString()
    {
        var builder = new StringBuilder();
        foreach (var token in DescendantTokens())
        {
            token.WriteTo(builder);
        }

        return builder.ToString();
    }

    public sealed override string ToString() => ToFullString().Trim();
}
