using System.Buffers;
using System.Text;
using System.Text.Json;
using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// The fast path of <see cref="InputReader"/>: one forward pass of a <see cref="Utf8JsonReader"/> over
/// the line's UTF-8 bytes (transcoded into a reused buffer), names looked up without allocating,
/// contact ids and workspace names interned. It accepts only lines that are valid as they stand and
/// returns null for anything else — a broken or rejected line, or anything unusual (escaped keys,
/// repeated keys, nulls where a rule applies) — and the caller then reads the line with the general
/// path, which decides and words the reason. So this path can only ever produce the record the
/// general path would have produced.
/// </summary>
internal sealed class FastLineReader
{
    private const int MaxInternedValues = 1 << 16;
    private const int MaxInternedLength = 64;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, FieldReader> _contactFields = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EventReader> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _contacts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FieldReader>.AlternateLookup<ReadOnlySpan<char>> _contactFieldLookup;
    private readonly Dictionary<string, EventReader>.AlternateLookup<ReadOnlySpan<char>> _eventLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _templateLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _contactLookup;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _valueLookup;
    private byte[] _bytes = new byte[1024];
    private char[] _chars = new char[256];

    public FastLineReader(CompiledWorkspace workspace)
    {
        foreach (var field in workspace.ContactFields)
        {
            _contactFields[field.Name] = new FieldReader(field);
        }
        foreach (var (name, def) in workspace.Events)
        {
            if (name != BuiltInEvents.StageSlaBreached)
            {
                _events[name] = new EventReader(def);
            }
        }
        foreach (var name in workspace.Templates.Keys)
        {
            _templates[name] = name;
        }
        _contactFieldLookup = _contactFields.GetAlternateLookup<ReadOnlySpan<char>>();
        _eventLookup = _events.GetAlternateLookup<ReadOnlySpan<char>>();
        _templateLookup = _templates.GetAlternateLookup<ReadOnlySpan<char>>();
        _contactLookup = _contacts.GetAlternateLookup<ReadOnlySpan<char>>();
        _valueLookup = _values.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private enum Key
    {
        At = 1,
        Contact = 2,
        Profile = 4,
        Event = 8,
        Data = 16,
    }

    /// <summary>The record for a valid line, or null when the general path must read it.</summary>
    public InputRecord? TryRead(int lineNumber, ReadOnlySpan<char> line)
    {
        int length;
        try
        {
            var max = StrictUtf8.GetMaxByteCount(line.Length);
            if (max > _bytes.Length)
            {
                _bytes = new byte[Math.Max(max, _bytes.Length * 2)];
            }
            length = StrictUtf8.GetBytes(line, _bytes);
        }
        catch (EncoderFallbackException)
        {
            return null; // lone surrogates: the general path reports them as it always has
        }
        try
        {
            return Read(lineNumber, new ReadOnlySpan<byte>(_bytes, 0, length));
        }
        catch (JsonException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null; // e.g. an escaped lone surrogate in a string
        }
    }

    private InputRecord? Read(int lineNumber, ReadOnlySpan<byte> utf8)
    {
        var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        // Each key is read where it stands; only "data" before "event" has to wait for the event's
        // declaration (a copy of the reader is kept at it).
        Key seen = 0;
        var at = default(Instant);
        string? id = null;
        Dictionary<string, object?>? profile = null;
        EventReader? ev = null;
        Dictionary<string, object?>? data = null;
        var pendingData = default(Utf8JsonReader);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueIsEscaped)
            {
                return null;
            }
            var name = reader.ValueSpan;
            Key key = name.SequenceEqual("at"u8) ? Key.At
                : name.SequenceEqual("contact"u8) ? Key.Contact
                : name.SequenceEqual("profile"u8) ? Key.Profile
                : name.SequenceEqual("event"u8) ? Key.Event
                : name.SequenceEqual("data"u8) ? Key.Data
                : 0;
            if (key == 0 || (seen & key) != 0)
            {
                return null;
            }
            seen |= key;
            reader.Read();
            switch (key)
            {
                case Key.At:
                    if (reader.TokenType != JsonTokenType.String || !TryInstant(ref reader, out at))
                    {
                        return null;
                    }
                    break;
                case Key.Contact:
                    if (reader.TokenType != JsonTokenType.String || (id = Intern(ref reader, _contactLookup, _contacts, unbounded: true)).Length == 0)
                    {
                        return null;
                    }
                    break;
                case Key.Profile:
                    if ((profile = ReadProfile(ref reader)) is null)
                    {
                        return null;
                    }
                    break;
                case Key.Event:
                    if (reader.TokenType != JsonTokenType.String || !_eventLookup.TryGetValue(Chars(ref reader), out ev))
                    {
                        return null;
                    }
                    if ((seen & Key.Data) != 0 && (data = ReadData(ref pendingData, ev)) is null)
                    {
                        return null;
                    }
                    break;
                default:
                    if (ev is null)
                    {
                        pendingData = reader;
                        reader.Skip();
                    }
                    else if ((data = ReadData(ref reader, ev)) is null)
                    {
                        return null;
                    }
                    break;
            }
        }
        if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
        {
            return null; // reading past the object throws on anything but whitespace
        }
        if ((seen & (Key.At | Key.Contact)) != (Key.At | Key.Contact))
        {
            return null;
        }
        if (profile is not null)
        {
            return (seen & (Key.Event | Key.Data)) != 0 ? null : new ProfileInput(lineNumber, at, id!, profile);
        }
        if (ev is null)
        {
            return null;
        }
        data ??= new InputData(0);
        foreach (var required in ev.Required)
        {
            if (!data.ContainsKey(required))
            {
                return null;
            }
        }
        return new EventInput(lineNumber, at, id!, ev.Name, data);
    }

    private Dictionary<string, object?>? ReadProfile(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        var fields = new Dictionary<string, object?>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!_contactFieldLookup.TryGetValue(Chars(ref reader), out var field) || fields.ContainsKey(field.Name))
            {
                return null;
            }
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (!field.Optional)
                {
                    return null;
                }
                fields[field.Name] = null;
                continue;
            }
            if (!TryValue(ref reader, field.Type, out var value))
            {
                return null;
            }
            fields[field.Name] = value;
        }
        return fields;
    }

    private InputData? ReadData(ref Utf8JsonReader reader, EventReader def)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }
        var values = new InputData(def.Fields.Count);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (!def.Lookup.TryGetValue(Chars(ref reader), out var field) || values.ContainsKey(field.Name))
            {
                return null;
            }
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null)
            {
                if (!field.Optional)
                {
                    return null;
                }
                continue; // an optional field given as null is unset, like one left out
            }
            if (!TryValue(ref reader, field.Type, out var value))
            {
                return null;
            }
            values[field.Name] = value;
        }
        return values;
    }

    // Mirrors ValueReader.Read for valid values; false for anything ValueReader would reject.
    private bool TryValue(ref Utf8JsonReader reader, TypeReader type, out object? value)
    {
        value = null;
        switch (type.Kind)
        {
            case FieldKind.Text:
                if (reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }
                value = Intern(ref reader, _valueLookup, _values, unbounded: false);
                return true;
            case FieldKind.Int:
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var i) || decimal.Truncate(i) != i)
                {
                    return false;
                }
                value = i;
                return true;
            case FieldKind.Number:
                if (reader.TokenType != JsonTokenType.Number || !reader.TryGetDecimal(out var n))
                {
                    return false;
                }
                value = n;
                return true;
            case FieldKind.Bool:
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                {
                    return false;
                }
                value = reader.TokenType == JsonTokenType.True;
                return true;
            case FieldKind.Enum:
                if (reader.TokenType != JsonTokenType.String || !type.Members!.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(Chars(ref reader), out var member))
                {
                    return false;
                }
                value = member;
                return true;
            case FieldKind.Template:
                if (reader.TokenType != JsonTokenType.String || !_templateLookup.TryGetValue(Chars(ref reader), out var template))
                {
                    return false;
                }
                value = template;
                return true;
            case FieldKind.DateTime:
                if (reader.TokenType != JsonTokenType.String || !TryInstant(ref reader, out var instant))
                {
                    return false;
                }
                value = instant;
                return true;
            case FieldKind.List:
                if (reader.TokenType != JsonTokenType.StartArray)
                {
                    return false;
                }
                var items = new List<object?>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    if (reader.TokenType == JsonTokenType.Null || !TryValue(ref reader, type.Element!, out var item))
                    {
                        return false;
                    }
                    items.Add(item);
                }
                value = new ValueList(items);
                return true;
            default:
                // Dates, emails, phones and time zones: the general rules, on the string.
                if (reader.TokenType != JsonTokenType.String)
                {
                    return false;
                }
                var text = Intern(ref reader, _valueLookup, _values, unbounded: false);
                if (!ValueReader.IsValidText(text, type.Kind, out value))
                {
                    return false;
                }
                return true;
        }
    }

    private bool TryInstant(ref Utf8JsonReader reader, out Instant instant)
    {
        if (!reader.ValueIsEscaped && !reader.HasValueSequence && Rfc3339.TryParseAscii(reader.ValueSpan, out instant))
        {
            return true;
        }
        return Rfc3339.TryParse(reader.GetString(), out instant);
    }

    /// <summary>The current string or property name, unescaped, in a reused buffer (valid until the next call).</summary>
    private ReadOnlySpan<char> Chars(ref Utf8JsonReader reader)
    {
        var bytes = reader.HasValueSequence ? checked((int)reader.ValueSequence.Length) : reader.ValueSpan.Length;
        if (bytes > _chars.Length)
        {
            _chars = new char[Math.Max(bytes, _chars.Length * 2)];
        }
        var count = reader.CopyString(_chars);
        return new ReadOnlySpan<char>(_chars, 0, count);
    }

    private string Intern(ref Utf8JsonReader reader, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup, Dictionary<string, string> table, bool unbounded)
    {
        var chars = Chars(ref reader);
        if (lookup.TryGetValue(chars, out var interned))
        {
            return interned;
        }
        var text = new string(chars);
        if (unbounded || (text.Length <= MaxInternedLength && table.Count < MaxInternedValues))
        {
            table[text] = text;
        }
        return text;
    }

    /// <summary>A field with its type prepared for reading (enum members as a set).</summary>
    private sealed class FieldReader(FieldDef field)
    {
        public string Name { get; } = field.Name;

        public bool Optional { get; } = field.Optional;

        public TypeReader Type { get; } = new(field.Type);
    }

    private sealed class TypeReader
    {
        public TypeReader(FieldType type)
        {
            Kind = type.Kind;
            if (type.Kind == FieldKind.Enum)
            {
                Members = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var member in type.Members ?? [])
                {
                    Members.TryAdd(member, member);
                }
            }
            if (type.Element is not null)
            {
                Element = new TypeReader(type.Element);
            }
            if (type.Kind is not (FieldKind.Text or FieldKind.Int or FieldKind.Number or FieldKind.Bool or FieldKind.Date or FieldKind.DateTime
                or FieldKind.Email or FieldKind.Phone or FieldKind.Timezone or FieldKind.Enum or FieldKind.List or FieldKind.Template))
            {
                Kind = (FieldKind)(-1); // unknown kinds: never fast
            }
        }

        public FieldKind Kind { get; }

        public Dictionary<string, string>? Members { get; }

        public TypeReader? Element { get; }
    }

    private sealed class EventReader
    {
        public EventReader(EventDef def)
        {
            Name = def.Name;
            Fields = def.Fields;
            // The general path finds a data key's field as the first declared field of that name.
            var byName = new Dictionary<string, FieldReader>(StringComparer.Ordinal);
            foreach (var field in def.Fields)
            {
                byName.TryAdd(field.Name, new FieldReader(field));
            }
            Lookup = byName.GetAlternateLookup<ReadOnlySpan<char>>();
            Required = def.Fields.Where(f => !f.Optional).Select(f => f.Name).ToArray();
        }

        public string Name { get; }

        public IReadOnlyList<FieldDef> Fields { get; }

        public Dictionary<string, FieldReader>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; }

        public string[] Required { get; }
    }
}
