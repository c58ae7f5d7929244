using System.Collections.Immutable;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Symbols;

/// <summary>The workspace `settings` block, with defaults when it is absent (time zone UTC, no quiet hours, no caps).</summary>
public sealed class WorkspaceSettings : Symbol
{
    internal WorkspaceSettings(SourceLocation? location, SettingsDeclarationSyntax? syntax)
        : base("settings", location)
    {
        Syntax = syntax;
    }

    public override SymbolKind Kind => SymbolKind.Settings;

    public SettingsDeclarationSyntax? Syntax { get; }

    /// <summary>The IANA zone for contacts without one; "UTC" by default.</summary>
    public string TimeZone { get; internal set; } = "UTC";

    public QuietHours? QuietHours { get; internal set; }

    public ImmutableArray<FrequencyCap> Caps { get; internal set; } = [];
}
