using System.Collections.Immutable;

namespace LifecycleLang.Emit;

/// <summary>The generated C#, and the compiled assembly and portable PDB when Roslyn succeeded.</summary>
public sealed record EmitResult(string CSharp, byte[]? Assembly, byte[]? Pdb, ImmutableArray<GeneratedCodeError> Errors)
{
    public bool Success => Assembly is not null && Errors.IsEmpty;
}
