using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// A <see cref="WorkspaceDef"/> validated and indexed once at load: names sorted ordinally (the order
/// in which segments, models and journeys are processed), built-in events added, templates parsed,
/// the address and time-zone fields of the contact schema found, step trees indexed.
/// </summary>
public sealed class CompiledWorkspace
{
    private readonly Dictionary<string, ScoreModelDef> _models;
    private readonly Dictionary<string, SegmentDef> _segments;
    private readonly Dictionary<Channel, FrequencyCap[]> _caps = [];

    public CompiledWorkspace(WorkspaceDef definition)
    {
        Definition = definition;
        Zone = definition.Settings.TimeZone is null
            ? DateTimeZone.Utc
            : WallClock.Zone(definition.Settings.TimeZone) ?? throw new WorkspaceDefinitionException($"unknown time zone '{definition.Settings.TimeZone}'");

        ContactFields = definition.Contact.Fields;
        ContactFieldsByName = Unique(definition.Contact.Fields, f => f.Name, "contact field");
        if (ContactFieldsByName.ContainsKey("id"))
        {
            throw new WorkspaceDefinitionException("contact field 'id' is implicit and must not be declared");
        }
        EmailField = AddressField(FieldKind.Email, "email");
        PhoneField = AddressField(FieldKind.Phone, "phone");
        TimezoneField = AddressField(FieldKind.Timezone, "timezone");

        foreach (var ev in definition.Events)
        {
            if (BuiltInEvents.All.Any(b => b.Name == ev.Name))
            {
                throw new WorkspaceDefinitionException($"event {ev.Name} is built in and must not be declared");
            }
        }
        Events = Unique(definition.Events.Concat(BuiltInEvents.All), e => e.Name, "event");

        Segments = Sorted(definition.Segments, s => s.Name);
        _segments = Unique(definition.Segments, s => s.Name, "segment");
        ScoreModels = Sorted(definition.ScoreModels, m => m.Name);
        _models = Unique(definition.ScoreModels, m => m.Name, "score model");
        Funnels = Unique(definition.Funnels, f => f.Name, "funnel");

        var templates = new Dictionary<string, CompiledTemplate>(StringComparer.Ordinal);
        foreach (var t in definition.Templates)
        {
            var parts = t.Parts.ToDictionary(p => p.Key, p => TemplateRenderer.Parse(t.Name, p.Key, p.Value), StringComparer.Ordinal);
            if (!templates.TryAdd(t.Name, new CompiledTemplate(t, parts)))
            {
                throw new WorkspaceDefinitionException($"template {t.Name} is declared twice");
            }
        }
        Templates = templates;

        var journeys = new List<CompiledJourney>();
        foreach (var j in Sorted(definition.Journeys, j => j.Name))
        {
            journeys.Add(Compile(j, journeys.Count));
        }
        Journeys = journeys;
        JourneysByName = Unique(journeys, j => j.Name, "journey");

        var caps = definition.Settings.Caps ?? [];
        foreach (var channel in Enum.GetValues<Channel>())
        {
            _caps[channel] = caps.Where(c => c.Channel == channel).ToArray();
        }
        HasEntryWhen = journeys.Any(j => j.EntryWhenCount > 0);
        HasExitWhen = journeys.Any(j => j.HasExitWhen);
    }

    public WorkspaceDef Definition { get; }

    /// <summary>The workspace time zone (<c>settings timezone</c>, else UTC).</summary>
    public DateTimeZone Zone { get; }

    internal IReadOnlyList<FieldDef> ContactFields { get; }

    internal IReadOnlyDictionary<string, FieldDef> ContactFieldsByName { get; }

    internal string? EmailField { get; }

    internal string? PhoneField { get; }

    internal string? TimezoneField { get; }

    internal IReadOnlyDictionary<string, EventDef> Events { get; }

    internal IReadOnlyList<SegmentDef> Segments { get; }

    internal IReadOnlyList<ScoreModelDef> ScoreModels { get; }

    internal IReadOnlyDictionary<string, FunnelDef> Funnels { get; }

    internal IReadOnlyDictionary<string, CompiledTemplate> Templates { get; }

    internal IReadOnlyList<CompiledJourney> Journeys { get; }

    internal IReadOnlyDictionary<string, CompiledJourney> JourneysByName { get; }

    /// <summary>Whether some journey has an <c>entry when</c>.</summary>
    internal bool HasEntryWhen { get; }

