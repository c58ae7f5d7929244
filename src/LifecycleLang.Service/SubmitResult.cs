namespace LifecycleLang.Service;

/// <summary>
/// The outcome of <c>POST /events</c>: applied and committed (200, with the trace lines the request
/// produced, timers that fired before its inputs included), or refused with nothing applied (400 for
/// a body that cannot be read, 422 for lines that break a rule, with every bad line named).
/// <see cref="Adjusted"/> names the lines processed a little after their <c>at</c> (see <see cref="ServiceSettings"/>).
/// </summary>
public sealed record SubmitResult(int Status, string? Error, IReadOnlyList<LineError> Errors, int Applied, int Sends, IReadOnlyList<string> Trace,
    IReadOnlyList<LineError> Adjusted)
{
    public bool Succeeded => Status == 200;

    public static SubmitResult Refused(int status, string error, IReadOnlyList<LineError> errors) => new(status, error, errors, 0, 0, [], []);

    public static SubmitResult Done(int applied, int sends, IReadOnlyList<string> trace, IReadOnlyList<LineError> adjusted) =>
        new(200, null, [], applied, sends, trace, adjusted);
}
