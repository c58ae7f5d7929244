using System.Numerics;
using System.Text;
using CsCheck;

namespace LifecycleLang.Runtime.Tests;

public sealed class FnvTests
{
    // An independent reference: FNV-1a 64 over BigInteger, reduced modulo 2^64 explicitly.
    private static ulong Reference(string text)
    {
        var modulus = BigInteger.One << 64;
        var hash = BigInteger.Parse("14695981039346656037");
        var prime = BigInteger.Parse("1099511628211");
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash = hash * prime % modulus;
        }
        return (ulong)hash;
    }

    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void KnownVectors(string text, ulong expected)
    {
        Assert.Equal(expected, Reference(text));
        Assert.Equal(expected, Fnv.Hash64(text));
    }

    [Fact]
    public void MatchesTheReferenceOnAnyText() =>
        Gen.String.Sample(s => Fnv.Hash64(s) == Reference(s), iter: 500);

    [Fact]
    public void BucketIsTheHashOfJourneyKeyContactModulo10000()
    {
        Assert.Equal((int)(Reference("WarmLeads/1/w1") % 10000), Fnv.Bucket("WarmLeads", "1", "w1"));
        Assert.Equal((int)(Reference("J/holdout/c-ü") % 10000), Fnv.Bucket("J", "holdout", "c-ü"));
    }

    [Fact]
    public void SplitArmsTakeConsecutiveRangesInSourceOrder()
    {
        var ws = new WorkspaceDef
        {
            Contact = T.Contact(),
            Events = [T.Go],
            Journeys = [
                new JourneyDef("Ab", [new EntryOn("go")], [
                    new SplitStep([
                        new SplitArm("A", 2500, []),
                        new SplitArm("B", 1250, []),
                        new SplitArm("C", 6250, []),
                    ]) { Label = "ab_test" },
                ]),
            ],
        };
        var contacts = Enumerable.Range(0, 40).Select(i => "c" + i).ToList();
        var lines = T.Run(ws, contacts.Select(c => T.Event("2026-01-01T10:00:00Z", c, "go")).ToArray()).Only("split");
        foreach (var c in contacts)
        {
            var bucket = (int)(Reference("Ab/ab_test/" + c) % 10000);
            var arm = bucket < 2500 ? "A" : bucket < 3750 ? "B" : "C";
            Assert.Contains($"2026-01-01T10:00:00Z {c} Ab/ab_test split arm={arm}", lines);
        }
        Assert.Equal(3, lines.Select(l => l.Split("arm=")[1]).Distinct().Count());
    }
}
