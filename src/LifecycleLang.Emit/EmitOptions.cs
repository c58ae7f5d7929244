namespace LifecycleLang.Emit;

/// <summary>How to compile generated code.</summary>
/// <param name="AssemblyName">The journey assembly's name (also its file name).</param>
/// <param name="References">Paths of the assemblies the generated code compiles against: the runtime
/// library, NodaTime and the framework. The host supplies them; the emitter never loads the runtime.</param>
/// <param name="SourceRoot">Folder that source paths in #line directives and the PDB are made relative to.</param>
public sealed record EmitOptions(string AssemblyName, IReadOnlyList<string> References, string SourceRoot);
