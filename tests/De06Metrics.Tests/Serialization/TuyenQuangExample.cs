namespace De06Metrics.Tests.Serialization;

/// <summary>Where the example of Hà Giang merging into Tuyên Quang in 2025 lives: docs/examples/tuyen-quang-merger-2025.</summary>
internal static class TuyenQuangExample
{
    public static string Folder => Path.Combine(Path.GetDirectoryName(HaGiangExample.Folder)!, "tuyen-quang-merger-2025");

    public static string JsonPath => Path.Combine(Folder, "scorecard.json");

    public static string CsvFolder => Path.Combine(Folder, "csv");
}
