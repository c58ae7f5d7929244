using System.Security.Cryptography;
using System.Text;
using LifecycleLang.Service.Outbox;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace LifecycleLang.Service.Delivery;

/// <summary>
/// Email over SMTP (MailKit). The Message-ID is derived from the idempotency key, and the key itself
/// travels in an <c>X-Idempotency-Key</c> header, so a relay or mailbox that deduplicates by
/// Message-ID drops a repeat after a crash.
/// </summary>
public sealed class SmtpEmailAdapter(SmtpSettings settings) : IChannelAdapter
{
    public string Channel => "email";

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellation)
    {
        if (message.Address is null)
        {
            throw new InvalidOperationException($"email {message.IdempotencyKey} has no address");
        }
        var mail = new MimeMessage();
        mail.From.Add(MailboxAddress.Parse(message.Parts.GetValueOrDefault("from") ?? settings.From));
        mail.To.Add(MailboxAddress.Parse(message.Address));
        mail.Subject = message.Parts.GetValueOrDefault("subject") ?? "";
        mail.Body = new TextPart("plain") { Text = message.Parts.GetValueOrDefault("body") ?? "" };
        mail.MessageId = MessageIdOf(message.IdempotencyKey);
        mail.Headers.Add("X-Idempotency-Key", message.IdempotencyKey);

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host, settings.Port, settings.StartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellation)
            .ConfigureAwait(false);
        if (settings.User is not null)
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellation).ConfigureAwait(false);
        }
        await client.SendAsync(mail, cancellation).ConfigureAwait(false);
        await client.DisconnectAsync(quit: true, cancellation).ConfigureAwait(false);
    }

    /// <summary>A stable Message-ID: the same key always gives the same id.</summary>
    public static string MessageIdOf(string idempotencyKey) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(idempotencyKey)))[..32] + "@lifecycle.local";
}
