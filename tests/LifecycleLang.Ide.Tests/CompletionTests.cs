using LifecycleLang.Ide.Features;

namespace LifecycleLang.Ide.Tests;

public class CompletionTests
{
    private static CompletionList Complete(string markup, bool withSchema = true, bool staleModel = false)
    {
        var ws = new TestWorkspace(markup, withSchema);
        var snapshot = ws.Snapshot;
        var model = snapshot.Model;
        if (staleModel)
        {
            // The model of an older text: names still resolve by name.
            var older = new TestWorkspace(markup.Replace("|", string.Empty, StringComparison.Ordinal) + "\n", withSchema);
            model = older.Snapshot.Model;
        }

        return Completion.GetCompletions(snapshot, TestWorkspace.MainPath, ws.Cursor, model);
    }

    private static void AssertHas(CompletionList list, params string[] labels)
    {
        foreach (var label in labels)
        {
            Assert.True(list.Labels.Contains(label), $"expected '{label}' in [{string.Join(", ", list.Labels)}]");
        }
    }

    private static void AssertLacks(CompletionList list, params string[] labels)
    {
        foreach (var label in labels)
        {
            Assert.False(list.Labels.Contains(label), $"did not expect '{label}' in [{string.Join(", ", list.Labels)}]");
        }
    }

    [Fact]
    public void Declaration_keywords_at_the_top_level()
    {
        var list = Complete("|");
        AssertHas(list, "journey", "segment", "template", "event", "contact", "enum", "funnel", "score", "settings");
        AssertLacks(list, "send", "wait");
    }

    [Fact]
    public void Contact_fields_after_contact_dot()
    {
        var list = Complete("segment S = contact.|");
        AssertHas(list, "id", "email", "first_name", "budget", "role");
        Assert.Equal(CompletionKind.Field, list.Items.First(i => i.Label == "budget").Kind);
        Assert.Equal("number?", list.Items.First(i => i.Label == "budget").Detail);
    }

    [Fact]
    public void Contact_fields_replace_the_word_being_typed()
    {
        var ws = new TestWorkspace("segment S = contact.bu|");
        var list = Completion.GetCompletions(ws.Snapshot, TestWorkspace.MainPath, ws.Cursor, ws.Snapshot.Model);
        AssertHas(list, "budget");
        Assert.Equal("bu", ws.Markup.Text.Substring(list.ReplaceSpan.Start, list.ReplaceSpan.Length));
    }

    [Fact]
    public void Event_fields_after_event_dot_in_the_steps_of_a_journey_entered_by_one_event()
    {
        var list = Complete("""
            journey J {
              entry on form_submitted
              set contact.budget = event.|
            }
            """);
        AssertHas(list, "form", "budget");
        AssertLacks(list, "url", "amount");
    }

    [Fact]
    public void Bare_event_fields_inside_a_where()
    {
        var list = Complete("""
            journey J {
              entry on form_submitted where |
            }
            """);
        AssertHas(list, "form", "budget", "contact", "not", "count");
        AssertLacks(list, "url");
    }

    [Fact]
    public void Bare_event_fields_inside_a_count_filter_without_contact()
    {
        var list = Complete("segment S = count(page_visited where | within 7 days) > 1");
        AssertHas(list, "url");
        AssertLacks(list, "contact", "score");
    }

    [Fact]
    public void Templates_of_the_channel_after_send()
    {
        var email = Complete("""
            journey J {
              entry on form_submitted
              send email |
            }
            """);
        AssertHas(email, "offer");
        AssertLacks(email, "reminder", "lead");

        var sms = Complete("""
            journey J {
              entry on form_submitted
              send sms |
            }
            """);
        AssertHas(sms, "reminder");
        AssertLacks(sms, "offer");
    }

    [Fact]
    public void Channels_after_send()
    {
        var list = Complete("""
            journey J {
              entry on form_submitted
              send |
            }
            """);
        AssertHas(list, "email", "sms", "push", "webhook");
    }

