using Fluid;

namespace LifecycleLang.Runtime;

/// <summary>A template with its Liquid parts parsed once, at load. A part without any Liquid tag or
/// output (<c>{{</c>, <c>{%</c>) renders the same whatever the contact: it is rendered once, on first use.</summary>
internal sealed class CompiledTemplate(TemplateDef definition, IReadOnlyDictionary<string, IFluidTemplate> parts)
{
    public TemplateDef Definition { get; } = definition;

    public IReadOnlyDictionary<string, IFluidTemplate> Parts { get; } = parts;

    /// <summary>The parts in declaration order, with whether each is free of Liquid markup.</summary>
    public (string Name, IFluidTemplate Template, bool Constant)[] Ordered { get; } = parts
        .Select(p => (p.Key, p.Value, IsConstant(definition.Parts.GetValueOrDefault(p.Key))))
        .ToArray();

    private static bool IsConstant(string? source) =>
        source is not null && !source.Contains("{{", StringComparison.Ordinal) && !source.Contains("{%", StringComparison.Ordinal);
}
