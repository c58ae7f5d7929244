using LifecycleLang.Ide.Workspace;

namespace LifecycleLang.Ide.Tests;

/// <summary>An in-memory workspace: a schema file shared by most tests plus the file under test, opened as an editor would.</summary>
public sealed class TestWorkspace
{
    public const string MainPath = "/ws/main.journey";
    public const string SchemaPath = "/ws/schema.journey";

    public const string Schema = """
        settings {
          timezone "Europe/Berlin"
          quiet hours 21:00 to 08:00
        }

        contact {
          email: email
          phone: phone?
          // The first name, when the contact gave one.
          first_name: text?
          role: Role?
          budget: number?
          is_customer: bool
          tags: list<text>
        }

        /// Who the contact is in the buying group.
        enum Role { DecisionMaker, Influencer, User }

        event page_visited { url: text }
        // A form on the website was sent.
        event form_submitted { form: text, budget: number? }
        event purchase_completed { amount: number, product: text }

        funnel B2B {
          stage Attract  owner marketing
          stage Capture  owner marketing
          stage Convert  owner sales     sla 2 days
        }

        score engagement {
          +5  on message_opened
          +20 on page_visited where url starts_with "/pricing"
        }

        segment DecisionMakers = contact.role == DecisionMaker
        segment Pricing = count(page_visited where url starts_with "/pricing" within 7 days) >= 2

        template offer email {
          subject "Hello {{ contact.first_name | default: 'friend' }}"
          body "Offer"
        }
        template reminder sms {
          text "Last day!"
        }
        template lead webhook {
          url "https://crm.example.com/leads"
        }

        """;

    public TestWorkspace(string main, bool withSchema = true)
    {
        var markup = Markup.Parse(main);
        Markup = markup;
        if (withSchema)
        {
            Workspace.Open(SchemaPath, Schema, 1);
        }

        Workspace.Open(MainPath, markup.Text, 1);
    }

    public IdeWorkspace Workspace { get; } = new();

    public Markup Markup { get; }

    public WorkspaceSnapshot Snapshot => Workspace.Current;

    public int Cursor => Markup.Cursor;
}
