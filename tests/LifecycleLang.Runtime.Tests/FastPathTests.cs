using System.Globalization;
using System.Text;
using NodaTime;

namespace LifecycleLang.Runtime.Tests;

/// <summary>
/// The allocation-free fast paths (input lines, RFC 3339 parsing and formatting) must give exactly
/// what the general paths give: whatever the fast path accepts, the general path reads the same way.
/// </summary>
public sealed class FastPathTests
{
    private static readonly WorkspaceDef Workspace = new()
    {
        Contact = T.Contact(
            new FieldDef("plan", FieldType.Enum("Plan", "Free", "Pro")),
            new FieldDef("born", FieldType.Date, Optional: true),
            new FieldDef("seen", FieldType.DateTime, Optional: true),
            new FieldDef("budget", FieldType.Number, Optional: true),
            new FieldDef("size", FieldType.Int, Optional: true),
            new FieldDef("vip", FieldType.Bool, Optional: true),
            new FieldDef("tags", FieldType.ListOf(FieldType.Text), Optional: true),
            new FieldDef("plans", FieldType.ListOf(FieldType.Enum("Plan", "Free", "Pro")), Optional: true)),
        Events = [T.Ping, new EventDef("order", new FieldDef("sku", FieldType.Text), new FieldDef("qty", FieldType.Int, Optional: true))],
        Templates = [T.EmailTemplate("mail", "Hi {{ contact.first_name }}")],
        Journeys = [new JourneyDef("J", [new EntryOn("ping")], [new SendStep(Channel.Email, "mail")])],
    };

    private static readonly string[] ValidLines =
    [
        """{"at":"2026-01-01T10:00:00Z","contact":"c1","profile":{"plan":"Free","email":"a@x.io","first_name":"Ann","tags":["a","b"],"budget":3000.50,"size":12,"vip":true}}""",
        """{"contact":"c1","at":"2026-01-01T10:00:00.123+02:00","profile":{"born":"1990-02-28","seen":"2026-01-01t10:00:00z","phone":"+4915112345678","timezone":"Europe/Berlin","plans":["Pro"]}}""",
        """{"at":"2026-01-01T10:00:00-05:30","contact":"Zoë","event":"order","data":{"sku":"x\u0041","qty":3}}""",
        """{"at":"2026-01-01T10:00:00Z","contact":"c2","event":"order","data":{"qty":3.0,"sku":"日本"}}""",
        """{ "at" : "2026-12-31T23:59:59Z" , "contact" : "c3" , "event" : "ping" } """,
        """{"at":"2026-01-01T10:00:00Z","contact":"c\u00331","event":"ping","data":{}}""",
        """{"data":{"template":"mail","channel":"email","link":null},"at":"2024-02-29T00:00:00Z","contact":"c1","event":"message_clicked"}""",
        """{"at":"2026-01-01T10:00:00Z","contact":"c1","profile":{"first_name":null,"size":1e3,"budget":-0.5e-2,"tags":[]}}""",
        """{"at":"2026-01-01T10:00:00Z","contact":"c1","event":"order","data":{"sku":"","qty":null}}""",
        """{"at":"2026-01-01T10:00:00\u005A","contact":"c1","event":"ping"}""",
        """{"at":"0001-01-01T00:00:00Z","contact":"c1","event":"ping"}""",
        """{"at":"9999-12-31T23:59:59Z","contact":"c1","event":"ping"}""",
        """{"at":"2026-01-01T10:00:00+18:00","contact":"c1","profile":{"size":79228162514264337593543950335}}""",
    ];

    [Fact]
    public void TheFastLineReaderAgreesWithTheGeneralPath()
    {
        var compiled = new CompiledWorkspace(Workspace);
        var general = new InputReader(compiled);
        var fast = new FastLineReader(compiled);
        var random = new Random(7);
        var lines = new List<string>(ValidLines);
        // Mutations of valid lines: most are rejected, some stay valid in unusual ways.
        string[] inserts = ["\"", ",", "}", "{", "null", "1", "\\u0000", "\\uD800", "x", " ", "\"at\":1,", "\"data\":{},", "\"contact\":\"c9\",", "\u00e9", "\ud800"];
        for (var i = 0; i < 20_000; i++)
        {
            var line = ValidLines[random.Next(ValidLines.Length)];
            var at = random.Next(line.Length);
            line = random.Next(3) switch
            {
                0 => line.Remove(at, 1),
                1 => line.Insert(at, inserts[random.Next(inserts.Length)]),
                _ => line[..at] + line[Math.Min(line.Length, at + random.Next(1, 6))..],
            };
            lines.Add(line);
        }
        var accepted = 0;
        for (var n = 0; n < lines.Count; n++)
        {
            var viaFast = fast.TryRead(n + 1, lines[n]);
            if (viaFast is null)
            {
                continue;
            }
            accepted++;
            var viaGeneral = general.ReadLine(n + 1, lines[n]);
            Assert.True(Show(viaGeneral) == Show(viaFast), $"line {lines[n]}\ngeneral: {Show(viaGeneral)}\nfast:    {Show(viaFast)}");
        }
        Assert.True(accepted > 1000, $"only {accepted} lines took the fast path");
        foreach (var valid in ValidLines)
        {
            Assert.NotNull(fast.TryRead(1, valid)); // the fast path must not give up on ordinary valid lines
        }
    }

