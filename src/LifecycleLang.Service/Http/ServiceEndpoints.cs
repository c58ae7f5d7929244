using LifecycleLang.Runtime;
using LifecycleLang.Service.Outbox;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace LifecycleLang.Service.Http;

/// <summary>
/// The HTTP API: <c>POST /events</c> (runtime.md §1 inputs; answered only after the commit),
/// <c>GET /health</c>, <c>GET /contacts/{id}</c> (a contact's committed state, for a person to look at)
/// and <c>GET /contacts/{id}/trace</c> (its committed trace lines as JSON Lines: what happened to it).
/// </summary>
internal static class ServiceEndpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app, JourneyService service, IOutboxStore outbox, string workspaceVersion, string storeName)
    {
        app.MapPost("/events", async (HttpRequest request) =>
        {
            string body;
            using (var reader = new StreamReader(request.Body))
            {
                body = await reader.ReadToEndAsync(request.HttpContext.RequestAborted).ConfigureAwait(false);
            }
            try
            {
                // The engine lane is a lock: keep it off the request's I/O thread.
                var result = await Task.Run(() => service.Submit(body)).ConfigureAwait(false);
                return Results.Text(ResponseJson.Submit(result), Json, statusCode: result.Status);
            }
            catch (CommitFailedException exception)
            {
                return Results.Text(ResponseJson.Error(exception.Message), Json, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        });

        app.MapGet("/health", () =>
        {
            var counts = outbox.Counts();
            var text = ResponseJson.Write(w =>
            {
                w.WriteString("status", "ok");
                w.WriteString("workspace", workspaceVersion);
                w.WriteString("store", storeName);
                if (service.ServiceTime is { } now)
                {
                    w.WriteString("serviceTime", Rfc3339.Format(now));
                }
                else
                {
                    w.WriteNull("serviceTime");
                }
                w.WriteNumber("pendingTimers", service.PendingTimers);
                w.WriteStartObject("outbox");
                w.WriteNumber("pending", counts.Pending);
                w.WriteNumber("delivered", counts.Delivered);
                w.WriteNumber("failed", counts.Failed);
                w.WriteEndObject();
            });
            return Results.Text(text, Json);
        });

        app.MapGet("/contacts/{id}/trace", (string id) => service.ContactTrace(id) is { } lines
            ? Results.Text(string.Concat(lines.Select(l => l + "\n")), "application/x-ndjson; charset=utf-8")
            : Results.Text(ResponseJson.Error($"no contact {id}: it has had no committed input yet"), Json, statusCode: StatusCodes.Status404NotFound));

        app.MapGet("/contacts/{id}", (string id) => service.ContactJson(id) is { } state
            ? Results.Text(state, Json)
            : Results.Text(ResponseJson.Error($"no contact {id}: it has had no committed input yet"), Json, statusCode: StatusCodes.Status404NotFound));
    }
}
