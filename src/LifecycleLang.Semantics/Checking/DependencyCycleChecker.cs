using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Syntax.Diagnostics;

namespace LifecycleLang.Semantics.Checking;

/// <summary>
/// Segments and score models form one dependency graph (`contact in S`, `score M`, also inside score
/// rules); any cycle is an error (language.md §3). Each member of a cycle gets the error at its name,
/// with the path, so it is seen from whichever declaration one reads.
/// </summary>
internal sealed class DependencyCycleChecker(
    WorkspaceSymbols symbols,
    IReadOnlyDictionary<Symbol, List<Binder.Dependency>> dependencies,
    DiagnosticBag diagnostics)
{
    private readonly Dictionary<Symbol, int> _index = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Symbol, int> _low = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<Symbol> _onStack = new(ReferenceEqualityComparer.Instance);
    private readonly Stack<Symbol> _stack = new();
    private readonly List<List<Symbol>> _components = [];
    private int _next;

    public void Check()
    {
        // Tarjan's strongly connected components, in declaration order so reports are stable.
        foreach (var node in Nodes())
        {
            if (!_index.ContainsKey(node))
            {
                Connect(node);
            }
        }

        foreach (var component in _components)
        {
            var members = new HashSet<Symbol>(component, ReferenceEqualityComparer.Instance);
            if (component.Count == 1 && !Targets(component[0]).Any(t => ReferenceEquals(t, component[0])))
            {
                continue;
            }

            foreach (var member in component)
            {
                if (member.Location is not { } location)
                {
                    continue;
                }

                var path = string.Join(" → ", PathBack(member, members).Select(s => s.Name));
                diagnostics.Report(DiagnosticCatalog.DependencyCycle, location.Source, location.Span,
                    member is SegmentSymbol ? "segment" : "score model", member.Name, path);
            }
        }
    }

    private IEnumerable<Symbol> Nodes() => symbols.Segments.Cast<Symbol>().Concat(symbols.ScoreModels);

    private IEnumerable<Symbol> Targets(Symbol node) =>
        dependencies.TryGetValue(node, out var list) ? list.Select(d => d.Target) : [];

    private void Connect(Symbol node)
    {
        _index[node] = _low[node] = _next++;
        _stack.Push(node);
        _onStack.Add(node);
        foreach (var target in Targets(node))
        {
            if (!_index.ContainsKey(target))
            {
                Connect(target);
                _low[node] = Math.Min(_low[node], _low[target]);
            }
            else if (_onStack.Contains(target))
            {
                _low[node] = Math.Min(_low[node], _index[target]);
            }
        }

        if (_low[node] == _index[node])
        {
            var component = new List<Symbol>();
            Symbol member;
            do
            {
                member = _stack.Pop();
                _onStack.Remove(member);
                component.Add(member);
            }
            while (!ReferenceEquals(member, node));

            component.Reverse();
            _components.Add(component);
        }
    }

    /// <summary>The shortest path from a member back to itself inside its component: [A, B, A].</summary>
    private List<Symbol> PathBack(Symbol start, HashSet<Symbol> members)
    {
        var previous = new Dictionary<Symbol, Symbol>(ReferenceEqualityComparer.Instance);
        var queue = new Queue<Symbol>();
        queue.Enqueue(start);
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            foreach (var target in Targets(node))
            {
                if (!members.Contains(target))
                {
                    continue;
                }

                if (ReferenceEquals(target, start))
                {
                    var path = new List<Symbol> { node };
                    for (var at = node; !ReferenceEquals(at, start); at = previous[at])
                    {
                        path.Insert(0, previous[at]);
                    }

                    path.Add(start);
                    return path;
                }

                if (previous.TryAdd(target, node))
                {
                    queue.Enqueue(target);
                }
            }
        }

        return [start, start];
    }
}
