namespace LifecycleLang.Semantics.Tests;

/// <summary>
/// The language server checks half-typed files on every keystroke: the checker must never throw, whatever
/// prefix of a file it is given, and the model's lookups must work on the result.
/// </summary>
public sealed class RobustnessTests
{
    public static TheoryData<string> Sources()
    {
        var data = new TheoryData<string>();
        foreach (var name in new[] { "valid-spec-example", "narrowing", "event-scope", "liquid-syntax", "step-ids-and-facts" })
        {
            data.Add(name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void EveryPrefixChecksWithoutThrowing(string baseline)
    {
        var text = File.ReadAllText(Path.Combine(BaselineTests.Folder, baseline, "main.journey"));
        for (var cut = 0; cut <= text.Length; cut += 23)
        {
            foreach (var variant in new[] { text[..cut], text[..cut] + text[Math.Min(text.Length, cut + 4)..] })
            {
                var compilation = TestWorkspace.FromSources(new Dictionary<string, string>
                {
                    ["main.journey"] = variant,
                    ["templates/bf_offer_1.liquid"] = "Hi {{ contact.first_name",
                });
                _ = compilation.GetDiagnostics();
                var model = compilation.GetSemanticModel();
                for (var offset = 0; offset < variant.Length; offset += 17)
                {
                    _ = model.SymbolAt("main.journey", offset);
                }
            }
        }
    }
}