    [Fact]
    public void Stages_of_the_funnel_after_stage()
    {
        var list = Complete("""
            journey J {
              entry on form_submitted
              stage |
            }
            """);
        AssertHas(list, "Attract", "Capture", "Convert");
        Assert.Equal(CompletionKind.Stage, list.Items[0].Kind);
    }

    [Fact]
    public void Enum_members_where_the_expected_type_is_an_enum()
    {
        var list = Complete("segment S = contact.role == |");
        Assert.Equal("DecisionMaker", list.Items[0].Label);
        AssertHas(list, "Influencer", "User");

        var set = Complete("""
            journey J {
              entry on form_submitted
              set contact.role = |
            }
            """);
        AssertHas(set, "DecisionMaker", "User");

        var inList = Complete("segment S = contact.role in [ DecisionMaker, | ]");
        AssertHas(inList, "Influencer");
    }

    [Fact]
    public void Enum_members_after_the_enum_name_and_a_dot()
    {
        AssertHas(Complete("segment S = Role.|"), "DecisionMaker", "Influencer", "User");
    }

    [Fact]
    public void Segments_after_contact_in()
    {
        var list = Complete("segment S = contact in |");
        AssertHas(list, "DecisionMakers", "Pricing");
        Assert.All(list.Items, i => Assert.Equal(CompletionKind.Segment, i.Kind));
    }

    [Fact]
    public void Score_models_after_score()
    {
        AssertHas(Complete("segment S = score |"), "engagement");
        AssertHas(Complete("""
            journey J {
              entry on form_submitted
              score |
            }
            """), "engagement");
    }

