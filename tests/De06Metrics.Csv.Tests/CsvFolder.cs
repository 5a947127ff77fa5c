using System.Text;

namespace De06Metrics.Csv.Tests;

/// <summary>A temporary scorecard folder of CSV files written from text, deleted after the test.</summary>
internal sealed class CsvFolder : IDisposable
{
    public const string Units = """
        id,name_vi,name_en,kind,parent
        HG,Tỉnh Hà Giang,Hà Giang Province,province,
        HG.CA,Công an tỉnh,,agency,HG
        """;

    public const string Indicators = """
        code,name_vi,measure,polarity,decimals
        RATE,Tỷ lệ hồ sơ trực tuyến,rate,higherIsBetter,1
        MODELS,Mô hình,count,higherIsBetter,0
        """;

    public const string Targets = """
        indicator,unit,period,goal,value
        RATE,HG,Quý I/2024,atLeast,70
        """;

    // Line 2 is a good row; tests append the row under test as line 4, after the good line 3.
    public const string Observations = """
        indicator,unit,period,value,numerator,denominator,as_of
        RATE,HG,Quý I/2024,88.8,,,
        MODELS,HG,Q1 2024,,17,33,
        """;

    public const string Settings = """
        setting,value
        decimal_separator,point
        """;

    public CsvFolder(string? units = Units, string? indicators = Indicators, string? targets = Targets, string? observations = Observations, string? settings = Settings)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "de06-csv-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        Write("units.csv", units);
        Write("indicators.csv", indicators);
        Write("targets.csv", targets);
        Write("observations.csv", observations);
        Write("settings.csv", settings);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Write(string name, string? text)
    {
        if (text is not null)
        {
            System.IO.File.WriteAllText(File(name), text.ReplaceLineEndings("\n") + "\n", new UTF8Encoding(false));
        }
    }

    public void WriteBytes(string name, byte[] bytes) => System.IO.File.WriteAllBytes(File(name), bytes);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
