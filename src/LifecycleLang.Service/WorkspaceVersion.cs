using System.Security.Cryptography;

namespace LifecycleLang.Service;

/// <summary>
/// Which journeys wrote a store: a hash of the compiled journey assembly. The emitter is
/// deterministic, so the same workspace (and compiler) always gives the same version, whether it was
/// compiled in memory by <c>lifecycle run PATH</c> or built by <c>lifecycle build</c> from the same folder.
/// A different runtime build changes it too (the PDB id names the referenced assemblies' ids).
/// </summary>
public static class WorkspaceVersion
{
    public static string Of(byte[] assembly) => "sha256:" + Convert.ToHexStringLower(SHA256.HashData(assembly))[..16];
}
