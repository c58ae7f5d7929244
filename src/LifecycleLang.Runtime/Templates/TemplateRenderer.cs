using System.Globalization;
using Fluid;
using Fluid.Values;
using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// Liquid rendering with Fluid. Templates see <c>contact</c> (every declared field and <c>id</c>; an
/// unset optional field is nil) and, where one is in scope, <c>event</c>. Numbers print as the trace
/// prints them; dates as <c>yyyy-MM-dd</c>, date-times as <c>yyyy-MM-ddTHH:mm:ssZ</c>. Output is not
/// HTML-encoded: subjects, texts and URLs are not HTML (a decision, see README).
/// </summary>
internal sealed class TemplateRenderer
{
    private static readonly FluidParser Parser = new();
    private readonly TemplateOptions _options;
    private readonly Dictionary<IFluidTemplate, string> _constants = new(ReferenceEqualityComparer.Instance);

    public TemplateRenderer()
    {
        _options = new TemplateOptions
        {
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        _options.ValueConverters.Add(v => v is decimal d ? new LiquidNumber(d) : null);
        WrapFiltersSoNumbersPrintPlainly(_options);
    }

    public static IFluidTemplate Parse(string templateName, string part, string source)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new WorkspaceDefinitionException($"template {templateName}, part {part}: {error}");
        }
        return template;
    }

    public IReadOnlyDictionary<string, string> Render(
        CompiledTemplate template,
        IReadOnlyList<FieldDef> contactFields,
        ContactState contact,
        EventRecord? ev,
        Instant now)
    {
        var parts = template.Ordered;
        var result = new Dictionary<string, string>(parts.Length, StringComparer.Ordinal);
        TemplateContext? context = null;
        foreach (var (name, part, constant) in parts)
        {
            if (constant && _constants.TryGetValue(part, out var text))
            {
                result[name] = text;
                continue;
            }
            context ??= Context(contactFields, contact, ev, now);
            text = part.Render(context, NullEncoder.Default);
            if (constant)
            {
                _constants[part] = text;
            }
            result[name] = text;
        }
        return result;
    }

    private TemplateContext Context(IReadOnlyList<FieldDef> contactFields, ContactState contact, EventRecord? ev, Instant now)
    {
        // Liquid's 'now' is the pass instant, never the machine clock, so renders are deterministic.
        var context = new TemplateContext(_options) { Now = () => now.ToDateTimeOffset() };
        var model = new Dictionary<string, object?>(contactFields.Count + 1, StringComparer.Ordinal) { ["id"] = contact.Id };
        for (var i = 0; i < contactFields.Count; i++)
        {
            var field = contactFields[i];
            model[field.Name] = ToLiquid(contact.ProfileOrNull?.GetValueOrDefault(field.Name));
        }
        context.SetValue("contact", model);
        if (ev is not null)
        {
            var data = new Dictionary<string, object?>(ev.Data.Count, StringComparer.Ordinal);
            foreach (var (key, value) in ev.Data)
            {
                data[key] = ToLiquid(value);
            }
            context.SetValue("event", data);
        }
        return context;
    }

    private static object? ToLiquid(object? value) => value switch
    {
        null => null,
        decimal d => new LiquidNumber(d),
        LocalDate d => d.ToString("uuuu'-'MM'-'dd", CultureInfo.InvariantCulture),
        Instant i => Rfc3339.Format(i),
        ValueList l => l.Select(ToLiquid).ToList(),
        _ => value,
    };

    // Filters such as `plus` or `times` return Fluid's NumberValue; re-wrap their numeric results.
    private static void WrapFiltersSoNumbersPrintPlainly(TemplateOptions options)
    {
        foreach (var name in options.Filters.Select(f => f.Key).ToArray())
        {
            if (!options.Filters.TryGetValue(name, out var inner))
            {
                continue;
            }
            options.Filters.AddFilter(name, async (input, arguments, ctx) =>
            {
                var result = await inner(input, arguments, ctx);
                return result is NumberValue n ? new LiquidNumber(n.ToNumberValue()) : result;
            });
        }
    }
}
