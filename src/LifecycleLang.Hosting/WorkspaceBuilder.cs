using LifecycleLang.Emit;
using LifecycleLang.Semantics;

namespace LifecycleLang.Hosting;

/// <summary>Compiles a checked workspace into a journey assembly (what `lifecycle build` and `simulate` share).</summary>
public static class WorkspaceBuilder
{
    public const string DefaultAssemblyName = "LifecycleJourneys";

    /// <summary>Emits and compiles; call only for a compilation without errors.</summary>
    public static EmitResult Build(Compilation compilation, string sourceRoot, string assemblyName = DefaultAssemblyName) =>
        JourneyEmitter.Emit(compilation, new EmitOptions(assemblyName, RuntimeReferences.All, sourceRoot));
}
