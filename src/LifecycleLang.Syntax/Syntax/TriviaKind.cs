namespace LifecycleLang.Syntax;

public enum TriviaKind
{
    Whitespace,
    Newline,
    LineComment,
    BlockComment,

    /// <summary>A character the lexer does not know; reported once and kept so the text round-trips.</summary>
    BadCharacter,

    /// <summary>A token that error recovery skipped; kept so the text round-trips and tools can still show it.</summary>
    SkippedToken,
}
