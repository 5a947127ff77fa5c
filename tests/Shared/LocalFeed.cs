using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace De06Metrics.Tests.Packaging;

/// <summary>
/// The repository's packages in a local feed, made by <c>build/pack</c> as a user makes it, from the build these tests
/// run on (<c>--no-build</c>, in the test assembly's own configuration), and a NuGet packages folder of the test's own.
/// </summary>
/// <remarks>
/// NuGet's global packages folder keeps one copy of a package per id and version, and never looks at the feed again
/// for a version it holds: a test installing 0.1.0 from a fresh pack would silently get the copy an earlier run
/// cached. So each test gets its own packages folder (<see cref="PackagesFolder"/>, given to every process as
/// <c>NUGET_PACKAGES</c>) from which the repository's own packages are removed before each run; their dependencies,
/// which do not change, stay cached there between runs. The packages keep the version a user installs (no suffix), so
/// the test installs exactly what the README tells a user to install.
/// Two test projects may pack at the same time (<c>dotnet test</c> runs projects side by side): the packing is
/// serialised by a lock file, and each feed has its own folder.
/// </remarks>
internal sealed class LocalFeed
{
    private LocalFeed(string folder, string packagesFolder)
    {
        Folder = folder;
        PackagesFolder = packagesFolder;
    }

    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>The folder holding the .nupkg and .snupkg files.</summary>
    public string Folder { get; }

    /// <summary>The NuGet packages folder of this feed's user, given to processes as <c>NUGET_PACKAGES</c>.</summary>
    public string PackagesFolder { get; }

    /// <summary>The folder holding the running .NET (the one on PATH for a user), for the tool's launcher.</summary>
    public static string DotnetRoot { get; } =
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));

    /// <summary>
    /// Packs every package into <paramref name="folder"/> with <c>build/pack --no-build</c>, for a user whose NuGet
    /// packages folder is <paramref name="packagesFolder"/> (both relative to the repository's root).
    /// </summary>
    public static LocalFeed Pack(string folder, string packagesFolder)
    {
        var root = Path.Combine(RepositoryRoot, "artifacts", "test-feeds");
        Directory.CreateDirectory(root);
        folder = Path.GetFullPath(Path.Combine(RepositoryRoot, folder));
        var packages = Path.GetFullPath(Path.Combine(RepositoryRoot, packagesFolder));
        Directory.CreateDirectory(packages);
        foreach (var cached in Directory.GetDirectories(packages, "de06metrics*"))
        {
            Directory.Delete(cached, recursive: true);
        }

        var configuration = typeof(LocalFeed).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "Debug";
        using (AcquireLock(Path.Combine(root, "pack.lock")))
        {
            var pack = Run(Path.Combine(RepositoryRoot, "build", "pack"), ["--no-build", "-c", configuration, "-o", folder], RepositoryRoot, new Dictionary<string, string>());
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"build/pack failed ({pack.ExitCode}):\n{pack.Output}\n{pack.Error}");
            }
        }

        return new LocalFeed(folder, packages);
    }

    /// <summary>The environment a process of this feed's user gets: its own packages folder, no telemetry.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = PackagesFolder,
        ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        ["DOTNET_NOLOGO"] = "1",
        ["DOTNET_ROOT"] = DotnetRoot,
        ["NO_COLOR"] = "1",
    };

    /// <summary>Runs a program and returns its exit code and everything it wrote (standard output, then error).</summary>
    public static (int ExitCode, string Output, string Error) Run(string program, IEnumerable<string> arguments, string workingDirectory, IReadOnlyDictionary<string, string> environment)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(10)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish within 10 minutes.");
        }

        return (process.ExitCode, output.Result.ReplaceLineEndings("\n"), error.Result.ReplaceLineEndings("\n"));
    }

    private static FileStream AcquireLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 1200)
            {
                Thread.Sleep(500);
            }
        }
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "De06Metrics.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No De06Metrics.sln above {AppContext.BaseDirectory}.");
    }
}
