using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using Microsoft.CodeAnalysis.Text;

namespace LifecycleLang.Emit;

/// <summary>
/// Generates C# for a checked workspace and compiles it in memory with Roslyn into one deterministic
/// assembly with a portable PDB whose sequence points map to .journey lines.
/// </summary>
public static class JourneyEmitter
{
    public const string GeneratedFileName = "Journeys.g.cs";

    public static EmitResult Emit(LifecycleLang.Semantics.Compilation compilation, EmitOptions options)
    {
        var csharp = CSharpGenerator.Generate(compilation.GetSemanticModel(), options.SourceRoot);
        return Compile(csharp, options);
    }

    public static EmitResult Compile(string csharp, EmitOptions options)
    {
        var parseOptions = new CSharpParseOptions(LanguageVersion.CSharp12);
        var text = SourceText.From(csharp, Encoding.UTF8);
        var tree = CSharpSyntaxTree.ParseText(text, parseOptions, path: GeneratedFileName);
        var compilationOptions = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable)
            .WithOptimizationLevel(OptimizationLevel.Release)
            .WithDeterministic(true)
            .WithGeneralDiagnosticOption(ReportDiagnostic.Error)
            .WithConcurrentBuild(false);
        var references = options.References.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(path => MetadataReference.CreateFromFile(path));
        var roslyn = CSharpCompilation.Create(options.AssemblyName, [tree], references, compilationOptions);

        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        var emitOptions = new Microsoft.CodeAnalysis.Emit.EmitOptions(
            debugInformationFormat: DebugInformationFormat.PortablePdb,
            pdbFilePath: options.AssemblyName + ".pdb");
        var embedded = new[] { EmbeddedText.FromSource(GeneratedFileName, text) };
        var result = roslyn.Emit(assembly, pdb, options: emitOptions, embeddedTexts: embedded);

        var errors = result.Diagnostics
            .Where(d => d.Severity is DiagnosticSeverity.Error or DiagnosticSeverity.Warning)
            .Select(ToError)
            .ToImmutableArray();
        return result.Success && errors.IsEmpty
            ? new EmitResult(csharp, assembly.ToArray(), pdb.ToArray(), [])
            : new EmitResult(csharp, null, null, errors);
    }

    private static GeneratedCodeError ToError(Diagnostic diagnostic)
    {
        // GetMappedLineSpan follows the #line directives back to the .journey file.
        var span = diagnostic.Location.GetMappedLineSpan();
        var path = string.IsNullOrEmpty(span.Path) ? GeneratedFileName : span.Path;
        return new GeneratedCodeError(path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, diagnostic.Id,
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }
}
