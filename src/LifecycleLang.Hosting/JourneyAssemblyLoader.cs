using System.Reflection;
using System.Runtime.Loader;
using LifecycleLang.Runtime;

namespace LifecycleLang.Hosting;

/// <summary>
/// Loads a journey assembly into its own load context (so several can be loaded in one process) while
/// sharing the host's runtime and NodaTime, then asks its <see cref="IWorkspaceProvider"/> for the workspace.
/// </summary>
public static class JourneyAssemblyLoader
{
    public static WorkspaceDef Load(byte[] assembly, byte[]? pdb = null)
    {
        var context = new AssemblyLoadContext("journeys", isCollectible: true);
        using var image = new MemoryStream(assembly);
        using var symbols = pdb is null ? null : new MemoryStream(pdb);
        return CreateWorkspace(context.LoadFromStream(image, symbols));
    }

    /// <exception cref="JourneyAssemblyException">The file is not a journey assembly built by `lifecycle build`.</exception>
    public static WorkspaceDef LoadFile(string path) => LoadFileWithImage(path).Workspace;

    /// <summary>Loads the assembly file (and its PDB beside it) and also returns its bytes, which the
    /// service hashes to know which version of the journeys wrote a store.</summary>
    /// <exception cref="JourneyAssemblyException">The file is not a journey assembly built by `lifecycle build`.</exception>
    public static (WorkspaceDef Workspace, byte[] Image) LoadFileWithImage(string path)
    {
        byte[] image;
        try
        {
            image = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new JourneyAssemblyException($"{path}: cannot read the assembly ({exception.Message})");
        }

        var pdbPath = Path.ChangeExtension(path, ".pdb");
        var pdb = File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null;
        try
        {
            return (Load(image, pdb), image);
        }
        catch (BadImageFormatException)
        {
            throw new JourneyAssemblyException($"{path}: not a .NET assembly; give the .dll written by 'lifecycle build'");
        }
    }

    private static WorkspaceDef CreateWorkspace(Assembly assembly)
    {
        var provider = assembly.GetExportedTypes()
            .FirstOrDefault(t => typeof(IWorkspaceProvider).IsAssignableFrom(t) && !t.IsAbstract)
            ?? throw new JourneyAssemblyException($"{assembly.GetName().Name}: no journey workspace in this assembly; build it with 'lifecycle build'");
        return ((IWorkspaceProvider)Activator.CreateInstance(provider)!).CreateWorkspace();
    }
}
