namespace De06Metrics.Cli;

/// <summary>The exit codes of <c>de06</c>.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The scorecard's data has problems; they were written to standard error.</summary>
    public const int InvalidData = 1;

    /// <summary>The command line was wrong: an unknown command or option, a bad option value, a path that does not exist.</summary>
    public const int BadUsage = 2;
}
