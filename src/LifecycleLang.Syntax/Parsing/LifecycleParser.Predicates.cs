namespace LifecycleLang.Syntax.Parsing.Generated;

// Semantic predicates used by grammar/LifecycleParser.g4; kept here so the grammar holds no C# code.
public partial class LifecycleParser
{
    /// <summary>True at `+N on`, `+N when`, `-N on`, `-N when`: the start of the next score rule.</summary>
    private bool StartsScoreRule()
    {
        var sign = TokenStream.LA(1);
        if (sign != PLUS && sign != MINUS)
        {
            return false;
        }

        if (TokenStream.LA(2) != NUMBER)
        {
            return false;
        }

        var next = TokenStream.LA(3);
        return next == ON || next == WHEN;
    }
}
