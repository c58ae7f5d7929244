namespace LifecycleLang.Cli;

/// <summary>Runs a command body so that usage problems print one clear line and exit 2, never a stack trace.</summary>
internal static class CommandRunner
{
    public static int Run(Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UsageException exception)
        {
            Console.Error.WriteLine($"lifecycle: {exception.Message}");
            return ExitCodes.Usage;
        }
    }
}
