namespace LifecycleLang.Runtime;

/// <summary>A journey indexed for execution: its blocks by key (<c>""</c> for the top block, else
/// <c>stepId/segment</c>), its steps by id, its funnel, and where its broadcasts are.</summary>
internal sealed class CompiledJourney
{
    public CompiledJourney(JourneyDef definition, FunnelDef? funnel)
    {
        Definition = definition;
        Funnel = funnel;
        var blocks = new Dictionary<string, IReadOnlyList<Step>>(StringComparer.Ordinal);
        var steps = new Dictionary<string, Step>(StringComparer.Ordinal);
        void Walk(string key, IReadOnlyList<Step> block)
        {
            blocks[key] = block;
            foreach (var step in block)
            {
                if (string.IsNullOrEmpty(step.Id) || !steps.TryAdd(step.Id, step))
                {
                    throw new WorkspaceDefinitionException($"journey {definition.Name}: step id '{step.Id}' is empty or not unique");
                }
                foreach (var child in StepIds.BlocksOf(step))
                {
                    Walk(step.Id + "/" + child.Segment, child.Steps);
                }
            }
        }
        Walk("", definition.Steps);
        Blocks = blocks;
        Steps = steps;
        EntryWhenCount = definition.Entries.Count(e => e is EntryWhen);
    }

    public JourneyDef Definition { get; }

    public string Name => Definition.Name;

    public FunnelDef? Funnel { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Step>> Blocks { get; }

    public IReadOnlyDictionary<string, Step> Steps { get; }

    public int EntryWhenCount { get; }
}