    [Fact]
    public void ReadingAWholeTextGivesTheSameBatchAsReadingLineByLine()
    {
        var compiled = new CompiledWorkspace(Workspace);
        var text = string.Join("\n", ValidLines.Reverse().Concat(["", "  ", "{oops", "[1]\r", "{\"at\":\"2026-01-01T10:00:00Z\",\"contact\":\"c1\",\"event\":\"nope\"}\r"])) + "\n\n";
        var batch = new InputReader(compiled).Read(text);
        var expected = text.Split('\n')[..^1]
            .Select((line, i) => (Line: i + 1, Text: line.TrimEnd('\r')))
            .Where(l => !string.IsNullOrWhiteSpace(l.Text))
            .Select(l => new InputReader(compiled).ReadLine(l.Line, l.Text))
            .ToList();
        Assert.Equal(expected.OfType<UnreadableLine>().Select(Show), batch.Unreadable.Select(Show));
        Assert.Equal(expected.OfType<InputRecord>().OrderBy(r => r.At).Select(Show), batch.Records.Select(Show));
    }

    [Fact]
    public void FastRfc3339ParsingAgreesWithThePattern()
    {
        var random = new Random(11);
        string[] samples =
        [
            "2026-11-20T10:00:00Z", "2026-11-20t10:00:00z", "2026-11-20T10:00:00.5+01:00", "2026-11-20T10:00:00.123456789-23:59", "2026-11-20T10:00:00-18:00", "2026-11-20T10:00:00+18:01",
            "2026-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-00-01T00:00:00Z", "2026-04-31T00:00:00Z",
            "2026-01-01T24:00:00Z", "2026-01-01T23:60:00Z", "2026-01-01T23:59:60Z", "2026-01-01T00:00:00+24:00", "2026-01-01T00:00:00+01:60",
            "0000-01-01T00:00:00Z", "0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00", "2026-01-01T00:00:00Z\n", "2026-01-01T00:00:00.Z",
            "2026-01-01T00:00:00", "2026-01-01 00:00:00Z", "２０２６-01-01T00:00:00Z", "2026-01-01T00:00:00+0100", "", "x",
        ];
        foreach (var sample in samples)
        {
            Assert.True(Try(sample), sample);
        }
        for (var i = 0; i < 50_000; i++)
        {
            var text = string.Create(CultureInfo.InvariantCulture,
                $"{random.Next(0, 10000):0000}-{random.Next(0, 14):00}-{random.Next(0, 33):00}{(random.Next(2) == 0 ? 'T' : 't')}{random.Next(0, 25):00}:{random.Next(0, 61):00}:{random.Next(0, 61):00}");
            text += random.Next(4) == 0 ? "." + random.Next(0, 100000) : "";
            text += random.Next(3) switch
            {
                0 => "Z",
                1 => (random.Next(2) == 0 ? "+" : "-") + random.Next(0, 25).ToString("00", CultureInfo.InvariantCulture) + ":" + random.Next(0, 61).ToString("00", CultureInfo.InvariantCulture),
                _ => "z",
            };
            Check(text);
        }

        static bool Try(string text)
        {
            Check(text);
            return true;
        }

        static void Check(string text)
        {
            bool slow;
            Instant expected;
            try
            {
                slow = Rfc3339.TryParseSlow(text, out expected);
            }
            catch (Exception e) when (e is OverflowException or FormatException)
            {
                // The general path throws past the end of NodaTime's range (9999-12-31T23:59:59-01:00) and on
                // non-ASCII digits (a known quirk kept as is);
                // the fast path leaves such instants to it.
                Assert.False(Rfc3339.TryParseAscii(text.AsSpan(), out _));
                return;
            }
            Assert.Equal(slow, Rfc3339.TryParse(text, out var actual));
            Assert.Equal(expected, actual);
            if (Rfc3339.TryParseAscii(Encoding.UTF8.GetBytes(text).AsSpan(), out var fromBytes))
            {
                Assert.True(slow);
                Assert.Equal(expected, fromBytes);
            }
        }
    }

