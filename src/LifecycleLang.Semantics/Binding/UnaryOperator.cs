namespace LifecycleLang.Semantics.Binding;

public enum UnaryOperator
{
    Not,
    Negate,
}
