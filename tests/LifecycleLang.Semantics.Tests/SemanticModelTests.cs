using LifecycleLang.Semantics.Binding;
using LifecycleLang.Semantics.Symbols;
using LifecycleLang.Semantics.Types;
using LifecycleLang.Syntax;

namespace LifecycleLang.Semantics.Tests;

/// <summary>The public semantic model the emitter and the language server use.</summary>
public sealed class SemanticModelTests
{
    private const string Source = """
        contact { email: email?, budget: number?, role: Role? }
        enum Role { DecisionMaker, User }
        event form_submitted { form: text, budget: number? }
        event clicked { link: text }
        segment Rich = contact.budget is set and contact.budget > 1000
        template offer email { subject "Hi {{ contact.budget | default: 0 }}" body "x" }
        journey J {
          entry on form_submitted where form == "demo"
          set contact.budget = event.budget ?? 0
          check: if contact.budget > 10 and contact in Rich {
            send email offer
          } else if contact.role == User {
            wait up to 2 days {
              on clicked { exit }
              on clicked where link == "x" { wait 1 day }
              timeout { exit }
            }
          } else {
            wait for clicked up to 1 day else { exit }
          }
          split { A 50% { } B 50% { send email offer } }
        }
        """;

    private static (Compilation Compilation, SemanticModel Model, SyntaxTree Tree) Build()
    {
        var compilation = TestWorkspace.FromSource(Source);
        return (compilation, compilation.GetSemanticModel(), compilation.SyntaxTrees[0]);
    }

    private static int OffsetOf(string text, int occurrence = 1)
    {
        var index = -1;
        for (var i = 0; i < occurrence; i++)
        {
            index = Source.IndexOf(text, index + 1, StringComparison.Ordinal);
        }

        return index;
    }

    [Fact]
    public void ChecksClean()
    {
        var (compilation, _, _) = Build();
        Assert.Empty(compilation.GetDiagnostics());
    }

    [Fact]
    public void SymbolAtFindsFieldsAcrossDeclarationsUsesAndTemplates()
    {
        var (_, model, tree) = Build();
        var budget = model.SymbolAt(tree, OffsetOf("budget: number?") + 2);
        var field = Assert.IsType<FieldSymbol>(budget);
        Assert.True(field.IsContactField);
        Assert.Same(field, model.SymbolAt(tree, OffsetOf("contact.budget > 1000") + "contact.".Length + 1));
        Assert.Same(field, model.SymbolAt(tree, OffsetOf("contact.budget | default") + "contact.".Length));

        var references = model.FindReferences(field);
        Assert.Single(references, r => r.IsDeclaration);
        Assert.Equal(5, references.Count(r => !r.IsDeclaration)); // segment x2, template, set, if
        Assert.Equal(5, model.FindReferences(field, includeDeclaration: false).Length);

        var eventBudget = Assert.IsType<FieldSymbol>(model.SymbolAt(tree, OffsetOf("event.budget") + "event.".Length));
        Assert.Same(model.Symbols.GetEvent("form_submitted"), eventBudget.Container);
        Assert.Same(model.Symbols.GetTemplate("offer"), model.SymbolAt(tree, OffsetOf("send email offer") + "send email ".Length));
        Assert.Same(model.Symbols.GetSegment("Rich"), model.SymbolAt(tree, OffsetOf("contact in Rich") + "contact in ".Length));
        Assert.Null(model.SymbolAt(tree, OffsetOf("journey J") + 2));
    }

    [Fact]
    public void ExpressionsHaveTypesAndMeanings()
    {
        var (_, model, tree) = Build();
        var journey = model.GetJourney("J")!;
        var ifStep = Assert.IsType<BoundIfStep>(journey.Steps[1]);
        var condition = Assert.IsType<BoundBinary>(ifStep.Branches[0].Condition);
        Assert.Equal(BinaryOperator.And, condition.Operator);
        var comparison = Assert.IsType<BoundBinary>(condition.Left);
        var budget = Assert.IsType<BoundFieldAccess>(comparison.Left);
        Assert.True(budget.IsNarrowed); // after `set contact.budget = event.budget ?? 0`
        Assert.Equal(LifecycleType.Number, model.GetType(budget.Syntax));
        Assert.Same(budget.Field, model.GetReferencedSymbol(budget.Syntax));
        Assert.IsType<BoundSegmentTest>(condition.Right);

        var elseIf = Assert.IsType<BoundBinary>(ifStep.Branches[1].Condition);
        var member = Assert.IsType<BoundEnumMember>(elseIf.Right);
        Assert.Equal("Role.User", member.Member.DisplayName);

        var entry = Assert.IsType<BoundEntryOn>(Assert.Single(journey.Entries));
        var where = Assert.IsType<BoundBinary>(entry.Where);
        Assert.True(Assert.IsType<BoundFieldAccess>(where.Left).IsBare);
        Assert.Same(model.Symbols.GetEvent("form_submitted"), journey.StepEvent);
        _ = tree;
    }

