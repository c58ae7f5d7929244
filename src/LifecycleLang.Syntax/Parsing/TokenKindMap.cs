using System.Collections.Immutable;
using Antlr4.Runtime;
using LifecycleLang.Syntax.Parsing.Generated;

namespace LifecycleLang.Syntax.Parsing;

/// <summary>
/// Maps ANTLR token types to <see cref="TokenKind"/> by rule name (STARTS_WITH → StartsWith), so the
/// enum cannot silently drift from the lexer grammar: an unmapped rule is reported by a test.
/// </summary>
internal static class TokenKindMap
{
    private static readonly ImmutableArray<TokenKind> Kinds;
    private static readonly ImmutableDictionary<TokenKind, int> Types;

    static TokenKindMap()
    {
        var vocabulary = (Vocabulary)LifecycleLexer.DefaultVocabulary;
        var kinds = new TokenKind[vocabulary.getMaxTokenType() + 1];
        var types = ImmutableDictionary.CreateBuilder<TokenKind, int>();
        var missing = ImmutableArray.CreateBuilder<string>();
        for (var type = 1; type <= vocabulary.getMaxTokenType(); type++)
        {
            var name = vocabulary.GetSymbolicName(type);
            if (name is null)
            {
                continue;
            }

            if (Enum.TryParse<TokenKind>(ToPascalCase(name), out var kind))
            {
                kinds[type] = kind;
                types[kind] = type;
            }
            else
            {
                missing.Add(name);
            }
        }

        Kinds = [.. kinds];
        Types = types.ToImmutable();
        UnmappedRuleNames = missing.ToImmutable();
    }

    /// <summary>Lexer rule names without a <see cref="TokenKind"/>; empty when the enum is complete.</summary>
    public static ImmutableArray<string> UnmappedRuleNames { get; }

    public static TokenKind ToKind(int antlrType) =>
        antlrType == TokenConstants.EOF ? TokenKind.EndOfFile
        : antlrType > 0 && antlrType < Kinds.Length ? Kinds[antlrType]
        : TokenKind.None;

    public static int ToAntlrType(TokenKind kind) => Types.TryGetValue(kind, out var type) ? type : TokenConstants.InvalidType;

    private static string ToPascalCase(string ruleName) =>
        string.Concat(ruleName.Split('_').Select(part => part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..].ToLowerInvariant()));
}
