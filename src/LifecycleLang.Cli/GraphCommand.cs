using System.CommandLine;
using LifecycleLang.Review;

namespace LifecycleLang.Cli;

/// <summary>
/// `lifecycle graph PATH... --journey NAME [--format mermaid|dot]`: the journey as a flowchart on stdout.
/// Exit 0; 1 when the workspace has errors (the graph is still printed when the journey could be bound);
/// 2 on bad usage, an unknown journey included (with the journeys there are, closest first).
/// </summary>
internal static class GraphCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A workspace folder (every .journey file under it) or .journey files",
            Arity = ArgumentArity.OneOrMore,
        };
        var journey = new Option<string>("--journey")
        {
            Description = "The journey to draw",
            Required = true,
        };
        var format = new Option<string>("--format")
        {
            Description = "mermaid (renders in pull requests and Markdown) or dot (Graphviz)",
            DefaultValueFactory = _ => "mermaid",
        };
        format.AcceptOnlyFromAmong("mermaid", "dot");
        var command = new Command("graph", "Draw a journey as a flowchart (Mermaid or Graphviz dot)")
        {
            paths,
            journey,
            format,
        };
        command.SetAction(parseResult => CommandRunner.Run(() => Run(
            parseResult.GetValue(paths) ?? [],
            parseResult.GetValue(journey) ?? string.Empty,
            parseResult.GetValue(format) ?? "mermaid")));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, string journeyName, string format)
    {
        var compilation = WorkspaceLoader.Load(paths);
        var model = compilation.GetSemanticModel();
        JourneyGraph graph;
        try
        {
            graph = JourneyGraph.Build(model, journeyName);
        }
        catch (UnknownJourneyException exception)
        {
            throw new UsageException(UnknownJourney(exception));
        }

        Console.Out.Write(format == "dot" ? DotGraph.Render(graph) : MermaidGraph.Render(graph));
        if (compilation.HasErrors)
        {
            var errors = compilation.GetDiagnostics().Count(d => d.IsError);
            Console.Error.WriteLine($"lifecycle: the workspace has {errors} error(s); run 'lifecycle check' to see them (the graph may be incomplete)");
            return ExitCodes.Errors;
        }

        return ExitCodes.Success;
    }

    internal static string UnknownJourney(UnknownJourneyException exception)
    {
        if (exception.Journeys.Count == 0)
        {
            return $"there is no journey '{exception.Name}': the workspace declares no journeys";
        }

        var ordered = exception.Journeys
            .OrderBy(j => Distance(j.ToLowerInvariant(), exception.Name.ToLowerInvariant()))
            .ThenBy(j => j, StringComparer.Ordinal)
            .ToList();
        var best = ordered[0];
        var close = Distance(best.ToLowerInvariant(), exception.Name.ToLowerInvariant()) <= Math.Max(2, exception.Name.Length / 3);
        return $"there is no journey '{exception.Name}'" + (close ? $"; did you mean '{best}'?" : string.Empty)
            + $" Journeys: {string.Join(", ", ordered)}";
    }

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
