using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using De06Metrics.Tests.Packaging;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.PackageManagement;

namespace De06Metrics.Notebooks.Tests;

/// <summary>
/// Runs notebooks as a notebook host (Polyglot Notebooks) does, on the text a user runs: a C# kernel with
/// <c>#r "nuget: …"</c>, working in the notebook's folder, which runs a package's
/// <c>interactive-extensions/dotnet/extension.dib</c> when the package is loaded. Nothing in a cell is rewritten.
/// </summary>
/// <remarks>
/// The package comes from the local feed <c>artifacts/feed</c>, which a user registers once as a NuGet source (the
/// notebooks say how), packed once per test run from the build the tests run on, and is restored into a packages
/// folder of the tests' own (see <see cref="LocalFeed"/>), so a re-pack of the same version is always the one loaded.
/// </remarks>
internal static class NotebookRunner
{
    public static readonly string RepositoryRoot = LocalFeed.RepositoryRoot;

    public static readonly string Folder = Path.Combine(RepositoryRoot, "docs", "notebooks");

    /// <summary>The feed the notebooks name, packed once per test run.</summary>
    private static readonly Lazy<LocalFeed> Feed = new(() => LocalFeed.Pack("artifacts/feed", "artifacts/test-feeds/notebooks-packages"));

    private static readonly ConcurrentDictionary<string, Lazy<Task<NotebookRun>>> Runs = new();

