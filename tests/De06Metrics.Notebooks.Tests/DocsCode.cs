using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace De06Metrics.Notebooks.Tests;

/// <summary>One ```csharp block of a Markdown page, with the marker written just before it, if any.</summary>
/// <param name="File">The page, relative to the repository's root.</param>
/// <param name="Line">The 1-based line of the opening fence.</param>
/// <param name="Code">The block's code.</param>
/// <param name="Marker">
/// <c>null</c> for a whole program; <c>continues</c> for a block that goes on from the page's previous block (it runs
/// after it, as one program); <c>skip</c> for a block that is not code to run (signatures), with its reason.
/// </param>
/// <param name="Reason">The reason given with <c>skip</c>.</param>
public sealed record DocsBlock(string File, int Line, string Code, string? Marker, string? Reason)
{
    /// <summary>Where the block is, as a reader finds it: <c>docs/growth.md:44</c>.</summary>
    public override string ToString() => $"{File}:{Line}";
}

/// <summary>
/// Finds the C# blocks of README.md and docs/*.md, and compiles and runs them in process with Roslyn against the
/// built De06Metrics and De06Metrics.Csv. A block may use the De06Metrics namespaces, NodaTime and the usual
/// implicit usings without writing them; it runs in a folder holding a copy of docs/examples, so the paths it reads
/// are those a reader at the repository's root would type.
/// </summary>
internal static partial class DocsCode
{
    /// <summary>The usings every block may take for granted, besides its own.</summary>
    public static readonly string[] GlobalUsings =
    [
        "System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading.Tasks", "NodaTime",
        "De06Metrics.Text", "De06Metrics.Measures", "De06Metrics.Periods", "De06Metrics.Units", "De06Metrics.Indicators",
        "De06Metrics.Evaluation", "De06Metrics.Growth", "De06Metrics.Ranking", "De06Metrics.Composite", "De06Metrics.Scoring",
        "De06Metrics.Timeline", "De06Metrics.Tasks", "De06Metrics.Scorecards", "De06Metrics.Reporting",
        "De06Metrics.Serialization", "De06Metrics.Csv",
    ];

    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(LoadReferences);

