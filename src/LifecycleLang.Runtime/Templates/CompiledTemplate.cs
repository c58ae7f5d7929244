using Fluid;

namespace LifecycleLang.Runtime;

/// <summary>A template with its Liquid parts parsed once, at load.</summary>
internal sealed class CompiledTemplate(TemplateDef definition, IReadOnlyDictionary<string, IFluidTemplate> parts)
{
    public TemplateDef Definition { get; } = definition;

    public IReadOnlyDictionary<string, IFluidTemplate> Parts { get; } = parts;
}
