using LifecycleLang.Runtime;

namespace LifecycleLang.Service;

/// <summary>
/// Before <c>--migrate</c> lets new journeys run on old state: every active instance must point at
/// places the new version still has — its journey, each block on its stack (<c>""</c>, <c>2/else</c>,
/// …) and the step it waits at, all by step id (runtime.md §5). An instance that does not is listed,
/// and the start is refused: mapping old step ids to new ones is what a real migration would add.
/// </summary>
public static class MigrationCheck
{
    /// <summary>One line per stranded instance (at most <paramref name="limit"/>), empty when all can continue.</summary>
    public static IReadOnlyList<string> StrandedInstances(WorkspaceDef workspace, IStateStore store, int limit = 20)
    {
        var places = workspace.Journeys.ToDictionary(j => j.Name, Places, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var id in store.ContactIds())
        {
            if (store.Find(id) is not { } contact)
            {
                continue;
            }
            foreach (var (name, journey) in contact.Journeys)
            {
                if (journey.Active is not { } instance)
                {
                    continue;
                }
                var where = $"contact {id}, journey {name}, instance {instance.Id}";
                if (!places.TryGetValue(name, out var known))
                {
                    problems.Add($"{where}: the journey no longer exists");
                }
                else if (instance.Stack.FirstOrDefault(f => !known.Blocks.Contains(f.Block)) is { } frame)
                {
                    problems.Add($"{where}: inside block '{frame.Block}', which the new version does not have");
                }
                else if (instance.Wait is { } wait && !known.Steps.Contains(wait.StepId))
                {
                    problems.Add($"{where}: waiting at step '{wait.StepId}', which the new version does not have");
                }
                if (problems.Count >= limit)
                {
                    return problems;
                }
            }
        }
        return problems;
    }

    private static (HashSet<string> Blocks, HashSet<string> Steps) Places(JourneyDef journey)
    {
        var blocks = new HashSet<string>(StringComparer.Ordinal);
        var steps = new HashSet<string>(StringComparer.Ordinal);
        // Emitted journeys carry their ids; hand-written ones may leave them for the runtime to assign.
        var top = journey.Steps.Any(s => string.IsNullOrEmpty(s.Id)) ? StepIds.Assign(journey.Steps) : journey.Steps;
        void Walk(string key, IReadOnlyList<Step> block)
        {
            blocks.Add(key);
            foreach (var step in block)
            {
                steps.Add(step.Id);
                foreach (var child in StepIds.BlocksOf(step))
                {
                    Walk(step.Id + "/" + child.Segment, child.Steps);
                }
            }
        }
        Walk("", top);
        return (blocks, steps);
    }
}
