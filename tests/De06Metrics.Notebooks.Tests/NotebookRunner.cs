using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.CSharp;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using Microsoft.DotNet.Interactive.Events;
using DocumentKernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace De06Metrics.Notebooks.Tests;

/// <summary>
/// Runs notebooks' C# cells in a real C# kernel, as a notebook host would: the package's extension.dib first, then
/// each cell in order. Paths a reader's notebook takes from its own folder are made absolute here.
/// </summary>
internal static partial class NotebookRunner
{
    public static readonly string RepositoryRoot = FindRoot();

    public static readonly string ExtensionPath = Path.Combine(RepositoryRoot, "src", "De06Metrics", "interactive-extensions", "dotnet", "extension.dib");

    private static readonly KernelInfoCollection Kernels = [new DocumentKernelInfo("csharp", "C#", ["c#", "C#"])];

    public static IReadOnlyList<string> NotebookCells(string path) =>
        Notebook.Parse(File.ReadAllText(path), Kernels).Elements
            .Where(element => element.KernelName is "csharp" or "C#" or null)
            .Select(element => element.Contents)
            .Where(code => !string.IsNullOrWhiteSpace(code))
            .ToList();

    public static IReadOnlyList<string> ExtensionCells() =>
        CodeSubmission.Parse(File.ReadAllText(ExtensionPath), Kernels).Elements
            .Where(element => element.KernelName == "csharp" && !string.IsNullOrWhiteSpace(element.Contents))
            .Select(element => element.Contents)
            .ToList();

    /// <summary>A new C# kernel with the package's formatters registered, as after <c>#r "nuget: De06Metrics"</c>.</summary>
    public static async Task<CSharpKernel> KernelWithExtension()
    {
        var kernel = new CSharpKernel().UseKernelHelpers().UseValueSharing();
        await Submit(kernel, ReferenceLibrary());
        foreach (var cell in ExtensionCells())
        {
            await Submit(kernel, cell);
        }

        return kernel;
    }

    /// <summary>Runs one cell; throws with the kernel's message when it fails to compile or throws.</summary>
    public static async Task<IReadOnlyList<KernelEvent>> Submit(Kernel kernel, string code)
    {
        var result = await kernel.SendAsync(new SubmitCode(code));
        var events = result.Events;
        if (events.OfType<CommandFailed>().FirstOrDefault() is { } failed)
        {
            throw new InvalidOperationException($"The cell failed: {failed.Message}\n--- cell ---\n{code}");
        }

        return events.ToList();
    }

    /// <summary>
    /// A notebook cell as the test kernel can run it: <c>#r "nuget: NAME…"</c> and <c>#r "…/De06Metrics.dll"</c> refer
    /// to the assemblies this test was built with; <c>#!import …extension.dib</c> is left out, the kernel having run
    /// the extension already; a string literal starting <c>"../</c> is a path relative to the notebook's folder.
    /// </summary>
    public static string Rewrite(string cell, string notebookFolder)
    {
        var lines = cell.Split('\n').Select(line =>
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("#!import", StringComparison.Ordinal) && trimmed.Contains("extension.dib", StringComparison.Ordinal))
            {
                return "// " + trimmed;
            }

            var nuget = NugetReference().Match(trimmed);
            if (nuget.Success)
            {
                return Reference(nuget.Groups["name"].Value);
            }

            return trimmed.StartsWith("#r \"", StringComparison.Ordinal) && trimmed.EndsWith("De06Metrics.dll\"", StringComparison.Ordinal)
                ? Reference("De06Metrics")
                : RelativePath().Replace(line, match => "\"" + Path.GetFullPath(Path.Combine(notebookFolder, match.Groups["path"].Value)) + "\"");
        });
        return string.Join('\n', lines);
    }

    private static string ReferenceLibrary() => string.Join('\n', new[] { "De06Metrics", "NodaTime", "MathNet.Numerics" }.Select(Reference));

    private static string Reference(string assembly) =>
        $"#r \"{Path.Combine(AppContext.BaseDirectory, assembly + ".dll")}\"";

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

    [GeneratedRegex(@"""(?<path>\.\./[^""]*)""")]
    private static partial Regex RelativePath();

    [GeneratedRegex("""^#r\s+"nuget:\s*(?<name>[A-Za-z0-9_.]+)""")]
    private static partial Regex NugetReference();
}