    [Fact]
    public void StepsHaveStableIds()
    {
        var (_, model, _) = Build();
        var ids = new List<string>();
        Collect(model.GetJourney("J")!.Steps, ids);
        Assert.Equal(
            [
                "1", "check", "check/then/1", "check/elif1/1", "check/elif1/1/on:clicked/1", "check/elif1/1/on:clicked#2/1",
                "check/elif1/1/timeout/1", "check/else/1", "check/else/1/else/1", "3", "3/B/1",
            ],
            ids);
        Assert.Equal("check", Assert.Single(model.GetJourney("J")!.Labels).Name);
    }

    [Fact]
    public void FactsGiveTheLongestDurationAndDependencies()
    {
        var (_, model, _) = Build();
        var facts = model.GetFacts(model.Symbols.GetJourney("J")!)!;
        Assert.Equal(TimeSpan.FromDays(3), facts.LongestDuration); // the two-day wait, then its one-day arm
        Assert.Equal(facts.LongestDuration, facts.GoalWindow);
        Assert.Equal("3 days", facts.LongestDurationText);
        Assert.Equal(["form_submitted", "clicked"], facts.Events.Select(e => e.Name));
        Assert.Equal(["budget", "role"], facts.ContactFieldsRead.Select(f => f.Name));
        Assert.Equal(["budget"], facts.ContactFieldsWritten.Select(f => f.Name));
        Assert.Equal(["Rich"], facts.Segments.Select(s => s.Name));
        Assert.Equal(["offer"], facts.Templates.Select(t => t.Name));
    }

    [Fact]
    public void EventFieldsInTemplatesAreReferencesWhereTheTemplateIsSent()
    {
        var compilation = TestWorkspace.FromSources(new Dictionary<string, string>
        {
            ["main.journey"] = """
                contact { email: email? }
                event purchase { product: text }
                template thanks email { subject "x" body file "thanks.liquid" }
                journey J { entry on purchase send email thanks send email thanks }
                """,
            ["thanks.liquid"] = "You bought {{ event.product }}.",
        });
        var model = compilation.GetSemanticModel();
        var product = model.Symbols.GetEvent("purchase")!.GetField("product")!;
        var inTemplate = Assert.Single(model.FindReferences(product, includeDeclaration: false));
        Assert.Equal("thanks.liquid", inTemplate.Location.Path);
        Assert.Equal("product", inTemplate.Location.Source.ToString(inTemplate.Location.Span));
        Assert.Same(product, model.SymbolAt("thanks.liquid", "You bought {{ event.p".Length));
    }

    [Fact]
    public void ScopeAtTellsCompletionWhatIsVisible()
    {
        var (_, model, _) = Build();
        var where = model.ScopeAt("main.journey", OffsetOf("form == \"demo\""))!;
        Assert.Equal("form_submitted", where.Event?.Name);
        Assert.True(where.EventFieldsBare);

        var step = model.ScopeAt("main.journey", OffsetOf("contact.budget > 10 and"))!;
        Assert.Equal("form_submitted", step.Event?.Name);
        Assert.False(step.EventFieldsBare);

        var arm = model.ScopeAt("main.journey", OffsetOf("{ wait 1 day }") + 2)!;
        Assert.Equal("clicked", arm.Event?.Name);
        var armWhere = model.ScopeAt("main.journey", OffsetOf("link == \"x\""))!;
        Assert.True(armWhere.EventFieldsBare);

        var segment = model.ScopeAt("main.journey", OffsetOf("contact.budget is set"))!;
        Assert.Null(segment.Event);
        Assert.Null(model.ScopeAt("main.journey", 0));
    }

    [Fact]
    public void DeclarationsMapToSymbols()
    {
        var (_, model, tree) = Build();
        var journeySyntax = tree.Root.Declarations.OfType<JourneyDeclarationSyntax>().Single();
        Assert.Same(model.Symbols.GetJourney("J"), model.GetDeclaredSymbol(journeySyntax));
        Assert.Contains(model.DeclaredSymbols, s => s is EnumMemberSymbol { Name: "DecisionMaker" });
        Assert.Contains(model.DeclaredSymbols, s => s is LabelSymbol { Name: "check" });
        Assert.Equal(["id", "email", "budget", "role"], model.Symbols.Contact.Fields.Select(f => f.Name));
        Assert.Equal("email", model.Symbols.Contact.EmailAddressField?.Name);
    }

    private static void Collect(IEnumerable<BoundStep> steps, List<string> ids)
    {
        foreach (var step in steps)
        {
            ids.Add(step.Id);
            switch (step)
            {
                case BoundIfStep s:
                    foreach (var branch in s.Branches)
                    {
                        Collect(branch.Steps, ids);
                    }

                    Collect(s.Else, ids);
                    break;
                case BoundWaitArmsStep s:
                    foreach (var arm in s.Arms)
                    {
                        Collect(arm.Steps, ids);
                    }

                    Collect(s.TimeoutSteps, ids);
                    break;
                case BoundWaitForStep s:
                    Collect(s.Else, ids);
                    break;
                case BoundSplitStep s:
                    foreach (var arm in s.Arms)
                    {
                        Collect(arm.Steps, ids);
                    }

                    break;
            }
        }
    }
}
