using System.Collections.Immutable;
using LifecycleLang.Semantics.Types;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>
/// Every declaration of the workspace, one namespace per kind (language.md §1), built-ins included:
/// the `Channel` enum, the message events and `stage_sla_breached`. Lists are in declaration order
/// (files sorted by path); lookups are by exact, case-sensitive name.
/// </summary>
public sealed class WorkspaceSymbols
{
    private readonly Dictionary<string, EventSymbol> _events = new(StringComparer.Ordinal);
    private readonly Dictionary<string, EnumSymbol> _enums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FunnelSymbol> _funnels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SegmentSymbol> _segments = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ScoreModelSymbol> _scoreModels = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TemplateSymbol> _templates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JourneySymbol> _journeys = new(StringComparer.Ordinal);
    private readonly List<EventSymbol> _eventList = [];
    private readonly List<EnumSymbol> _enumList = [];
    private readonly List<FunnelSymbol> _funnelList = [];
    private readonly List<SegmentSymbol> _segmentList = [];
    private readonly List<ScoreModelSymbol> _scoreModelList = [];
    private readonly List<TemplateSymbol> _templateList = [];
    private readonly List<JourneySymbol> _journeyList = [];

    internal WorkspaceSymbols()
    {
        Channel = new EnumSymbol("Channel", null, null);
        foreach (var name in ChannelFacts.Names)
        {
            Channel.AddMember(name, null, out _);
        }

        AddEnum(Channel);
        var channelType = LifecycleType.EnumOf(Channel);
        foreach (var name in BuiltInMessageEvents)
        {
            var e = new EventSymbol(name, null, null);
            var fields = new List<FieldSymbol>
            {
                new("template", null, e, null, LifecycleType.Template),
                new("channel", null, e, null, channelType),
            };
            if (name == "message_clicked")
            {
                fields.Add(new FieldSymbol("link", null, e, null, LifecycleType.Text.AsOptional()));
            }

            e.SetFields(fields);
            AddEvent(e);
        }

        var resubscribed = new EventSymbol("message_resubscribed", null, null);
        resubscribed.SetFields([new FieldSymbol("channel", null, resubscribed, null, channelType)]);
        AddEvent(resubscribed);

        StageSlaBreached = new EventSymbol("stage_sla_breached", null, null, isRaisedByRuntime: true);
        StageSlaBreached.SetFields(
        [
            new FieldSymbol("funnel", null, StageSlaBreached, null, LifecycleType.Text),
            new FieldSymbol("stage", null, StageSlaBreached, null, LifecycleType.Text),
        ]);
        AddEvent(StageSlaBreached);
    }

    /// <summary>The message events raised by channels (language.md §3), each with `template` and `channel`.</summary>
    public static IReadOnlyList<string> BuiltInMessageEvents { get; } =
        ["message_delivered", "message_opened", "message_clicked", "message_bounced", "message_unsubscribed"];

    /// <summary>The built-in `Channel { email, sms, push, webhook }`.</summary>
    public EnumSymbol Channel { get; }

    public EventSymbol StageSlaBreached { get; }

    /// <summary>The contact schema (always present; the implicit `id` only when no contact block is declared).</summary>
    public ContactSymbol Contact { get; internal set; } = new(null, null);

    public WorkspaceSettings Settings { get; internal set; } = new(null, null);

    public IReadOnlyList<EventSymbol> Events => _eventList;

    public IReadOnlyList<EnumSymbol> Enums => _enumList;

    public IReadOnlyList<FunnelSymbol> Funnels => _funnelList;

    public IReadOnlyList<SegmentSymbol> Segments => _segmentList;

    public IReadOnlyList<ScoreModelSymbol> ScoreModels => _scoreModelList;

    public IReadOnlyList<TemplateSymbol> Templates => _templateList;

    public IReadOnlyList<JourneySymbol> Journeys => _journeyList;

    public EventSymbol? GetEvent(string name) => _events.GetValueOrDefault(name);

    public EnumSymbol? GetEnum(string name) => _enums.GetValueOrDefault(name);

    public FunnelSymbol? GetFunnel(string name) => _funnels.GetValueOrDefault(name);

    public SegmentSymbol? GetSegment(string name) => _segments.GetValueOrDefault(name);

    public ScoreModelSymbol? GetScoreModel(string name) => _scoreModels.GetValueOrDefault(name);

    public TemplateSymbol? GetTemplate(string name) => _templates.GetValueOrDefault(name);

    public JourneySymbol? GetJourney(string name) => _journeys.GetValueOrDefault(name);

    /// <summary>Every symbol with a declaration in source (built-ins excluded), including fields, members, stages and labels.</summary>
    public ImmutableArray<Symbol> DeclaredSymbols { get; internal set; } = [];

    internal bool AddEvent(EventSymbol symbol) => Add(_events, _eventList, symbol);

    internal bool AddEnum(EnumSymbol symbol) => Add(_enums, _enumList, symbol);

    internal bool AddFunnel(FunnelSymbol symbol) => Add(_funnels, _funnelList, symbol);

    internal bool AddSegment(SegmentSymbol symbol) => Add(_segments, _segmentList, symbol);

    internal bool AddScoreModel(ScoreModelSymbol symbol) => Add(_scoreModels, _scoreModelList, symbol);

    internal bool AddTemplate(TemplateSymbol symbol) => Add(_templates, _templateList, symbol);

    internal bool AddJourney(JourneySymbol symbol) => Add(_journeys, _journeyList, symbol);

    private static bool Add<T>(Dictionary<string, T> map, List<T> list, T symbol)
        where T : Symbol
    {
        if (!map.TryAdd(symbol.Name, symbol))
        {
            return false;
        }

        list.Add(symbol);
        return true;
    }
}
