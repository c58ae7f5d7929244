using NodaTime;

namespace LifecycleLang.Runtime.Tests;

public sealed class StepIdTests
{
    private static readonly Func<EvalContext, bool> True = _ => true;

    private static IEnumerable<string> Ids(IReadOnlyList<Step> steps) =>
        steps.SelectMany(s => StepIds.BlocksOf(s).SelectMany(b => Ids(b.Steps)).Prepend(s.Id));

    [Fact]
    public void PathsFollowSection5()
    {
        var steps = StepIds.Assign([
            new StageStep("Capture"),
            new SendStep(Channel.Email, "t"),
            new WaitStep(Duration.FromDays(2)),
            new IfStep([
                new IfBranch(True, [new SendStep(Channel.Email, "a"), new WaitForStep("clicked", Duration.FromDays(3), Else: [new SendStep(Channel.Sms, "r")])]),
                new IfBranch(True, [new ExitStep()]),
                new IfBranch(True, [new ExitStep()]),
            ], Else: [new SendStep(Channel.Webhook, "w"), new StageStep("Convert")]),
            new WaitAnyStep(Duration.FromDays(1), [
                new WaitArm("ping", null, [new ExitStep()]),
                new WaitArm("ping", null, [new ExitStep()]),
                new WaitArm("buy", null, [new ExitStep()]),
                new WaitArm("ping", null, [new ExitStep()]),
            ], Timeout: [new ScoreStep("m", 1)]),
            new SplitStep([new SplitArm("A", 5000, [new ExitStep()]), new SplitArm("B", 5000, [])]),
        ]);
        Assert.Equal(
            [
                "1", "2", "3", "4", "4/then/1", "4/then/2", "4/then/2/else/1", "4/elif1/1", "4/elif2/1", "4/else/1", "4/else/2",
                "5", "5/on:ping/1", "5/on:ping#2/1", "5/on:buy/1", "5/on:ping#3/1", "5/timeout/1", "6", "6/A/1",
            ],
            Ids(steps));
    }

    [Fact]
    public void LabelsReplaceThePathAndNestedStepsContinueFromThem()
    {
        var steps = StepIds.Assign([
            new SendStep(Channel.Email, "t") { Label = "first_offer" },
            new IfStep([new IfBranch(True, [new SendStep(Channel.Email, "a"), new SendStep(Channel.Email, "b") { Label = "inner" }])]) { Label = "check" },
            new SplitStep([new SplitArm("A", 10000, [new WaitStep(Duration.FromHours(1))])]),
        ]);
        Assert.Equal(["first_offer", "check", "check/then/1", "inner", "3", "3/A/1"], Ids(steps));
    }

    [Fact]
    public void EngineAssignsIdsWhenTheDefinitionLeavesThemOut()
    {
        var ws = new CompiledWorkspace(new WorkspaceDef
        {
            Events = [T.Go],
            Journeys = [new JourneyDef("J", [new EntryOn("go")], [new WaitStep(Duration.FromHours(1)), new IfStep([new IfBranch(True, [new ExitStep()])])])],
        });
        Assert.Contains("2/then/1", ws.JourneysByName["J"].Steps.Keys);
    }

    [Fact]
    public void DuplicateIdsAreRejectedAtLoad()
    {
        var def = new WorkspaceDef
        {
            Events = [T.Go],
            Journeys = [new JourneyDef("J", [new EntryOn("go")], [new ExitStep { Id = "x" }, new ExitStep { Id = "x" }])],
        };
        Assert.Throws<WorkspaceDefinitionException>(() => new CompiledWorkspace(def));
    }
}
