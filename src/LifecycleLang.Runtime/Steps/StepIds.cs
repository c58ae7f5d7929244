namespace LifecycleLang.Runtime;

/// <summary>
/// Step ids (runtime.md §5) over the definition model. A step's id is its label, else its path: the 1-based
/// index in its block, prefixed for nested blocks by the owning step's id and the block's segment. A label
/// replaces the path up to its step and the steps inside continue from it (<c>check/then/1</c>). The rules
/// themselves are <see cref="StepIdRules"/>, shared with the compiler, which names the steps of compiled
/// journeys; <see cref="Assign"/> is for definitions built by hand.
/// </summary>
public static class StepIds
{
    /// <summary>Returns a copy of the step tree with every <see cref="Step.Id"/> computed from labels and positions.</summary>
    public static IReadOnlyList<Step> Assign(IReadOnlyList<Step> steps) => AssignBlock(steps, "");

    /// <summary>The id of the index-th step (0-based) of a block whose owner path is <paramref name="prefix"/>
    /// ("" at top level, else e.g. "4/then/").</summary>
    public static string IdFor(string prefix, int index, string? label) => StepIdRules.Id(prefix, index, label);

    /// <summary>The nested blocks of a step in source order, with the segment that names each.</summary>
    public static IReadOnlyList<StepBlock> BlocksOf(Step step)
    {
        var blocks = new List<StepBlock>();
        switch (step)
        {
            case IfStep s:
                for (var i = 0; i < s.Branches.Count; i++)
                {
                    blocks.Add(new StepBlock(StepIdRules.Branch(i), s.Branches[i].Steps));
                }
                if (s.Else is not null)
                {
                    blocks.Add(new StepBlock(StepIdRules.Else, s.Else));
                }
                break;
            case WaitForStep s when s.Else is not null:
                blocks.Add(new StepBlock(StepIdRules.Else, s.Else));
                break;
            case WaitAnyStep s:
                var segments = ArmSegments(s);
                for (var i = 0; i < s.Arms.Count; i++)
                {
                    blocks.Add(new StepBlock(segments[i], s.Arms[i].Steps));
                }
                if (s.Timeout is not null)
                {
                    blocks.Add(new StepBlock(StepIdRules.Timeout, s.Timeout));
                }
                break;
            case SplitStep s:
                foreach (var arm in s.Arms)
                {
                    blocks.Add(new StepBlock(StepIdRules.SplitArm(arm.Name), arm.Steps));
                }
                break;
        }
        return blocks;
    }

    /// <summary>The segments of a multi-arm wait's arms: <c>on:E</c>, then <c>on:E#2</c>, <c>on:E#3</c> for repeats.</summary>
    public static IReadOnlyList<string> ArmSegments(WaitAnyStep step) => StepIdRules.OnArms(step.Arms.Select(a => a.Event).ToArray());

    private static IReadOnlyList<Step> AssignBlock(IReadOnlyList<Step> steps, string prefix)
    {
        var result = new Step[steps.Count];
        for (var i = 0; i < steps.Count; i++)
        {
            var step = steps[i];
            var id = IdFor(prefix, i, step.Label);
            IReadOnlyList<Step> Child(string segment, IReadOnlyList<Step> block) => AssignBlock(block, StepIdRules.BlockPrefix(id, segment));
            result[i] = step switch
            {
                IfStep s => s with
                {
                    Id = id,
                    Branches = s.Branches.Select((b, k) => b with { Steps = Child(StepIdRules.Branch(k), b.Steps) }).ToArray(),
                    Else = s.Else is null ? null : Child(StepIdRules.Else, s.Else),
                },
                WaitForStep s => s with { Id = id, Else = s.Else is null ? null : Child(StepIdRules.Else, s.Else) },
                WaitAnyStep s => AssignWaitAny(s, id, Child),
                SplitStep s => s with { Id = id, Arms = s.Arms.Select(a => a with { Steps = Child(StepIdRules.SplitArm(a.Name), a.Steps) }).ToArray() },
                _ => step with { Id = id },
            };
        }
        return result;
    }

    private static WaitAnyStep AssignWaitAny(WaitAnyStep s, string id, Func<string, IReadOnlyList<Step>, IReadOnlyList<Step>> child)
    {
        var segments = ArmSegments(s);
        return s with
        {
            Id = id,
            Arms = s.Arms.Select((a, k) => a with { Steps = child(segments[k], a.Steps) }).ToArray(),
            Timeout = s.Timeout is null ? null : child(StepIdRules.Timeout, s.Timeout),
        };
    }
}
