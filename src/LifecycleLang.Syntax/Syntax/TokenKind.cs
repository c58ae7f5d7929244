namespace LifecycleLang.Syntax;

/// <summary>
/// The kinds of tokens and trivia, one per lexer rule of grammar/LifecycleLexer.g4 (the names are the
/// rule names in PascalCase; TokenKindMap checks that every lexer rule has one).
/// </summary>
public enum TokenKind
{
    None,
    EndOfFile,

    // reserved words
    And, Or, Not, In, Is, If, Else, True, False, Contact, Event,

    // contextual keywords
    Settings, Timezone, Quiet, Hours, Hour, To, Cap, Per, Enum, Funnel, Stage, Owner, Sla, Segment, Score,
    On, When, Where, Decay, Every, Min, Max, Template, File, Journey, Entry, Exit, At, Local, Goal, Within,
    Reentry, Never, Always, After, Holdout, Send, Wait, Until, For, Up, Timeout, Split, Set, Count, Now,
    Today, Contains, StartsWith, EndsWith, List, Second, Seconds, Minute, Minutes, Day, Days, Week, Weeks,
    Month, Months, Year, Years,

    // punctuation and operators
    Lbrace, Rbrace, Lparen, Rparen, Lbracket, Rbracket, Comma, Colon, Dot, QuestionQuestion, Question,
    EqualsEquals, BangEquals, LessEquals, GreaterEquals, Less, Greater, Equals, Plus, Minus, Star, Slash,

    // literals and names
    TimeOfDay, Percent, Number, TripleString, String, UnterminatedString, UnterminatedTripleString, Identifier,

    // trivia
    Whitespace, Newline, LineComment, BlockComment, UnterminatedBlockComment, BadCharacter,
}
