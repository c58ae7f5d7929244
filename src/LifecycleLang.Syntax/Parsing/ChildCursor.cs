using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace LifecycleLang.Syntax.Parsing;

/// <summary>
/// Walks a parse-tree node's children left to right. Reading children in order (instead of through
/// ANTLR's typed accessors) keeps token consumption in source order, which the trivia attachment in
/// <see cref="SyntaxTreeBuilder"/> relies on. Error nodes are passed over: tokens that recovery skipped
/// become trivia of the next token, and tokens recovery invented become missing tokens.
/// </summary>
internal sealed class ChildCursor
{
    private readonly List<IParseTree> _children;
    private int _index;

    public ChildCursor(ParserRuleContext? context)
    {
        _children = context?.children?.Where(c => c is not IErrorNode).ToList() ?? [];
    }

    private IParseTree? Current => _index < _children.Count ? _children[_index] : null;

    public IToken? TakeToken(params int[] types)
    {
        if (Current is ITerminalNode terminal && types.Contains(terminal.Symbol.Type))
        {
            _index++;
            return terminal.Symbol;
        }

        return null;
    }

    public bool At(params int[] types) => Current is ITerminalNode terminal && types.Contains(terminal.Symbol.Type);

    public T? Take<T>()
        where T : ParserRuleContext
    {
        if (Current is T rule)
        {
            _index++;
            return rule;
        }

        return null;
    }

    public bool At<T>()
        where T : ParserRuleContext => Current is T;

    public IEnumerable<T> TakeAll<T>()
        where T : ParserRuleContext
    {
        while (Current is T rule)
        {
            _index++;
            yield return rule;
        }
    }

    /// <summary>Takes the next child whatever it is (used where the grammar allows alternatives).</summary>
    public IParseTree? TakeAny() => _index < _children.Count ? _children[_index++] : null;
}
