using System.Text;
using LifecycleLang.Service.Outbox;

namespace LifecycleLang.Service.Delivery;

/// <summary>
/// Webhook sends over HTTP: the template's rendered <c>url</c>, its method, its <c>body</c> (sent as
/// JSON when it looks like JSON, else text), and the <c>Idempotency-Key</c> header, which is what lets
/// the receiver ignore a repeat after a crash between delivery and marking. Any non-2xx answer counts
/// as a failure and is retried.
/// </summary>
public sealed class WebhookAdapter(HttpClient http) : IChannelAdapter
{
    public const string IdempotencyHeader = "Idempotency-Key";

    public string Channel => "webhook";

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellation)
    {
        if (!message.Parts.TryGetValue("url", out var url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            throw new InvalidOperationException($"webhook template {message.Template} rendered no absolute url ('{url}')");
        }
        using var request = new HttpRequestMessage(new HttpMethod(message.Method), uri);
        request.Headers.Add(IdempotencyHeader, message.IdempotencyKey);
        if (message.Parts.TryGetValue("body", out var body))
        {
            var trimmed = body.TrimStart();
            var mediaType = trimmed.StartsWith('{') || trimmed.StartsWith('[') ? "application/json" : "text/plain";
            request.Content = new StringContent(body, Encoding.UTF8, mediaType);
        }
        using var response = await http.SendAsync(request, cancellation).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"webhook {message.Method} {uri} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }
    }
}
