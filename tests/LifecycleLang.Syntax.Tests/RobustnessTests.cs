using CsCheck;
using LifecycleLang.TestKit;

namespace LifecycleLang.Syntax.Tests;

/// <summary>No input crashes the parser: every prefix of every sample, and random mutations of them.</summary>
public sealed class RobustnessTests
{
    private const string Alphabet = "{}()[]:,.?=<>+-*/%\"\n abc09_";

    private static readonly string[] Fragments =
        ["journey", "wait", "for", "up to", "else", "if", "{", "}", "contact.", "event", "\"", "\"\"\"", "/*", "//", "09:00", "3 days", "50%", "and", "not", "in", "is set", "??", "score", "count(", "@", "\u00e9"];

    /// <summary>
    /// The shared cases, the examples and this project's baselines, plus every fifth other file: the
    /// checker's hundreds of small baselines add little here and would make CI slow.
    /// </summary>
    public static TheoryData<string> Samples()
    {
        var data = new TheoryData<string>();
        var others = 0;
        foreach (var file in RepoPaths.AllJourneyFiles())
        {
            var core = file.StartsWith(RepoPaths.Shared, StringComparison.Ordinal)
                || file.Contains($"{Path.DirectorySeparatorChar}examples{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                || file.Contains("LifecycleLang.Syntax.Tests", StringComparison.Ordinal);
            if (core || others++ % 5 == 0)
            {
                data.Add(file);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_prefix_parses_and_round_trips(string path)
    {
        var text = File.ReadAllText(path);
        var step = Math.Max(1, text.Length / 150);
        for (var length = 0; length <= text.Length; length += step)
        {
            AssertParsesLosslessly(text[..length]);
        }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Random_mutations_parse_and_round_trip(string path)
    {
        var text = File.ReadAllText(path);
        var random = new Random(path.Length * 7919 + text.Length);
        for (var i = 0; i < 30; i++)
        {
            AssertParsesLosslessly(Mutate(text, random));
        }
    }

    [Fact]
    public void Arbitrary_text_parses_and_round_trips()
    {
        Gen.String[Gen.Char[Alphabet], 0, 200].Sample(AssertParsesLosslessly, iter: 300);
    }

    private static void AssertParsesLosslessly(string text)
    {
        var tree = SyntaxTree.Parse(text, "mutated.journey");
        Assert.Equal(text, tree.Root.ToFullString());
        Assert.DoesNotContain(tree.Diagnostics, d => d.Code == "LL1099");
        SpanChecker.AssertConsistent(tree);
    }

    private static string Mutate(string text, Random random)
    {
        var mutations = 1 + random.Next(4);
        for (var m = 0; m < mutations; m++)
        {
            var position = text.Length == 0 ? 0 : random.Next(text.Length);
            switch (random.Next(3))
            {
                case 0: // delete a run
                    var length = Math.Min(text.Length - position, 1 + random.Next(12));
                    text = text.Remove(position, length);
                    break;
                case 1: // insert a fragment
                    text = text.Insert(position, Fragments[random.Next(Fragments.Length)]);
                    break;
                default: // duplicate a run
                    var copy = text.Substring(position, Math.Min(text.Length - position, random.Next(30)));
                    text = text.Insert(random.Next(text.Length + 1), copy);
                    break;
            }
        }

        return text;
    }
}
