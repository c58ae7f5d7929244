namespace LifecycleLang.Semantics.Symbols;

public enum SymbolKind
{
    Contact,
    Field,
    Event,
    Enum,
    EnumMember,
    Funnel,
    Stage,
    Segment,
    ScoreModel,
    Template,
    Journey,
    Label,
    Settings,
}
