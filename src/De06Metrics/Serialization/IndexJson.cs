using De06Metrics.Composite;
using De06Metrics.Indicators;

namespace De06Metrics.Serialization;

/// <summary>
/// Reads and writes a composite index as JSON: its levels (index, dimensions, indicators), each level's weights and
/// aggregation, each indicator's normalisation, target and outlier treatment, and the choices of its uncertainty
/// analysis (samples, seed, how the weights vary, the normalisations and aggregations sampled). The format is in
/// <c>docs/composite.md</c>; writing then reading gives an equal index and analysis.
/// </summary>
/// <remarks>
/// Indicators are named by code and looked up in the catalog the caller passes, so that an index file cannot redefine
/// what an indicator measures. A read never throws for bad data: every problem is located by line, column and JSON
/// path (an unknown indicator or method, a missing weight, weights not summing to anything positive, a distance to
/// target without a target, a Copeland aggregation offered to the sampler), and an index with a problem is not built.
/// The degree of parallelism of an analysis is a choice of the machine that runs it, not of the file, and is not
/// written. Stateless and thread-safe.
/// </remarks>
public static class IndexJson
{
    /// <summary>Reads an index, and its uncertainty analysis if the file gives one, from UTF-8 JSON.</summary>
    /// <param name="utf8Json">The file's bytes.</param>
    /// <param name="fileName">The name problems give as their file.</param>
    /// <param name="indicators">The indicators the index may name.</param>
    /// <returns>The index and analysis, or none, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="fileName"/> is empty, or two indicators share a code.</exception>
    public static IndexReadResult Read(ReadOnlyMemory<byte> utf8Json, string fileName, IEnumerable<Indicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        return JsonIndexReader.Read(utf8Json, fileName, Catalog(indicators));
    }

    /// <summary>Reads an index from a JSON file; problems name the file by the path given.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="indicators">The indicators the index may name.</param>
    /// <returns>The index and analysis, or none, and every problem.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicators"/> or one of them is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or two indicators share a code.</exception>
    /// <exception cref="IOException">The file cannot be read (<see cref="FileNotFoundException"/> when it does not exist).</exception>
    public static IndexReadResult ReadFile(string path, IEnumerable<Indicator> indicators)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var catalog = Catalog(indicators);
        return JsonIndexReader.Read(File.ReadAllBytes(path), path, catalog);
    }

    /// <summary>
    /// Writes an index, and the choices of an analysis when one is given, as a JSON object holding <c>version</c>,
    /// <c>index</c> and <c>uncertainty</c>, indented, UTF-8 without a byte order mark, ending with a new line.
    /// </summary>
    /// <param name="index">The index.</param>
    /// <param name="uncertainty">The analysis's choices, or <see langword="null"/>.</param>
    /// <param name="utf8Json">The stream to write to; left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> or <paramref name="utf8Json"/> is <see langword="null"/>.</exception>
    public static void Write(MultiLevelIndex index, UncertaintyAnalysis? uncertainty, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(utf8Json);
        JsonIndexWriter.Write(index, uncertainty, utf8Json);
    }

    /// <summary>Writes an index as a JSON string (see <see cref="Write(MultiLevelIndex, UncertaintyAnalysis?, Stream)"/>).</summary>
    /// <param name="index">The index.</param>
    /// <param name="uncertainty">The analysis's choices, or <see langword="null"/>.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="index"/> is <see langword="null"/>.</exception>
    public static string ToJson(MultiLevelIndex index, UncertaintyAnalysis? uncertainty = null)
    {
        using var buffer = new MemoryStream();
        Write(index, uncertainty, buffer);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static Dictionary<IndicatorCode, Indicator> Catalog(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var catalog = new Dictionary<IndicatorCode, Indicator>();
        var i = 0;
        foreach (var indicator in indicators)
        {
            _ = indicator ?? throw new ArgumentNullException(nameof(indicators), $"Indicator {i} is null.");
            if (!catalog.TryAdd(indicator.Code, indicator))
            {
                throw new ArgumentException($"Indicator code '{indicator.Code}' appears more than once in the catalog.", nameof(indicators));
            }

            i++;
        }

        return catalog;
    }
}
