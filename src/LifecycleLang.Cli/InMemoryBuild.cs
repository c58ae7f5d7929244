using LifecycleLang.Hosting;
using LifecycleLang.Runtime;
using LifecycleLang.Semantics.Reporting;

namespace LifecycleLang.Cli;

/// <summary>
/// Checks and compiles a workspace in memory and loads the journeys, for the commands that run them
/// (`simulate`, `run`). Errors are printed on stderr the way `check` prints them; null means "exit 1".
/// </summary>
internal static class InMemoryBuild
{
    /// <param name="purpose">What the user wanted to do, for the message ("simulating", "running it").</param>
    public static (WorkspaceDef Workspace, byte[] Image)? Compile(IReadOnlyList<string> paths, string purpose)
    {
        var compilation = WorkspaceLoader.Load(paths);
        if (compilation.HasErrors)
        {
            TextReportWriter.Write(CheckReport.From(compilation), Console.Error);
            Console.Error.WriteLine($"lifecycle: the workspace has errors; fix them before {purpose}");
            return null;
        }

        var built = WorkspaceBuilder.Build(compilation, WorkspaceLoader.RootOf(paths));
        if (!built.Success)
        {
            foreach (var error in built.Errors)
            {
                Console.Error.WriteLine(error);
            }

            Console.Error.WriteLine("lifecycle: internal compiler error: the generated C# did not compile; this is a bug in LifecycleLang, please report it");
            return null;
        }

        return (JourneyAssemblyLoader.Load(built.Assembly!, built.Pdb), built.Assembly!);
    }
}
