namespace LifecycleLang.Runtime;

/// <summary>
/// The entry point of a compiled journey assembly: `lifecycle build` generates exactly one public class
/// implementing it, and hosts (simulator, service) find it by reflection and ask for the definition.
/// </summary>
public interface IWorkspaceProvider
{
    /// <summary>Builds the workspace definition (plain data and delegates; cheap, call once).</summary>
    WorkspaceDef CreateWorkspace();
}
