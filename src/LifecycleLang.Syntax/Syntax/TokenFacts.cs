namespace LifecycleLang.Syntax;

/// <summary>Questions about token kinds that several layers ask (formatter, completion, semantic tokens).</summary>
public static class TokenFacts
{
    public static bool IsReservedWord(TokenKind kind) => kind is >= TokenKind.And and <= TokenKind.Event;

    public static bool IsContextualKeyword(TokenKind kind) => kind is >= TokenKind.Settings and <= TokenKind.Years;

    public static bool IsKeyword(TokenKind kind) => IsReservedWord(kind) || IsContextualKeyword(kind);

    /// <summary>True for tokens the parser accepts as a name: identifiers and contextual keywords.</summary>
    public static bool IsName(TokenKind kind) => kind == TokenKind.Identifier || IsContextualKeyword(kind);

    public static bool IsTrivia(TokenKind kind) => kind is >= TokenKind.Whitespace and <= TokenKind.BadCharacter;

    public static bool IsStringLiteral(TokenKind kind) =>
        kind is TokenKind.String or TokenKind.TripleString or TokenKind.UnterminatedString or TokenKind.UnterminatedTripleString;

    public static bool IsTimeUnit(TokenKind kind) =>
        kind is (>= TokenKind.Second and <= TokenKind.Years) or TokenKind.Hour or TokenKind.Hours;
}