    /// <summary>The pages whose C# blocks are run.</summary>
    public static IEnumerable<string> Pages() =>
        new[] { "README.md" }.Concat(Directory.GetFiles(Path.Combine(NotebookRunner.RepositoryRoot, "docs"), "*.md")
            .Select(path => Path.GetRelativePath(NotebookRunner.RepositoryRoot, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal));

    /// <summary>Every C# block of every page.</summary>
    public static IReadOnlyList<DocsBlock> Blocks() => [.. Pages().SelectMany(BlocksOf)];

    /// <summary>The C# blocks of one page, in order.</summary>
    public static IEnumerable<DocsBlock> BlocksOf(string page)
    {
        var lines = File.ReadAllLines(Path.Combine(NotebookRunner.RepositoryRoot, page));
        string? previous = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() == "```csharp")
            {
                var start = i;
                var code = new StringBuilder();
                for (i++; i < lines.Length && lines[i].TrimEnd() != "```"; i++)
                {
                    code.Append(lines[i]).Append('\n');
                }

                var marker = previous is null ? null : MarkerLine().Match(previous);
                yield return marker is { Success: true }
                    ? new DocsBlock(page, start + 1, code.ToString(), marker.Groups["name"].Value, marker.Groups["reason"].Success ? marker.Groups["reason"].Value.Trim() : null)
                    : new DocsBlock(page, start + 1, code.ToString(), null, null);
                previous = null;
                continue;
            }

            if (lines[i].Trim().Length > 0)
            {
                previous = lines[i].Trim();
            }
        }
    }

    /// <summary>The program a block runs as: the blocks it continues from, then itself.</summary>
    public static IReadOnlyList<DocsBlock> Chain(DocsBlock block)
    {
        var page = BlocksOf(block.File).ToList();
        var index = page.FindIndex(b => b.Line == block.Line);
        var chain = new List<DocsBlock> { page[index] };
        while (chain[0].Marker == "continues")
        {
            index--;
            if (index < 0)
            {
                throw new InvalidOperationException($"{block}: marked 'continues' but no block comes before it on the page.");
            }

            chain.Insert(0, page[index]);
        }

        return chain;
    }

    /// <summary>
    /// The lines a block says it prints: the comment after a <c>Console.WriteLine(…);</c>, e.g. <c>// 18,8</c>. A
    /// remark in parentheses after the printed text, <c>// 70 (of 91 days)</c>, is not part of it; a comment ending
    /// in <c>…</c> promises only the start of the line.
    /// </summary>
    public static IReadOnlyList<string> PromisedOutput(string code) =>
        [.. code.Split('\n').Select(line => PrintedComment().Match(line)).Where(m => m.Success).Select(m => m.Groups["text"].Value.Trim())];

    /// <summary>Whether a printed line is what a comment promised.</summary>
    public static bool Keeps(string promise, string printed) =>
        printed == promise
        || (promise.EndsWith('…') && printed.StartsWith(promise[..^1], StringComparison.Ordinal))
        || (promise.StartsWith(printed + " (", StringComparison.Ordinal) && promise.EndsWith(')'));

    /// <summary>The program's source: its using directives first, then the statements of each block in order.</summary>
    public static string Source(IEnumerable<DocsBlock> chain)
    {
        var usings = new List<string>();
        var body = new StringBuilder();
        foreach (var block in chain)
        {
            body.Append("#line ").Append(block.Line + 1).Append(" \"").Append(block.File).Append("\"\n");
            foreach (var line in block.Code.Split('\n'))
            {
                if (UsingDirective().IsMatch(line))
                {
                    usings.Add(line.Trim());
                    body.Append('\n');
                }
                else
                {
                    body.Append(line).Append('\n');
                }
            }
        }

        return string.Join('\n', GlobalUsings.Select(name => $"global using {name};")) + "\n"
            + string.Join('\n', usings.Distinct(StringComparer.Ordinal)) + "\n" + body;
    }

    /// <summary>Compiles a program; the errors, each with the page and line it comes from, or none.</summary>
    public static (byte[]? Assembly, IReadOnlyList<string> Errors) Compile(string source, string name)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: name, encoding: Encoding.UTF8);
        var compilation = CSharpCompilation.Create(
            "Docs_" + Guid.NewGuid().ToString("N"),
            [tree],
            References.Value,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = compilation.Emit(stream);
        var errors = emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => $"{d.Location.GetMappedLineSpan().Path}:{d.Location.GetMappedLineSpan().StartLinePosition.Line + 1}: {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .ToList();
        return (emitted.Success ? stream.ToArray() : null, errors);
    }

    /// <summary>
    /// Runs a compiled program in a folder holding a copy of docs/examples, with the console captured; what it
    /// printed, and the exception it ended with, if any.
    /// </summary>
    public static (string Output, Exception? Failure) Run(byte[] assembly)
    {
        var folder = Path.Combine(Path.GetTempPath(), "de06-docs-" + Guid.NewGuid().ToString("N"));
        CopyFolder(Path.Combine(NotebookRunner.RepositoryRoot, "docs", "examples"), Path.Combine(folder, "docs", "examples"));
        var context = new AssemblyLoadContext("docs", isCollectible: true);
        var (output, error, directory, culture) = (Console.Out, Console.Error, Environment.CurrentDirectory, CultureInfo.CurrentCulture);
        var written = new StringWriter();
        try
        {
            Console.SetOut(written);
            Console.SetError(written);
            Environment.CurrentDirectory = folder;
            CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
            var entry = context.LoadFromStream(new MemoryStream(assembly)).EntryPoint!;
            entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            return (written.ToString(), null);
        }
        catch (TargetInvocationException exception)
        {
            return (written.ToString(), exception.InnerException);
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
            Environment.CurrentDirectory = directory;
            CultureInfo.CurrentCulture = culture;
            context.Unload();
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from))
        {
            File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(from))
        {
            CopyFolder(folder, Path.Combine(to, Path.GetFileName(folder)));
        }
    }

    private static IReadOnlyList<MetadataReference> LoadReferences()
    {
        // The runtime's own assemblies, then the library's and its dependencies', as the test was built with them.
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == Path.GetDirectoryName(typeof(object).Assembly.Location));
        var library = new[] { "De06Metrics", "De06Metrics.Csv", "NodaTime", "MathNet.Numerics" }
            .Select(name => Path.Combine(AppContext.BaseDirectory, name + ".dll"));
        return [.. platform.Concat(library).Select(path => MetadataReference.CreateFromFile(path))];
    }

    [GeneratedRegex(@"^<!--\s*(?<name>continues|skip)(?::\s*(?<reason>.*?))?\s*-->$")]
    private static partial Regex MarkerLine();

    [GeneratedRegex(@"Console\.WriteLine\(.*\);\s*//\s*(?<text>.+)$")]
    private static partial Regex PrintedComment();

    [GeneratedRegex(@"^\s*using\s+(static\s+)?[A-Za-z_][\w.]*(\s*=\s*[\w.<>, ]+)?;\s*$")]
    private static partial Regex UsingDirective();
}