    /// <summary>The notebook's code cells, in order, as its file holds them.</summary>
    public static IReadOnlyList<string> CodeCells(string notebook) =>
        CodeCellNodes(JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, notebook)))!).Select(Source).ToList();

    /// <summary>The notebook run once per test run; tests that only read its outputs share it.</summary>
    public static Task<NotebookRun> RunOnce(string notebook) =>
        Runs.GetOrAdd(notebook, name => new Lazy<Task<NotebookRun>>(() => Run(name))).Value;

    /// <summary>Runs every code cell of the notebook in a new kernel and returns each cell's outputs.</summary>
    public static async Task<NotebookRun> Run(string notebook)
    {
        using var session = await Session.Start();
        var outputs = new List<CellOutputs>();
        foreach (var cell in CodeCells(notebook))
        {
            outputs.Add(await session.Submit(cell));
        }

        return new NotebookRun(notebook, outputs);
    }

    /// <summary>
    /// A kernel as a notebook host sets it up, working in the notebook folder, with the packages restored into the
    /// tests' own packages folder. Dispose it to return to the test's working folder and environment.
    /// </summary>
    public sealed class Session : IDisposable
    {
        private readonly string previousDirectory;
        private readonly Dictionary<string, string?> previousEnvironment;

        private Session(CompositeKernel kernel, string previousDirectory, Dictionary<string, string?> previousEnvironment)
        {
            Kernel = kernel;
            this.previousDirectory = previousDirectory;
            this.previousEnvironment = previousEnvironment;
        }

        public CompositeKernel Kernel { get; }

        public static Task<Session> Start()
        {
            var feed = Feed.Value;
            var previous = new Dictionary<string, string?>
            {
                ["HOME"] = Environment.GetEnvironmentVariable("HOME"),
                ["NUGET_PACKAGES"] = Environment.GetEnvironmentVariable("NUGET_PACKAGES"),
            };
            var previousDirectory = Environment.CurrentDirectory;

            // The restore runs `dotnet` as a child process, which takes its environment from this process: a home whose
            // user NuGet.Config lists the local feed, as `dotnet nuget add source artifacts/feed` makes a user's, and
            // the tests' own packages folder. A notebook host runs in the notebook's folder; relative paths in cells
            // are relative to it.
            var home = UserWithLocalFeed(feed);
            Environment.SetEnvironmentVariable("HOME", home);
            Environment.SetEnvironmentVariable("NUGET_PACKAGES", feed.PackagesFolder);
            Environment.CurrentDirectory = Folder;

            var csharp = new CSharpKernel()
                .UseNugetDirective((kernel, references) =>
                {
                    kernel.AddAssemblyReferences(references.SelectMany(reference => reference.AssemblyPaths));
                    return Task.CompletedTask;
                }, forceRestore: true)
                .UseKernelHelpers()
                .UseValueSharing();
            var kernel = new CompositeKernel { csharp };
            kernel.DefaultKernelName = csharp.Name;
            UsePackageExtensions(kernel);
            return Task.FromResult(new Session(kernel, previousDirectory, previous));
        }

        /// <summary>Runs one cell and returns what it shows; throws with the kernel's message when it fails.</summary>
        public async Task<CellOutputs> Submit(string code)
        {
            var result = await Kernel.SendAsync(new SubmitCode(code));
            var events = result.Events;
            if (events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
            {
                throw new InvalidOperationException($"The cell failed: {failed.Message}\n--- cell ---\n{code}");
            }

            return new CellOutputs(events.ToList());
        }

        public void Dispose()
        {
            Kernel.Dispose();
            Environment.CurrentDirectory = previousDirectory;
            foreach (var (name, value) in previousEnvironment)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }

        /// <summary>
        /// A home folder for the notebooks' user: their NuGet.Config is this machine's user's (its sources, the
        /// registry among them) with the local feed added, as <c>dotnet nuget add source</c> leaves it.
        /// </summary>
        private static string UserWithLocalFeed(LocalFeed feed)
        {
            // Outside the repository: the restore's project is made under the home, and inside the repository it
            // would take the repository's Directory.Build.props and central package versions.
            var home = Path.Combine(Path.GetTempPath(), "de06metrics-notebooks-home-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(RepositoryRoot)))[..12]);
            var config = Path.Combine(home, ".nuget", "NuGet", "NuGet.Config");
            Directory.CreateDirectory(Path.GetDirectoryName(config)!);
            var userConfig = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "NuGet", "NuGet.Config");
            var document = File.Exists(userConfig)
                ? XDocument.Load(userConfig)
                : XDocument.Parse("""<configuration><packageSources><add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" /></packageSources></configuration>""");
            var sources = document.Root!.Element("packageSources") ?? new XElement("packageSources");
            if (sources.Parent is null)
            {
                document.Root.Add(sources);
            }

            sources.Elements("add").Where(source => (string?)source.Attribute("key") == "de06metrics-local").Remove();
            sources.Add(new XElement("add", new XAttribute("key", "de06metrics-local"), new XAttribute("value", feed.Folder)));
            document.Save(config);
            return home;
        }

        /// <summary>
        /// What Polyglot Notebooks does when a package is added: runs the package's
        /// <c>interactive-extensions/dotnet/extension.dib</c>, if it has one, once the cell that added it has run.
        /// </summary>
        private static void UsePackageExtensions(CompositeKernel kernel)
        {
            var added = new ConcurrentQueue<string>();
            var loaded = new HashSet<string>(StringComparer.Ordinal);
            kernel.AddMiddleware(async (command, context, next) =>
            {
                await next(command, context);
                while (added.TryDequeue(out var packageRoot))
                {
                    var extension = new FileInfo(Path.Combine(packageRoot, "interactive-extensions", "dotnet", "extension.dib"));
                    if (extension.Exists && loaded.Add(extension.FullName))
                    {
                        await kernel.LoadAndRunInteractiveDocument(extension, context.Command);
                    }
                }
            });
            kernel.KernelEvents.Subscribe(new PackageObserver(added));
        }
    }

    private static IEnumerable<JsonObject> CodeCellNodes(JsonNode notebook) =>
        notebook["cells"]!.AsArray().Select(cell => cell!.AsObject()).Where(cell => (string?)cell["cell_type"] == "code");

    private static string Source(JsonObject cell) => cell["source"] switch
    {
        JsonArray lines => string.Concat(lines.Select(line => (string?)line)),
        var text => (string?)text ?? "",
    };

    private sealed class PackageObserver(ConcurrentQueue<string> added) : IObserver<KernelEvent>
    {
        public void OnNext(KernelEvent value)
        {
            if (value is PackageAdded { PackageReference.PackageRoot: { } root })
            {
                added.Enqueue(root);
            }
        }

        public void OnError(Exception error)
        {
        }

        public void OnCompleted()
        {
        }
    }
}

/// <summary>What one cell showed, as the kernel's events.</summary>
internal sealed record CellOutputs(IReadOnlyList<KernelEvent> Events)
{
    /// <summary>Everything the cell wrote to standard output.</summary>
    public string StandardOutput => string.Concat(Events.OfType<StandardOutputValueProduced>().SelectMany(e => e.FormattedValues).Select(v => v.Value));

    /// <summary>The HTML of every value the cell displayed or returned.</summary>
    public IEnumerable<string> Html => Events.OfType<DisplayEvent>()
        .Where(NotebookOutputs.IsShown)
        .SelectMany(e => e.FormattedValues).Where(v => v.MimeType == "text/html").Select(v => v.Value);
}

/// <summary>A notebook's code cells' outputs, in order.</summary>
internal sealed record NotebookRun(string Notebook, IReadOnlyList<CellOutputs> Cells);
