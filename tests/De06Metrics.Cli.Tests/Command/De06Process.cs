using System.Diagnostics;
using System.Text;

namespace De06Metrics.Cli.Tests.Command;

/// <summary>Runs the built command as a user does, <c>dotnet de06.dll …</c>, and captures what it writes and returns.</summary>
internal static class De06Process
{
    public sealed record Outcome(int ExitCode, string Out, string Error);

    public static Outcome Run(params string[] arguments) => Run([], arguments);

    /// <summary>Runs the command in a working folder, as a user in that folder does.</summary>
    public static Outcome RunIn(string folder, params string[] arguments) => Run([], arguments, workingDirectory: folder);

    /// <summary>
    /// Runs the command as a user without privileges: as root (who reads any file whatever its permissions), as the
    /// user and group 65534 ('nobody') through <c>setpriv</c>; as anyone else, as that user.
    /// </summary>
    public static Outcome RunUnprivileged(params string[] arguments) => Environment.UserName == "root"
        ? Run(["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"], arguments, ReadableCopy.Value)
        : Run([], arguments);

    // The build output may sit in a folder only its owner can enter (a clone in a fresh mktemp -d folder is 700), so
    // the unprivileged user runs a copy of it in a folder anyone may read, removed when the test process ends.
    private static readonly Lazy<string> ReadableCopy = new(() =>
    {
        if (OperatingSystem.IsWindows())
        {
            return AppContext.BaseDirectory;
        }

        var copy = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "de06-unprivileged-" + Guid.NewGuid().ToString("N"))).FullName;
        File.SetUnixFileMode(copy, (UnixFileMode)Convert.ToInt32("755", 8));
        foreach (var file in Directory.GetFiles(AppContext.BaseDirectory))
        {
            var target = Path.Combine(copy, Path.GetFileName(file));
            File.Copy(file, target);
            File.SetUnixFileMode(target, (UnixFileMode)Convert.ToInt32("644", 8));
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Directory.Delete(copy, recursive: true);
        return copy;
    });

    private static Outcome Run(string[] prefix, string[] arguments, string? toolFolder = null, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo(prefix.Length > 0 ? prefix[0] : "dotnet")
        {
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var word in prefix.Skip(1).Concat(prefix.Length > 0 ? ["dotnet"] : []))
        {
            start.ArgumentList.Add(word);
        }

        start.ArgumentList.Add(Path.Combine(toolFolder ?? AppContext.BaseDirectory, "de06.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["NO_COLOR"] = "1";
        if (prefix.Length > 0)
        {
            // The unprivileged user has no home of its own to write to.
            start.Environment["HOME"] = Path.GetTempPath();
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"de06 {string.Join(' ', arguments)} did not finish within 60 s.");
        }

        return new Outcome(process.ExitCode, output.Result.ReplaceLineEndings("\n"), error.Result.ReplaceLineEndings("\n"));
    }
}
