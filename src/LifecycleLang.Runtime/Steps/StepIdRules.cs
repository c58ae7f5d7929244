using System.Globalization;

namespace LifecycleLang.Runtime;

/// <summary>
/// The naming rules of step ids (runtime.md §5), written down once. The runtime applies them to its
/// definition model (<c>StepIds</c>); the compiler's binder applies them while it binds the syntax tree, and
/// the emitter writes the resulting ids into the generated code. This file is owned by the runtime and also
/// compiled into LifecycleLang.Semantics (a linked source file), because neither may reference the other:
/// see docs/decisions/compiler-and-simulator.md. Keep it self-contained: strings in, strings out.
/// </summary>
internal static class StepIdRules
{
    /// <summary>The segment of an <c>if</c>'s <c>else</c> block and of a <c>wait for</c>'s <c>else</c> block.</summary>
    public const string Else = "else";

    /// <summary>The segment of a multi-arm wait's <c>timeout</c> block.</summary>
    public const string Timeout = "timeout";

    /// <summary>The id of the index-th step (0-based) of a block: its label if it has one, else the block's
    /// prefix ("" at top level, else from <see cref="BlockPrefix"/>) and the 1-based index.</summary>
    public static string Id(string blockPrefix, int index, string? label) =>
        label ?? blockPrefix + (index + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>The prefix of the steps of a nested block: the owning step's id (its label, if any, so the
    /// steps inside continue from the label) and the block's segment, e.g. <c>4/then/</c>.</summary>
    public static string BlockPrefix(string ownerId, string segment) => ownerId + "/" + segment + "/";

    /// <summary>The segment of an <c>if</c>'s k-th branch (0-based): <c>then</c>, then <c>elif1</c>, <c>elif2</c>, …</summary>
    public static string Branch(int k) => k == 0 ? "then" : "elif" + k.ToString(CultureInfo.InvariantCulture);

    /// <summary>The segments of a multi-arm wait's <c>on</c> arms, given their events in source order:
    /// <c>on:E</c>, then <c>on:E#2</c>, <c>on:E#3</c> for further arms on the same event.</summary>
    public static string[] OnArms(IReadOnlyList<string> events)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var result = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var n = seen.TryGetValue(events[i], out var c) ? c + 1 : 1;
            seen[events[i]] = n;
            result[i] = n == 1 ? "on:" + events[i] : "on:" + events[i] + "#" + n.ToString(CultureInfo.InvariantCulture);
        }
        return result;
    }

    /// <summary>The segment of a split arm: its name.</summary>
    public static string SplitArm(string name) => name;
}