    [Fact]
    public void FastRfc3339FormattingAgreesWithNodaTime()
    {
        var random = new Random(13);
        var instants = new List<Instant>
        {
            Instant.FromUtc(1, 1, 1, 0, 0), Instant.FromUtc(9999, 12, 31, 23, 59, 59), Instant.FromUtc(1970, 1, 1, 0, 0),
            Instant.FromUtc(1969, 12, 31, 23, 59, 59), Instant.FromUtc(2000, 2, 29, 12, 0), Instant.FromUtc(2026, 11, 20, 10, 0, 0) + Duration.FromMilliseconds(999),
            Instant.FromUtc(-5, 3, 1, 0, 0), Instant.FromUtc(1, 1, 1, 0, 0) - Duration.FromSeconds(1), Instant.MinValue, Instant.MaxValue,
        };
        for (var i = 0; i < 50_000; i++)
        {
            instants.Add(Instant.FromUnixTimeSeconds(random.NextInt64(Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeSeconds(), Instant.FromUtc(9999, 12, 31, 23, 59, 59).ToUnixTimeSeconds())));
        }
        foreach (var instant in instants)
        {
            Assert.Equal(Rfc3339.FormatSlow(instant), Rfc3339.Format(instant));
        }
    }

    [Fact]
    public void FastNumberFormattingAgreesWithThePattern()
    {
        var random = new Random(17);
        var values = new List<decimal> { 0m, -0m, 0.000m, 1m, -1m, 3000m, 3000.0m, 4999.99m, 0.5m, -0.50m, decimal.MaxValue, decimal.MinValue, 1e-28m, -1e-28m, 123456789012345678901234.5678m };
        for (var i = 0; i < 50_000; i++)
        {
            var scale = (byte)random.Next(0, 29);
            values.Add(new decimal(random.Next(), random.Next(), random.Next(), random.Next(2) == 0, scale));
            values.Add(new decimal(random.Next(-100000, 100000)) / (decimal)Math.Pow(10, random.Next(0, 8)));
        }
        foreach (var value in values)
        {
            Assert.Equal(NumberFormat.FormatSlow(value), NumberFormat.Format(value));
        }
    }

    [Fact]
    public void NumberOverloadsOfComparisonsAgreeWithTheGeneralOnes()
    {
        decimal[] numbers = [0m, -0m, 1m, 1.0m, 2.5m, -3m, 25m, 25.00m, decimal.MaxValue, decimal.MinValue];
        object?[] values = [null, "25", true, 25, 25L, 25.0, 2.5f, (uint)25, Ops.Date("2026-01-01"), Ops.DateTime("2026-01-01T00:00:00Z"), NodaTime.Duration.FromDays(1), ValueList.Empty, .. numbers.Cast<object?>()];
        var ops = new (string Name, Func<object?, object?, bool> General, Func<decimal, decimal, bool> Both, Func<object?, decimal, bool> Right, Func<decimal, object?, bool> Left)[]
        {
            ("==", Ops.Eq, Ops.Eq, Ops.Eq, Ops.Eq),
            ("!=", Ops.Ne, Ops.Ne, Ops.Ne, Ops.Ne),
            ("<", Ops.Lt, Ops.Lt, Ops.Lt, Ops.Lt),
            ("<=", Ops.Le, Ops.Le, Ops.Le, Ops.Le),
            (">", Ops.Gt, Ops.Gt, Ops.Gt, Ops.Gt),
            (">=", Ops.Ge, Ops.Ge, Ops.Ge, Ops.Ge),
        };
        foreach (var (name, general, both, right, left) in ops)
        {
            foreach (var a in numbers)
            {
                foreach (var b in numbers)
                {
                    Assert.True(general(a, b) == both(a, b), $"{a} {name} {b}");
                }
                foreach (var v in values)
                {
                    Assert.True(general(v, a) == right(v, a), $"{v} {name} {a}");
                    Assert.True(general(a, v) == left(a, v), $"{a} {name} {v}");
                }
            }
        }
    }

    private static string Show(object? record) => record switch
    {
        null => "null",
        UnreadableLine u => $"unreadable {u.Line} {u.Reason}",
        InvalidInput i => $"invalid {i.Line} {i.At} {i.Contact} {i.Reason}",
        ProfileInput p => $"profile {p.Line} {p.At} {p.Id} {Fields(p.Fields)}",
        EventInput e => $"event {e.Line} {e.At} {e.Id} {e.Event} {Fields(e.Data)}",
        _ => record.GetType().Name,
    };

    private static string Fields(IReadOnlyDictionary<string, object?> fields) =>
        (fields is Dictionary<string, object?> d && ReferenceEquals(d.Comparer, StringComparer.Ordinal) ? "ordinal" : fields.GetType().Name)
        + "(" + string.Join(", ", fields.Select(f => f.Key + "=" + Value(f.Value))) + ")";

    private static string Value(object? value) => value switch
    {
        null => "null",
        decimal d => "decimal " + string.Join(".", decimal.GetBits(d)),
        ValueList l => "[" + string.Join(", ", l.Select(Value)) + "]",
        _ => value.GetType().Name + " " + Convert.ToString(value, CultureInfo.InvariantCulture),
    };
}