    [Fact]
    public void Events_after_on_for_goal_and_count()
    {
        AssertHas(Complete("journey J {\n  entry on |\n}"), "form_submitted", "page_visited", "message_opened", "stage_sla_breached");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  exit on |\n}"), "purchase_completed");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  goal |\n}"), "purchase_completed");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  wait for | up to 3 days\n}"), "message_clicked");
        AssertHas(Complete("segment S = count(|"), "page_visited");
        AssertHas(Complete("score s {\n  +5 on |\n}"), "page_visited");
    }

    [Fact]
    public void Journey_clause_and_step_keywords_at_the_start_of_a_line()
    {
        var start = Complete("journey J {\n  |\n}");
        AssertHas(start, "entry", "exit", "goal", "funnel", "reentry", "holdout", "quiet", "send", "wait", "if", "stage");
        AssertLacks(start, "journey", "contact.");

        var afterStep = Complete("journey J {\n  entry on form_submitted\n  send email offer\n  |\n}");
        AssertHas(afterStep, "send", "wait", "split", "set", "exit");
        AssertLacks(afterStep, "entry", "goal");

        var inBlock = Complete("journey J {\n  entry on form_submitted\n  if contact.is_customer {\n    |\n  }\n}");
        AssertHas(inBlock, "send", "wait");
        AssertLacks(inBlock, "entry");

        var arms = Complete("journey J {\n  entry on form_submitted\n  wait up to 3 days {\n    |\n  }\n}");
        AssertHas(arms, "on", "timeout");
        AssertLacks(arms, "send");
    }

    [Fact]
    public void Keywords_that_follow_a_keyword()
    {
        AssertHas(Complete("journey J {\n  entry |\n}"), "on", "when", "at");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  reentry |\n}"), "never", "always", "after");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  wait |\n}"), "for", "until", "up");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  wait 3 |\n}"), "days", "hours");
        AssertHas(Complete("journey J {\n  entry on form_submitted |\n}"), "where");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  goal purchase_completed |\n}"), "where", "within");
    }

    [Fact]
    public void Keywords_that_continue_a_step_or_clause()
    {
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  wait for message_clicked where template == offer up to 3 days |\n}"), "else");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  if contact.is_customer { exit } |\n}"), "else");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  if contact.is_customer { exit } else |\n}"), "if");
        AssertHas(Complete("journey J {\n  entry on form_submitted\n  wait until 09:00 |\n}"), "local");
        AssertHas(Complete("journey J {\n  entry at \"2026-11-27T09:00\" |\n}"), "local", "when");
        AssertHas(Complete("settings {\n  quiet hours 21:00 |\n}", withSchema: false), "to");
    }

    [Fact]
    public void Operators_after_an_operand()
    {
        var list = Complete("segment S = contact.budget |");
        AssertHas(list, "and", "or", "is", "in", "contains");
        AssertHas(Complete("segment S = contact.budget is |"), "set", "not");
        AssertHas(Complete("segment S = contact.budget ?? 0 > 3\n|"), "and", "or", "journey", "segment");
    }

    [Fact]
    public void Declaration_bodies()
    {
        AssertHas(Complete("contact {\n  age: |\n}", withSchema: false), "int", "text", "number", "list");
        AssertHas(Complete("settings {\n  |\n}", withSchema: false), "timezone", "quiet", "cap");
        AssertHas(Complete("template t email {\n  |\n}"), "subject", "body", "from");
        AssertLacks(Complete("template t sms {\n  |\n}"), "subject");
        AssertHas(Complete("template t webhook {\n  method |\n}"), "POST", "GET");
        AssertHas(Complete("template t |"), "email", "sms", "push", "webhook");
        AssertHas(Complete("funnel F {\n  |\n}"), "stage");
        AssertHas(Complete("funnel F {\n  stage A |\n}"), "owner", "sla");
        AssertHas(Complete("score s {\n  |\n}"), "decay", "min", "max");
        AssertHas(Complete("score s {\n  +5 |\n}"), "on", "when");
    }

    [Fact]
    public void Nothing_inside_comments_and_plain_strings()
    {
        Assert.Empty(Complete("// send |").Items);
        Assert.Empty(Complete("segment S = contact.email == \"a |\"").Items);
    }

    [Fact]
    public void Contact_fields_inside_liquid_of_a_template()
    {
        AssertHas(Complete("template t email {\n  subject \"Hi {{ contact.|\"\n  body \"x\"\n}"), "first_name", "email");
    }

    [Fact]
    public void Works_on_broken_code_with_a_stale_model()
    {
        var list = Complete("""
            journey J {
              entry on form_submitted where form ==
              send email |
            """, staleModel: true);
        AssertHas(list, "offer");

        var fields = Complete("""
            journey J {
              entry on form_submitted
              if contact.|
            }
            journey K {
            """, staleModel: true);
        AssertHas(fields, "budget", "first_name");
    }

    [Fact]
    public void Names_broken_by_the_text_being_typed_come_from_the_last_good_model()
    {
        var ws = new TestWorkspace("segment S = contact.|");
        var workspace = ws.Workspace;
        var good = workspace.Current;
        workspace.ModelComputed(good);
        Assert.Null(workspace.LastGoodModel); // main.journey ends in `contact.`: not good

        workspace.Change(TestWorkspace.MainPath, [Ide.Workspace.TextChange.Full("segment S = contact.first_name is set")], 2);
        workspace.ModelComputed(workspace.Current);
        Assert.NotNull(workspace.LastGoodModel);

        // The contact block is broken (`contac`): the current model has only `id`, the last good one the fields.
        workspace.Change(TestWorkspace.SchemaPath, [Ide.Workspace.TextChange.Full(TestWorkspace.Schema.Replace("contact {", "contac {", StringComparison.Ordinal))], 2);
        var broken = workspace.Change(TestWorkspace.MainPath, [Ide.Workspace.TextChange.Full("segment S = contact.")], 3);
        workspace.ModelComputed(broken);
        Assert.Equal(["id"], Completion.GetCompletions(broken, TestWorkspace.MainPath, 20, broken.Model).Labels);
        var list = Completion.GetCompletions(broken, TestWorkspace.MainPath, 20, workspace.AvailableModel(), workspace.LastGoodModel?.Model);
        Assert.Contains("first_name", list.Labels);
        Assert.Contains("budget", list.Labels);
    }

    [Fact]
    public void Works_before_the_first_check_without_names()
    {
        var ws = new TestWorkspace("journey J {\n  |\n}");
        var list = Completion.GetCompletions(ws.Snapshot, TestWorkspace.MainPath, ws.Cursor, model: null);
        AssertHas(list, "entry", "send");
    }
}

