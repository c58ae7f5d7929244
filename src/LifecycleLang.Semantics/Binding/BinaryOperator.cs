namespace LifecycleLang.Semantics.Binding;

public enum BinaryOperator
{
    Or,
    And,
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Contains,
    StartsWith,
    EndsWith,
    Coalesce,
    Add,
    Subtract,
    Multiply,
    Divide,
}
