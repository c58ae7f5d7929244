namespace LifecycleLang.Syntax.Tests;

/// <summary>Checks that tokens tile the text exactly and that every node's span covers its children.</summary>
internal static class SpanChecker
{
    public static void AssertConsistent(SyntaxTree tree)
    {
        var text = tree.Text.Text;
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                Assert.Equal(position, trivia.Start);
                Assert.Equal(trivia.Text, text.Substring(trivia.Start, trivia.Text.Length));
                position += trivia.Text.Length;
            }

            Assert.Equal(position, token.Start);
            Assert.Equal(token.Text, text.Substring(token.Start, token.Text.Length));
            Assert.True(!token.IsMissing || token.Text.Length == 0, "missing tokens are empty");
            position += token.Text.Length;
        }

        Assert.Equal(text.Length, position);

        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            var span = node.Span;
            foreach (var child in node.ChildElements())
            {
                Assert.True(child.Span.Start >= span.Start && child.Span.End <= span.End,
                    $"{child.GetType().Name} {child.Span} is outside its parent {node.GetType().Name} {span}");
            }
        }
    }
}
