using System.Collections.Immutable;
using LifecycleLang.Semantics;
using LifecycleLang.Semantics.Binding;

namespace LifecycleLang.Review;

public enum NodeShape
{
    Entry,
    Step,
    Stage,
    Wait,
    Decision,
    Split,
    Exit,
    End,
    Note,
}

/// <summary>A node of a journey flowchart; <see cref="Id"/> is derived from the step id so graphs of two versions diff well.</summary>
public sealed record GraphNode(string Id, NodeShape Shape, ImmutableArray<string> Lines);

/// <summary>An arrow; <see cref="Dotted"/> links a note (goal, exits) to the entry.</summary>
public sealed record GraphEdge(string From, string To, string? Label, bool Dotted = false);

/// <summary>
/// A journey as a flowchart: an entry node listing the entries, one node per step (labelled with what it
/// does), branch, split and wait arms as labelled arrows, exits, an end node, and the goal and exit
/// clauses as notes. Renderers: <see cref="MermaidGraph"/>, <see cref="DotGraph"/>.
/// </summary>
public sealed class JourneyGraph
{
    private readonly List<GraphNode> _nodes = [];
    private readonly List<GraphEdge> _edges = [];
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    private JourneyGraph(string name)
    {
        Name = name;
    }

    public string Name { get; }

    public IReadOnlyList<GraphNode> Nodes => _nodes;

    public IReadOnlyList<GraphEdge> Edges => _edges;

    /// <exception cref="UnknownJourneyException">No journey of that name in the workspace.</exception>
    public static JourneyGraph Build(SemanticModel model, string journeyName)
    {
        ArgumentNullException.ThrowIfNull(model);
        var journey = model.Journeys.FirstOrDefault(j => j.Name == journeyName)
            ?? throw new UnknownJourneyException(journeyName, [.. model.Journeys.Select(j => j.Name)]);
        return Build(journey);
    }

    public static JourneyGraph Build(BoundJourney journey)
    {
        ArgumentNullException.ThrowIfNull(journey);
        var graph = new JourneyGraph(journey.Name);
        var entryLines = new List<string> { $"{journey.Name}: entry" };
        entryLines.AddRange(journey.Entries.Select(e => Describe.Clause(e.Syntax)));
        if (journey.HoldoutPercent is { } holdout)
        {
            entryLines.Add($"holdout {holdout.ToString(System.Globalization.CultureInfo.InvariantCulture)}%");
        }

        graph.AddNode("entry", NodeShape.Entry, entryLines);
        if (journey.Goal is { } goal)
        {
            graph.AddNode("goal", NodeShape.Note, ["goal: " + Describe.Clause(goal.Syntax)["goal ".Length..]]);
            graph._edges.Add(new GraphEdge("entry", "goal", null, Dotted: true));
        }

        if (journey.Exits.Length > 0)
        {
            graph.AddNode("exits", NodeShape.Note, [.. journey.Exits.Select(e => Describe.Clause(e.Syntax))]);
            graph._edges.Add(new GraphEdge("entry", "exits", null, Dotted: true));
        }

        var open = graph.Block(journey.Steps, [new Pending("entry", null)]);
        // `end` is a Mermaid keyword, so the end node is `journey_end`.
        graph.AddNode("journey_end", NodeShape.End, ["end"]);
        graph.Connect(open, "journey_end");
        return graph;
    }

    private readonly record struct Pending(string From, string? Label);

    // Lays out a block; returns the arrows still open at its end (to be connected to what follows).
    private List<Pending> Block(ImmutableArray<BoundStep> steps, List<Pending> incoming)
    {
        var open = incoming;
        foreach (var step in steps)
        {
            open = Step(step, open);
        }

        return open;
    }

    private List<Pending> Step(BoundStep step, List<Pending> incoming)
    {
        var id = NodeId(step.Id);
        var lines = new List<string>();
        if (step.Label is { } label)
        {
            lines.Add(label.Name + ":");
        }

        lines.Add(Describe.Step(step.Syntax));

        var shape = step switch
        {
            BoundStageStep => NodeShape.Stage,
            BoundWaitStep or BoundWaitUntilStep => NodeShape.Wait,
            BoundWaitForStep or BoundWaitArmsStep or BoundIfStep => NodeShape.Decision,
            BoundSplitStep => NodeShape.Split,
            BoundExitStep => NodeShape.Exit,
            _ => NodeShape.Step,
        };

        if (step is BoundIfStep)
        {
            lines[^1] = "if";
        }

        AddNode(id, shape, lines);
        Connect(incoming, id);

        switch (step)
        {
            case BoundExitStep:
                return [];
            case BoundIfStep branch:
            {
                var open = new List<Pending>();
                for (var i = 0; i < branch.Branches.Length; i++)
                {
                    var arm = branch.Branches[i];
                    var text = (i == 0 ? "then: " : "else if: ") + Describe.Expression(arm.Condition);
                    open.AddRange(Block(arm.Steps, [new Pending(id, text)]));
                }

                open.AddRange(Block(branch.Else, [new Pending(id, "else")]));
                return open;
            }
            case BoundSplitStep split:
            {
                var open = new List<Pending>();
                foreach (var arm in split.Arms)
                {
                    open.AddRange(Block(arm.Steps, [new Pending(id, $"{arm.Name} {arm.Share.ToString(System.Globalization.CultureInfo.InvariantCulture)}%")]));
                }

                return open;
            }
            case BoundWaitForStep wait:
            {
                var open = new List<Pending> { new(id, (wait.AwaitedEvent?.Name ?? "event") + " arrives") };
                var timeout = "after " + Describe.Words(((Syntax.WaitForStepSyntax)wait.Syntax).Timeout) + (wait.HasElse ? ": else" : string.Empty);
                open.AddRange(Block(wait.Else, [new Pending(id, timeout)]));
                return open;
            }
            case BoundWaitArmsStep wait:
            {
                var open = new List<Pending>();
                foreach (var arm in wait.Arms)
                {
                    open.AddRange(Block(arm.Steps, [new Pending(id, "on " + arm.Syntax.Event.Text + Describe.Where(arm.Syntax.Where))]));
                }

                open.AddRange(Block(wait.TimeoutSteps, [new Pending(id, "timeout")]));
                return open;
            }
            default:
                return [new Pending(id, null)];
        }
    }

    private void Connect(List<Pending> incoming, string to)
    {
        foreach (var pending in incoming)
        {
            _edges.Add(new GraphEdge(pending.From, to, pending.Label));
        }
    }

    private void AddNode(string id, NodeShape shape, IEnumerable<string> lines)
    {
        _nodes.Add(new GraphNode(id, shape, [.. lines]));
    }

    // Step ids (`first_offer`, `4/then/2`, `3/on:message_clicked#2/1`) become identifiers both Mermaid and dot accept.
    private string NodeId(string stepId)
    {
        var chars = stepId.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray();
        var id = "s_" + new string(chars);
        var unique = id;
        for (var n = 2; !_ids.Add(unique); n++)
        {
            unique = $"{id}_{n}";
        }

        return unique;
    }
}

/// <summary>The journey asked for is not in the workspace; <see cref="Journeys"/> lists those that are.</summary>
public sealed class UnknownJourneyException(string name, IReadOnlyList<string> journeys)
    : Exception($"there is no journey '{name}'")
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Journeys { get; } = journeys;
}
