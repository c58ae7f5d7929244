using System.CommandLine;
using LifecycleLang.Hosting;
using LifecycleLang.Semantics.Reporting;

namespace LifecycleLang.Cli;

/// <summary>
/// `lifecycle build PATH -o DIR [--emit-cs]`: compile the workspace into one journey assembly with a
/// portable PDB (and the generated C# with --emit-cs). Deterministic: the same input gives identical files.
/// </summary>
internal static class BuildCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Description = "A workspace folder or .journey files", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Folder for the assembly and its PDB", Required = true };
        var emitCs = new Option<bool>("--emit-cs") { Description = "Also write the generated C# (Journeys.g.cs)" };
        var name = new Option<string>("--assembly-name") { Description = "Assembly name", DefaultValueFactory = _ => WorkspaceBuilder.DefaultAssemblyName };
        var command = new Command("build", "Compile journeys into a deployable assembly the runtime loads") { paths, output, emitCs, name };
        command.SetAction(result => CommandRunner.Run(() => Run(
            result.GetValue(paths) ?? [], result.GetValue(output)!, result.GetValue(emitCs), result.GetValue(name)!)));
        return command;
    }

    private static int Run(IReadOnlyList<string> paths, string output, bool emitCs, string assemblyName)
    {
        var compilation = WorkspaceLoader.Load(paths);
        if (compilation.HasErrors)
        {
            TextReportWriter.Write(CheckReport.From(compilation), Console.Out);
            Console.Error.WriteLine("lifecycle: the workspace has errors; nothing was built");
            return ExitCodes.Errors;
        }

        var result = WorkspaceBuilder.Build(compilation, WorkspaceLoader.RootOf(paths), assemblyName);
        if (!result.Success)
        {
            foreach (var error in result.Errors)
            {
                Console.Out.WriteLine(error);
            }

            Console.Error.WriteLine("lifecycle: internal compiler error: the generated C# did not compile. This is a bug in LifecycleLang; " +
                "please report it with the workspace (rerun with --emit-cs to see the generated code).");
            if (emitCs)
            {
                Write(output, "Journeys.g.cs", System.Text.Encoding.UTF8.GetBytes(result.CSharp));
            }

            return ExitCodes.Errors;
        }

        Write(output, assemblyName + ".dll", result.Assembly!);
        Write(output, assemblyName + ".pdb", result.Pdb!);
        if (emitCs)
        {
            Write(output, "Journeys.g.cs", System.Text.Encoding.UTF8.GetBytes(result.CSharp));
        }

        Console.Out.WriteLine($"built {Path.Combine(output, assemblyName + ".dll")} ({compilation.GetSemanticModel().Journeys.Length} journeys)");
        return ExitCodes.Success;
    }

    private static void Write(string folder, string file, byte[] bytes)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, file);
            var temporary = path + ".tmp";
            File.WriteAllBytes(temporary, bytes);
            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new UsageException($"{folder}: cannot write the output ({exception.Message})");
        }
    }
}
