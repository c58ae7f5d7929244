using NodaTime;

namespace LifecycleLang.Runtime;

/// <summary>
/// Score arithmetic (language.md §3, runtime.md §2). Behavioural points are stored as of the last
/// behavioural point; decay is derived: for each full period since then they lose N, never below the
/// floor (0, or min when higher), and points at or below the floor do not decay. The value adds the
/// fit points that hold now and clamps to [min, max].
/// </summary>
internal static class ScoreMath
{
    public static decimal Floor(ScoreModelDef model) => Math.Max(0m, model.Min ?? 0m);

    public static decimal Clamp(ScoreModelDef model, decimal v)
    {
        if (model.Min is { } min && v < min)
        {
            v = min;
        }
        if (model.Max is { } max && v > max)
        {
            v = max;
        }
        return v;
    }

    /// <summary>The behavioural points at <paramref name="now"/>, and when they next decay (null: never).</summary>
    public static (decimal Points, Instant? NextDecay) Behavioural(ScoreModelDef model, ScoreState? state, Instant now)
    {
        if (state is null)
        {
            return (0m, null); // no behavioural point yet (the value is still clamped as a whole)
        }
        var floor = Floor(model);
        if (model.Decay is not { } decay || state.LastPoint is not { } last || state.Points <= floor || decay.Every <= Duration.Zero)
        {
            return (state.Points, null);
        }
        var periods = Math.Max(0L, (now - last).BclCompatibleTicks / decay.Every.BclCompatibleTicks);
        var points = Math.Max(floor, state.Points - decay.Points * periods);
        return (points, points > floor ? last + decay.Every * (periods + 1) : null);
    }

    /// <summary>The value of <c>score M</c>, recording its next decay boundary for refresh timers.</summary>
    public static decimal Value(EvalContext ctx, ScoreModelDef model)
    {
        var (points, next) = Behavioural(model, ctx.ContactState.ScoresOrNull?.GetValueOrDefault(model.Name), ctx.Instant);
        if (next is { } n)
        {
            ctx.Tracker?.Report(n);
        }
        var rules = model.Rules;
        EvalContext? plain = null;
        for (var i = 0; i < rules.Count; i++)
        {
            if (rules[i] is FitScoreRule fit && fit.Condition(plain ??= ctx.WithEvent(null)))
            {
                points += fit.Points;
            }
        }
        return Clamp(model, points);
    }

    /// <summary>Adds a behavioural point (an <c>on</c> rule or a <c>score</c> step): returns the change
    /// applied after clamping. A zero change still restarts the decay period.</summary>
    public static decimal AddPoints(ScoreModelDef model, ContactState contact, decimal delta, Instant now)
    {
        ScoreState? state = null;
        contact.ScoresOrNull?.TryGetValue(model.Name, out state);
        var (before, _) = Behavioural(model, state, now);
        var after = Clamp(model, before + delta);
        if (state is null)
        {
            contact.Scores[model.Name] = new ScoreState { Points = after, LastPoint = now };
        }
        else
        {
            state.Points = after;
            state.LastPoint = now;
        }
        return after - before;
    }
}
