using System.Globalization;
using System.Text;

namespace LifecycleLang.Bench;

/// <summary>Generates a realistic workspace of a given size: one schema file and many journey files.</summary>
public static class WorkspaceGenerator
{
    private const string Schema = """
        settings {
          timezone "Europe/Berlin"
          quiet hours 21:00 to 08:00
          cap email 3 per 7 days
        }

        contact {
          email: email
          phone: phone?
          first_name: text?
          role: Role?
          budget: number?
          company_size: int?
          is_customer: bool
          tags: list<text>
        }

        enum Role { DecisionMaker, Influencer, User }

        event page_visited { url: text }
        event form_submitted { form: text, budget: number? }
        event purchase_completed { amount: number, product: text }

        funnel B2B {
          stage Attract  owner marketing
          stage Capture  owner marketing
          stage Nurture  owner marketing
          stage Convert  owner sales     sla 2 days
          stage Expand   owner service
        }

        score engagement {
          +5  on message_opened
          +10 on message_clicked
          +20 on page_visited where url starts_with "/pricing"
          +30 on form_submitted
          +15 when contact.role == DecisionMaker
          decay 10 every 30 days
          min 0
          max 200
        }

        """;

    /// <summary>Returns (path, text) pairs totalling at least <paramref name="lines"/> lines.</summary>
    public static IReadOnlyList<(string Path, string Text)> Generate(int lines)
    {
        var files = new List<(string, string)> { ("schema.journey", Schema) };
        var total = CountLines(Schema);
        for (var i = 0; total < lines; i++)
        {
            var text = Module(i);
            files.Add(($"module{i:0000}.journey", text));
            total += CountLines(text);
        }

        return files;
    }

    public static int CountLines(string text) => text.Count(c => c == '\n');

    private static string Module(int i)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var builder = new StringBuilder();
        builder.Append(CultureInfo.InvariantCulture, $$$""""
            // Module {{{n}}}: a nurture program with an offer, a reminder and a sales hand-off.
            segment HighIntent{{{n}}} = score engagement >= 50
                                     and count(page_visited where url starts_with "/pricing" within 7 days) >= 2
            segment Enterprise{{{n}}} = contact.company_size ?? 0 >= 1000 and not contact.is_customer

            template offer{{{n}}} email {
              subject "Black Friday: {{ contact.first_name | default: 'friend' }}, 30% off"
              body "Hello {{ contact.first_name | default: 'there' }}, here is your offer."
            }
            template reminder{{{n}}} sms {
              text "Last day of our offer, {{ contact.first_name | default: 'friend' }}!"
            }
            template lead{{{n}}} webhook {
              url "https://crm.example.com/leads"
              body """{ "email": "{{ contact.email }}", "budget": {{ contact.budget | default: 0 }} }"""
            }

            journey Nurture{{{n}}} {
              funnel B2B
              entry on form_submitted where form == "offer-{{{n}}}"
              exit on purchase_completed
              goal purchase_completed within 30 days
              reentry after 60 days
              holdout 10%

              stage Capture
              first_offer: send email offer{{{n}}}
              wait 2 days
              if contact.budget ?? 0 < 5000 {
                wait for message_clicked where template == offer{{{n}}} up to 3 days else {
                  send sms reminder{{{n}}}
                }
              } else if contact in Enterprise{{{n}}} {
                send webhook lead{{{n}}}
                stage Convert
              } else {
                split {
                  A 50% { send email offer{{{n}}} }
                  B 50% { score engagement +5 }
                }
              }
            }

            """");
        return builder.ToString();
    }
}