    /// <summary>Whether some journey has an <c>exit when</c>.</summary>
    internal bool HasExitWhen { get; }

    /// <summary>The frequency caps of a channel, in declaration order.</summary>
    internal FrequencyCap[] CapsOf(Channel channel) => _caps.TryGetValue(channel, out var caps) ? caps : [];

    internal SegmentDef Segment(string name) =>
        _segments.TryGetValue(name, out var s) ? s : throw new InvalidOperationException($"unknown segment {name}");

    internal ScoreModelDef Model(string name) =>
        _models.TryGetValue(name, out var m) ? m : throw new InvalidOperationException($"unknown score model {name}");

    /// <summary>The contact's zone: its time-zone field when set, else the workspace zone (runtime.md §2).</summary>
    internal DateTimeZone ZoneOf(ContactState contact) =>
        TimezoneField is not null && contact.ProfileOrNull?.GetValueOrDefault(TimezoneField) is string name && WallClock.Zone(name) is { } zone
            ? zone
            : Zone;

    private CompiledJourney Compile(JourneyDef j, int index)
    {
        if (j.Entries.Count == 0)
        {
            throw new WorkspaceDefinitionException($"journey {j.Name} has no entry");
        }
        if (j.HoldoutBasisPoints is < 0 or >= 10000)
        {
            throw new WorkspaceDefinitionException($"journey {j.Name}: holdout must be in (0%, 100%)");
        }
        // Hand-written definitions may leave ids out; the compiler always fills them in.
        var steps = AllSteps(j.Steps).Any(s => string.IsNullOrEmpty(s.Id)) ? StepIds.Assign(j.Steps) : j.Steps;
        j = j with { Steps = steps };
        FunnelDef? funnel = null;
        if (j.Funnel is not null)
        {
            funnel = Funnels.GetValueOrDefault(j.Funnel) ?? throw new WorkspaceDefinitionException($"journey {j.Name}: unknown funnel {j.Funnel}");
        }
        else if (Funnels.Count == 1)
        {
            funnel = Funnels.Values.Single();
        }
        foreach (var step in AllSteps(steps))
        {
            switch (step)
            {
                case StageStep s when funnel is null || funnel.Stages.All(st => st.Name != s.Stage):
                    throw new WorkspaceDefinitionException($"journey {j.Name}, step {s.Id}: stage {s.Stage} is not in the journey's funnel");
                case SendStep s when !Templates.TryGetValue(s.Template, out var t) || t.Definition.Channel != s.Channel:
                    throw new WorkspaceDefinitionException($"journey {j.Name}, step {s.Id}: no {s.Channel.Name()} template {s.Template}");
                case ScoreStep s when !_models.ContainsKey(s.Model):
                    throw new WorkspaceDefinitionException($"journey {j.Name}, step {s.Id}: unknown score model {s.Model}");
                case SplitStep s when s.Arms.Sum(a => a.ShareBasisPoints) != 10000:
                    throw new WorkspaceDefinitionException($"journey {j.Name}, step {s.Id}: split shares must sum to 100%");
                case SetStep s when !ContactFieldsByName.ContainsKey(s.Field):
                    throw new WorkspaceDefinitionException($"journey {j.Name}, step {s.Id}: unknown contact field {s.Field}");
            }
        }
        return new CompiledJourney(j, funnel, index);
    }

    private static IEnumerable<Step> AllSteps(IReadOnlyList<Step> block) =>
        block.SelectMany(s => StepIds.BlocksOf(s).SelectMany(b => AllSteps(b.Steps)).Prepend(s));

    // The address of a channel is the field of that type; where there are several, the one with the
    // conventional name, else (a decision) the first declared.
    private string? AddressField(FieldKind kind, string conventionalName)
    {
        var candidates = ContactFields.Where(f => f.Type.Kind == kind).ToList();
        return candidates.Count switch
        {
            0 => null,
            1 => candidates[0].Name,
            _ => candidates.FirstOrDefault(f => f.Name == conventionalName)?.Name ?? candidates[0].Name,
        };
    }

    private static IReadOnlyList<T> Sorted<T>(IEnumerable<T> items, Func<T, string> name) =>
        items.OrderBy(name, StringComparer.Ordinal).ToList();

    private static Dictionary<string, T> Unique<T>(IEnumerable<T> items, Func<T, string> name, string what)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!result.TryAdd(name(item), item))
            {
                throw new WorkspaceDefinitionException($"{what} {name(item)} is declared twice");
            }
        }
        return result;
    }
}
