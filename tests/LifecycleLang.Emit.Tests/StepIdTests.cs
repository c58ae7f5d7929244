using LifecycleLang.Runtime;

namespace LifecycleLang.Emit.Tests;

/// <summary>
/// Step ids (runtime.md §5) have one set of rules, <c>StepIdRules</c>, applied by the binder to the syntax tree
/// (the ids the emitter writes) and by the runtime to hand-built definitions (<see cref="StepIds.Assign"/>).
/// The two walks must agree on every construct: emitted ids equal the ids the runtime would give the same tree.
/// </summary>
public sealed class StepIdTests
{
    private const string Source = """
        settings { timezone "Europe/Berlin" }
        contact { email: email?, budget: number? }
        event form_submitted { form: text }
        event clicked { link: text }
        event bought { }
        score engagement { +1 on clicked }
        template offer email { subject "Hi" body "x" }
        journey J {
          entry on form_submitted
          send email offer
          check: if contact.budget ?? 0 > 10 {
            send email offer
            inner: wait for clicked up to 1 day else {
              send email offer
            }
          } else if contact.budget ?? 0 > 5 {
            wait up to 2 days {
              on clicked { send email offer }
              on bought { exit }
              on clicked where link == "x" { score engagement +2 }
              on clicked { wait 1 hour }
              timeout { send email offer }
            }
          } else if contact.budget is set {
            wait 1 day
          } else {
            wait for clicked up to 1 day else { exit }
          }
          split {
            A 50% { }
            B 50% { later: wait 2 hours  send email offer }
          }
          wait until 09:00 local
          set contact.budget = 1
        }
        """;

    [Fact]
    public void Emitted_ids_are_the_ids_the_runtime_assigns()
    {
        var compilation = CompiledWorkspace.CheckSource(Source);
        var journey = Assert.Single(CompiledWorkspace.Load(compilation).Journeys);

        var emitted = Ids(journey.Steps).ToList();
        Assert.Equal(emitted, Ids(StepIds.Assign(journey.Steps)));
        Assert.Equal(
            [
                "1", "check", "check/then/1", "inner", "inner/else/1",
                "check/elif1/1", "check/elif1/1/on:clicked/1", "check/elif1/1/on:bought/1", "check/elif1/1/on:clicked#2/1",
                "check/elif1/1/on:clicked#3/1", "check/elif1/1/timeout/1",
                "check/elif2/1", "check/else/1", "check/else/1/else/1",
                "3", "later", "3/B/2", "4", "5",
            ],
            emitted);
    }

    private static IEnumerable<string> Ids(IReadOnlyList<Step> steps) =>
        steps.SelectMany(s => StepIds.BlocksOf(s).SelectMany(b => Ids(b.Steps)).Prepend(s.Id));
}
