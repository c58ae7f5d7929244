using LifecycleLang.Syntax.Parsing;

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

    /// <summary>
    /// True when the next token is a step keyword first on its line and followed by what that step needs
    /// (`send email t`, `wait 2 days`, `split {`); `stage == "Convert"` on a new line stays an operand.
    /// </summary>
    private bool StartsStepOnNewLine()
    {
        var token = TokenStream.LT(1);
        if (token.Type is not (STAGE or SEND or WAIT or SPLIT or SET or EXIT or SCORE))
        {
            return false;
        }

        var previous = TokenStream.LT(-1);
        if (previous is null || previous.Line >= token.Line)
        {
            return false;
        }

        var next = TokenStream.LA(2);
        return next is IDENTIFIER or NUMBER or LBRACE or CONTACT or RBRACE
            || TokenKindMap.ToKind(next) is var kind && TokenFacts.IsContextualKeyword(kind);
    }

    /// <summary>True at `journey X {`, `segment X =`, `score X {`, … — the start of a top-level declaration.</summary>
    private bool StartsDeclaration()
    {
        var first = TokenStream.LA(1);
        if (TokenStream.LA(2) == COLON)
        {
            return false;
        }

        return first is JOURNEY or SEGMENT or TEMPLATE or ENUM or SETTINGS or EVENT or CONTACT
            || (first is SCORE or FUNNEL && TokenStream.LA(3) == LBRACE);
    }
}
