namespace LifecycleLang.Runtime;

/// <summary>A journey indexed for execution: its blocks by key (<c>""</c> for the top block, else
/// <c>stepId/segment</c>), its steps by id, the block keys of each step's nested blocks (in
/// <see cref="StepIds.BlocksOf"/> order), its funnel, and its position in name order.</summary>
internal sealed class CompiledJourney
{
    private readonly Dictionary<Step, string[]> _childBlocks = new(ReferenceEqualityComparer.Instance);

    public CompiledJourney(JourneyDef definition, FunnelDef? funnel, int index)
    {
        Definition = definition;
        Funnel = funnel;
        Index = index;
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
                var children = StepIds.BlocksOf(step);
                var keys = new string[children.Count];
                for (var k = 0; k < children.Count; k++)
                {
                    keys[k] = step.Id + "/" + children[k].Segment;
                    Walk(keys[k], children[k].Steps);
                }
                _childBlocks[step] = keys;
            }
        }
        Walk("", definition.Steps);
        Blocks = blocks;
        Steps = steps;
        EntryWhenCount = definition.Entries.Count(e => e is EntryWhen);
        HasExitWhen = definition.Exits.Any(e => e is ExitWhen);
    }

    public JourneyDef Definition { get; }

    public string Name => Definition.Name;

    public FunnelDef? Funnel { get; }

    /// <summary>The journey's position in <see cref="CompiledWorkspace.Journeys"/> (name order).</summary>
    public int Index { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Step>> Blocks { get; }

    public IReadOnlyDictionary<string, Step> Steps { get; }

    public int EntryWhenCount { get; }

    public bool HasExitWhen { get; }

    /// <summary>The key of a step's k-th nested block (the same string for every instance).</summary>
    public string ChildBlock(Step step, int k) => _childBlocks[step][k];
}
