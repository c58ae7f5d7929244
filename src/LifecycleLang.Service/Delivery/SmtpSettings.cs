namespace LifecycleLang.Service.Delivery;

/// <summary>The SMTP relay for email. <see cref="From"/> is used when a template has no <c>from</c> part.</summary>
public sealed record SmtpSettings(string Host, int Port, string From, string? User = null, string? Password = null, bool StartTls = false);
