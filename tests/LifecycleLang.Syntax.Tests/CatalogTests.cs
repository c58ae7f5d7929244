using System.Reflection;
using LifecycleLang.Syntax.Diagnostics;
using LifecycleLang.Syntax.Parsing;

namespace LifecycleLang.Syntax.Tests;

public sealed class CatalogTests
{
    public static IReadOnlyList<DiagnosticDescriptor> AllDescriptors() =>
        [.. typeof(DiagnosticCatalog).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)];

    [Fact]
    public void Codes_are_unique_and_well_formed()
    {
        var descriptors = AllDescriptors();
        Assert.NotEmpty(descriptors);
        var duplicates = descriptors.GroupBy(d => d.Code).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(duplicates);
        Assert.All(descriptors, d => Assert.Matches("^LL[1-59][0-9]{3}$", d.Code));
        Assert.All(descriptors.Where(d => d.Code.StartsWith("LL9", StringComparison.Ordinal)), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }

    [Fact]
    public void Every_lexer_rule_has_a_token_kind()
    {
        Assert.Empty(TokenKindMap.UnmappedRuleNames);
    }

    [Fact]
    public void Contextual_keywords_and_reserved_words_match_the_spec()
    {
        string[] reserved = ["and", "or", "not", "in", "is", "if", "else", "true", "false", "contact", "event"];
        var reservedKinds = Enum.GetValues<TokenKind>().Where(TokenFacts.IsReservedWord).Select(k => k.ToString().ToLowerInvariant());
        Assert.Equal(reserved.Order(), reservedKinds.Order());
    }
}
