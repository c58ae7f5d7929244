using System.Collections.Immutable;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>A message template: its channel, parts, and the contact and event fields its Liquid uses.</summary>
public sealed class TemplateSymbol : Symbol
{
    internal TemplateSymbol(string name, SourceLocation location, TemplateDeclarationSyntax syntax)
        : base(name, location)
    {
        Syntax = syntax;
    }

    public override SymbolKind Kind => SymbolKind.Template;

    public TemplateDeclarationSyntax Syntax { get; }

    /// <summary>Null when the channel name is not one of email, sms, push, webhook (reported).</summary>
    public Channel? Channel { get; internal set; }

    public ImmutableArray<TemplatePart> Parts { get; internal set; } = [];

    /// <summary>The webhook method (`POST` when not written); null for other channels.</summary>
    public string? Method { get; internal set; }

    /// <summary>Declared contact fields its Liquid reads (`contact.X`).</summary>
    public ImmutableArray<FieldSymbol> ContactFields { get; internal set; } = [];

    /// <summary>Names X of every `event.X` its Liquid reads; checked at each send against the event in scope there.</summary>
    public ImmutableArray<string> EventFields { get; internal set; } = [];

    public TemplatePart? GetPart(string name)
    {
        foreach (var part in Parts)
        {
            if (part.Name == name)
            {
                return part;
            }
        }

        return null;
    }
}
