using System.CommandLine;
using LifecycleLang.Cli;

var root = new RootCommand("lifecycle: check, build, format, graph, diff, simulate and run LifecycleLang journeys")
{
    CheckCommand.Create(),
    BuildCommand.Create(),
    SimulateCommand.Create(),
    FmtCommand.Create(),
    GraphCommand.Create(),
    DiffCommand.Create(),
    RunCommand.Create(),
};

var parseResult = root.Parse(args);
if (parseResult.Errors.Count > 0)
{
    foreach (var error in parseResult.Errors)
    {
        Console.Error.WriteLine($"lifecycle: {error.Message}");
    }

    Console.Error.WriteLine("Run 'lifecycle --help' for usage.");
    return ExitCodes.Usage;
}

return await parseResult.InvokeAsync();
