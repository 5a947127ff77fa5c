namespace De06Metrics.Cli;

/// <summary>The command line asks for something that cannot be done; the message says what to give instead.</summary>
internal sealed class UsageException(string message) : Exception(message);