public class CompletionScopeTests
{
    private static IReadOnlyList<string> Labels(string markup)
    {
        var ws = new TestWorkspace(markup);
        return [.. Completion.GetCompletions(ws.Snapshot, TestWorkspace.MainPath, ws.Cursor, ws.Snapshot.Model).Labels];
    }

    [Fact]
    public void Event_dot_in_a_where_is_that_event()
    {
        var labels = Labels("journey J {\n  entry on form_submitted\n  wait for purchase_completed where event.| up to 3 days\n}");
        Assert.Contains("amount", labels);
        Assert.DoesNotContain("form", labels);
    }

    [Fact]
    public void Event_dot_in_an_on_arm_is_the_arm_event()
    {
        var labels = Labels("""
            journey J {
              entry on form_submitted
              wait up to 3 days {
                on purchase_completed { set contact.budget = event.| }
              }
            }
            """);
        Assert.Contains("amount", labels);
        Assert.DoesNotContain("form", labels);
    }

    [Fact]
    public void No_event_fields_where_no_event_is_in_scope()
    {
        var labels = Labels("journey J {\n  entry when contact.is_customer\n  set contact.budget = event.|\n}");
        Assert.Empty(labels);
        Assert.DoesNotContain("event", Labels("segment S = |"));
    }

    [Fact]
    public void Set_offers_contact_fields()
    {
        Assert.Equal(["contact"], Labels("journey J {\n  entry on form_submitted\n  set |\n}"));
        Assert.Contains("tags", Labels("journey J {\n  entry on form_submitted\n  set contact.|\n}"));
    }

    [Fact]
    public void Describe_finds_the_symbol_of_a_proposal_again()
    {
        var ws = new TestWorkspace("segment S = contact.|");
        var model = ws.Snapshot.Model;
        var item = Completion.GetCompletions(ws.Snapshot, TestWorkspace.MainPath, ws.Cursor, model).Items.First(i => i.Label == "first_name");
        var doc = Completion.Describe(model, item.Kind, item.Label, item.Container);
        Assert.Contains("The first name, when the contact gave one.", doc, StringComparison.Ordinal);
        Assert.Contains("form_submitted.budget: number?", Completion.Describe(model, CompletionKind.Field, "budget", "form_submitted"), StringComparison.Ordinal);
        Assert.Contains("stage 3 of 3", Completion.Describe(model, CompletionKind.Stage, "Convert", "B2B"), StringComparison.Ordinal);
        Assert.Null(Completion.Describe(model, CompletionKind.Keyword, "wait", null));
    }

    [Fact]
    public void Templates_where_a_template_is_expected()
    {
        var labels = Labels("journey J {\n  entry on form_submitted\n  wait for message_clicked where template == | up to 1 day\n}");
        Assert.Contains("offer", labels);
        Assert.Contains("reminder", labels);
    }

    [Fact]
    public void Channel_members_where_a_channel_is_expected()
    {
        var labels = Labels("journey J {\n  entry on message_bounced where channel == |\n}");
        Assert.Equal(["email", "sms", "push", "webhook"], labels.Take(4));
    }

    [Fact]
    public void The_stages_of_the_journeys_funnel_when_there_are_several()
    {
        var labels = Labels("""
            funnel Other { stage Lead stage Won }
            journey J {
              funnel Other
              entry on form_submitted
              stage |
            }
            """);
        Assert.Equal(["Lead", "Won"], labels);
    }
}
